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
        // One query: with a meeting, led by the object index (a condition that may be absent would hide it);
        // roles and venue from the qualifiers, titles from the same document, by correlated lookups.
        let rows = try graph.db.rows("""
            SELECT s.id, s.name, s.type, m.name, d.id, d.origin,
                   coalesce((SELECT md.literal FROM triple md WHERE md.subject = m.id AND md.predicate = 'held_on' AND md.document = d.id LIMIT 1), d.date),
                   (SELECT group_concat(q.key || char(30) || q.value, char(31)) FROM qualifier q WHERE q.triple = t.id),
                   (SELECT group_concat(tt.literal, char(31)) FROM triple tt WHERE tt.subject = s.id AND tt.predicate = 'title' AND tt.document = d.id)
            FROM triple t
            JOIN entity s ON s.id = t.subject
            JOIN entity m ON m.id = t.object
            JOIN document d ON d.id = t.document
            WHERE t.predicate = 'attended' \(meeting == nil ? "" : "AND t.object IN (SELECT id FROM entity WHERE type = 'Meeting' AND instr(name, ?1) > 0)")
              AND (?2 IS NULL OR d.origin = ?2 OR instr(d.origin, ?2) > 0 OR d.title = ?2)
            ORDER BY d.id, t.span_start, t.id
            """, [meeting.map(SQLValue.text) ?? .null, document.map(SQLValue.text) ?? .null])
        struct Entry { var meeting: String; var name: String; var kind: String; var titles: [String]; var roles: [String]; var venue: String?; var document: String; var date: String? }
        var order: [String] = []
        var entries: [String: Entry] = [:]
        let unit = Character(Unicode.Scalar(31)), record = Character(Unicode.Scalar(30))
        for r in rows {
            let date = r[6].string
            if let from, let d = date, d < from { continue }
            if let to, let d = date, d > to { continue }
            if (from != nil || to != nil) && date == nil { continue }
            let key = "\(r[4].int ?? 0)|\(r[3].string ?? "")|\(r[0].int ?? 0)"
            var e = entries[key] ?? Entry(meeting: r[3].string ?? "", name: r[1].string ?? "", kind: r[2].string == "Group" ? "group" : "person",
                                          titles: [], roles: [], venue: nil, document: r[5].string ?? "", date: date)
            for pair in (r[7].string ?? "").split(separator: unit) {
                let kv = pair.split(separator: record, maxSplits: 1).map(String.init)
                guard kv.count == 2 else { continue }
                if kv[0] == "role", !e.roles.contains(kv[1]) { e.roles.append(kv[1]) }
                if kv[0] == "venue" { e.venue = kv[1] }
            }
            if e.kind == "person" {
                for t in (r[8].string ?? "").split(separator: unit).map(String.init) where !e.titles.contains(t) { e.titles.append(t) }
            }
            if entries[key] == nil { order.append(key) }
            entries[key] = e
        }
        return order.map { key in
            let e = entries[key]!
            return .object([
                ("meeting", .string(e.meeting)), ("name", .string(e.name)), ("kind", .string(e.kind)),
                ("titles", .array(e.titles.map(JSONValue.string))), ("roles", .array(e.roles.map(JSONValue.string))),
                ("venue", e.venue.map(JSONValue.string) ?? .null), ("document", .string(e.document)),
                ("date", e.date.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
