import ReadoutKit

/// The frame of every page: a title, the search box, the content, and a style sheet of this module's own.
enum Layout {
    static func page(_ title: String, _ content: [Node]) -> String {
        let html = Node.el("html", [("lang", "zh")], [
            .el("head", [], [
                .el("meta", [("charset", "utf-8")]),
                .el("meta", [("name", "viewport"), ("content", "width=device-width, initial-scale=1")]),
                .el("title", [], title + " · Readout"),
                .el("style", [], [.trusted(style)]),
            ]),
            .el("body", [], [
                .el("header", [], [
                    .link("/", "Readout", [("class", "home")]),
                    .el("form", [("action", "/"), ("method", "get"), ("role", "search")], [
                        .el("input", [("type", "search"), ("name", "q"), ("placeholder", "名称、别名或其中几个字"), ("aria-label", "search")]),
                        .el("button", [("type", "submit")], "搜索"),
                    ]),
                ]),
                .el("main", [], [.el("h1", [], title)] + content),
            ]),
        ])
        return "<!DOCTYPE html>\n" + html.rendered
    }

    /// Links to the pages of an entity by its type: a meeting's event page, anyone else's entity page.
    /// A literal (no type: a title, a date, a value) or a node of no entity type (a list) is text, not a link.
    static func entityLink(_ name: String, type: String?) -> Node {
        guard let type, let kind = EntityType(rawValue: type) else { return .el("span", [("class", "literal")], name) }
        return kind == .meeting ? .link("/event?" + HTML.query([("name", name)]), name, [("class", "Meeting")])
            : .link("/entity?" + HTML.query([("name", name), ("type", type)]), name, [("class", type)])
    }

    static func articleLink(_ origin: String, _ title: String, fact: Int64? = nil) -> Node {
        .link("/article?" + HTML.query([("id", origin)]) + (fact.map { "#fact-\($0)" } ?? ""), title.isEmpty ? origin : title)
    }

    /// A sentence with the matched words marked.
    static func evidence(_ e: Evidence) -> Node {
        .el("q", [], [.text(e.before), .el("mark", [], e.matched), .text(e.after)])
    }

    static func table(_ headers: [String], _ rows: [[Node]]) -> Node {
        .el("table", [], [.el("thead", [], [.el("tr", [], headers.map { .el("th", [], $0) })]),
                          .el("tbody", [], rows.map { r in .el("tr", [], r.map { .el("td", [], [$0]) }) })])
    }

    /// Whether an address may be a link: http or https only (a scheme is case-blind, HTTPS://… too), never
    /// javascript: or data: from a hostile corpus.
    static func isWebAddress(_ address: String) -> Bool {
        let scheme = address.prefix { $0 != ":" }.lowercased()
        return (scheme == "http" || scheme == "https") && address.dropFirst(scheme.count).hasPrefix("://")
    }

    /// Previous and next pages of a list shown `limit` at a time; `more` when the list goes on past this page (a
    /// caller reads one row more than it shows to know).
    static func pager(_ path: String, _ query: [(String, String)], offset: Int, limit: Int, more: Bool, key: String = "offset") -> Node {
        var links: [Node] = []
        if offset > 0 { links.append(.link(path + "?" + HTML.query(query + [(key, String(max(0, offset - limit)))]), "← 前\(limit)条")) }
        if more { links.append(.link(path + "?" + HTML.query(query + [(key, String(offset + limit))]), "后\(limit)条 →")) }
        return .el("nav", [("class", "pager")], links)
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC",sans-serif;margin:0;color:#222;line-height:1.6}
        header{display:flex;gap:1em;align-items:center;padding:.5em 1em;background:#f4f1ea;border-bottom:1px solid #ddd}
        header .home{font-weight:bold;text-decoration:none;color:#8a1c1c}
        main{max-width:70em;margin:0 auto;padding:0 1em 3em}
        table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.25em .5em;text-align:left;vertical-align:top}
        mark{background:#ffe58a}q{quotes:"“" "”"}
        .article p{white-space:pre-wrap}
        .article mark{padding:0 1px;border-radius:2px}.article mark a{color:inherit;text-decoration:none}
        mark.Person{background:#cfe3ff}mark.Organization{background:#d7f0d2}mark.Meeting{background:#ffd9c2}
        mark.Statistic{background:#f3d1f4}mark.Goal,mark.Task{background:#fff1a8}mark.Principle,mark.Mechanism{background:#e5e0ff}
        mark.Place{background:#d2f1ee}mark.literal{background:#eee}
        .graph svg{max-width:100%;height:auto;max-height:180vh}
        .legend mark{margin-right:.5em;padding:0 .3em;font-size:.85em}
        .muted{color:#777}.pager{margin:1em 0;display:flex;gap:1em}
        """
}
