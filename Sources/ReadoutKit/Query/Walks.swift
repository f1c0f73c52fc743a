/// Walks over the graph, breadth first, a query a step: the neighbourhood of an entity and the shortest
/// paths between two. Article nodes (which mention everything) and `mentions` edges are not walked through.
public struct Walks {
    /// The deepest walk a command takes: six steps from a hub already reach most of a corpus's graph.
    public static let maxDepth = 6

    public let graph: Graph
    public init(graph: Graph) { self.graph = graph }

    static func predicateFilter(_ predicates: [String]) -> (String, [SQLValue]) {
        guard !predicates.isEmpty else { return ("t.predicate <> 'mentions'", []) }
        return ("t.predicate IN (" + predicates.map { _ in "?" }.joined(separator: ",") + ")", predicates.map(SQLValue.text))
    }

    /// Entities within `depth` steps of the start ones, with their distance: breadth first, one query a step over
    /// the whole frontier (two index lookups per node), each entity kept at the step that first reaches it. An
    /// article is not walked through unless the walk starts there.
    public func reach(from start: [Int64], depth: Int, predicates: [String] = []) throws -> [Int64: Int] {
        let (filter, values) = Self.predicateFilter(predicates)
        var out: [Int64: Int] = [:]
        var frontier: [Int64] = []
        for s in start where out[s] == nil { out[s] = 0; frontier.append(s) }
        for step in stride(from: 1, through: depth, by: 1) where !frontier.isEmpty {
            if step > 1 {
                frontier = try graph.db.rows("SELECT value FROM json_each(?) j JOIN entity e ON e.id = j.value WHERE e.type <> 'Article'",
                                             [.text(Self.list(frontier))]).compactMap { $0[0].int }
            }
            let list = SQLValue.text(Self.list(frontier))
            var next: [Int64] = []
            for r in try graph.db.rows("""
                SELECT t.object FROM triple t WHERE t.subject IN (SELECT value FROM json_each(?)) AND t.object IS NOT NULL AND \(filter)
                UNION SELECT t.subject FROM triple t WHERE t.object IN (SELECT value FROM json_each(?)) AND \(filter)
                """, [list] + values + [list] + values) {
                if let id = r[0].int, out[id] == nil { out[id] = step; next.append(id) }
            }
            frontier = next
        }
        return out
    }

    /// Ids as a JSON array, bound as one value and read by json_each.
    static func list(_ ids: [Int64]) -> String { "[" + ids.map(String.init).joined(separator: ",") + "]" }

    /// The facts between entities within `depth` steps of NAME.
    public func neighbors(of name: String, depth: Int, predicates: [String] = []) throws -> [JSONValue] {
        try graph.db.read { try neighborhood(of: name, depth: depth, predicates: predicates) }
    }

    func neighborhood(of name: String, depth: Int, predicates: [String]) throws -> [JSONValue] {
        let start = try graph.resolve(name)
        if start.isEmpty { try graph.requireKnown(name) }
        let reached = try reach(from: start, depth: depth, predicates: predicates)
        let ids = "[" + reached.keys.sorted().map(String.init).joined(separator: ",") + "]"
        let (filter, values) = Self.predicateFilter(predicates)
        let facts = try graph.facts(Graph.factColumns + """
             WHERE t.object IS NOT NULL AND \(filter)
               AND t.subject IN (SELECT value FROM json_each(?)) AND t.object IN (SELECT value FROM json_each(?))
             ORDER BY d.id, t.span_start, t.id
            """, values + [.text(ids), .text(ids)])
        return try graph.records(facts)
    }

    /// Shortest paths from A to B, as arrays of facts: breadth-first walks in SQL from both ends, one step
    /// deeper at a time, until they touch; each node where they meet gives one path.
    public func paths(from a: String, to b: String, maxDepth: Int, limit: Int = 5) throws -> [[JSONValue]] {
        try graph.db.read { try shortestPaths(from: a, to: b, maxDepth: maxDepth, limit: limit) }
    }

    func shortestPaths(from a: String, to b: String, maxDepth: Int, limit: Int) throws -> [[JSONValue]] {
        let starts = try graph.resolve(a), ends = try graph.resolve(b)
        if starts.isEmpty { try graph.requireKnown(a) }
        if ends.isEmpty { try graph.requireKnown(b) }
        var walks: [String: [Int64: Int]] = [:]
        func walk(_ from: [Int64], _ side: String, _ depth: Int) throws -> [Int64: Int] {
            if let known = walks["\(side)\(depth)"] { return known }
            let found = depth == 0 ? Dictionary(uniqueKeysWithValues: from.map { ($0, 0) }) : try reach(from: from, depth: depth)
            walks["\(side)\(depth)"] = found
            return found
        }
        for depth in 1...maxDepth {
            let fromStart = try walk(starts, "a", (depth + 1) / 2)
            let fromEnd = try walk(ends, "b", depth / 2)
            var meets: [(node: Int64, total: Int)] = []
            for (node, x) in fromStart { if let y = fromEnd[node], x + y <= depth { meets.append((node, x + y)) } }
            guard let shortest = meets.map(\.total).min() else { continue }
            var out: [[StoredFact]] = []
            for meet in meets.filter({ $0.total == shortest }).sorted(by: { $0.node < $1.node }) {
                guard let toStart = try chain(from: meet.node, down: fromStart), let toEnd = try chain(from: meet.node, down: fromEnd) else { continue }
                out.append(toStart.reversed() + toEnd)
                if out.count >= limit { break }
            }
            // Every path's sentences in one read, then cut back into paths.
            var records = try graph.records(out.flatMap { $0 })[...]
            var paths: [[JSONValue]] = []
            for path in out {
                paths.append(Array(records.prefix(path.count)))
                records = records.dropFirst(path.count)
            }
            return paths
        }
        return []
    }

    /// From a node to distance 0 of a walk, one fact per step, each to a node one step nearer.
    func chain(from node: Int64, down distance: [Int64: Int]) throws -> [StoredFact]? {
        var out: [StoredFact] = []
        var current = node
        while let d = distance[current], d > 0 {
            // The last step ends at a walk's start: one indexed lookup instead of every edge of a hub.
            let starts = d == 1 ? distance.filter { $0.value == 0 }.map(\.key) : []
            let step = d == 1 ? try edge(between: current, and: starts)
                              : try edges(touching: current).first(where: { distance[$0.other(current)] == d - 1 })
            guard let step else { return nil }
            out.append(step.fact)
            current = step.other(current)
        }
        return out
    }

    struct Edge {
        let fact: StoredFact; let subjectID: Int64; let objectID: Int64
        func other(_ node: Int64) -> Int64 { subjectID == node ? objectID : subjectID }
    }

    /// One fact joining a node to any of a few others, either way round.
    func edge(between node: Int64, and others: [Int64]) throws -> Edge? {
        let list = "[" + others.map(String.init).joined(separator: ",") + "]"
        let columns = Graph.factColumns.replacingOccurrences(of: "SELECT t.id,", with: "SELECT t.subject AS sid, t.object AS oid, t.id,")
        let rows = try graph.db.rows("""
            \(columns) WHERE t.subject = ?1 AND t.object IN (SELECT value FROM json_each(?2)) AND t.predicate <> 'mentions'
            UNION ALL \(columns) WHERE t.object = ?1 AND t.subject IN (SELECT value FROM json_each(?2)) AND t.predicate <> 'mentions'
            LIMIT 1
            """, [.integer(node), .text(list)])
        return rows.first.map(Self.edge)
    }

    static func edge(_ r: [SQLValue]) -> Edge {
        let f = Array(r.dropFirst(2))
        let fact = StoredFact(id: f[0].int ?? 0, subject: f[1].string ?? "", subjectType: f[2].string ?? "", predicate: f[3].string ?? "",
                              object: f[4].string ?? "", objectType: f[5].string, documentID: f[6].int ?? 0, document: f[7].string ?? "",
                              date: f[8].string, span: Span(Int(f[9].int ?? 0), Int(f[10].int ?? 0)), rule: f[11].string ?? "", url: f[12].string)
        return Edge(fact: fact, subjectID: r[0].int ?? 0, objectID: r[1].int ?? 0)
    }

    /// The entity-to-entity facts at a node, through the subject and the object indexes.
    func edges(touching node: Int64) throws -> [Edge] {
        let columns = Graph.factColumns.replacingOccurrences(of: "SELECT t.id,", with: "SELECT t.subject AS sid, t.object AS oid, t.id,")
        let rows = try graph.db.rows("""
            \(columns) WHERE t.subject = ?1 AND t.object IS NOT NULL AND t.predicate <> 'mentions'
            UNION ALL \(columns) WHERE t.object = ?1 AND t.predicate <> 'mentions' LIMIT 2000
            """, [.integer(node)])
        return rows.map(Self.edge)
    }
}
