/// The outline of policy: goals with the tasks that serve them and the parts of each task, as a forest.
/// Trees that serve no goal (mechanisms, methods, principle groups) are roots of their own.
public struct TraceQuery: GraphQuery {
    public var name: String?
    public var document: String?

    public init(name: String? = nil, document: String? = nil) { self.name = name; self.document = document }

    struct Node { let name: String; let type: String }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        // With a name, only the trees under the matching nodes are read: a recursive walk down serves/part_of.
        let scope: String
        var values: [SQLValue] = [document.map(SQLValue.text) ?? .null]
        // A node of that name; when there is none, every node whose name holds the words.
        let exact = try name.map { try graph.hasEntity(named: $0, types: [.goal, .task, .principle, .mechanism]) } ?? false
        func match(_ column: String) -> String { exact ? "\(column) = ?2" : "instr(\(column), ?2) > 0" }
        if let name {
            scope = """
                AND t.object IN (WITH RECURSIVE tree(id) AS (
                    SELECT id FROM entity WHERE type IN ('Goal', 'Task', 'Principle', 'Mechanism') AND \(match("name"))
                    UNION SELECT c.subject FROM tree JOIN triple c ON c.object = tree.id AND c.predicate IN ('serves', 'part_of'))
                  SELECT id FROM tree)
                """
            values.append(.text(name))
        } else { scope = "" }
        let rows = try graph.db.rows("""
            SELECT t.subject, s.name, s.type, t.object, o.name, o.type
            FROM triple t JOIN entity s ON s.id = t.subject JOIN entity o ON o.id = t.object JOIN document d ON d.id = t.document
            WHERE t.predicate IN ('serves', 'part_of') AND (?1 IS NULL OR d.origin = ?1 OR instr(d.origin, ?1) > 0) \(scope)
            ORDER BY t.document, t.span_start, t.id
            """, values)
        var nodes: [Int64: Node] = [:]
        var children: [Int64: [Int64]] = [:]
        var isChild = Set<Int64>()
        var firstSeen: [Int64] = []
        for r in rows {
            guard let child = r[0].int, let parent = r[3].int else { continue }
            for (id, n, t) in [(parent, r[4].string, r[5].string), (child, r[1].string, r[2].string)] where nodes[id] == nil {
                nodes[id] = Node(name: n ?? "", type: t ?? ""); firstSeen.append(id)
            }
            if !(children[parent] ?? []).contains(child) { children[parent, default: []].append(child) }
            isChild.insert(child)
        }
        // Goals stated without serving tasks are trees of one node, each where it is first stated (the loop keeps the first).
        let goals = try graph.db.rows("""
            SELECT e.id, e.name FROM entity e JOIN triple t ON t.object = e.id JOIN document d ON d.id = t.document
            WHERE e.type = 'Goal' AND (?1 IS NULL OR d.origin = ?1 OR instr(d.origin, ?1) > 0) \(name == nil ? "" : "AND " + match("e.name"))
            ORDER BY t.document, t.span_start, e.id
            """, [document.map(SQLValue.text) ?? .null] + (name.map { [SQLValue.text($0)] } ?? []))
        for g in goals { if let id = g[0].int, nodes[id] == nil { nodes[id] = Node(name: g[1].string ?? "", type: "Goal"); firstSeen.append(id) } }

        var roots: [Int64]
        if let name {
            roots = firstSeen.filter { nodes[$0]!.name.contains(name) }
            // Only the topmost matches: a match inside another match's tree is shown there.
            let within = Set(roots.flatMap { descendants($0, children) })
            roots = roots.filter { !within.contains($0) }
        } else {
            roots = firstSeen.filter { !isChild.contains($0) }
            // Goals first, in the order the text gives them.
            roots = roots.filter { nodes[$0]!.type == "Goal" } + roots.filter { nodes[$0]!.type != "Goal" }
        }
        return roots.map { Self.tree($0, nodes, children, seen: []) }
    }

    func descendants(_ id: Int64, _ children: [Int64: [Int64]]) -> [Int64] {
        var out: [Int64] = [], stack = children[id] ?? [], seen = Set<Int64>()
        while let c = stack.popLast() {
            guard seen.insert(c).inserted else { continue }
            out.append(c); stack += children[c] ?? []
        }
        return out
    }

    /// The tree under `id`: a node's children in the order met, none twice on one path (no cycle, no self-loop).
    static func tree(_ id: Int64, _ nodes: [Int64: Node], _ children: [Int64: [Int64]], seen: Set<Int64>) -> JSONValue {
        let node = nodes[id]!
        let kids = (children[id] ?? []).filter { !seen.contains($0) && $0 != id }
        return .object([("name", .string(node.name)), ("type", .string(node.type)),
                        ("children", .array(kids.map { Self.tree($0, nodes, children, seen: seen.union([id])) }))])
    }

    /// The forest as an indented outline, for the table format.
    public static func outline(_ forest: [JSONValue]) -> String {
        guard !forest.isEmpty else { return "(none)\n" }
        var out = ""
        func walk(_ node: JSONValue, _ depth: Int) {
            guard case .string(let name)? = node["name"], case .string(let type)? = node["type"] else { return }
            var line = Renderer.oneLine(name) + "  [\(type)]"
            if case .string(let date)? = node["date"] { line = Renderer.oneLine(name) + "  " + date }
            if case .string(let document)? = node["document"] { line += "  " + Renderer.oneLine(document) }
            out += String(repeating: "  ", count: depth) + (depth == 0 ? "" : "└ ") + line + "\n"
            if case .array(let kids)? = node["children"] { kids.forEach { walk($0, depth + 1) } }
        }
        forest.forEach { walk($0, 0) }
        return out
    }

    /// Flattened rows (depth, name, type, parent) for CSV.
    /// The keys of `rows`, in order.
    public static let rowColumns = ["depth", "name", "type", "parent"]

    public static func rows(_ forest: [JSONValue]) -> [JSONValue] {
        var out: [JSONValue] = []
        func walk(_ node: JSONValue, _ depth: Int, _ parent: String?) {
            guard case .string(let name)? = node["name"] else { return }
            out.append(.object([("depth", .number(Double(depth))), ("name", .string(name)), ("type", node["type"] ?? .null),
                                ("parent", parent.map(JSONValue.string) ?? .null)]))
            if case .array(let kids)? = node["children"] { kids.forEach { walk($0, depth + 1, name) } }
        }
        forest.forEach { walk($0, 0, nil) }
        return out
    }
}
