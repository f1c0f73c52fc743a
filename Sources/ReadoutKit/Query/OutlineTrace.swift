/// What one meeting states in each document that reports it, as a tree per document in date order: the goals
/// it states with the tasks that serve them, then each list under its head ("明年要抓好以下重点任务") with its
/// items in order and their parts. Without a meeting, what every meeting of the documents states.
public struct OutlineTrace: GraphQuery {
    public var meeting: String?
    public var document: String?
    /// Years (2016) or dates (2016-12-14), inclusive.
    public var from: String?
    public var to: String?

    public init(meeting: String? = nil, document: String? = nil, from: String? = nil, to: String? = nil) {
        self.meeting = meeting; self.document = document; self.from = from; self.to = to
    }

    /// Whether `name` is the name or alias of a meeting: then `trace NAME` traces that meeting.
    public static func isMeeting(_ name: String, in graph: Graph) throws -> Bool {
        try !graph.db.rows("""
            SELECT 1 FROM entity WHERE name = ?1 AND type = 'Meeting'
            UNION ALL SELECT 1 FROM alias a JOIN entity e ON e.id = a.entity WHERE a.alias = ?1 AND e.type = 'Meeting' LIMIT 1
            """, [.text(name)]).isEmpty
    }

    struct Edge { let triple: Int64; let subject: Int64; let predicate: String; let object: Int64; let start: Int }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        let upper = to.map { $0.count == 4 ? "\($0)-12-31" : $0 }
        let lower = from.map { $0.count == 4 ? "\($0)-01-01" : $0 }
        let meetings: [Int64]? = try meeting.map { name in
            try graph.db.rows("""
                SELECT id FROM entity WHERE name = ?1 AND type = 'Meeting'
                UNION SELECT a.entity FROM alias a JOIN entity e ON e.id = a.entity WHERE a.alias = ?1 AND e.type = 'Meeting'
                """, [.text(name)]).compactMap { $0[0].int }
        }
        let idList = meetings.map { $0.map(String.init).joined(separator: ",") }
        // The documents in which the meeting (or any meeting) states a goal, task or principle.
        let docs = try graph.db.rows("""
            SELECT DISTINCT d.id, d.origin, d.date, d.title, t.subject, m.name
            FROM triple t JOIN document d ON d.id = t.document JOIN entity o ON o.id = t.object JOIN entity m ON m.id = t.subject
            WHERE t.predicate = 'states' AND o.type IN ('Goal', 'Task', 'Principle') AND m.type = 'Meeting'
              \(idList.map { "AND t.subject IN (\($0.isEmpty ? "NULL" : $0))" } ?? "")
              AND (?1 IS NULL OR d.origin = ?1 OR instr(d.origin, ?1) > 0)
              AND (?2 IS NULL OR d.date >= ?2) AND (?3 IS NULL OR d.date <= ?3)
            ORDER BY d.date, d.id, t.subject
            """, [document.map(SQLValue.text) ?? .null, lower.map(SQLValue.text) ?? .null, upper.map(SQLValue.text) ?? .null])
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

    /// The meeting's statements in one document, grouped into goals, lists and the rest.
    func tree(_ graph: Graph, document: Int64, meeting: Int64) throws -> [JSONValue] {
        var names: [Int64: (name: String, type: String)] = [:]
        var edges: [Edge] = []
        for r in try graph.db.rows("""
            SELECT t.id, t.subject, s.name, s.type, t.predicate, t.object, o.name, o.type, t.span_start
            FROM triple t JOIN entity s ON s.id = t.subject JOIN entity o ON o.id = t.object
            WHERE t.document = ?1 AND t.predicate IN ('states', 'serves', 'part_of')
              AND o.type IN ('Goal', 'Task', 'Principle') AND (t.predicate <> 'states' OR t.subject = ?2)
            ORDER BY t.span_start, t.id
            """, [.integer(document), .integer(meeting)]) {
            guard let id = r[0].int, let s = r[1].int, let o = r[5].int else { continue }
            names[s] = (r[2].string ?? "", r[3].string ?? ""); names[o] = (r[6].string ?? "", r[7].string ?? "")
            edges.append(Edge(triple: id, subject: s, predicate: r[4].string ?? "", object: o, start: r[8].int.map(Int.init) ?? 0))
        }
        var qualifiers: [Int64: [String: String]] = [:]
        for r in try graph.db.rows("""
            SELECT q.triple, q.key, q.value FROM qualifier q JOIN triple t ON t.id = q.triple
            WHERE t.document = ?1 AND t.predicate = 'states' AND q.key = 'list'
            """, [.integer(document)]) {
            if let t = r[0].int { qualifiers[t, default: [:]][r[1].string ?? ""] = r[2].string ?? "" }
        }
        var children: [Int64: [Int64]] = [:]
        var isChild = Set<Int64>()
        for e in edges where e.predicate != "states" && e.subject != e.object {
            if !(children[e.object] ?? []).contains(e.subject) { children[e.object, default: []].append(e.subject) }
            isChild.insert(e.subject)
        }
        func node(_ id: Int64, _ seen: Set<Int64>) -> JSONValue {
            let kids = (children[id] ?? []).filter { !seen.contains($0) }
            return .object([("name", .string(names[id]?.name ?? "")), ("type", .string(names[id]?.type ?? "")),
                            ("children", .array(kids.map { node($0, seen.union([id])) }))])
        }
        // Stated goals first, each with what serves it; then lists under their heads; then the rest, in text order.
        var out: [JSONValue] = []
        var shown = Set<Int64>()
        let stated = edges.filter { $0.predicate == "states" }
        for e in stated where names[e.object]?.type == "Goal" && shown.insert(e.object).inserted {
            out.append(node(e.object, []))
        }
        var lists: [(head: String, items: [Int64])] = []
        for e in stated where names[e.object]?.type != "Goal" && !isChild.contains(e.object) && !shown.contains(e.object) {
            shown.insert(e.object)
            if let head = qualifiers[e.triple]?["list"] {
                if let k = lists.firstIndex(where: { $0.head == head }) { lists[k].items.append(e.object) }
                else { lists.append((head, [e.object])); out.append(.null) }   // a place for the list, filled below
            } else {
                out.append(node(e.object, []))
            }
        }
        var k = 0
        return out.map { value in
            guard case .null = value else { return value }
            defer { k += 1 }
            return .object([("name", .string(lists[k].head)), ("type", .string("List")),
                            ("children", .array(lists[k].items.map { node($0, []) }))])
        }
    }
}
