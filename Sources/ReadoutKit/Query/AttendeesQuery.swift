/// Who attended which meeting: people with the titles the same article gives them, their roles and venue;
/// unnamed groups as `kind: group`.
public struct AttendeesQuery {
    public var meeting: String?
    public var document: String?
    public var from: String?
    public var to: String?

    public init(meeting: String? = nil, document: String? = nil, from: String? = nil, to: String? = nil) {
        self.meeting = meeting; self.document = document; self.from = from; self.to = to
    }

    public func run(_ graph: Graph) throws -> [JSONValue] {
        let rows = try graph.db.rows("""
            SELECT t.id, s.id, s.name, s.type, m.name, d.id, d.origin, d.date, coalesce(md.literal, d.date)
            FROM triple t
            JOIN entity s ON s.id = t.subject
            JOIN entity m ON m.id = t.object
            JOIN document d ON d.id = t.document
            LEFT JOIN triple md ON md.subject = m.id AND md.predicate = 'held_on' AND md.document = d.id
            WHERE t.predicate = 'attended'
              AND (?1 IS NULL OR instr(m.name, ?1) > 0)
              AND (?2 IS NULL OR d.origin = ?2 OR instr(d.origin, ?2) > 0 OR d.title = ?2)
              AND (?3 IS NULL OR coalesce(md.literal, d.date) >= ?3)
              AND (?4 IS NULL OR coalesce(md.literal, d.date) <= ?4)
            ORDER BY d.id, t.span_start, t.id
            """, [meeting.map(SQLValue.text) ?? .null, document.map(SQLValue.text) ?? .null,
                  from.map(SQLValue.text) ?? .null, to.map(SQLValue.text) ?? .null])
        struct Entry { var meeting: String; var name: String; var kind: String; var person: Int64; var roles: [String]; var venue: String?; var documentID: Int64; var document: String; var date: String? }
        var order: [String] = []
        var entries: [String: Entry] = [:]
        for r in rows {
            let key = "\(r[5].int ?? 0)|\(r[4].string ?? "")|\(r[1].int ?? 0)"
            let quals = try graph.qualifiers(r[0].int ?? 0)
            var e = entries[key] ?? Entry(meeting: r[4].string ?? "", name: r[2].string ?? "", kind: r[3].string == "Group" ? "group" : "person",
                                          person: r[1].int ?? 0, roles: [], venue: nil, documentID: r[5].int ?? 0, document: r[6].string ?? "", date: r[8].string)
            for (k, v) in quals {
                if k == "role", !e.roles.contains(v) { e.roles.append(v) }
                if k == "venue" { e.venue = v }
            }
            if entries[key] == nil { order.append(key) }
            entries[key] = e
        }
        return try order.map { key in
            let e = entries[key]!
            let titles = e.kind == "person"
                ? try graph.db.rows("SELECT literal FROM triple WHERE subject = ? AND predicate = 'title' AND document = ? ORDER BY span_start",
                                    [.integer(e.person), .integer(e.documentID)]).compactMap { $0[0].string }
                : []
            var unique: [String] = []
            for t in titles where !unique.contains(t) { unique.append(t) }
            return .object([
                ("meeting", .string(e.meeting)), ("name", .string(e.name)), ("kind", .string(e.kind)),
                ("titles", .array(unique.map(JSONValue.string))), ("roles", .array(e.roles.map(JSONValue.string))),
                ("venue", e.venue.map(JSONValue.string) ?? .null), ("document", .string(e.document)),
                ("date", e.date.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
