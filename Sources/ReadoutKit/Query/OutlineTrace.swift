/// What one meeting states in each document that reports it, as a tree per document in date order: the goals
/// it states with the tasks that serve them, then each list under its head ("明年要抓好以下重点任务") with its
/// items in order and their parts. Without a meeting, what every meeting of the documents states.
public struct OutlineTrace: GraphQuery {
    public var meeting: String?
    public var document: String?
    /// Dates (2016-12-14), inclusive.
    public var from: String?
    public var to: String?

    public init(meeting: String? = nil, document: String? = nil, from: String? = nil, to: String? = nil) {
        self.meeting = meeting; self.document = document; self.from = from; self.to = to
    }

    /// Whether `name` is the name or alias of a meeting: then `trace NAME` traces that meeting.
    public static func isMeeting(_ name: String, in graph: Graph) throws -> Bool {
        try !graph.exact(name, type: .meeting).isEmpty
    }

    struct Edge { let triple: Int64; let subject: Int64; let predicate: String; let object: Int64; let start: Int }
    /// The predicates of a meeting's outline: what it states, and what serves or is part of what.
    static let outline: Set<String> = ["states", "serves", "part_of"]

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        let meetings: [Int64]? = try meeting.map { try graph.exact($0, type: .meeting) }
        let idList = meetings.map { $0.map(String.init).joined(separator: ",") }
        // The documents in which the meeting (or any meeting) states a goal, task or principle.
        let docs = try graph.db.rows("""
            SELECT DISTINCT d.id, d.origin, d.date, d.title, t.subject, m.name, coalesce(d.date, '') AS day
            FROM triple t JOIN document d ON d.id = t.document JOIN entity o ON o.id = t.object JOIN entity m ON m.id = t.subject
            WHERE t.predicate = 'states' AND o.type IN ('Goal', 'Task', 'Principle') AND m.type = 'Meeting'
              \(idList.map { "AND t.subject IN (\($0.isEmpty ? "NULL" : $0))" } ?? "")
              AND (?1 IS NULL OR d.origin = ?1 OR instr(d.origin, ?1) > 0)
              AND (?2 IS NULL OR d.date >= ?2) AND (?3 IS NULL OR d.date <= ?3)
            ORDER BY day, d.id, t.subject
            """, [document.map(SQLValue.text) ?? .null, from.map(SQLValue.text) ?? .null, to.map(SQLValue.text) ?? .null])
        return try docs.compactMap { row -> JSONValue? in
            guard let doc = row[0].int, let subject = row[4].int else { return nil }
            let children = try tree(graph, document: doc, meeting: subject)
            guard !children.isEmpty else { return nil }
            return .object([("name", .string(row[5].string ?? "")), ("type", .string("Meeting")),
                            ("date", row[2].string.map(JSONValue.string) ?? .null),
                            ("document", .string(row[1].string ?? "")), ("title", .string(row[3].string ?? "")),
                            ("children", .array(children))])
        }
    }

    /// The meeting's statements in one document, grouped into goals, lists and the rest. A document's facts are read
    /// by their run of ids (first_triple to last_triple): there is no index on the document column. A stated task's
    /// list comes in the same query (a series' hundreds of reports are a round trip each on PostgreSQL).
    func tree(_ graph: Graph, document: Int64, meeting: Int64) throws -> [JSONValue] {
        var nodes: [Int64: TraceQuery.Node] = [:]
        var edges: [Edge] = []
        var listOf: [Int64: String] = [:]   // a stated task's list: the clause that announces it
        for r in try graph.db.rows("""
            SELECT t.id, t.subject, s.name, s.type, t.predicate, t.object, o.name, o.type, t.span_start,
                   CASE WHEN t.predicate = 'states' THEN (SELECT max(q.value) FROM qualifier q WHERE q.triple = t.id AND q.key = 'list') END
            FROM document d JOIN triple t ON t.id BETWEEN d.first_triple AND d.last_triple AND t.document = d.id
              JOIN entity s ON s.id = t.subject JOIN entity o ON o.id = t.object
            WHERE d.id = ?1 AND o.type IN ('Goal', 'Task', 'Principle') AND (t.predicate <> 'states' OR t.subject = ?2)
            ORDER BY t.span_start, t.id
            """, [.integer(document), .integer(meeting)]) {
            // The predicates are picked here: asked in SQL, SQLite reads every states fact of the store by the
            // predicate index, for each report, rather than the report's few hundred facts.
            guard let id = r[0].int, let s = r[1].int, let o = r[5].int, Self.outline.contains(r[4].string ?? "") else { continue }
            nodes[s] = .init(name: r[2].string ?? "", type: r[3].string ?? ""); nodes[o] = .init(name: r[6].string ?? "", type: r[7].string ?? "")
            edges.append(Edge(triple: id, subject: s, predicate: r[4].string ?? "", object: o, start: r[8].int.map(Int.init) ?? 0))
            if let list = r[9].string { listOf[id] = list }
        }
        var children: [Int64: [Int64]] = [:]
        var isChild = Set<Int64>()
        for e in edges where e.predicate != "states" && e.subject != e.object {
            if !(children[e.object] ?? []).contains(e.subject) { children[e.object, default: []].append(e.subject) }
            isChild.insert(e.subject)
        }
        func node(_ id: Int64, _ seen: Set<Int64>) -> JSONValue { TraceQuery.tree(id, nodes, children, seen: seen) }
        // Stated goals first, each with what serves it; then, in text order, each list under its head and the rest.
        let stated = edges.filter { $0.predicate == "states" }
        var shown = Set<Int64>()
        let goals = stated.filter { nodes[$0.object]?.type == "Goal" && shown.insert($0.object).inserted }.map { node($0.object, []) }
        var entries: [(head: String?, items: [Int64])] = []
        for e in stated where !isChild.contains(e.object) && shown.insert(e.object).inserted {
            let head = listOf[e.triple]
            if let head, let k = entries.firstIndex(where: { $0.head == head }) { entries[k].items.append(e.object) }
            else { entries.append((head, [e.object])) }
        }
        return goals + entries.map { entry in
            guard let head = entry.head else { return node(entry.items[0], []) }
            return .object([("name", .string(head)), ("type", .string("List")), ("children", .array(entry.items.map { node($0, []) }))])
        }
    }
}

extension OutlineTrace {
    /// What `readout trace` answers: a meeting (its whole name) as one tree per report; a range of dates, every
    /// meeting's; else the trees under the goals and tasks whose name holds the words (NotFound when none does).
    public static func forest(name: String?, document: String?, from: String?, to: String?, in graph: Graph) throws -> [JSONValue] {
        if let name, try OutlineTrace.isMeeting(name, in: graph) {
            return try OutlineTrace(meeting: name, document: document, from: from, to: to).run(graph)
        }
        if let name { try graph.requireKnown(name, types: [.goal, .task, .principle, .mechanism], kind: "meeting, goal or task") }
        if name == nil, from != nil || to != nil { return try OutlineTrace(document: document, from: from, to: to).run(graph) }
        return try TraceQuery(name: name, document: document).run(graph)
    }
}

