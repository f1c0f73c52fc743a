import ReadoutKit

/// Why a fact is there: what it says, its sentence with the matched words marked, its article, and the rule that
/// drew it with the rule's summary and examples.
enum FactPage {
    static func render(_ graph: Graph, id: Int64) throws -> String? {
        guard let (f, evidence, rule) = try FactQuery(id: id).run(graph) else { return nil }
        let content: [Node] = [
            .el("p", [], [Layout.entityLink(f.subject, type: f.subjectType), .text(" — \(f.predicate) → "), Layout.entityLink(f.object, type: f.objectType)]),
            .el("p", [], [Layout.evidence(evidence)]),
            .el("p", [], [.text((f.date ?? "") + " · "), Layout.articleLink(f.document, try graph.title(ofDocument: f.documentID), fact: f.id),
                          .text(" · characters \(f.span.start)–\(f.span.end)")]),
            .el("h2", [], "Rule"),
            .el("p", [], [.el("code", [], f.rule), .text(" " + (rule?.summary ?? ""))]),
            .el("ul", [], (rule?.examples ?? []).prefix(5).map { .el("li", [], $0.text) }),
        ]
        return Layout.page("\(f.subject) \(f.predicate) \(f.object)", content)
    }
}
