/// A person's meetings in date order, with the roles and the titles the same article gives them then.
public struct TimelineQuery: GraphQuery {
    public var name: String
    /// A page of the timeline (the whole when nil): only its entries' roles and titles are read.
    public var limit: Int?
    public var offset: Int
    /// Latest first (a page of the most recent meetings).
    public var newestFirst: Bool

    public init(name: String, limit: Int? = nil, offset: Int = 0, newestFirst: Bool = false) {
        self.name = name; self.limit = limit; self.offset = offset; self.newestFirst = newestFirst
    }

    /// The keys of each row, in order.
    public static let columns = ["date", "meeting", "roles", "titles", "document"]

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        var entries: [(String, Int64, Int64, [[SQLValue]])] = []
        for person in try graph.resolve(name, type: .person) {
            let rows = try graph.db.rows("""
                SELECT t.id, m.name, d.id, d.origin, coalesce((SELECT md.literal FROM triple md WHERE md.subject = m.id AND md.predicate = 'held_on'
                                                                AND md.document = d.id LIMIT 1), d.date)
                FROM triple t JOIN entity m ON m.id = t.object JOIN document d ON d.id = t.document
                WHERE t.subject = ? AND t.predicate = 'attended'
                ORDER BY d.id, t.span_start, t.id
                """, [.integer(person)])
            // One entry per meeting and document, in text order; roles from all its attendance facts.
            var order: [String] = []
            var groups: [String: [[SQLValue]]] = [:]
            for r in rows {
                let key = "\(r[2].int ?? 0)|\(r[1].string ?? "")"
                if groups[key] == nil { order.append(key) }
                groups[key, default: []].append(r)
            }
            for key in order {
                let r = groups[key]![0]
                entries.append((r[4].string ?? "", r[2].int ?? 0, person, groups[key]!))
            }
        }
        // Ordered and paged before the roles and titles are read: a busy person has thousands of meetings.
        // By date, then document, then text order (the order found: a sort that keeps ties as they were).
        entries = entries.enumerated().sorted { ($0.element.0, $0.element.1, $0.offset) < ($1.element.0, $1.element.1, $1.offset) }.map(\.element)
        if newestFirst { entries.reverse() }
        let page = entries.dropFirst(offset).prefix(limit ?? Int.max)
        return try page.map { date, documentID, person, group in
            let r = group[0]
            var roles: [String] = []
            for row in group {
                for (k, v) in try graph.qualifiers(row[0].int ?? 0) where k == "role" && !roles.contains(v) { roles.append(v) }
            }
            var titles: [String] = []
            for t in try graph.db.rows("SELECT literal FROM triple WHERE subject = ? AND predicate = 'title' AND document = ? ORDER BY span_start, id",
                                       [.integer(person), .integer(documentID)]).compactMap({ $0[0].string }) where !titles.contains(t) {
                titles.append(t)
            }
            return .object([
                ("date", r[4].string.map(JSONValue.string) ?? .null), ("meeting", .string(r[1].string ?? "")),
                ("roles", .array(roles.map(JSONValue.string))), ("titles", .array(titles.map(JSONValue.string))),
                ("document", .string(r[3].string ?? "")),
            ])
        }
    }
}
