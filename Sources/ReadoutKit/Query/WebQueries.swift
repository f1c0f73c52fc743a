/// What the web view asks of the store beyond the command line's queries: entities found by part of a name or an
/// alias with their counts, one article with every fact's span, one fact with its rule.

/// Entities whose name or an alias holds the text: the name itself first, then names that begin with it (shorter
/// first), then aliases that begin with it, then names that hold it elsewhere; facts counted for the page alone.
/// The first three read the name and alias indexes; the last reads names until the page is full, so a short text
/// that many names hold costs no more than a page.
public struct SearchQuery: GraphQuery {
    public var text: String
    public var type: EntityType?
    public var limit: Int
    public var offset: Int

    public init(text: String, type: EntityType? = nil, limit: Int = 50, offset: Int = 0) {
        self.text = text; self.type = type; self.limit = limit; self.offset = offset
    }

    public static let columns = ["name", "type", "facts", "alias"]

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        guard !text.isEmpty, limit > 0 else { return [] }
        let want = offset + limit
        let typed = type.map { SQLValue.text($0.rawValue) } ?? .null
        // The end of the range of strings that begin with the text: the text and the last code point.
        let end = SQLValue.text(text + "\u{10FFFF}")
        var found: [(id: Int64, name: String, type: String, alias: String?)] = [], seen = Set<Int64>()
        func take(_ sql: String, _ values: [SQLValue]) throws {
            guard found.count < want else { return }
            // Room for every entity found before (each may come again) and the ones still wanted.
            for r in try graph.db.rows(sql, values + [.integer(Int64(want + found.count))]) {
                guard let id = r[0].int, seen.insert(id).inserted else { continue }
                found.append((id, r[1].string ?? "", r[2].string ?? "", r[3].string))
                if found.count >= want { break }
            }
        }
        try take("SELECT id, name, type, NULL FROM entity WHERE name = ?1 AND (?2 IS NULL OR type = ?2) ORDER BY id LIMIT ?3", [.text(text), typed])
        try take("""
            SELECT id, name, type, NULL FROM entity WHERE name > ?1 AND name < ?3 AND (?2 IS NULL OR type = ?2)
            ORDER BY length(name), name, id LIMIT ?4
            """, [.text(text), typed, end])
        try take("""
            SELECT e.id, e.name, e.type, min(a.alias) AS first FROM alias a JOIN entity e ON e.id = a.entity
            WHERE a.alias >= ?1 AND a.alias < ?3 AND (?2 IS NULL OR e.type = ?2) GROUP BY e.id ORDER BY length(min(a.alias)), min(a.alias), e.id LIMIT ?4
            """, [.text(text), typed, end])
        try take("SELECT id, name, type, NULL FROM entity WHERE instr(name, ?1) > 1 AND (?2 IS NULL OR type = ?2) ORDER BY id LIMIT ?3", [.text(text), typed])
        return try found.dropFirst(offset).prefix(limit).map { e in
            let n = try graph.db.rows("SELECT (SELECT count(*) FROM triple WHERE subject = ?1) + (SELECT count(*) FROM triple WHERE object = ?1)",
                                      [.integer(e.id)]).first?.first?.int ?? 0
            return .object([("name", .string(e.name)), ("type", .string(e.type)), ("facts", .number(Double(n))),
                             ("alias", e.alias.map(JSONValue.string) ?? .null)])
        }
    }
}

/// One article: its text and every fact drawn from it, with spans (characters of the text), rule and kinds.
public struct ArticleQuery: GraphQuery {
    public var document: Int64
    public init(document: Int64) { self.document = document }

    public struct Article: Sendable {
        public var origin: String, title: String, date: String?, url: String?, text: String
        public var facts: [StoredFact]
    }

    public func answer(_ graph: Graph) throws -> Article {
        guard let r = try graph.db.rows("""
            SELECT d.origin, d.title, d.date, d.url, x.text FROM document d JOIN document_text x ON x.document = d.id WHERE d.id = ?
            """, [.integer(document)]).first else { throw StoreError("no article \(document)") }
        let facts = try graph.facts(Graph.factColumns + """
             WHERE t.id BETWEEN (SELECT first_triple FROM document WHERE id = ?1) AND (SELECT last_triple FROM document WHERE id = ?1)
               AND t.document = ?1 ORDER BY t.span_start, t.span_end DESC, t.id
            """, [.integer(document)])
        return Article(origin: r[0].string ?? "", title: r[1].string ?? "", date: r[2].string, url: r[3].string, text: r[4].string ?? "", facts: facts)
    }

    /// An article by its origin, or the one article whose origin holds the text (a corpus id); nil for none or several.
    public static func document(named text: String, in graph: Graph) throws -> Int64? {
        let ids = try graph.db.read { try graph.documents(named: text) }
        return ids.count == 1 ? ids[0] : nil
    }
}

/// The statistics an article cites: subject, value, unit, sentence and span, in text order.
public struct StatisticsQuery: GraphQuery {
    public var document: Int64
    public init(document: Int64) { self.document = document }
    public func answer(_ graph: Graph) throws -> [JSONValue] { try DiffQuery.statistics(document, graph).map(\.json) }
}

/// One fact by its number: what it says, the sentence and the matched words, the rule that drew it.
public struct FactQuery: GraphQuery {
    public var id: Int64
    public init(id: Int64) { self.id = id }

    public func answer(_ graph: Graph) throws -> (fact: StoredFact, evidence: Evidence, rule: RuleDescription?)? {
        guard let f = try graph.facts(Graph.factColumns + " WHERE t.id = ?", [.integer(id)]).first else { return nil }
        return (f, try graph.evidence(document: f.documentID, span: f.span), RuleRegistry.description(of: f.rule))
    }
}

/// A fact's sentence in three pieces: before the matched words, the words, after them.
public struct Evidence: Sendable {
    public var before: String, matched: String, after: String
    /// The span's own characters, whole even where it runs past its sentence.
    public var words = ""
    public var sentence: String { before + matched + after }
}

extension Graph {
    /// The document whose origin is the text, or those whose origin holds it (at most two: enough to tell one from
    /// several).
    public func documents(named text: String) throws -> [Int64] {
        if let id = try db.rows("SELECT id FROM document WHERE origin = ?", [.text(text)]).first?.first?.int { return [id] }
        return try db.rows("SELECT id FROM document WHERE instr(origin, ?) > 0 LIMIT 2", [.text(text)]).compactMap { $0[0].int }
    }

    /// A document's title, by its number in the store ("" when it has none).
    public func title(ofDocument id: Int64) throws -> String {
        try db.rows("SELECT title FROM document WHERE id = ?", [.integer(id)]).first?.first?.string ?? ""
    }

    /// The titles of several documents, in one query (a page of facts cites up to two hundred).
    public func titles(ofDocuments ids: [Int64]) throws -> [Int64: String] {
        var out: [Int64: String] = [:]
        try db.each("SELECT id, title FROM document WHERE id IN (SELECT value FROM json_each(?))", [.ids(ids)]) { row in
            out[row.int(0)] = row.text(1) ?? ""
        }
        return out
    }

    /// The entities of a name, with their types.
    public func entities(named name: String) throws -> [(id: Int64, type: String)] {
        try db.rows("SELECT id, type FROM entity WHERE name = ? ORDER BY id", [.text(name)]).compactMap { r in r[0].int.map { ($0, r[1].string ?? "") } }
    }
}
