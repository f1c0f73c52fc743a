/// Every fact about one entity, as subject or object, with the sentence it came from.
public struct ShowQuery: GraphQuery {
    public var name: String
    public var limit: Int?

    public init(name: String, limit: Int? = nil) { self.name = name; self.limit = limit }

    public func answer(_ graph: Graph) throws -> [JSONValue] { try graph.records(facts(graph)) }

    func facts(_ graph: Graph) throws -> [StoredFact] {
        var out: [StoredFact] = []
        var seen = Set<Int64>()
        for id in try graph.resolve(name) {
            // Facts about it first, then facts that point at it; with a limit, the second only if room is left.
            for side in 0..<2 {
                if let limit, out.count >= limit { return out }
                let facts = side == 0 ? try graph.triples(subject: id, limit: limit) : try graph.triples(object: id, limit: limit)
                for f in facts where seen.insert(f.id).inserted {
                    if let limit, out.count >= limit { return out }
                    out.append(f)
                }
            }
        }
        return out
    }
}
