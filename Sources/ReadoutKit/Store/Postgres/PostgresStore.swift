import Foundation

/// The triple store on a PostgreSQL server: the schema of the SQLite store through the same numbered migrations
/// (schema-postgres/, 001-005 as SQLite's; 006 its own: references made good per batch), written by any number of
/// ingests at once, on any number of machines.
///
/// Several writers stay correct by the schema's constraints: a document is stored once because its hash is unique (the
/// second writer's insert does nothing and the document counts as unchanged, or replaces a later copy: CopyPrecedence),
/// an entity once because (name, type) is unique (an insert that finds it does nothing, and its id is read back). One
/// lock remains: entities are deleted (those only a replaced copy named), and the triple table has no foreign keys
/// (006), so every batch holds an advisory lock shared that the deletion takes exclusively. A batch is one
/// transaction, loaded with COPY: its documents, texts, entities, aliases, facts and qualifiers, each kind in one
/// COPY into a staging table or straight into its table. A batch that meets another writer's in a deadlock is
/// written again; one whose document is refused is written again a document at a time, so that only that one fails.
public final class PostgresStore: GraphStore {
    public let db: PostgresConnection
    public var path: String { db.path }
    public var reader: any SQLConnection { db }

    /// The advisory lock that orders migrations and the taking of a block of triple ids (an arbitrary number).
    static let lockKey: Int64 = 0x7265_6164_6f75_74
    /// The advisory lock every batch holds shared and a removal of unnamed entities exclusively (the next number).
    static let removalLockKey: Int64 = lockKey + 1

    /// The schema version this readout writes: SQLite's, and one step of PostgreSQL's own (006).
    public static let schemaVersion = 6
    /// The oldest schema the queries read as they are: 006 changed only how writers keep references.
    static let readableFrom = 5

    public init(url: String, readOnly: Bool = false) throws {
        db = try PostgresConnection(url: url)
        let version = try Self.version(db)
        if version > Self.schemaVersion {
            throw StoreError("\(path): database schema version \(version) is newer than this readout (\(Self.schemaVersion)); upgrade readout")
        }
        if readOnly && version == 0 { throw StoreError("\(path): empty database (run `readout ingest` first)") }
        guard version < Self.schemaVersion else { return }
        do { try migrate() } catch let error as StoreError where readOnly {
            // A reader whose role may not alter the tables still reads a store its queries understand; an ingest
            // (by the tables' owner) upgrades it.
            guard version >= Self.readableFrom else {
                throw StoreError("\(path): database schema version \(version) is older than this readout (\(Self.schemaVersion)) and could not be upgraded here (\(error.message)); run `readout ingest` on it as the owner of its tables")
            }
        }
    }

    /// The schema version of the database: 0 for one with no Readout tables; an error for one whose tables are
    /// another application's.
    static func version(_ db: PostgresConnection) throws -> Int {
        // pg_tables rather than information_schema, whose views take a few milliseconds to plan: every command pays this.
        let tables = Set(try db.rows("""
            SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema()
               AND tablename IN ('readout_schema', 'document', 'entity', 'triple')
            """).compactMap { $0[0].string })
        guard tables.contains("readout_schema") else {
            if !tables.isEmpty { throw StoreError("\(db.path): not a Readout database (it has a table named \(tables.sorted()[0]) but no Readout schema)") }
            return 0
        }
        return Int(try db.rows("SELECT max(version) FROM readout_schema").first?.first?.int ?? 0)
    }

    /// The numbered migrations not yet run, in one transaction, under the advisory lock: a second process waits and
    /// then finds them done.
    func migrate() throws {
        let migrations = EmbeddedResources.files.filter { $0.key.hasPrefix("schema-postgres/") && $0.key.hasSuffix(".sql") }.sorted { $0.key < $1.key }
        try db.write {
            try db.execute("SELECT pg_advisory_xact_lock(\(Self.lockKey))")
            try db.execute("CREATE TABLE IF NOT EXISTS readout_schema (version integer NOT NULL)")
            var version = Int(try db.rows("SELECT coalesce(max(version), 0) FROM readout_schema").first?.first?.int ?? 0)
            for (key, sql) in migrations {
                guard let number = Int(key.dropFirst("schema-postgres/".count).prefix { $0.isNumber }), number > version else { continue }
                try db.execute(sql)
                version = number
            }
            try db.execute("DELETE FROM readout_schema")
            _ = try db.rows("INSERT INTO readout_schema(version) VALUES (?)", [.integer(Int64(version))])
        }
    }

    /// Ends an ingest that added a tenth or more to the store with VACUUM (ANALYZE): fresh statistics, or the planner
    /// plans for the store as it was (or as autovacuum sampled it half loaded), and a visibility map, or index-only
    /// scans visit the table after all. On both corpora just loaded a picture of a busy official's neighbourhood took
    /// 604 ms and a path 44, and 247 and 22 once vacuumed.
    public func beginIngest() throws -> (() throws -> Void)? {
        storedTriples = 0
        return { [self] in
            let known = try db.rows("SELECT reltuples::bigint FROM pg_class WHERE oid = 'triple'::regclass").first?.first?.int ?? 0
            // Statistics only speed queries up (autovacuum gets there later): a VACUUM that fails does not fail the ingest.
            if Int64(storedTriples) * 10 >= known { try? db.execute("VACUUM (ANALYZE) document, document_text, entity, alias, triple, qualifier") }
        }
    }

    public var ingestEnding: String { "refreshing statistics with VACUUM ANALYZE" }

    /// Triples this ingest stored (for the statistics' sake).
    private var storedTriples = 0

    public func finishWriting() throws { try removeEntitiesOfReplacedCopies() }

    // MARK: writing

    public func ingest(_ batch: [(StorableArticle, String)]) throws -> [Result<IngestOutcome, Error>] {
        // PostgreSQL's text holds no NUL: such a document is refused on its own, before the batch is sent.
        var outcomes: [Result<IngestOutcome, Error>?] = batch.map { article, _ in
            article.hasNUL ? .failure(StoreError("PostgreSQL cannot store a text with a NUL character")) : nil
        }
        let writable = batch.indices.filter { outcomes[$0] == nil }
        do {
            for (k, outcome) in zip(writable, try retrying { try write(writable.map { batch[$0] }) }) { outcomes[k] = .success(outcome) }
        } catch let error as StoreError where !error.isConnectionFailure {
            // One document's fault, most likely: each written alone (each text's first copy first), so that only its own fails.
            let alone = writable.map { batch[$0] }
            for (k, outcome) in zip(writable, try eachFirstCopyFirst(alone) { j -> Result<IngestOutcome, Error> in
                do { return .success(try retrying { try write([alone[j]]) }[0]) } catch let e as StoreError where !e.isConnectionFailure { return .failure(e) }
            }) { outcomes[k] = outcome }
        }
        for case .success(.stored(let triples))? in outcomes { storedTriples += triples }
        // The batch is committed whatever this does: what it could not remove is tried again when the ingest ends.
        try? removeEntitiesOfReplacedCopies()
        return outcomes.map { $0! }
    }

    /// Runs a transaction again while it fails for meeting another writer (a deadlock, a serialisation failure).
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do { return try body() } catch let error as StoreError where ["40P01", "40001"].contains(error.state ?? "") && attempt < 20 {
                attempt += 1
                usleep(useconds_t(1000 * (attempt * attempt)))
            }
        }
    }

    /// Temporary tables this connection stages rows in, emptied at each commit.
    private var staged = false

    /// One batch in one transaction.
    private func write(_ batch: [(StorableArticle, String)]) throws -> [IngestOutcome] {
        // The staging tables outside the transaction: one that rolls back (a deadlock) must not take them along.
        if !staged {
            try db.execute("""
                CREATE TEMP TABLE IF NOT EXISTS stage_document (ord integer, hash text COLLATE "C", origin text COLLATE "C", title text COLLATE "C",
                    date text COLLATE "C", url text COLLATE "C", first_triple bigint, last_triple bigint) ON COMMIT DELETE ROWS;
                CREATE TEMP TABLE IF NOT EXISTS stage_entity (ord integer, type text COLLATE "C", name text COLLATE "C") ON COMMIT DELETE ROWS;
                CREATE TEMP TABLE IF NOT EXISTS stage_alias (entity bigint, alias text COLLATE "C") ON COMMIT DELETE ROWS;
                CREATE TEMP TABLE IF NOT EXISTS stage_qualifier (ord bigint, triple bigint, key text COLLATE "C", value text COLLATE "C") ON COMMIT DELETE ROWS
                """)
            staged = true
        }
        return try db.write {
            // Shared with every other batch, exclusive to a removal of entities no fact names: no id read here can be
            // of an entity removed before this batch's facts name it.
            try db.execute("SELECT pg_advisory_xact_lock_shared(\(Self.removalLockKey))")
            // Of the copies of a text, only the first (CopyPrecedence) is written: a text stored before, by an earlier
            // batch or another writer, from this copy or one it does not precede, or a later copy in the batch, takes
            // no ids, so that a load by one writer numbers documents and triples as SQLite does, without gaps.
            var storedCopy: [String: CopyPrecedence] = [:]
            for r in try db.rows("SELECT hash, date, origin FROM document WHERE hash = ANY (string_to_array(?, ','))",
                                 [.text(batch.map(\.0.hash).joined(separator: ","))]) {
                if let hash = r[0].string { storedCopy[hash] = CopyPrecedence(date: r[1].string, origin: r[2].string ?? "") }
            }
            let written = zip(batch, firstCopies(batch)).map { copy, first in
                first && storedCopy[copy.0.hash].map { copy.0.precedence(origin: copy.1) < $0 } ?? true
            }
            guard written.contains(true) else { return batch.map { _ in .unchanged } }
            // Every triple of the batch gets its id from one block of the sequence, so that a document's triples are
            // one run of ids, as first_triple and last_triple say.
            var next = try takeIDs("triple", zip(batch, written).reduce(0) { $0 + ($1.1 ? $1.0.0.triples.count : 0) })
            var documents = PostgresCopy(), firstTriple: [Int: Int64] = [:]
            for (k, (article, origin)) in batch.enumerated() where written[k] {
                let count = Int64(article.triples.count)
                firstTriple[k] = next
                if storedCopy[article.hash] == nil {
                    documents.row([.integer(Int64(k)), .text(article.hash), .text(origin), .text(article.title),
                                   article.date.map { .text($0.description) } ?? .null, article.url.map(SQLValue.text) ?? .null,
                                   .integer(next), .integer(next + count - 1)])
                }
                next += count
            }
            try db.copy("stage_document (ord, hash, origin, title, date, url, first_triple, last_triple)", documents.bytes)
            // A text another writer stored since the look-up above is skipped by its key, and then weighed as a copy stored before.
            var stored: [String: Int64] = [:]
            for r in try db.rows("""
                INSERT INTO document(hash, origin, title, date, url, first_triple, last_triple)
                SELECT hash, origin, title, date, url, first_triple, last_triple FROM stage_document ORDER BY ord
                ON CONFLICT (hash) DO NOTHING RETURNING id, hash
                """) { if let id = r[0].int, let hash = r[1].string { stored[hash] = id } }
            var documentOf: [Int: Int64] = [:], replaced = Set<Int>()
            for (k, (article, _)) in batch.enumerated() where written[k] {
                if let id = stored.removeValue(forKey: article.hash) { documentOf[k] = id }
            }
            // Copies to put in place of one stored, in the order of their text's hash: two writers that lock some of
            // the same documents lock them in one order.
            for k in batch.indices.filter({ written[$0] && documentOf[$0] == nil }).sorted(by: { batch[$0].0.hash < batch[$1].0.hash }) {
                if let id = try replaceStoredCopy(batch[k].0, origin: batch[k].1, firstTriple: firstTriple[k]!) { documentOf[k] = id; replaced.insert(k) }
            }
            guard !documentOf.isEmpty else { return batch.map { _ in .unchanged } }

            var texts = PostgresCopy()
            for (k, (article, _)) in batch.enumerated() where !replaced.contains(k) {
                if let id = documentOf[k] { texts.row([.integer(id), .text(article.text)]) }
            }
            try db.copy("document_text (document, text)", texts.bytes)

            // Entities in the order the documents first name them (ids then follow that order, as in SQLite).
            var entities = PostgresCopy(), seen: [EntityKey: Int] = [:], order: [EntityKey] = []
            for (k, (article, _)) in batch.enumerated() where documentOf[k] != nil {
                for key in article.entities where seen[key] == nil {
                    seen[key] = order.count
                    entities.row([.integer(Int64(order.count)), .text(key.type.rawValue), .text(key.name)])
                    order.append(key)
                }
            }
            try db.copy("stage_entity (ord, type, name)", entities.bytes)
            // The new ones get ids in the order of first mention (as in SQLite), one block of the sequence, and are
            // inserted in the order of their key: two writers that both add some of the same names then wait for each
            // other in one order and never deadlock. One that another writer stored meanwhile, the conflict skips.
            let new = try db.rows("""
                SELECT ord FROM stage_entity s WHERE NOT EXISTS (SELECT 1 FROM entity e WHERE e.name = s.name AND e.type = s.type) ORDER BY ord
                """).compactMap { $0[0].int }
            if !new.isEmpty {
                let first = try takeIDs("entity", new.count)
                _ = try db.rows("""
                    INSERT INTO entity(id, type, name)
                    SELECT i.value, s.type, s.name FROM json_each(?) o JOIN json_each(?) i ON i.key = o.key JOIN stage_entity s ON s.ord = o.value
                    ORDER BY s.name, s.type ON CONFLICT (name, type) DO NOTHING
                    """, [.ids(new), .ids((0..<Int64(new.count)).map { first + $0 })])
            }
            var ids = [Int64](repeating: 0, count: order.count)
            for r in try db.rows("SELECT s.ord, e.id FROM stage_entity s JOIN entity e ON e.name = s.name AND e.type = s.type") {
                if let ord = r[0].int, let id = r[1].int { ids[Int(ord)] = id }
            }
            // The batch's references, made good here rather than by a trigger per triple (006): every entity id it
            // writes was just read back from the entity table, in this transaction.
            if let lost = ids.firstIndex(of: 0) {
                throw StoreError("\(path): entity \(order[lost].type.rawValue) \(order[lost].name) was not stored; the batch is not written")
            }

            var aliases = PostgresCopy(), triples = PostgresCopy(), qualifiers = PostgresCopy()
            var qualifierOrder: Int64 = 0
            // Each alias once a batch: most are known already, and every row sent is a lookup in the alias key.
            var aliasSeen = Set<AliasKey>()
            for (k, (article, _)) in batch.enumerated() {
                guard let document = documentOf[k], let first = firstTriple[k] else { continue }
                let local = article.entities.map { ids[seen[$0]!] }
                for a in article.aliases {
                    let key = AliasKey(entity: local[Int(a.entity)], alias: article.text(a.text))
                    if aliasSeen.insert(key).inserted { aliases.row([.integer(key.entity), .text(key.alias)]) }
                }
                for (n, t) in article.triples.enumerated() {
                    let id = first + Int64(n)
                    triples.row([.integer(id), .integer(local[Int(t.subject)]), .text(article.text(t.predicate)),
                                 t.object < 0 ? .null : .integer(local[Int(t.object)]), t.object < 0 ? .text(article.text(t.literal)) : .null,
                                 .integer(document), .integer(Int64(t.spanStart)), .integer(Int64(t.spanEnd)), .text(article.text(t.rule))])
                    for q in article.qualifiers[Int(t.qualifiers.lowerBound)..<Int(t.qualifiers.upperBound)] {
                        qualifiers.row([.integer(qualifierOrder), .integer(id), .text(article.text(q.key)), .text(article.text(q.value))])
                        qualifierOrder += 1
                    }
                }
            }
            try db.copy("stage_alias (entity, alias)", aliases.bytes)
            try db.execute("INSERT INTO alias(entity, alias) SELECT entity, alias FROM stage_alias ON CONFLICT DO NOTHING")
            try db.copy("triple (id, subject, predicate, object, literal, document, span_start, span_end, rule)", triples.bytes)
            try db.copy("stage_qualifier (ord, triple, key, value)", qualifiers.bytes)
            try db.execute("INSERT INTO qualifier(triple, key, value) SELECT triple, key, value FROM stage_qualifier ORDER BY ord ON CONFLICT DO NOTHING")
            return batch.indices.map { k in
                documentOf[k] == nil ? .unchanged : replaced.contains(k) ? .replaced(triples: batch[k].0.triples.count) : .stored(triples: batch[k].0.triples.count)
            }
        }
    }

    /// Puts `article` in place of the stored copy of its text when it precedes it (CopyPrecedence), inside the batch's
    /// transaction: the document row locked and weighed again (another writer may have put an earlier copy there since),
    /// its facts deleted, its metadata and run of ids this copy's. Answers the document, or nil when the stored copy stays.
    private func replaceStoredCopy(_ article: StorableArticle, origin: String, firstTriple: Int64) throws -> Int64? {
        guard let row = try db.rows("SELECT id, date, origin, first_triple, last_triple FROM document WHERE hash = ? FOR UPDATE", [.text(article.hash)]).first,
              let document = row[0].int, article.precedence(origin: origin) < CopyPrecedence(date: row[1].string, origin: row[2].string ?? "") else { return nil }
        let run: [SQLValue] = [row[3], row[4], .integer(document)]
        for r in try db.rows("SELECT subject, object FROM triple WHERE id BETWEEN ? AND ? AND document = ?", run) {
            for case let id? in [r[0].int, r[1].int] { entitiesOfReplacedCopies.insert(id) }
        }
        _ = try db.rows("DELETE FROM triple WHERE id BETWEEN ? AND ? AND document = ?", run)
        _ = try db.rows("UPDATE document SET origin = ?, title = ?, date = ?, url = ?, first_triple = ?, last_triple = ? WHERE id = ?", [
            .text(origin), .text(article.title), article.date.map { .text($0.description) } ?? .null, article.url.map(SQLValue.text) ?? .null,
            .integer(firstTriple), .integer(firstTriple + Int64(article.triples.count) - 1), .integer(document)])
        return document
    }

    /// Entities the facts of replaced copies named (gathered in a batch's transaction, so possibly of one that rolled
    /// back: only those no fact names are removed).
    private var entitiesOfReplacedCopies = Set<Int64>()

    /// Removes the entities only replaced copies named, so that the store holds what an ingest of the first copies
    /// alone holds: in a transaction of its own, holding the removal lock exclusively, so that no other writer's batch
    /// is between reading such an entity's id and naming it in a fact.
    private func removeEntitiesOfReplacedCopies() throws {
        guard !entitiesOfReplacedCopies.isEmpty else { return }
        try retrying {
            try db.write {
                try db.execute("SELECT pg_advisory_xact_lock(\(Self.removalLockKey))")
                try removeEntitiesNamedByNothing(entitiesOfReplacedCopies, db)
            }
        }
        entitiesOfReplacedCopies = []
    }

    /// The first of `count` consecutive ids of a table (triple, entity) no other writer will take: its sequence moved
    /// past them under the advisory lock, held only for that.
    private func takeIDs(_ table: String, _ count: Int) throws -> Int64 {
        guard count > 0 else { return 1 }
        try db.execute("SELECT pg_advisory_lock(\(Self.lockKey))")
        defer { try? db.execute("SELECT pg_advisory_unlock(\(Self.lockKey))") }
        let sequence = "pg_get_serial_sequence('\(table)', 'id')"
        guard let first = try db.rows("SELECT nextval(\(sequence))").first?.first?.int else { throw StoreError("\(path): no \(table) id") }
        _ = try db.rows("SELECT setval(\(sequence), ?)", [.integer(first + Int64(count) - 1)])
        return first
    }
}

private struct AliasKey: Hashable { let entity: Int64; let alias: String }

extension StoreError {
    /// The connection or the server failed, not a document: every document after it would fail the same way (a
    /// failure with no SQLSTATE at all is libpq's own: the connection).
    var isConnectionFailure: Bool { state == nil || state == "" || state!.hasPrefix("08") || state!.hasPrefix("57P") || state!.hasPrefix("53") }
}

extension StorableArticle {
    /// Whether any of its texts holds a NUL, which PostgreSQL's text cannot.
    var hasNUL: Bool { texts.contains(0) || text.utf8.contains(0) || title.utf8.contains(0) || hash.utf8.contains(0) }
}

/// Rows in PostgreSQL's COPY text format: columns apart by tabs, one row a line, `\N` for NULL, and a backslash,
/// tab, newline or carriage return in a value written as an escape.
struct PostgresCopy {
    private(set) var bytes: [UInt8] = []

    mutating func row(_ values: [SQLValue]) {
        for (k, v) in values.enumerated() {
            if k > 0 { bytes.append(0x09) }
            switch v {
            case .null: bytes += [0x5C, 0x4E]
            case .integer(let i): bytes += Array(String(i).utf8)
            case .real(let d): bytes += Array(String(d).utf8)
            case .text(let s): append(s)
            }
        }
        bytes.append(0x0A)
    }

    private mutating func append(_ s: String) {
        for b in s.utf8 {
            switch b {
            case 0x5C: bytes += [0x5C, 0x5C]
            case 0x09: bytes += [0x5C, 0x74]
            case 0x0A: bytes += [0x5C, 0x6E]
            case 0x0D: bytes += [0x5C, 0x72]
            default: bytes.append(b)
            }
        }
    }
}
