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
                                             [.ids(frontier)]).compactMap { $0[0].int }
            }
            let list = SQLValue.ids(frontier)
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

    /// The facts between entities within `depth` steps of NAME.
    public func neighbors(of name: String, depth: Int, predicates: [String] = []) throws -> [JSONValue] {
        try graph.db.read { try neighborhood(of: name, depth: depth, predicates: predicates) }
    }

    func neighborhood(of name: String, depth: Int, predicates: [String]) throws -> [JSONValue] {
        let start = try graph.resolve(name)
        if start.isEmpty { try graph.requireKnown(name) }
        let reached = try reach(from: start, depth: depth, predicates: predicates)
        let ids = SQLValue.ids(reached.keys.sorted())
        let (filter, values) = Self.predicateFilter(predicates)
        let facts = try graph.facts(Graph.factColumns + """
             WHERE t.object IS NOT NULL AND \(filter)
               AND t.subject IN (SELECT value FROM json_each(?)) AND t.object IN (SELECT value FROM json_each(?))
             ORDER BY d.id, t.span_start, t.id
            """, values + [ids, ids])
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
            let ids = try chains(meeting: meets.filter { $0.total == shortest }.map(\.node).sorted(), fromStart, fromEnd, limit: limit)
            // Every path's facts and sentences in one read each, then cut back into paths.
            var records = try graph.records(try facts(ids.flatMap { $0 }))[...]
            var paths: [[JSONValue]] = []
            for path in ids {
                paths.append(Array(records.prefix(path.count)))
                records = records.dropFirst(path.count)
            }
            return paths
        }
        return []
    }

    /// The first `limit` paths through the meeting nodes, in their order, as triple ids from start to end: each half a
    /// chain down one walk's distances, one fact a step, each step to a node one nearer. A meeting node some chain of
    /// which cannot be made gives no path. Meeting nodes are taken `limit` at a time, a query per step for all of them.
    func chains(meeting meets: [Int64], _ fromStart: [Int64: Int], _ fromEnd: [Int64: Int], limit: Int) throws -> [[Int64]] {
        var out: [[Int64]] = []
        var rest = meets[...]
        while out.count < limit, !rest.isEmpty {
            let batch = Array(rest.prefix(limit - out.count))
            rest = rest.dropFirst(batch.count)
            let toStart = try chains(from: batch, down: fromStart), toEnd = try chains(from: batch, down: fromEnd)
            for meet in batch {
                guard let a = toStart[meet], let b = toEnd[meet] else { continue }
                out.append(a.reversed() + b)
            }
        }
        return out
    }

    /// From each of some nodes to distance 0 of a walk: the triple ids of its chain, nearest the node first.
    func chains(from nodes: [Int64], down distance: [Int64: Int]) throws -> [Int64: [Int64]] {
        var chains: [Int64: [Int64]] = [:], at: [Int64: Int64] = [:]
        for n in nodes { chains[n] = []; at[n] = n }
        // All chains step down together: the nodes they stand on at one distance, one query for a step each.
        while true {
            let open = at.filter { (distance[$0.value] ?? 0) > 0 }
            guard let d = open.values.compactMap({ distance[$0] }).max() else { break }
            let here = Set(open.filter { distance[$0.value] == d }.values)
            let targets = distance.filter { $0.value == d - 1 }.map(\.key)
            let steps = try steps(from: here.sorted(), to: targets, throughArticles: d - 1 == 0)
            for (start, node) in open where distance[node] == d {
                if let step = steps[node] {
                    chains[start]!.append(step.triple); at[start] = step.other
                } else {
                    chains[start] = nil; at[start] = nil
                }
            }
        }
        return chains
    }

    /// For each node, one entity-to-entity fact to any of `targets`, either way round: the first stored. Targets that
    /// are articles count only where a walk starts (`throughArticles`), as the walks go through none.
    func steps(from nodes: [Int64], to targets: [Int64], throughArticles: Bool) throws -> [Int64: (triple: Int64, other: Int64)] {
        let article = throughArticles ? "" : " AND e.type <> 'Article'"
        var out: [Int64: (triple: Int64, other: Int64)] = [:]
        try graph.db.each("""
            SELECT x.node, t.id, t.subject, t.object FROM (
              SELECT u.node, min(u.id) AS id FROM (
                SELECT t.subject AS node, t.id FROM triple t JOIN entity e ON e.id = t.object
                 WHERE t.subject IN (SELECT value FROM json_each(?1)) AND t.object IN (SELECT value FROM json_each(?2)) AND t.predicate <> 'mentions'\(article)
                UNION ALL
                SELECT t.object, t.id FROM triple t JOIN entity e ON e.id = t.subject
                 WHERE t.object IN (SELECT value FROM json_each(?1)) AND t.subject IN (SELECT value FROM json_each(?2)) AND t.predicate <> 'mentions'\(article)
              ) u GROUP BY u.node
            ) x JOIN triple t ON t.id = x.id
            """, [.ids(nodes), .ids(targets)]) { row in
            let node = row.int(0), subject = row.int(2)
            out[node] = (row.int(1), subject == node ? row.int(3) : subject)
        }
        return out
    }

    /// Facts by their ids, in that order; every one of them, or an error (paths are cut back out of the list by count).
    func facts(_ ids: [Int64]) throws -> [StoredFact] {
        let byID = Dictionary(try graph.facts(Graph.factColumns + " WHERE t.id IN (SELECT value FROM json_each(?))", [.ids(ids)]).map { ($0.id, $0) },
                              uniquingKeysWith: { a, _ in a })
        return try ids.map { id in
            guard let fact = byID[id] else { throw StoreError("\(graph.store.path): fact \(id) names an entity or document that is not stored") }
            return fact
        }
    }
}
