/// One stored triple with names resolved and its provenance.
public struct StoredFact: Sendable {
    public var id: Int64
    public var subject: String
    public var subjectType: String
    public var predicate: String
    public var object: String
    public var objectType: String?
    public var documentID: Int64
    public var document: String
    public var date: String?
    public var span: Span
    public var rule: String
    /// Where the document was published, when its source said.
    public var url: String?

    /// The keys of `record`, in order: a CSV of no facts still has its header.
    public static let columns = ["subject", "predicate", "object", "document", "sentence", "subject_type", "object_type", "date", "start", "end", "rule", "url"]

    /// The contract's shape: subject, predicate, object, document, sentence (and more keys after them).
    public func record(sentence: String) -> JSONValue {
        var fields: [(String, JSONValue)] = [
            ("subject", .string(subject)), ("predicate", .string(predicate)), ("object", .string(object)),
            ("document", .string(document)), ("sentence", .string(sentence)),
            ("subject_type", .string(subjectType)),
        ]
        fields.append(("object_type", objectType.map(JSONValue.string) ?? .null))
        fields += [("date", date.map(JSONValue.string) ?? .null), ("start", .number(Double(span.start))),
                   ("end", .number(Double(span.end))), ("rule", .string(rule)), ("url", url.map(JSONValue.string) ?? .null)]
        return .object(fields)
    }
}

/// Read access to the store: name lookup and the one pattern lookup the queries build on.
public final class Graph {
    public let store: any GraphStore
    /// The connection the queries read through, SQLite's or PostgreSQL's: they are written once for both.
    public let db: any SQLConnection

    public init(store: any GraphStore) { self.store = store; db = store.reader }

    /// Entities called `name` (as name or alias); when none is, those whose name contains it.
    public func resolve(_ name: String, type: EntityType? = nil) throws -> [Int64] {
        let typeValue: SQLValue = type.map { .text($0.rawValue) } ?? .null
        let exact = try self.exact(name, type: type)
        if !exact.isEmpty { return exact }
        return try db.rows("""
            SELECT id FROM entity WHERE instr(name, ?1) > 0 AND (?2 IS NULL OR type = ?2) ORDER BY length(name), id LIMIT 50
            """, [.text(name), typeValue]).compactMap { $0[0].int }
    }

    /// Whether an entity of one of `types` is called exactly `name`. Queries that take the words of a name
    /// use the exact one when there is one: an index lookup, where the search by words is a scan.
    public func hasEntity(named name: String, types: [EntityType]) throws -> Bool {
        let marks = types.map { _ in "?" }.joined(separator: ", ")
        return try !db.rows("SELECT 1 FROM entity WHERE name = ? AND type IN (\(marks)) LIMIT 1",
                            [.text(name)] + types.map { .text($0.rawValue) }).isEmpty
    }

    /// Entities whose name or an alias is exactly `name`.
    /// Entities of one type (any, when nil) whose name or an alias is exactly `name`: two indexed lookups (by name,
    /// by alias) rather than one OR across a join.
    public func exact(_ name: String, type: EntityType?) throws -> [Int64] {
        try db.rows("""
            SELECT id FROM entity WHERE name = ?1 AND (?2 IS NULL OR type = ?2)
            UNION SELECT a.entity FROM alias a JOIN entity e ON e.id = a.entity WHERE a.alias = ?1 AND (?2 IS NULL OR e.type = ?2)
            ORDER BY 1
            """, [.text(name), type.map { .text($0.rawValue) } ?? .null]).compactMap { $0[0].int }
    }

    public func exact(_ name: String) throws -> [Int64] {
        try db.rows("SELECT id FROM entity WHERE name = ?1 UNION SELECT entity FROM alias WHERE alias = ?1", [.text(name)]).compactMap { $0[0].int }
    }

    static let factColumns = """
        SELECT t.id, s.name, s.type, t.predicate, coalesce(o.name, t.literal), o.type, d.id, d.origin, d.date, t.span_start, t.span_end, t.rule, d.url
        FROM triple t JOIN entity s ON s.id = t.subject LEFT JOIN entity o ON o.id = t.object JOIN document d ON d.id = t.document
        """

    /// The pattern lookup: nil means any. Subject and object are entity ids; `literal` matches a literal object.
    public func triples(subject: Int64? = nil, predicate: String? = nil, object: Int64? = nil, literal: String? = nil, limit: Int? = nil) throws -> [StoredFact] {
        let tail = limit.map { " LIMIT \($0)" } ?? ""
        var clauses: [String] = []
        var values: [SQLValue] = []
        if let subject { clauses.append("t.subject = ?"); values.append(.integer(subject)) }
        if let predicate { clauses.append("t.predicate = ?"); values.append(.text(predicate)) }
        if let object { clauses.append("t.object = ?"); values.append(.integer(object)) }
        if let literal { clauses.append("t.literal = ?"); values.append(.text(literal)) }
        if subject == nil, object == nil, literal == nil, predicate != nil {
            // Predicate alone: each half through its own partial index (entity objects, literal objects), in
            // that index's order so a limit stops early.
            var out = try facts(Self.factColumns + " WHERE t.predicate = ?1 AND t.object IS NOT NULL ORDER BY t.object, t.id" + tail, values)
            if let limit, out.count >= limit { return out }
            let rest = limit.map { " LIMIT \($0 - out.count)" } ?? ""
            out += try facts(Self.factColumns + " WHERE t.predicate = ?1 AND t.literal IS NOT NULL ORDER BY t.literal, t.id" + rest, values)
            return out
        }
        // An order the index already has, with or without a limit, so a limit stops early and a page (--limit,
        // --offset) is always a slice of the whole answer: (subject, predicate, document, object) or (object,
        // predicate, subject), then insertion. Literals (no object) first, as SQLite's index holds them; PostgreSQL's holds
        // them last, and sorts each (predicate, document) run of its index to say it alike.
        let order = subject != nil ? " ORDER BY t.predicate, t.document, t.object NULLS FIRST, t.id"
            : object != nil ? " ORDER BY t.predicate, t.subject, t.id" : " ORDER BY d.id, t.span_start, t.id"
        let sql = Self.factColumns + (clauses.isEmpty ? "" : " WHERE " + clauses.joined(separator: " AND ")) + order + tail
        return try facts(sql, values)
    }

    func facts(_ sql: String, _ values: [SQLValue]) throws -> [StoredFact] {
        try db.rows(sql, values).map { r in
            StoredFact(id: r[0].int ?? 0, subject: r[1].string ?? "", subjectType: r[2].string ?? "", predicate: r[3].string ?? "",
                       object: r[4].string ?? "", objectType: r[5].string, documentID: r[6].int ?? 0, document: r[7].string ?? "",
                       date: r[8].string, span: Span(Int(r[9].int ?? 0), Int(r[10].int ?? 0)), rule: r[11].string ?? "", url: r[12].string)
        }
    }

    /// The sentence of a document that holds a span, for showing why a fact is there. Only a window of the
    /// text around the span is read, so a fact in a long document costs the same as one in a short one.
    public func sentence(document: Int64, span: Span) throws -> String { try evidence(document: document, span: span).sentence }

    /// The sentence around a span in three pieces (before, the span's words, after), for marking what matched.
    public func evidence(document: Int64, span: Span) throws -> Evidence {
        try evidence([(document, span)])[0]
    }

    /// Facts in the contract's shape, with their sentences read together.
    public func records(_ facts: [StoredFact]) throws -> [JSONValue] {
        let sentences = try evidence(facts.map { ($0.documentID, $0.span) })
        return zip(facts, sentences).map { $0.record(sentence: $1.sentence) }
    }

    /// The evidence of many spans, their windows read by one query per hundred: on a server every query is a
    /// round trip, and a page of facts asked one sentence at a time spent most of its time waiting.
    public func evidence(_ spans: [(document: Int64, span: Span)]) throws -> [Evidence] {
        var out = [Evidence](repeating: Evidence(before: "", matched: "", after: ""), count: spans.count)
        let batch = 100
        for first in stride(from: 0, to: spans.count, by: batch) {
            let part = spans[first..<min(first + batch, spans.count)]
            var values: [SQLValue] = []
            for (i, s) in zip(part.indices, part) {
                let from = Self.windowStart(s.span)
                values += [.integer(Int64(i)), .integer(s.document), .integer(Int64(from + 1)), .integer(Int64(s.span.end - from + Self.windowAfter))]
            }
            let rows = Array(repeating: "(?, ?, ?, ?)", count: part.count).joined(separator: ", ")
            try db.each("""
                WITH w(i, doc, start, length) AS (VALUES \(rows))
                SELECT w.i, substr(d.text, w.start, w.length) FROM w JOIN document_text d ON d.document = w.doc
                """, values) { row in
                let i = Int(row.int(0))
                out[i] = Self.evidence(of: spans[i].span, in: row.scalars(1), from: Self.windowStart(spans[i].span))
            }
        }
        return out
    }

    static let windowBefore = 300, windowAfter = 300
    static func windowStart(_ span: Span) -> Int { max(0, span.start - windowBefore) }

    /// The sentence that holds `span` within a window of the text that starts at character `from`.
    static func evidence(of span: Span, in window: [Unicode.Scalar], from: Int) -> Evidence {
        let text = TextBuffer(scalars: window)
        let words = text.slice(Span(min(span.start - from, text.count), min(span.end - from, text.count)))
        let stops: ScalarSet = ["。", "!", "?", "\n"]
        let local = Span(span.start - from, min(span.end - from, text.count))
        guard local.start <= text.count else { return Evidence(before: "", matched: "", after: "", words: words) }
        var s = local.start
        while s > 0, !stops.contains(text[s - 1]) { s -= 1 }
        var e = min(max(local.end, s), text.count)
        if !(e > s && stops.contains(text[e - 1])) {
            while e < text.count {
                let c = text[e]
                e += 1
                if stops.contains(c) { break }
            }
        }
        let whole = text.trimmed(Span(s, e))
        let m = Span(min(max(local.start, whole.start), whole.end), min(max(local.end, whole.start), whole.end))
        return Evidence(before: text.slice(Span(whole.start, m.start)), matched: text.slice(m), after: text.slice(Span(m.end, whole.end)), words: words)
    }

    public func qualifiers(_ triple: Int64) throws -> [(String, String)] {
        try db.rows("SELECT key, value FROM qualifier WHERE triple = ? ORDER BY rowid", [.integer(triple)]).map { ($0[0].string ?? "", $0[1].string ?? "") }
    }

    /// The distinct literal values of a predicate (an event's kinds), in order.
    public func literals(of predicate: String) throws -> [String] {
        try db.rows("SELECT DISTINCT literal FROM triple WHERE predicate = ? AND literal IS NOT NULL ORDER BY literal", [.text(predicate)]).compactMap { $0[0].string }
    }

    public func documentCount() throws -> Int { Int(try db.rows("SELECT count(*) FROM document").first?.first?.int ?? 0) }

    public func name(of entity: Int64) throws -> (String, String)? {
        try db.rows("SELECT name, type FROM entity WHERE id = ?", [.integer(entity)]).first.map { ($0[0].string ?? "", $0[1].string ?? "") }
    }
}
