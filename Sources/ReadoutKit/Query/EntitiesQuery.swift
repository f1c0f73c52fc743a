/// Entities with their literal attributes (a statistic's subject, value, unit …; a person's titles) and aliases.
public struct EntitiesQuery: GraphQuery {
    public var type: EntityType?
    public var name: String?

    public init(type: EntityType? = nil, name: String? = nil) { self.type = type; self.name = name }

    /// The keys of each row, in order.
    public static let columns = ["name", "type", "attributes", "aliases"]

    static let numeric: Set<String> = ["value", "from_value"]

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        let entities = try graph.db.rows("""
            SELECT e.id, e.name, e.type FROM entity e
            WHERE (?1 IS NULL OR e.type = ?1)
              AND (?2 IS NULL OR instr(e.name, ?2) > 0 OR EXISTS (SELECT 1 FROM alias a WHERE a.entity = e.id AND instr(a.alias, ?2) > 0))
            ORDER BY e.type, e.id
            """, [type.map { .text($0.rawValue) } ?? .null, name.map(SQLValue.text) ?? .null])
        return try entities.map { row in
            let id = row[0].int ?? 0
            var attributes: [(String, [String])] = []
            for r in try graph.db.rows("SELECT predicate, literal FROM triple WHERE subject = ? AND literal IS NOT NULL ORDER BY document, span_start, id", [.integer(id)]) {
                let p = r[0].string ?? "", v = r[1].string ?? ""
                if let k = attributes.firstIndex(where: { $0.0 == p }) {
                    if !attributes[k].1.contains(v) { attributes[k].1.append(v) }
                } else { attributes.append((p, [v])) }
            }
            let aliases = try graph.db.rows("SELECT alias FROM alias WHERE entity = ? AND alias <> ? ORDER BY alias", [.integer(id), row[1]])
                .compactMap { $0[0].string }
            let attrs: [(String, JSONValue)] = attributes.map { p, values in
                let json = values.map { v -> JSONValue in Self.numeric.contains(p) ? Double(v).map(JSONValue.number) ?? .string(v) : .string(v) }
                return (p, json.count == 1 && p != "title" ? json[0] : .array(json))
            }
            return .object([("name", row[1].string.map(JSONValue.string) ?? .null), ("type", row[2].string.map(JSONValue.string) ?? .null),
                            ("attributes", .object(attrs)), ("aliases", .array(aliases.map(JSONValue.string)))])
        }
    }
}
