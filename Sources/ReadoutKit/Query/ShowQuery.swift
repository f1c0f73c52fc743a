/// Every fact about one entity, as subject or object, with the sentence it came from.
public struct ShowQuery {
    public var name: String

    public init(name: String) { self.name = name }

    public func run(_ graph: Graph) throws -> [JSONValue] {
        var out: [JSONValue] = []
        var seen = Set<Int64>()
        for id in try graph.resolve(name) {
            for f in try graph.triples(subject: id) + graph.triples(object: id) where seen.insert(f.id).inserted {
                out.append(f.record(sentence: try graph.sentence(document: f.documentID, span: f.span)))
            }
        }
        return out
    }
}
