/// What the web view asks of the store beyond the command line's queries: entities found by part of a name or an
/// alias with their counts, one article with every fact's span, one fact with its rule.

/// Entities whose name or an alias holds the text, exact names first, then by how many facts they have.
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
        guard !text.isEmpty else { return [] }
        // Candidates by name and by alias (both indexed scans of one column), counted only for the page asked.
        let rows = try graph.db.rows("""
            WITH hit(id, alias) AS (
                SELECT id, NULL FROM entity WHERE instr(name, ?1) > 0 AND (?2 IS NULL OR type = ?2)
                UNION
                SELECT a.entity, a.alias FROM alias a JOIN entity e ON e.id = a.entity WHERE instr(a.alias, ?1) > 0 AND (?2 IS NULL OR e.type = ?2))
            SELECT e.id, e.name, e.type, min(h.alias),
                   (SELECT count(*) FROM triple t WHERE t.subject = e.id) + (SELECT count(*) FROM triple t WHERE t.object = e.id) AS n
            FROM hit h JOIN entity e ON e.id = h.id
            GROUP BY e.id
            ORDER BY e.name <> ?1, n DESC, length(e.name), e.name
            LIMIT ?3 OFFSET ?4
            """, [.text(text), type.map { .text($0.rawValue) } ?? .null, .integer(Int64(limit)), .integer(Int64(offset))])
        return rows.map { r in
            .object([("name", .string(r[1].string ?? "")), ("type", .string(r[2].string ?? "")), ("facts", .number(Double(r[4].int ?? 0))),
                     ("alias", r[3].string.map(JSONValue.string) ?? .null)])
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

    /// An article by its origin, a part of it (a corpus id), or its number in the store.
    public static func document(named text: String, in graph: Graph) throws -> Int64? {
        try graph.db.read {
            if let id = try graph.db.rows("SELECT id FROM document WHERE origin = ?", [.text(text)]).first?.first?.int { return id }
            let ids = try graph.db.rows("SELECT id FROM document WHERE instr(origin, ?) > 0 LIMIT 2", [.text(text)]).compactMap { $0[0].int }
            return ids.count == 1 ? ids[0] : nil
        }
    }
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
    public var sentence: String { before + matched + after }
}

extension Graph {
    /// A document's title, by its number in the store ("" when it has none).
    public func title(ofDocument id: Int64) throws -> String {
        try db.rows("SELECT title FROM document WHERE id = ?", [.integer(id)]).first?.first?.string ?? ""
    }

    /// The entities of a name, with their types.
    public func entities(named name: String) throws -> [(id: Int64, type: String)] {
        try db.rows("SELECT id, type FROM entity WHERE name = ? ORDER BY id", [.text(name)]).compactMap { r in r[0].int.map { ($0, r[1].string ?? "") } }
    }
}
