import ReadoutKit

/// A meeting: the instances of its series, then per report its attendees by role with the titles of the day, and
/// the goal → task → sub-task tree of what it called for.
enum EventPage {
    static func render(_ graph: Graph, name: String) throws -> String? {
        guard try graph.hasEntity(named: name, types: [.meeting]) else { return nil }
        var content: [Node] = []
        let instances = try SeriesQuery(name: name).run(graph).filter { $0["series"]?.stringValue == name }
        if instances.count > 1 {
            content.append(.el("h2", [], "Series: \(instances.count) instances"))
            content.append(.el("ol", [("class", "series")], instances.map { r in
                .el("li", [], [.text((r["date"]?.stringValue ?? "") + " "), Layout.articleLink(r["document"]?.stringValue ?? "", r["title"]?.stringValue ?? "")])
            }))
        }
        let attendees = try AttendeesQuery(meeting: name).run(graph).filter { $0["meeting"]?.stringValue == name }
        var documents: [String] = [], byDocument: [String: [JSONValue]] = [:]
        for a in attendees {
            let d = a["document"]?.stringValue ?? ""
            if byDocument[d] == nil { documents.append(d) }
            byDocument[d, default: []].append(a)
        }
        content.append(.el("h2", [], "Attendees"))
        if documents.isEmpty { content.append(.el("p", [("class", "muted")], "No report names who attended.")) }
        for d in documents {
            let rows = byDocument[d]!
            let title = try ArticleQuery.document(named: d, in: graph).map { try graph.title(ofDocument: $0) } ?? d
            content.append(.el("h3", [], [.text((rows[0]["date"]?.stringValue ?? "") + " · "), Layout.articleLink(d, title)]))
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
        }
        let trees = try OutlineTrace.forest(name: name, document: nil, from: nil, to: nil, in: graph)
        if !trees.isEmpty {
            content.append(.el("h2", [], "What it called for"))
            content.append(.el("ul", [("class", "trace")], trees.map(tree)))
        }
        return Layout.page(name, content)
    }

    static func tree(_ node: JSONValue) -> Node {
        let children = node["children"]?.array ?? []
        let label: Node = Layout.entityLink(node["name"]?.stringValue ?? "", type: node["type"]?.stringValue)
        return .el("li", [], [label, .text(" " + (node["type"]?.stringValue ?? ""))] + (children.isEmpty ? [] : [.el("ul", [], children.map(tree))]))
    }
}
