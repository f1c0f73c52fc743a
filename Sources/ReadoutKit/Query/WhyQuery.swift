/// Why a fact is there: the rule that made it, what the rule says and its examples, the matched text.
public struct WhyQuery: GraphQuery {
    public var subject: String?
    public var predicate: String?
    public var object: String?
    /// At most this many facts (the first of the whole answer's order).
    public var limit: Int?

    /// The keys of each row, in order.
    public static let columns = ["subject", "predicate", "object", "document", "sentence", "matched", "start", "end", "rule", "rule_summary", "rule_examples", "date", "url"]

    public init(subject: String?, predicate: String?, object: String?, limit: Int? = nil) {
        self.subject = subject; self.predicate = predicate; self.object = object; self.limit = limit
    }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        let facts = try TriplesQuery(subject: subject, predicate: predicate, object: object, limit: limit).facts(graph)
        let evidence = try graph.evidence(facts.map { ($0.documentID, $0.span) })
        return zip(facts, evidence).map { f, evidence in
            let rule = RuleRegistry.description(of: f.rule)
            return .object([
                ("subject", .string(f.subject)), ("predicate", .string(f.predicate)), ("object", .string(f.object)),
                ("document", .string(f.document)), ("sentence", .string(evidence.sentence)),
                ("matched", .string(evidence.words)), ("start", .number(Double(f.span.start))), ("end", .number(Double(f.span.end))),
                ("rule", .string(f.rule)), ("rule_summary", .string(rule?.summary ?? "")),
                ("rule_examples", .array((rule?.examples ?? []).filter { !$0.yields.isEmpty }.prefix(3).map { JSONValue.string($0.text) })),
                ("date", f.date.map(JSONValue.string) ?? .null), ("url", f.url.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
