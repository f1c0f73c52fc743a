import ReadoutKit

/// A meeting: one instance at a time (the latest unless `date` names another), with the previous and next instance
/// of its series, every instance's day, and for the instance's main report its attendees by role with the titles
/// of the day and the goal → task → sub-task tree of what it called for. A meeting with no dated instance shows its
/// reports, the first `maxReports` of them.
enum EventPage {
    static let maxReports = 20

    static func render(_ graph: Graph, name: String, date: String?) throws -> String? {
        guard try graph.hasEntity(named: name, types: [.meeting]) else { return nil }
        var content: [Node] = []
        let instances = try SeriesQuery(name: name).run(graph).filter { $0["series"]?.stringValue == name }
        var reports: [String] = []
        func link(_ day: String, _ text: String) -> Node { .link("/event?" + HTML.query([("name", name), ("date", day)]), text) }
        if !instances.isEmpty {
            let days = instances.map { $0["date"]?.stringValue ?? "" }
            let k = date.flatMap { days.firstIndex(of: $0) } ?? days.count - 1
            guard date == nil || days[k] == date else {
                throw PageNotFound(message: "\(name) has no instance on \(date!) (its instances: \(days.suffix(5).joined(separator: ", "))\(days.count > 5 ? ", …" : ""))")
            }
            let instance = instances[k]
            reports = [instance["document"]?.stringValue ?? ""]
            var around: [Node] = [.text("\(days[k]) · instance \(k + 1) of \(days.count)")]
            if k > 0 {
                around += [.text(" · "), link(days[k - 1], "← \(days[k - 1])"), .text(" · "),
                           .link("/diff?" + HTML.query([("a", instances[k - 1]["document"]?.stringValue ?? ""), ("b", reports[0])]), "what changed since")]
            }
            if k + 1 < days.count { around += [.text(" · "), link(days[k + 1], "\(days[k + 1]) →")] }
            content.append(.el("p", [("class", "series")], around))
            if days.count > 1 {
                content.append(.el("details", [], [.el("summary", [], "All \(days.count) instances")]
                    + [.el("p", [], days.enumerated().flatMap { i, d in (i > 0 ? [Node.text(" · ")] : []) + [link(d, d)] })]))
            }
        } else {
            var seen: [String] = []
            for a in try AttendeesQuery(meeting: name).run(graph) where a["meeting"]?.stringValue == name {
                if let d = a["document"]?.stringValue, !seen.contains(d) { seen.append(d) }
            }
            reports = Array(seen.prefix(maxReports))
            if seen.count > maxReports { content.append(.el("p", [("class", "muted")], "The first \(maxReports) of \(seen.count) reports.")) }
        }
        for d in reports { content += try report(graph, name: name, document: d) }
        if reports.isEmpty { content.append(.el("p", [("class", "muted")], "No report names who attended.")) }
        return Layout.page(name, content)
    }

    /// One report of the meeting: who attended, by role, and what it called for.
    static func report(_ graph: Graph, name: String, document: String) throws -> [Node] {
        var content: [Node] = []
        let rows = try AttendeesQuery(meeting: name, document: document).run(graph).filter { $0["meeting"]?.stringValue == name }
        let id = try ArticleQuery.document(named: document, in: graph)
        let title = try id.map { try graph.title(ofDocument: $0) } ?? document
        content.append(.el("h2", [], [.text((rows.first?["date"]?.stringValue).map { $0 + " · " } ?? ""), Layout.articleLink(document, title)]))
        content.append(.el("h3", [], "Attendees (\(rows.count))"))
        // By role, in the order the report gives them.
        var roles: [String] = [], byRole: [String: [JSONValue]] = [:]
        for r in rows {
            let role = r["roles"]?.strings.first ?? "出席"
            if byRole[role] == nil { roles.append(role) }
            byRole[role, default: []].append(r)
        }
        content.append(Layout.table(["角色", "姓名", "当日职务", "其他角色"], roles.flatMap { role in
            byRole[role]!.map { r in
                [.text(role), Layout.entityLink(r["name"]?.stringValue ?? "", type: r["kind"]?.stringValue == "person" ? EntityType.person.rawValue : nil),
                 .text(r["titles"]?.strings.joined(separator: "、") ?? ""), .text(r["roles"]?.strings.dropFirst().joined(separator: "、") ?? "")]
            }
        }))
        if let id {
            let statistics = try StatisticsQuery(document: id).run(graph)
            if !statistics.isEmpty {
                content.append(.el("h3", [], "Statistics (\(statistics.count))"))
                content.append(Layout.table(["主题", "数值", "句子"], statistics.map { x in
                    [.text(x["subject"]?.stringValue ?? ""), .text((x["value"]?.stringValue ?? "") + (x["unit"]?.stringValue ?? "")),
                     .el("q", [], x["sentence"]?.stringValue ?? "")]
                }))
            }
        }
        let trees = try OutlineTrace.forest(name: name, document: document, from: nil, to: nil, in: graph)
        if !trees.isEmpty {
            content.append(.el("h3", [], "What it called for"))
            content.append(.el("ul", [("class", "trace")], trees.map(tree)))
        }
        return content
    }

    static func tree(_ node: JSONValue) -> Node {
        let children = node["children"]?.array ?? []
        let label: Node = Layout.entityLink(node["name"]?.stringValue ?? "", type: node["type"]?.stringValue)
        return .el("li", [], [label, .text(" " + (node["type"]?.stringValue ?? ""))] + (children.isEmpty ? [] : [.el("ul", [], children.map(tree))]))
    }
}
