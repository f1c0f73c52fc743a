/// Walks over the graph, done by recursive queries in SQLite: the neighbourhood of an entity and the shortest
/// paths between two. Article nodes (which mention everything) and `mentions` edges are not walked through.
public struct Walks {
    public let graph: Graph
    public init(graph: Graph) { self.graph = graph }

    static func predicateFilter(_ predicates: [String]) -> (String, [SQLValue]) {
        guard !predicates.isEmpty else { return ("t.predicate <> 'mentions'", []) }
        return ("t.predicate IN (" + predicates.map { _ in "?" }.joined(separator: ",") + ")", predicates.map(SQLValue.text))
    }

    /// Entities within `depth` steps of the start ones, with their distance.
    public func reach(from start: [Int64], depth: Int, predicates: [String] = []) throws -> [Int64: Int] {
        let (filter, values) = Self.predicateFilter(predicates)
        let list = "[" + start.map(String.init).joined(separator: ",") + "]"
        let rows = try graph.db.rows("""
            WITH RECURSIVE walk(id, depth) AS (
                SELECT value, 0 FROM json_each(?)
                UNION
                SELECT t.object, w.depth + 1 FROM walk w JOIN triple t ON t.subject = w.id
                 WHERE w.depth < ? AND t.object IS NOT NULL AND \(filter)
                   AND (w.depth = 0 OR (SELECT type FROM entity WHERE id = w.id) <> 'Article')
                UNION
                SELECT t.subject, w.depth + 1 FROM walk w JOIN triple t ON t.object = w.id
                 WHERE w.depth < ? AND \(filter)
                   AND (w.depth = 0 OR (SELECT type FROM entity WHERE id = w.id) <> 'Article')
            )
            SELECT id, min(depth) FROM walk GROUP BY id
            """, [.text(list), .integer(Int64(depth))] + values + [.integer(Int64(depth))] + values)
        var out: [Int64: Int] = [:]
        for r in rows { if let id = r[0].int { out[id] = Int(r[1].int ?? 0) } }
        return out
    }

    /// The facts between entities within `depth` steps of NAME.
    public func neighbors(of name: String, depth: Int, predicates: [String] = []) throws -> [JSONValue] {
        let start = try graph.resolve(name)
        guard !start.isEmpty else { throw StoreError("no entity named \(name)") }
        let reached = try reach(from: start, depth: depth, predicates: predicates)
        let ids = "[" + reached.keys.sorted().map(String.init).joined(separator: ",") + "]"
        let (filter, values) = Self.predicateFilter(predicates)
        let facts = try graph.facts(Graph.factColumns + """
             WHERE t.object IS NOT NULL AND \(filter)
               AND t.subject IN (SELECT value FROM json_each(?)) AND t.object IN (SELECT value FROM json_each(?))
             ORDER BY d.id, t.span_start, t.id
            """, values + [.text(ids), .text(ids)])
        return try facts.map { $0.record(sentence: try graph.sentence(document: $0.documentID, span: $0.span)) }
    }

    /// Shortest paths from A to B, as arrays of facts; found by a breadth-first walk in SQL from both ends.
    public func paths(from a: String, to b: String, maxDepth: Int, limit: Int = 5) throws -> [[JSONValue]] {
        let starts = try graph.resolve(a), ends = Set(try graph.resolve(b))
        guard !starts.isEmpty else { throw StoreError("no entity named \(a)") }
        guard !ends.isEmpty else { throw StoreError("no entity named \(b)") }
        // Meet in the middle: walk from both ends, one step deeper at a time, until the two walks touch.
        var distance: [Int64: Int] = [:]
        var target: Int64?
        var k = 0
        search: for depth in 1...maxDepth {
            let fromStart = try reach(from: starts, depth: (depth + 1) / 2)
            let fromEnd = try reach(from: Array(ends), depth: depth / 2)
            var best: (node: Int64, total: Int)?
            for (node, a) in fromStart { if let b = fromEnd[node], a + b <= depth, best == nil || a + b < best!.total { best = (node, a + b) } }
            if let meet = best {
                // Distances from the start for the nodes on the way, then walk back from an end.
                distance = try reach(from: starts, depth: meet.total)
                target = ends.filter { distance[$0] != nil }.min { distance[$0]! < distance[$1]! }
                k = target.flatMap { distance[$0] } ?? 0
                break search
            }
        }
        guard let target, k > 0 else { return [] }
        // Walk back from the target through nodes one step nearer, in SQL per step.
        var paths: [[StoredFact]] = [[]]
        var frontier: [[Int64]] = [[target]]
        for step in stride(from: k, to: 0, by: -1) {
            var nextPaths: [[StoredFact]] = [], nextFrontier: [[Int64]] = []
            for (path, nodes) in zip(paths, frontier) {
                let node = nodes.last!
                for f in try edges(touching: node) {
                    let other = f.subjectID == node ? f.objectID : f.subjectID
                    guard distance[other] == step - 1, !nodes.contains(other) else { continue }
                    nextPaths.append([f.fact] + path); nextFrontier.append(nodes + [other])
                    if nextPaths.count >= limit * 4 { break }
                }
            }
            paths = nextPaths; frontier = nextFrontier
            if paths.isEmpty { return [] }
        }
        return try paths.prefix(limit).map { path in
            try path.map { $0.record(sentence: try graph.sentence(document: $0.documentID, span: $0.span)) }
        }
    }

    struct Edge { let fact: StoredFact; let subjectID: Int64; let objectID: Int64 }

    func edges(touching node: Int64) throws -> [Edge] {
        let rows = try graph.db.rows("""
            SELECT t.id, t.subject, t.object FROM triple t
            WHERE (t.subject = ?1 OR t.object = ?1) AND t.object IS NOT NULL AND t.predicate <> 'mentions' ORDER BY t.id LIMIT 500
            """, [.integer(node)])
        var out: [Edge] = []
        var seenPairs = Set<[Int64]>()
        for r in rows {
            guard let id = r[0].int, let s = r[1].int, let o = r[2].int, seenPairs.insert([s, o]).inserted,
                  let fact = try graph.facts(Graph.factColumns + " WHERE t.id = ?", [.integer(id)]).first else { continue }
            out.append(Edge(fact: fact, subjectID: s, objectID: o))
        }
        return out
    }
}
