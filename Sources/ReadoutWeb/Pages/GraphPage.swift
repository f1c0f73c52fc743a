import ReadoutKit

/// The neighbourhood of an entity as SVG from Graphviz: nodes link to their pages, a hub's neighbours beyond a
/// few of each kind are summarised as counts (linking to the hub's list of facts), the picture fits the page.
enum GraphPage {
    /// Neighbours drawn per kind (predicate, direction, type) before the rest become one summary node.
    static let perGroup = 12

    /// The DOT of the neighbourhood, or nil when no entity has the name. Read inside the store's actor.
    static func dot(_ graph: Graph, name: String) throws -> DotWriter.Picture? {
        guard try !graph.entities(named: name).isEmpty else { return nil }
        var writer = DotWriter(focus: name, depth: 1, maxNodes: 150, perGroup: perGroup)
        writer.wording = .prose
        // One parameter only: Graphviz writes a URL into SVG without escaping an &.
        writer.link = { name, type in (type == EntityType.meeting.rawValue ? "/event?name=" : "/entity?name=") + HTML.percent(name) }
        return try writer.picture(graph)
    }

    /// The page around Graphviz's SVG (its own escaping; the XML prolog and doctype cut off to sit in HTML).
    static func render(name: String, picture: DotWriter.Picture, svg: String) -> String {
        let start = svg.range(of: "<svg")?.lowerBound ?? svg.startIndex
        return Layout.page(name, [
            .el("p", [("class", "muted")], [.text(picture.notice ?? "Every neighbour is drawn."), .text(" · "),
                                             .link("/entity?" + HTML.query([("name", name)]), "facts of \(name)")]),
            .el("div", [("class", "graph")], [.trusted(String(svg[start...]))]),
        ])
    }
}
