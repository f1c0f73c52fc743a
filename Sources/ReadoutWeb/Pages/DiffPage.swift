import ReadoutKit

/// What changed between two reports (`readout diff`'s answer): formulations, tasks, attendees and statistics, each
/// line with its sentence; added in bold, dropped struck through, as the Markdown report has them.
enum DiffPage {
    static func render(_ graph: Graph, a: Int64, b: Int64) throws -> String {
        let diff = try DiffQuery(a: a, b: b).run(graph)
        let rows = DiffReport.rows([diff])
        func side(_ key: String) -> Node {
            let doc = diff[key]
            return Layout.articleLink(doc?["document"]?.stringValue ?? "", ((doc?["date"]?.stringValue).map { "\($0) " } ?? "") + (doc?["title"]?.stringValue ?? ""))
        }
        var content: [Node] = [.el("p", [], [.text("From "), side("a"), .text(" to "), side("b"), .text(".")])]
        var kinds: [String] = []
        for r in rows where !kinds.contains(r["kind"]?.stringValue ?? "") { kinds.append(r["kind"]?.stringValue ?? "") }
        for kind in kinds {
            content.append(.el("h2", [], kind.prefix(1).uppercased() + kind.dropFirst()))
            content.append(Layout.table(["change", "", "sentence"], rows.filter { $0["kind"]?.stringValue == kind }.map { r in
                let change = r["change"]?.stringValue ?? "", text = r["text"]?.stringValue ?? "", was = r["was"]?.stringValue
                let item: Node
                switch change {
                case "added": item = .el("strong", [], text)
                case "dropped": item = .el("s", [], text)
                case "reworded": item = .group([.el("s", [], was ?? ""), .text(" → "), .el("strong", [], text),
                                                .el("span", [("class", "muted")], " (\(r["similarity"]?.serialized() ?? ""))")])
                default: item = .group([.text(text)] + (was.map { [.el("span", [("class", "muted")], " (\($0))")] } ?? []))
                }
                return [.text(change), item, .el("q", [], r["sentence"]?.stringValue ?? "")]
            }))
        }
        if rows.isEmpty { content.append(.el("p", [("class", "muted")], "Nothing changed that Readout reads.")) }
        return Layout.page("What changed", content)
    }
}
