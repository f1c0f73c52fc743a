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
        // The attendance facts in one query, with a meeting led by the object index (a condition that may be absent
        // would hide it); then what each needs from other facts in one query each, for all of them: the meeting's kind,
        // day and name's source, the person's titles in that document, the fact's roles and venue. (A lookup a row costs
        // a round of index reads per attendee, which a series of 800 rows feels on PostgreSQL.)
        struct Fact { let person: Int64, name: String, type: String, meeting: Int64, document: Int64, origin: String, date: String?, triple: Int64 }
        // The facts alone first, then their people and documents, each looked up once: a series' 800 facts name 130
        // people in 24 documents, and a join looked them up a fact at a time (on PostgreSQL most of the query).
        struct Raw { let person: Int64, meeting: Int64, document: Int64, triple: Int64 }
        var raw: [Raw] = []
        let inDocument = document == nil ? "" : "AND t.document IN (SELECT id FROM document WHERE origin = ?2 OR instr(origin, ?2) > 0 OR title = ?2)"
        try graph.db.each("""
            SELECT t.subject, t.object, t.document, t.id FROM triple t
            WHERE t.predicate = 'attended' \(meetings) \(inDocument)
            ORDER BY t.document, t.span_start, t.id
            """, document.map { [meeting.map(SQLValue.text) ?? .null, .text($0)] } ?? meeting.map { [.text($0)] } ?? []) { r in
            raw.append(Raw(person: r.int(0), meeting: r.int(1), document: r.int(2), triple: r.int(3)))
        }
        guard !raw.isEmpty else { return [] }
        // People and meetings by one lookup: their names (and a person's type).
        var entities: [Int64: (name: String, type: String)] = [:], documents: [Int64: (origin: String, date: String?)] = [:]
        try graph.db.each("SELECT e.id, e.name, e.type FROM entity e WHERE e.id IN (SELECT value FROM json_each(?1))",
                          [.ids(Set(raw.map(\.person) + raw.map(\.meeting)).sorted())]) { r in
            entities[r.int(0)] = (r.text(1) ?? "", r.text(2) ?? "")
        }
        try graph.db.each("SELECT d.id, d.origin, d.date FROM document d WHERE d.id IN (SELECT value FROM json_each(?1))", [.ids(Set(raw.map(\.document)).sorted())]) { r in
            documents[r.int(0)] = (r.text(1) ?? "", r.text(2))
        }
        // A fact whose person or document has no row is left out, as the join left it.
        var facts = raw.compactMap { f -> Fact? in
            guard let p = entities[f.person], let d = documents[f.document] else { return nil }
            return Fact(person: f.person, name: p.name, type: p.type, meeting: f.meeting, document: f.document, origin: d.origin, date: d.date, triple: f.triple)
        }
        guard !facts.isEmpty else { return [] }
        // Per meeting its kind, per meeting and document its day and the words it was named from: each the first by
        // document, then by id (the order of the subject index, in which a lookup with LIMIT 1 read them).
        struct At: Hashable { let subject: Int64, document: Int64 }
        var kinds: [Int64: String] = [:], days: [At: String] = [:], namedFrom: [At: String] = [:]
        try graph.db.each("""
            SELECT m.subject, m.predicate, m.document, m.literal FROM triple m
            WHERE m.subject IN (SELECT value FROM json_each(?1)) AND m.predicate IN ('held_on', 'kind', 'named_from') AND m.literal IS NOT NULL
            ORDER BY m.subject, m.predicate, m.document, m.id
            """, [.ids(Set(facts.map(\.meeting)).sorted())]) { r in
            let at = At(subject: r.int(0), document: r.int(2)), literal = r.text(3) ?? ""
            switch r.text(1) {
            case "held_on": if days[at] == nil { days[at] = literal }
            case "kind": if kinds[at.subject] == nil { kinds[at.subject] = literal }
            default: if namedFrom[at] == nil { namedFrom[at] = literal }
            }
        }
        // A range or a kind keeps its facts before anything more is read for them (a year of a whole corpus is a tenth
        // of its attendances). A fact's day is the one its meeting was held (held_on in that document), else the document's.
        func day(_ f: Fact) -> String? { days[At(subject: f.meeting, document: f.document)] ?? f.date }
        if from != nil || to != nil || kind != nil {
            facts = facts.filter { f in
                if let kind, kinds[f.meeting] != kind { return false }
                guard from != nil || to != nil else { return true }
                guard let d = day(f) else { return false }
                return from.map { d >= $0 } ?? true && to.map { d <= $0 } ?? true
            }
            guard !facts.isEmpty else { return [] }
        }
        // Each person's titles in the documents that say they attended, in the order stored. The (person, document)
        // pairs themselves are looked up, each packed in one integer (person × 2³² + document): a list of persons and
        // one of documents would look up every pair of the cross product (12 s for all attendees of both corpora), and
        // two lists zipped by position are a scan of one per row of the other in SQLite's json_each.
        var titles: [At: [String]] = [:]
        var pairs = Set<Int64>()
        for f in facts where f.type != "Group" {
            guard f.person >= 0, f.person < 1 << 31, f.document >= 0, f.document < 1 << 32 else {
                throw StoreError("\(graph.store.path): person \(f.person) or document \(f.document) has an id too large for attendees to look up (2^31, 2^32)")
            }
            pairs.insert(f.person << 32 | f.document)
        }
        try graph.db.each("""
            SELECT tt.subject, tt.document, tt.literal FROM json_each(?1) p
              JOIN triple tt ON tt.subject = p.value / 4294967296 AND tt.predicate = 'title' AND tt.document = p.value % 4294967296
            WHERE tt.literal IS NOT NULL AND tt.literal <> ''
            ORDER BY tt.subject, tt.document, tt.id
            """, [.ids(pairs.sorted())]) { r in
            titles[At(subject: r.int(0), document: r.int(1)), default: []].append(r.text(2) ?? "")
        }
        // Each fact's roles and venue, by key and then value (the order of the qualifier's unique index, which is how
        // SQLite read them for a lookup a row).
        var qualifiers: [Int64: [(key: String, value: String)]] = [:]
        try graph.db.each("""
            SELECT q.triple, q.key, q.value FROM qualifier q WHERE q.triple IN (SELECT value FROM json_each(?1)) ORDER BY q.triple, q.key, q.value
            """, [.ids(facts.map(\.triple).sorted())]) { r in
            qualifiers[r.int(0), default: []].append((r.text(1) ?? "", r.text(2) ?? ""))
        }
        struct Entry { var meeting: String; var name: String; var kind: String; var titles: [String]; var roles: [String]; var venue: String?; var document: String; var date: String?
                       var eventKind: String?; var namedFrom: String? }
        // One entry per person, meeting and document, however many attendance facts say so; kept in an array
        // and changed in place, found through the key.
        struct Key: Hashable { let document: Int64, meeting: Int64, person: Int64 }
        var entries: [Entry] = []
        var index: [Key: Int] = [:]
        for f in facts {
            let at = At(subject: f.meeting, document: f.document), date = day(f)
            let key = Key(document: f.document, meeting: f.meeting, person: f.person)
            let k: Int
            if let known = index[key] {
                k = known
            } else {
                entries.append(Entry(meeting: entities[key.meeting]?.name ?? "", name: f.name, kind: f.type == "Group" ? "group" : "person",
                                     titles: [], roles: [], venue: nil, document: f.origin, date: date, eventKind: kinds[f.meeting], namedFrom: namedFrom[at]))
                k = entries.count - 1
                index[key] = k
            }
            for q in qualifiers[f.triple] ?? [] {
                if q.key == "role", !entries[k].roles.contains(q.value) { entries[k].roles.append(q.value) }
                if q.key == "venue" { entries[k].venue = q.value }
            }
            if entries[k].kind == "person" {
                for t in titles[At(subject: f.person, document: f.document)] ?? [] where !entries[k].titles.contains(t) { entries[k].titles.append(t) }
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
