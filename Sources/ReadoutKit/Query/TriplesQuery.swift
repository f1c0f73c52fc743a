/// The pattern lookup: any of subject, predicate, object (nil means any). Names resolve through aliases;
/// an object that names no entity is matched as a literal.
public struct TriplesQuery: GraphQuery {
    public var subject: String?
    public var predicate: String?
    public var object: String?
    public var limit: Int?

    public init(subject: String? = nil, predicate: String? = nil, object: String? = nil, limit: Int? = nil) {
        self.subject = subject; self.predicate = predicate; self.object = object; self.limit = limit
    }

    func facts(_ graph: Graph) throws -> [StoredFact] {
        let subjects: [Int64?] = try subject.map { s in
            let ids = try graph.exact(s)
            return ids.isEmpty ? [-1] : ids.map(Optional.some)
        } ?? [nil]
        var out: [StoredFact] = []
        for s in subjects {
            if let object {
                let ids = try graph.exact(object)
                for o in ids { out += try graph.triples(subject: s, predicate: predicate, object: o) }
                out += try graph.triples(subject: s, predicate: predicate, literal: object)
            } else {
                out += try graph.triples(subject: s, predicate: predicate, limit: limit)
            }
            if let limit, out.count >= limit { return Array(out.prefix(limit)) }
        }
        return out
    }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        try graph.records(facts(graph))
    }
}
