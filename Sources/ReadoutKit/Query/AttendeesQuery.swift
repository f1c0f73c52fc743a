/// Who attended which meeting: people with the titles the same article gives them, their roles and venue;
/// unnamed groups as `kind: group`.
public struct AttendeesQuery: GraphQuery {
    public var meeting: String?
    public var document: String?
    public var from: String?
    public var to: String?
    /// Only events of this kind (会议, 会见, 会谈, 仪式 …: event_kinds.txt).
    public var kind: String?

    /// The keys of each row, in order.
    public static let columns = ["meeting", "name", "kind", "titles", "roles", "venue", "document", "date", "meeting_kind", "named_from"]

    public init(meeting: String? = nil, document: String? = nil, from: String? = nil, to: String? = nil, kind: String? = nil) {
        self.meeting = meeting; self.document = document; self.from = from; self.to = to; self.kind = kind
    }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        // The meeting of that name; when there is none, every meeting whose name holds the words (a series:
        // 国务院常务会议 also finds 第一百次国务院常务会议).
        var meetings = ""
        if let meeting {
            let exact = try graph.hasEntity(named: meeting, types: [.meeting])
            meetings = "AND t.object IN (SELECT id FROM entity WHERE type = 'Meeting' AND " + (exact ? "name = ?1)" : "instr(name, ?1) > 0)")
        }
        // One query: with a meeting, led by the object index (a condition that may be absent would hide it);
        // roles and venue from the qualifiers, titles from the same document, by correlated lookups.
        struct Entry { var meeting: String; var name: String; var kind: String; var titles: [String]; var roles: [String]; var venue: String?; var document: String; var date: String?
                       var eventKind: String?; var namedFrom: String? }
        // One entry per person, meeting and document, however many attendance facts say so; kept in an array
        // and changed in place, found through the key.
        struct Key: Hashable { let document: Int64, meeting: Int64, person: Int64 }
        var entries: [Entry] = []
        var index: [Key: Int] = [:]
        var meetingNames: [Int64: String] = [:], origins: [Int64: String] = [:]
        // group_concat's separators (unit and record separators), split byte-wise: no grapheme breaking.
        func pieces(_ text: String?, _ separator: UInt8) -> [Substring.UTF8View] {
            guard let text else { return [] }
            return text.utf8.split(separator: separator)
        }
        func string(_ bytes: Substring.UTF8View) -> String { String(Substring(bytes)) }
        try graph.db.each("""
            SELECT s.id, s.name, s.type, t.object, d.id, d.origin,
                   coalesce((SELECT md.literal FROM triple md WHERE md.subject = t.object AND md.predicate = 'held_on' AND md.document = d.id LIMIT 1), d.date),
                   (SELECT group_concat(q.key || char(30) || q.value, char(31)) FROM qualifier q WHERE q.triple = t.id),
                   (SELECT group_concat(tt.literal, char(31)) FROM triple tt WHERE tt.subject = s.id AND tt.predicate = 'title' AND tt.document = d.id),
                   (SELECT k.literal FROM triple k WHERE k.subject = t.object AND k.predicate = 'kind' LIMIT 1),
                   (SELECT nf.literal FROM triple nf WHERE nf.subject = t.object AND nf.predicate = 'named_from' AND nf.document = d.id LIMIT 1)
            FROM triple t
            JOIN entity s ON s.id = t.subject
            JOIN document d ON d.id = t.document
            WHERE t.predicate = 'attended' \(meetings)
              AND (?2 IS NULL OR d.origin = ?2 OR instr(d.origin, ?2) > 0 OR d.title = ?2)
            ORDER BY d.id, t.span_start, t.id
            """, [meeting.map(SQLValue.text) ?? .null, document.map(SQLValue.text) ?? .null]) { r in
            let date = r.text(6)
            if let from, let d = date, d < from { return }
            if let to, let d = date, d > to { return }
            if (from != nil || to != nil) && date == nil { return }
            if let kind, r.text(9) != kind { return }
            let key = Key(document: r.int(4), meeting: r.int(3), person: r.int(0))
            let at: Int
            if let known = index[key] {
                at = known
            } else {
                let meetingName = try meetingNames[key.meeting] ?? graph.name(of: key.meeting)?.0 ?? ""
                meetingNames[key.meeting] = meetingName
                let origin = origins[key.document] ?? r.text(5) ?? ""
                origins[key.document] = origin
                entries.append(Entry(meeting: meetingName, name: r.text(1) ?? "", kind: r.text(2) == "Group" ? "group" : "person",
                                     titles: [], roles: [], venue: nil, document: origin, date: date, eventKind: r.text(9), namedFrom: r.text(10)))
                at = entries.count - 1
                index[key] = at
            }
            for pair in pieces(r.text(7), 31) {
                guard let cut = pair.firstIndex(of: 30) else { continue }
                let name = pair[..<cut], value = string(pair[pair.index(after: cut)...])
                if name.elementsEqual("role".utf8), !entries[at].roles.contains(value) { entries[at].roles.append(value) }
                if name.elementsEqual("venue".utf8) { entries[at].venue = value }
            }
            if entries[at].kind == "person" {
                for t in pieces(r.text(8), 31).map(string) where !entries[at].titles.contains(t) { entries[at].titles.append(t) }
            }
        }
        // A series (the name recurring over documents) reads as its instances in date order; within a date, in the
        // order of the documents and of the text. Rows without a date come last.
        let ordered = entries.enumerated().sorted { a, b in
            let x = a.element.date ?? "~", y = b.element.date ?? "~"
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)
        return ordered.map { e in
            .object([
                ("meeting", .string(e.meeting)), ("name", .string(e.name)), ("kind", .string(e.kind)),
                ("titles", .array(e.titles.map(JSONValue.string))), ("roles", .array(e.roles.map(JSONValue.string))),
                ("venue", e.venue.map(JSONValue.string) ?? .null), ("document", .string(e.document)),
                ("date", e.date.map(JSONValue.string) ?? .null),
                ("meeting_kind", e.eventKind.map(JSONValue.string) ?? .null),
                ("named_from", e.namedFrom.map(JSONValue.string) ?? .null),
            ])
        }
    }
}
