/// A trace forest as Graphviz DOT: goal → task → sub-task from top to bottom, each item's text wrapped,
/// long texts cut with the whole in the tooltip. Meetings and list heads are the boxes a tree hangs from.
public enum TraceDot {
    /// Characters per line of a node's label, and the most lines shown.
    static let width = 18, lines = 6

    public static func render(_ forest: [JSONValue]) -> String {
        var out = "digraph trace {\n"
        out += "  graph [rankdir=TB, fontname=\"\(DotWriter.font)\", charset=\"UTF-8\", nodesep=0.25, ranksep=0.4];\n"
        out += "  node [fontname=\"\(DotWriter.font)\", style=filled, fontsize=11];\n"
        out += "  edge [arrowhead=none, color=\"#8a8a8a\"];\n"
        var next = 0
        func walk(_ node: JSONValue, parent: Int?) {
            guard case .string(let name)? = node["name"], case .string(let type)? = node["type"] else { return }
            let id = next; next += 1
            var label = name
            if type == "Meeting", case .string(let date)? = node["date"] { label += "\n" + date }
            let style = DotWriter.styles[type] ?? (type == "List" ? ("plaintext", "#ffffff") : ("box", "#ffffff"))
            out += "  n\(id) [label=\(DotWriter.quote(wrap(label))), tooltip=\(DotWriter.quote(DotWriter.tooltip(name))), shape=\(style.shape), fillcolor=\"\(style.color)\"];\n"
            if let parent { out += "  n\(parent) -> n\(id);\n" }
            if case .array(let kids)? = node["children"] { kids.forEach { walk($0, parent: id) } }
        }
        forest.forEach { walk($0, parent: nil) }
        return out + "}\n"
    }

    /// Each line of the text in lines of `width` characters, at most `lines` of them, the last ending in … when cut.
    static func wrap(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { wrapLine(String($0)) }.joined(separator: "\n")
    }

    static func wrapLine(_ text: String) -> String {
        let chars = Array(text)
        var rows: [String] = []
        var i = 0
        while i < chars.count, rows.count < lines {
            rows.append(String(chars[i..<min(i + width, chars.count)])); i += width
        }
        if i < chars.count, !rows.isEmpty { rows[rows.count - 1] = String(rows[rows.count - 1].dropLast()) + "…" }
        return rows.joined(separator: "\n")
    }
}
