/// The graph, or the neighbourhood of one entity, as Graphviz DOT: shapes and colours per type,
/// one cluster per meeting with the people at it, a legend, a CJK font, every label escaped.
public struct DotWriter {
    public var focus: String?
    public var depth: Int
    /// A neighbourhood keeps the nodes nearest the focus, up to this many: a busy official's depth-2
    /// neighbourhood has thousands, which no picture shows.
    public var maxNodes: Int
    public static let font = "Noto Sans CJK SC"

    public init(focus: String? = nil, depth: Int = 2, maxNodes: Int = 400) { self.focus = focus; self.depth = depth; self.maxNodes = maxNodes }

    public static let styles: [String: (shape: String, color: String)] = [
        "Person": ("ellipse", "#fde2e4"), "Group": ("ellipse", "#fff1e6"), "Organization": ("box", "#e2ece9"),
        "Meeting": ("doubleoctagon", "#bee1e6"), "Document": ("note", "#f0efeb"), "Statistic": ("box", "#dfe7fd"),
        "Goal": ("hexagon", "#cddafd"), "Task": ("box", "#eae4e9"), "Principle": ("component", "#fad2e1"),
        "Mechanism": ("cds", "#e2ece9"), "Place": ("house", "#f8edeb"), "Formulation": ("tab", "#fcf6bd"),
        "Article": ("folder", "#ffffff"),
    ]

    struct Node { let id: Int64; let name: String; let type: String }

    public func render(_ graph: Graph) throws -> String { try graph.db.read { try write(graph) } }

    func write(_ graph: Graph) throws -> String {
        let nodeRows: [[SQLValue]]
        if let focus {
            let start = try graph.resolve(focus)
            guard !start.isEmpty else { throw StoreError("no entity named \(focus)") }
            let list = "[" + start.map(String.init).joined(separator: ",") + "]"
            nodeRows = try graph.db.rows("""
                WITH RECURSIVE walk(id, depth) AS (
                    SELECT value, 0 FROM json_each(?1)
                    UNION
                    SELECT t.object, w.depth + 1 FROM walk w JOIN triple t ON t.subject = w.id
                     WHERE w.depth < ?2 AND t.object IS NOT NULL AND t.predicate <> 'mentions'
                    UNION
                    SELECT t.subject, w.depth + 1 FROM walk w JOIN triple t ON t.object = w.id
                     WHERE w.depth < ?2 AND t.predicate <> 'mentions'
                    -- The walk is breadth-first; once it has several times the nodes a picture keeps, it can stop.
                    LIMIT ?3 * 8
                )
                SELECT e.id, e.name, e.type FROM entity e JOIN (SELECT id, min(depth) AS d FROM walk GROUP BY id) w ON w.id = e.id
                WHERE e.type <> 'Article' OR e.id IN (SELECT value FROM json_each(?1))
                ORDER BY w.d, e.id LIMIT ?3
                """, [.text(list), .integer(Int64(depth)), .integer(Int64(maxNodes))])
        } else {
            nodeRows = try graph.db.rows("""
                SELECT e.id, e.name, e.type FROM entity e
                WHERE e.type <> 'Article' AND EXISTS (SELECT 1 FROM triple t WHERE (t.subject = e.id AND t.object IS NOT NULL OR t.object = e.id) AND t.predicate <> 'mentions')
                ORDER BY e.id
                """)
        }
        let nodes = nodeRows.map { Node(id: $0[0].int ?? 0, name: $0[1].string ?? "", type: $0[2].string ?? "") }
        let ids = "[" + nodes.map { String($0.id) }.joined(separator: ",") + "]"
        let edges = try graph.db.rows("""
            SELECT DISTINCT t.subject, t.predicate, t.object FROM triple t
            WHERE t.object IS NOT NULL AND t.predicate <> 'mentions'
              AND t.subject IN (SELECT value FROM json_each(?1)) AND t.object IN (SELECT value FROM json_each(?1))
            ORDER BY t.subject, t.object
            """, [.text(ids)]).map { ($0[0].int ?? 0, $0[1].string ?? "", $0[2].int ?? 0) }
        return write(nodes, edges)
    }

    func write(_ nodes: [Node], _ edges: [(Int64, String, Int64)]) -> String {
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        // Each person or group sits in the cluster of the first meeting it attended.
        var clusterOf: [Int64: Int64] = [:]
        for n in nodes where n.type == "Meeting" { clusterOf[n.id] = n.id }
        for (s, p, o) in edges where ["attended", "presided_over", "spoke_at"].contains(p) && byID[o]?.type == "Meeting" {
            if clusterOf[s] == nil { clusterOf[s] = o }
        }
        var out = "digraph readout {\n"
        out += "  graph [rankdir=LR, fontname=\"\(Self.font)\", charset=\"UTF-8\"];\n"
        out += "  node [fontname=\"\(Self.font)\", style=filled];\n"
        out += "  edge [fontname=\"\(Self.font)\", fontsize=10];\n"
        for meeting in nodes where meeting.type == "Meeting" {
            out += "  subgraph cluster_\(meeting.id) {\n    label=\(Self.quote(meeting.name)); style=rounded; color=\"#6c8ea4\";\n"
            for n in nodes where clusterOf[n.id] == meeting.id { out += "    " + node(n) }
            out += "  }\n"
        }
        for n in nodes where clusterOf[n.id] == nil { out += "  " + node(n) }
        for (s, p, o) in edges { out += "  n\(s) -> n\(o) [label=\(Self.quote(p))];\n" }
        let types = Set(nodes.map(\.type))
        out += "  subgraph cluster_legend {\n    label=\"legend\"; style=dashed; color=\"#999999\";\n"
        for type in EntityType.allCases.map(\.rawValue) where types.contains(type) {
            let style = Self.styles[type] ?? ("ellipse", "#ffffff")
            out += "    legend_\(type) [label=\(Self.quote(type)), shape=\(style.shape), fillcolor=\"\(style.color)\"];\n"
        }
        out += "  }\n}\n"
        return out
    }

    func node(_ n: Node) -> String {
        let style = Self.styles[n.type] ?? ("ellipse", "#ffffff")
        return "n\(n.id) [label=\(Self.quote(n.name)), shape=\(style.shape), fillcolor=\"\(style.color)\", tooltip=\(Self.quote(n.type))];\n"
    }

    /// A DOT string: quotes and backslashes escaped, line breaks as \n, other control characters dropped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": continue
            default: if c.value >= 0x20 && c.value != 0x7F { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
