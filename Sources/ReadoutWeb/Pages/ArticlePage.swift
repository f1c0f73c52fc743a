import ReadoutKit

/// An article's text with every fact's span highlighted, coloured by the kind of what it names, each highlight
/// linking to its fact and rule.
enum ArticlePage {
    static func render(_ graph: Graph, document: Int64) throws -> String {
        let article = try ArticleQuery(document: document).run(graph)
        var content: [Node] = [
            .el("p", [("class", "muted")], [.text((article.date ?? "") + " · " + article.origin)]
                + (article.url.map { u in Layout.isWebAddress(u) ? [.text(" · "), .link(u, "source")] : [] } ?? [])
                + [.text(" · \(article.facts.count) facts")]),
        ]
        // The colours: what kind of thing each highlight names.
        content.append(.el("p", [("class", "legend")], ["Person", "Organization", "Meeting", "Statistic", "Goal", "Task", "Principle", "Mechanism", "Place"].map {
            .el("mark", [("class", $0)], $0)
        }))
        content.append(.el("div", [("class", "article")], paragraphs(article)))
        return Layout.page(article.title.isEmpty ? article.origin : article.title, content)
    }

    /// The text cut at every span's ends; each piece covered by facts is marked, by the innermost (latest-starting,
    /// then shortest) fact, with every covering fact listed in its title and the first one's link.
    static func paragraphs(_ article: ArticleQuery.Article) -> [Node] {
        let scalars = Array(article.text.unicodeScalars)
        var cuts = Set([0, scalars.count])
        for f in article.facts { cuts.insert(min(f.span.start, scalars.count)); cuts.insert(min(f.span.end, scalars.count)) }
        let bounds = cuts.sorted()
        var paragraphs: [[Node]] = [[]]
        for (s, e) in zip(bounds, bounds.dropFirst()) where s < e {
            // Every fact starting here is a place to link to (#fact-N), whichever fact's mark the piece shows.
            for f in article.facts where f.span.start == s { paragraphs[paragraphs.count - 1].append(.el("a", [("id", "fact-\(f.id)")])) }
            let covering = article.facts.filter { $0.span.start <= s && $0.span.end >= e && $0.span.start < $0.span.end }
            // Line breaks end paragraphs; a piece may hold several.
            var piece = "", pieces: [String] = []
            for c in scalars[s..<e] {
                if c == "\n" { pieces.append(piece); piece = "" } else { piece.unicodeScalars.append(c) }
            }
            pieces.append(piece)
            for (k, text) in pieces.enumerated() {
                if k > 0 { paragraphs.append([]) }
                guard !text.isEmpty else { continue }
                if let inner = covering.max(by: { ($0.span.start, -$0.span.length) < ($1.span.start, -$1.span.length) }) {
                    let kind = inner.objectType ?? inner.subjectType
                    let title = covering.map { "\($0.subject) \($0.predicate) \($0.object) [\($0.rule)]" }.joined(separator: "\n")
                    let attributes = [("class", kind), ("title", title)]
                    paragraphs[paragraphs.count - 1].append(.el("mark", attributes, [.link("/fact?" + HTML.query([("id", String(inner.id))]), text)]))
                } else {
                    paragraphs[paragraphs.count - 1].append(.text(text))
                }
            }
        }
        return paragraphs.filter { !$0.isEmpty }.map { .el("p", [], $0) }
    }
}
