import ReadoutKit

/// Entities by name or alias, or by part of either, filtered by type; each with how many facts it has.
enum SearchPage {
    static let pageSize = 50

    static func render(_ graph: Graph, text: String, type: EntityType?, offset: Int) throws -> String {
        var content: [Node] = [form(text, type)]
        if !text.isEmpty {
            let read = try SearchQuery(text: text, type: type, limit: pageSize + 1, offset: offset).run(graph)
            let rows = read.prefix(pageSize)
            if rows.isEmpty { content.append(.el("p", [("class", "muted")], "没有找到“\(text)”。")) }
            else {
                content.append(Layout.table(["名称", "类型", "事实", "别名"], rows.map { r in
                    let name = r["name"]?.stringValue ?? "", kind = r["type"]?.stringValue ?? ""
                    return [Layout.entityLink(name, type: kind), .text(kind), .text(r["facts"]?.serialized() ?? ""), .text(r["alias"]?.stringValue ?? "")]
                }))
                content.append(Layout.pager("/", [("q", text)] + (type.map { [("type", $0.rawValue)] } ?? []), offset: offset, limit: pageSize, more: read.count > pageSize))
            }
        } else {
            content.append(.el("p", [("class", "muted")], "Search people, bodies, meetings, goals and tasks by name, alias or part of a name; each result opens its facts with the sentences they came from."))
        }
        return Layout.page(text.isEmpty ? "搜索" : text, content)
    }

    static func form(_ text: String, _ type: EntityType?) -> Node {
        .el("form", [("action", "/"), ("method", "get")], [
            .el("input", [("type", "search"), ("name", "q"), ("value", text)]),
            .el("select", [("name", "type")], [.el("option", [("value", "")], "所有类型")] + EntityType.allCases.map { t in
                .el("option", [("value", t.rawValue)] + (t == type ? [("selected", "selected")] : []), t.rawValue)
            }),
            .el("button", [("type", "submit")], "搜索"),
        ])
    }
}
