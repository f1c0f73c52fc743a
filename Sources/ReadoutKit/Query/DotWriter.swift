/// The graph, or the neighbourhood of one entity, as Graphviz DOT: shapes and colours per type,
/// one cluster per meeting with the people at it, a legend, a CJK font, every label escaped and bounded.
///
/// A picture has to fit on a screen, so a hub's neighbourhood is summarised: a node's neighbours are grouped
/// by kind (the predicate that links them most, its direction, the neighbour's type), each group keeps its
/// `perGroup` weightiest members, and the rest of the group is drawn as one node, "+385 more Meeting (attended)".
/// What was summarised or cut by `maxNodes` is reported in `Picture.notice`, never left out silently.
public struct DotWriter {
    public var focus: String?
    public var depth: Int
    /// A neighbourhood keeps the nodes nearest the focus, up to this many: a busy official's depth-2
    /// neighbourhood has thousands, which no picture shows.
    public var maxNodes: Int
    /// The most neighbours of one kind drawn around one node; the others are counted in a summary node.
    public var perGroup: Int
    public static let font = "Noto Sans CJK SC"
    /// Characters of a name shown in a label (the rest cut, ending in …), and kept in its tooltip: Graphviz
    /// refuses a quoted string longer than 16384 bytes, which a 6,000-character title is in UTF-8.
    public static let labelLength = 40, tooltipLength = 1000
    /// The largest picture, in inches (Graphviz's `size`, which only ever shrinks): 40 inches is 3,840 pixels
    /// at png's 96 dpi. The summaries keep pictures well inside it; this is the bound for what they do not catch.
    public static let maxSize = "60,40"

    /// Where a node links to, from its name and type (DOT's URL: clickable in SVG); none when nil. A summary of a
    /// hub's neighbours links where the hub does.
    public var link: (@Sendable (String, String) -> String)?
    /// How the notice and the summaries' tooltips name the limits: by the command's options, or in words for a
    /// reader who has no command line (the web view).
    public var wording: Wording = .options
    public enum Wording: Sendable { case options, prose }

    public init(focus: String? = nil, depth: Int = 2, maxNodes: Int = 400, perGroup: Int = 15) {
        self.focus = focus; self.depth = depth; self.maxNodes = maxNodes; self.perGroup = perGroup
    }

    /// A picture's DOT, and one line saying what it leaves out (nil when it shows everything asked for).
    public struct Picture: Sendable {
        public let dot: String
        public let notice: String?
    }

    public static let styles: [String: (shape: String, color: String)] = [
        "Person": ("ellipse", "#fde2e4"), "Group": ("ellipse", "#fff1e6"), "Organization": ("box", "#e2ece9"),
        "Meeting": ("doubleoctagon", "#bee1e6"), "Document": ("note", "#f0efeb"), "Statistic": ("box", "#dfe7fd"),
        "Goal": ("hexagon", "#cddafd"), "Task": ("box", "#eae4e9"), "Principle": ("component", "#fad2e1"),
        "Mechanism": ("cds", "#e2ece9"), "Place": ("house", "#f8edeb"), "Formulation": ("tab", "#fcf6bd"),
        "Article": ("folder", "#ffffff"),
    ]
    /// The predicates that put a person or group in a meeting's cluster.
    static let attendance: Set<String> = ["attended", "presided_over", "spoke_at"]

    struct Node { let id: Int64; let name: String; let type: String }
    struct Edge { let subject: Int64; let predicate: String; let object: Int64; var facts = 1 }
    /// A kind of neighbour: the predicate linking it, whether the node is that fact's subject, the neighbour's type.
    struct Kind: Hashable, Comparable {
        let predicate: String; let outgoing: Bool; let type: String
        static func < (a: Kind, b: Kind) -> Bool { (a.type, a.predicate, a.outgoing ? 0 : 1) < (b.type, b.predicate, b.outgoing ? 0 : 1) }
    }
    /// The neighbours of one kind around a hub, all of them (drawn or not), with how many facts link each to the hub.
    struct Group {
        let hub: Int64; let kind: Kind; let members: [Int64]; let links: [Int64: Int]
        struct Key: Hashable { let hub: Int64; let kind: Kind }
        var key: Key { Key(hub: hub, kind: kind) }
    }
    /// What a picture holds: its nodes (nearest the focus first), the groups of the nodes whose neighbours were
    /// looked at, and how many nodes `maxNodes` cut.
    struct Scene {
        var nodes: [Int64]; var groups: [Group]; var start: Set<Int64>; var cut: Int
        /// Each hub's number of neighbours, where its groups do not hold them all (the whole graph groups only satellites).
        var neighbours: [Int64: Int] = [:]
    }

    public func render(_ graph: Graph) throws -> String { try picture(graph).dot }

    public func picture(_ graph: Graph) throws -> Picture { try graph.db.read { try write(graph) } }

    func write(_ graph: Graph) throws -> Picture {
        let scene: Scene
        if let focus {
            let start = try graph.resolve(focus)
            if start.isEmpty { try graph.requireKnown(focus) }
            scene = try neighbourhood(graph, from: start)
        } else {
            scene = try whole(graph)
        }
        let nodes = try Self.entities(scene.nodes, graph)
        let edges = try Self.edges(among: scene.nodes, graph)
        // For each group too big to draw whole, its neighbours counted by year (of the article that links them).
        var years: [Group.Key: [(String, Int)]] = [:]
        let drawn = Set(scene.nodes)
        for group in scene.groups where drawn.contains(group.hub) && group.members.contains(where: { !drawn.contains($0) }) {
            years[group.key] = try Self.years(group, graph)
        }
        return write(nodes, edges, scene, years: years)
    }

    /// A group's neighbours by the year of the articles that link them to the hub: (year, neighbours), oldest first.
    static func years(_ group: Group, _ graph: Graph) throws -> [(String, Int)] {
        let (mine, theirs) = group.kind.outgoing ? ("subject", "object") : ("object", "subject")
        return try graph.db.rows("""
            SELECT substr(d.date, 1, 4) AS y, count(DISTINCT t.\(theirs)) FROM triple t JOIN entity e ON e.id = t.\(theirs)
              JOIN document d ON d.id = t.document
            WHERE t.\(mine) = ? AND t.predicate = ? AND e.type = ? AND d.date IS NOT NULL GROUP BY y ORDER BY y
            """, [.integer(group.hub), .text(group.kind.predicate), .text(group.kind.type)]).map { ($0[0].string ?? "", Int($0[1].int ?? 0)) }
    }

    // MARK: What the picture holds

    /// A breadth-first walk from the focus, `depth` steps, that takes from each node it reaches at most `perGroup`
    /// new neighbours of each kind (the weightiest), then keeps the `maxNodes` nearest. Articles are not walked
    /// through: they mention everything.
    func neighbourhood(_ graph: Graph, from start: [Int64]) throws -> Scene {
        var distance: [Int64: Int] = [:]
        var order: [Int64] = []
        for s in start where distance[s] == nil { distance[s] = 0; order.append(s) }
        var frontier = order
        var groups: [Group] = []
        for level in 0..<depth {
            var next: [Int64] = []
            let around = try Self.groups(of: frontier, graph)
            for node in frontier {
                for group in around[node] ?? [] {
                    groups.append(group)
                    // Members already drawn stay; new ones fill the group up to perGroup, weightiest first.
                    let present = group.members.filter { distance[$0] != nil }.count
                    let fresh = group.members.filter { distance[$0] == nil }
                    guard present < perGroup, !fresh.isEmpty else { continue }
                    for id in try Self.weightiest(fresh, links: group.links, limit: perGroup - present, graph) {
                        distance[id] = level + 1; order.append(id); next.append(id)
                    }
                }
            }
            frontier = next
        }
        let kept = Array(order.prefix(maxNodes))
        return Scene(nodes: kept, groups: groups, start: Set(start), cut: order.count - kept.count)
    }

    /// Every entity with a fact to another, except articles, with hubs summarised: a hub is a node with more than
    /// `perGroup` neighbours, and a node all of whose neighbours are hubs (a satellite: a meeting that one official
    /// presided over in one city) is drawn only if one of its hubs keeps it among the `perGroup` weightiest of its kind.
    /// Nodes linked to anything that is not a hub always stay.
    func whole(_ graph: Graph) throws -> Scene {
        let all = try graph.db.rows("""
            SELECT e.id FROM entity e
            WHERE e.type <> 'Article' AND EXISTS (SELECT 1 FROM triple t WHERE (t.subject = e.id AND t.object IS NOT NULL OR t.object = e.id) AND t.predicate <> 'mentions')
            ORDER BY e.id
            """).compactMap { $0[0].int }
        let edges = try Self.edges(among: all, graph)
        var neighbours: [Int64: Set<Int64>] = [:]
        for e in edges where e.subject != e.object {
            neighbours[e.subject, default: []].insert(e.object); neighbours[e.object, default: []].insert(e.subject)
        }
        let hubs = Set(neighbours.filter { $0.value.count > perGroup }.keys)
        guard !hubs.isEmpty else { return Scene(nodes: all, groups: [], start: [], cut: 0) }
        // Each satellite's kind around each of its hubs: the predicate with the most facts between them, then the first by name.
        var around: [Int64: [Int64: (predicate: String, facts: Int, outgoing: Bool)]] = [:]
        var links: [Int64: [Int64: Int]] = [:]
        for e in edges where e.subject != e.object {
            for (satellite, hub, hubIsSubject) in [(e.object, e.subject, true), (e.subject, e.object, false)]
            where hubs.contains(hub) && !hubs.contains(satellite) && neighbours[satellite]!.isSubset(of: hubs) {
                links[hub, default: [:]][satellite, default: 0] += e.facts
                if let known = around[hub]?[satellite], known.facts > e.facts || (known.facts == e.facts && known.predicate <= e.predicate) { continue }
                around[hub, default: [:]][satellite] = (e.predicate, e.facts, hubIsSubject)
            }
        }
        let satellites = Set(around.values.flatMap(\.keys))
        let types = Dictionary(uniqueKeysWithValues: try Self.entities(Array(satellites), graph).map { ($0.id, $0.type) })
        var groups: [Group] = [], kept: Set<Int64> = []
        for hub in around.keys.sorted() {
            var byKind: [Kind: [Int64]] = [:]
            for (satellite, link) in around[hub]! { byKind[Kind(predicate: link.predicate, outgoing: link.outgoing, type: types[satellite] ?? ""), default: []].append(satellite) }
            for kind in byKind.keys.sorted() {
                let members = byKind[kind]!.sorted()
                groups.append(Group(hub: hub, kind: kind, members: members, links: links[hub]!))
                kept.formUnion(try Self.weightiest(members, links: links[hub]!, limit: perGroup, graph))
            }
        }
        return Scene(nodes: all.filter { !satellites.contains($0) || kept.contains($0) }, groups: groups, start: [], cut: 0,
                     neighbours: neighbours.filter { around[$0.key] != nil }.mapValues(\.count))
    }

    /// Each node's neighbours (not articles), grouped by kind; each neighbour in one group, that of the predicate
    /// with the most facts between them (then the first by name). One query for all the nodes. The facts are counted
    /// per neighbour before its type is looked up, a lookup a neighbour (a hub has thousands of facts, a third as many
    /// neighbours); the lookup is a subquery, as a join lets PostgreSQL read the whole entity table instead. A neighbour
    /// with no entity row is left out, as the join left it.
    static func groups(of nodes: [Int64], _ graph: Graph) throws -> [Int64: [Group]] {
        let rows = try graph.db.rows("""
            SELECT g.node, g.other, g.predicate, g.outgoing, (SELECT e.type FROM entity e WHERE e.id = g.other), g.facts FROM (
              SELECT t.subject AS node, t.object AS other, t.predicate, 1 AS outgoing, count(*) AS facts FROM triple t
               WHERE t.subject IN (SELECT value FROM json_each(?1)) AND t.object IS NOT NULL AND t.object <> t.subject AND t.predicate <> 'mentions'
               GROUP BY t.subject, t.object, t.predicate
              UNION ALL
              SELECT t.object, t.subject, t.predicate, 0, count(*) FROM triple t
               WHERE t.object IN (SELECT value FROM json_each(?1)) AND t.subject <> t.object AND t.predicate <> 'mentions'
               GROUP BY t.object, t.subject, t.predicate) AS g
            ORDER BY 1, 2, 6 DESC, 3, 4 DESC
            """, [.ids(nodes)]).filter { $0[4].string.map { $0 != "Article" } ?? false }
        var out: [Int64: [Group]] = [:]
        var at = rows.startIndex
        while at < rows.endIndex {
            guard let node = rows[at][0].int else { at += 1; continue }
            var kindOf: [Int64: Kind] = [:], links: [Int64: Int] = [:]
            var order: [Int64] = []
            while at < rows.endIndex, rows[at][0].int == node {
                let r = rows[at]
                at += 1
                guard let other = r[1].int else { continue }
                links[other, default: 0] += Int(r[5].int ?? 0)
                guard kindOf[other] == nil else { continue }
                kindOf[other] = Kind(predicate: r[2].string ?? "", outgoing: r[3].int == 1, type: r[4].string ?? "")
                order.append(other)
            }
            var byKind: [Kind: [Int64]] = [:]
            for id in order { byKind[kindOf[id]!, default: []].append(id) }
            out[node] = byKind.keys.sorted().map { Group(hub: node, kind: $0, members: byKind[$0]!, links: links) }
        }
        return out
    }

    /// The `limit` members weightiest to a hub: most facts linking them (`links`), then most facts of their own,
    /// then first made. Facts of their own are counted only for members that can make the cut (those linked at least
    /// as often as the `limit`th): a premier's thousands of meetings need a handful of counts, not thousands.
    static func weightiest(_ members: [Int64], links: [Int64: Int], limit: Int, _ graph: Graph) throws -> [Int64] {
        guard members.count > limit else { return members }
        guard limit > 0 else { return [] }
        let byLinks = members.sorted { (links[$0] ?? 0, -$0) > (links[$1] ?? 0, -$1) }
        let cut = links[byLinks[limit - 1]] ?? 0
        let contenders = byLinks.prefix { (links[$0] ?? 0) >= cut }
        var facts: [Int64: Int] = [:]
        for r in try graph.db.rows("""
            SELECT j.value, (SELECT count(*) FROM triple t WHERE t.subject = j.value AND t.predicate <> 'mentions')
                          + (SELECT count(*) FROM triple t WHERE t.object = j.value AND t.predicate <> 'mentions')
              FROM json_each(?1) j
            """, [.ids(contenders)]) { if let id = r[0].int { facts[id] = Int(r[1].int ?? 0) } }
        let ranked = contenders.sorted { a, b in (links[a] ?? 0, facts[a] ?? 0, -a) > (links[b] ?? 0, facts[b] ?? 0, -b) }
        return Array(ranked.prefix(limit))
    }

    static func entities(_ ids: [Int64], _ graph: Graph) throws -> [Node] {
        let rows = try graph.db.rows("SELECT e.id, e.name, e.type FROM json_each(?1) j JOIN entity e ON e.id = j.value ORDER BY j.key", [.ids(ids)])
        return rows.map { Node(id: $0[0].int ?? 0, name: $0[1].string ?? "", type: $0[2].string ?? "") }
    }

    /// The facts among some entities, one edge per subject, predicate and object, with how many facts it stands for.
    static func edges(among ids: [Int64], _ graph: Graph) throws -> [Edge] {
        return try graph.db.rows("""
            SELECT t.subject, t.predicate, t.object, count(*) FROM triple t
            WHERE t.object IS NOT NULL AND t.predicate <> 'mentions'
              AND t.subject IN (SELECT value FROM json_each(?1)) AND t.object IN (SELECT value FROM json_each(?1))
            GROUP BY t.subject, t.object, t.predicate
            ORDER BY t.subject, t.object, t.predicate
            """, [.ids(ids)]).map { Edge(subject: $0[0].int ?? 0, predicate: $0[1].string ?? "", object: $0[2].int ?? 0, facts: Int($0[3].int ?? 1)) }
    }

    // MARK: The DOT

    func write(_ nodes: [Node], _ edges: [Edge], _ scene: Scene, years: [Group.Key: [(String, Int)]] = [:]) -> Picture {
        let byID = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, $0) })
        // The neighbours of a kind left out around each drawn hub: one summary node per group.
        var summaries: [(group: Group, count: Int)] = []
        var left: [Int64: (missing: Set<Int64>, all: Set<Int64>)] = [:]
        for group in scene.groups where byID[group.hub] != nil {
            let missing = group.members.filter { byID[$0] == nil }
            left[group.hub, default: ([], [])].all.formUnion(group.members)
            guard !missing.isEmpty else { continue }
            left[group.hub]!.missing.formUnion(missing)
            summaries.append((group, missing.count))
        }
        let hubs = Set(summaries.map(\.group.hub))
        // A person or group sits in a meeting's cluster only when that meeting is the one it attends in the
        // picture, and it is neither the focus nor a summarised hub: a busy official stays outside every cluster.
        var meetingsOf: [Int64: Set<Int64>] = [:]
        for e in edges where Self.attendance.contains(e.predicate) && byID[e.object]?.type == "Meeting" && byID[e.subject]?.type != "Meeting" {
            meetingsOf[e.subject, default: []].insert(e.object)
        }
        var clusterOf: [Int64: Int64] = [:]
        for (id, meetings) in meetingsOf where meetings.count == 1 && !scene.start.contains(id) && !hubs.contains(id) { clusterOf[id] = meetings.first! }
        // A meeting heads a cluster when someone sits in it; an empty cluster would only take room.
        for meeting in Set(clusterOf.values) { clusterOf[meeting] = meeting }

        var out = "digraph readout {\n"
        // Nodes as low as their text and close together: a hub's neighbours stand in one column of a left-to-right picture.
        out += "  graph [rankdir=LR, fontname=\"\(Self.font)\", charset=\"UTF-8\", size=\"\(Self.maxSize)\", nodesep=0.12];\n"
        out += "  node [fontname=\"\(Self.font)\", style=filled, height=0.3, margin=\"0.08,0.02\"];\n"
        out += "  edge [fontname=\"\(Self.font)\", fontsize=10];\n"
        for meeting in nodes where meeting.type == "Meeting" && clusterOf[meeting.id] == meeting.id {
            out += "  subgraph cluster_\(meeting.id) {\n    label=\(Self.quote(Self.label(meeting.name))); style=rounded; color=\"#6c8ea4\";\n"
            for n in nodes where clusterOf[n.id] == meeting.id { out += "    " + node(n) }
            out += "  }\n"
        }
        for n in nodes where clusterOf[n.id] == nil { out += "  " + node(n) }
        // The facts between two nodes the same way round are one arrow, its label their predicates; a summary is
        // one dashed arrow to its node.
        var arrows: [Arrow] = []
        var arrowAt: [[Int64]: Int] = [:]
        for e in edges {
            if let i = arrowAt[[e.subject, e.object]] { arrows[i].label += ", " + e.predicate; continue }
            arrowAt[[e.subject, e.object]] = arrows.count
            arrows.append(Arrow(from: "n\(e.subject)", to: "n\(e.object)", label: e.predicate))
        }
        for (i, s) in summaries.enumerated() {
            let kind = s.group.kind, hub = byID[s.group.hub]!
            let style = Self.styles[kind.type] ?? ("ellipse", "#ffffff")
            // The count, then the whole group by year, four years a line (the 400 meetings of a premier, year by year).
            let byYear = (years[s.group.key] ?? []).map { "\($0.0): \($0.1)" }
            let lines = stride(from: 0, to: byYear.count, by: 4).map { byYear[$0..<min($0 + 4, byYear.count)].joined(separator: "  ") }
            let text = (["+\(s.count) more \(kind.type) (\(kind.predicate))"] + (lines.isEmpty ? [] : ["all by year:"] + lines)).joined(separator: "\n")
            let tip = "\(s.count) more \(kind.type) \(kind.outgoing ? "that \(hub.name) \(kind.predicate)" : "that \(kind.predicate) \(hub.name)"), not drawn (\(perGroupNote))"
            out += "  more\(i) [label=\(Self.quote(text)), tooltip=\(Self.quote(Self.tooltip(tip))), shape=\(style.shape), style=\"filled,dashed\", fillcolor=\"\(style.color)\"\(url(hub))];\n"
            let (from, to) = kind.outgoing ? ("n\(hub.id)", "more\(i)") : ("more\(i)", "n\(hub.id)")
            arrows.append(Arrow(from: from, to: to, label: kind.predicate, dashed: true))
        }
        for a in arrows {
            out += "  \(a.from) -> \(a.to) [label=\(Self.quote(a.label))\(a.dashed ? ", style=dashed" : "")];\n"
        }
        let types = Set(nodes.map(\.type))
        out += "  subgraph cluster_legend {\n    label=\"legend\"; style=dashed; color=\"#999999\";\n"
        for type in EntityType.allCases.map(\.rawValue) where types.contains(type) {
            let style = Self.styles[type] ?? ("ellipse", "#ffffff")
            out += "    legend_\(type) [label=\(Self.quote(type)), shape=\(style.shape), fillcolor=\"\(style.color)\"];\n"
        }
        out += "  }\n}\n"
        let summarised = left.filter { !$0.value.missing.isEmpty }.mapValues { (missing: $0.missing.count, all: $0.all.count) }
        return Picture(dot: out, notice: notice(summarised.map { ($0.key, $0.value.missing, scene.neighbours[$0.key] ?? $0.value.all) }, byID, cut: scene.cut))
    }

    struct Arrow { let from: String; let to: String; var label: String; var dashed = false }

    /// One line on what the picture leaves out: the most summarised hubs first, then what --max-nodes cut.
    func notice(_ left: [(hub: Int64, missing: Int, all: Int)], _ byID: [Int64: Node], cut: Int) -> String? {
        var parts: [String] = []
        if !left.isEmpty {
            let hubs = left.sorted { ($0.missing, $1.hub) > ($1.missing, $0.hub) }
            var named = hubs.prefix(3).enumerated().map { i, h in
                "\(h.missing) of \(h.all)\(i == 0 ? " neighbours" : "") of \(Self.label(byID[h.hub]?.name ?? ""))"
            }.joined(separator: ", ")
            if hubs.count > 3 { named += " and those of \(hubs.count - 3) more nodes" }
            parts.append("\(named) summarised (\(perGroupNote))")
        }
        let nodes = "\(cut) node\(cut == 1 ? "" : "s")"
        if cut > 0 { parts.append(wording == .options ? "--max-nodes \(maxNodes) dropped \(nodes)" : "\(nodes) dropped beyond \(maxNodes) drawn") }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }

    var perGroupNote: String { wording == .options ? "--per-group \(perGroup)" : "\(perGroup) of each kind drawn" }

    func node(_ n: Node) -> String {
        let style = Self.styles[n.type] ?? ("ellipse", "#ffffff")
        return "n\(n.id) [label=\(Self.quote(Self.label(n.name))), shape=\(style.shape), fillcolor=\"\(style.color)\", tooltip=\(Self.quote(Self.tooltip("\(n.name) (\(n.type))")))\(url(n))];\n"
    }

    func url(_ n: Node) -> String {
        link.map { ", URL=\(Self.quote($0(n.name, n.type))), target=\"_top\"" } ?? ""
    }

    /// A name as a label: at most `labelLength` characters, the last … when cut.
    public static func label(_ s: String) -> String { cut(s, labelLength) }
    /// A name as a tooltip: the whole of it up to `tooltipLength` characters.
    public static func tooltip(_ s: String) -> String { cut(s, tooltipLength) }

    static func cut(_ s: String, _ length: Int) -> String {
        let clean = String(String.UnicodeScalarView(s.unicodeScalars.filter(isAllowed)))
        return clean.count <= length ? clean : String(clean.prefix(length - 1)) + "…"
    }

    /// Whether a character may stand in DOT that Graphviz writes into SVG: XML forbids C0 controls but tab and
    /// line breaks, and U+FFFE, U+FFFF (lone surrogates cannot occur in a Swift string). DEL is dropped too.
    static func isAllowed(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x09, 0x0A: return true
        case 0..<0x20, 0x7F, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }

    /// A DOT string: quotes and backslashes escaped, & as &amp;, line breaks as \n, tabs as spaces, characters XML forbids dropped.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            // Graphviz reads HTML entities in labels (&#1; would become a control, &lt; a <): the & is written as one.
            case "&": out += "&amp;"
            case "\n": out += "\\n"
            case "\t": out += " "
            default: if isAllowed(c) { out.unicodeScalars.append(c) }
            }
        }
        return out + "\""
    }
}
