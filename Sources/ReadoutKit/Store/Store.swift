import CSQLite
import Foundation

/// The SQLite triple store: documents, entities with aliases, triples with provenance and qualifiers.
public final class Store {
    public static let schemaVersion = 4
    /// The page cache of a connection, in KiB (negative, as SQLite's PRAGMA takes it): 64 MiB.
    static let cacheSize = -65536
    /// The page size of a new store, in bytes.
    static let pageSize = 8192
    /// Pages in the write-ahead log that make a commit checkpoint it (512 MiB), when no Checkpointer does.
    static let autoCheckpointPages = 65536
    /// Checkpoints on a thread of their own, during an ingest.
    var checkpointer: Checkpointer?
    public let db: Connection
    public let path: String

    /// What an ingest did with one document.
    public enum IngestOutcome: Equatable { case stored(triples: Int), unchanged }

    /// Opens (and for writers, creates) a store, upgrading one from an older schema. A file that is not a
    /// Readout database, or one from a newer schema, is refused before anything is written to it.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly && !exists { throw StoreError("\(path): no such database (run `readout ingest` first)") }
        db = try Connection(path: path, readOnly: readOnly)
        var version: Int
        do {
            version = Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0)
        } catch {
            throw StoreError("\(path): not a Readout database (\(error))")
        }
        if version == 0, exists {
            let tables = try db.rows("SELECT count(*) FROM sqlite_master")
            if tables.first?.first?.int ?? 0 > 0 {
                // Another readout may have committed the first migration between the two reads (its tables and its
                // version in one transaction): read the version again before calling the file foreign.
                version = Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0)
                if version == 0 { throw StoreError("\(path): not a Readout database (it has tables but no Readout schema)") }
            }
        }
        if version > Self.schemaVersion {
            throw StoreError("\(path): database schema version \(version) is newer than this readout (\(Self.schemaVersion)); upgrade readout")
        }
        guard !readOnly else {
            if version == 0 { throw StoreError("\(path): empty database (run `readout ingest` first)") }
            if version < Self.schemaVersion {
                // A store from an older readout is upgraded once, by whichever command opens it first (each
                // migration is one transaction); the queries here are written for the current schema.
                do { _ = try Store(path: path) } catch {
                    throw StoreError("\(path): database schema version \(version) is older than this readout (\(Self.schemaVersion)) and could not be upgraded here (\(error)); run `readout ingest` on it with write access")
                }
            }
            try db.execute("PRAGMA foreign_keys = ON")
            // Queries jump about the file: pages mapped rather than copied in by a read() each, and a cache that
            // holds a busy entity's neighbourhood.
            try db.execute("PRAGMA mmap_size = 1073741824")
            try db.execute("PRAGMA cache_size = \(Self.cacheSize)")
            return
        }
        // A new store gets 8 KiB pages (before WAL, which fixes the size): half the pages, frames and writes of
        // 4 KiB ones for a load, and queries measured no slower. A store keeps the size it was made with.
        if version == 0 { try db.execute("PRAGMA page_size = \(Self.pageSize)") }
        try db.execute("PRAGMA journal_mode = WAL")
        // WAL with NORMAL sync: a commit is durable against a crash of the process and consistent after
        // power loss; a larger cache and fewer checkpoints keep bulk ingest off the disk's critical path.
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("PRAGMA cache_size = \(Self.cacheSize)")
        try db.execute("PRAGMA temp_store = MEMORY")
        try db.execute("PRAGMA wal_autocheckpoint = \(Self.autoCheckpointPages)")
        if version < Self.schemaVersion { try migrate(from: version) }
        try db.execute("PRAGMA foreign_keys = ON")
    }

    deinit { checkpointer?.stop() }

    /// Applies schema/NNN_*.sql files above the current version, each in its own transaction. Foreign keys are
    /// off meanwhile, so that a migration can rebuild a table others refer to; they are checked before it commits.
    func migrate(from version: Int) throws {
        for (number, sql) in try Self.migrations() where number > version {
            try db.execute("BEGIN IMMEDIATE")
            do {
                // Another process may have migrated while we waited for the lock.
                let now = Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0)
                if now < number {
                    try db.execute(sql)
                    if let broken = try db.rows("PRAGMA foreign_key_check").first {
                        throw StoreError("\(path): schema migration \(number) would break a reference from \(broken[0].string ?? "?")")
                    }
                    try db.execute("PRAGMA user_version = \(number)")
                }
                try db.execute("COMMIT")
            } catch {
                try? db.execute("ROLLBACK")
                throw error
            }
        }
    }

    static func migrations() throws -> [(Int, String)] {
        guard let dir = Bundle.module.url(forResource: "schema", withExtension: nil) else { throw StoreError("schema files missing") }
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".sql") }.sorted()
        return try files.compactMap { name in
            guard let number = Int(name.prefix { $0.isNumber }) else { return nil }
            return (number, try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8))
        }
    }

    // MARK: writing

    /// Reads every stored document again with the current rules and lexicons, one transaction each:
    /// how a rule change (or a merge undone in a lexicon) reaches what is already stored.
    public func reextract(with extractor: Extractor, progress: (Int) -> Void = { _ in }) throws -> (documents: Int, triples: Int) {
        try buildDeferredIndexes()
        let docs = try db.rows("SELECT id, origin, title, date, text, first_triple, last_triple FROM document JOIN document_text ON document = id ORDER BY id")
        var total = 0
        for (k, row) in docs.enumerated() {
            guard let id = row[0].int else { continue }
            let source = SourceArticle(text: row[4].string ?? "", title: nil, date: row[3].string.flatMap(Day.init(parsing:)), origin: row[1].string ?? "")
            var read = extractor.read(source)
            read.title = row[2].string ?? read.title
            total += try replaceFacts(of: id, first: row[5].int ?? 1, last: row[6].int ?? 0, with: StorableArticle(read))
            progress(k + 1)
        }
        try db.execute("DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM triple WHERE subject = entity.id OR object = entity.id)")
        entityIDs.reset(complete: false)
        return (docs.count, total)
    }

    /// True while a bulk load on this connection leaves its references to be checked at its end.
    var referencesUnchecked = false

    /// Entity ids this connection has seen or made.
    private var entityIDs = EntityIDs()
    /// Documents this connection has stored, by the digest of their text (while it knows all of them).
    private var documentIDs = DocumentIDs()
    /// `PRAGMA data_version` when this connection last wrote: a different value means another connection
    /// committed since, and what `entityIDs` knows may be stale.
    private var dataVersion: Int64?

    /// The id SQLite gives the next triple: the largest stored plus one. Only the writer holding the lock adds
    /// triples, so a document's run of ids is known before its rows are written (and checked as they are).
    private var nextTriple: Int64 = 1

    private func readNextTriple() throws {
        nextTriple = try db.rows("SELECT coalesce(max(id), 0) + 1 FROM triple").first?.first?.int ?? 1
    }

    /// Takes the write lock, and forgets remembered entity ids if another connection wrote in between.
    private func beginWrite() throws {
        try db.cached("BEGIN IMMEDIATE").runBound()
        try readNextTriple()
        let version = try db.rows("PRAGMA data_version").first?.first?.int
        if version != dataVersion {
            let empty = try db.rows("SELECT NOT EXISTS (SELECT 1 FROM entity) AND NOT EXISTS (SELECT 1 FROM document)").first?.first?.int == 1
            entityIDs.reset(complete: empty)
            documentIDs.reset(complete: empty)
            dataVersion = version
            // Without every name and text in memory, entity_key and document_hash must keep them unique.
            if !empty { try buildDeferredIndexesInTransaction() }
        }
    }

    private func commit() throws {
        try db.cached("COMMIT").runBound()
        entityIDs.committed()
        documentIDs.committed()
    }

    private func rollback() {
        try? db.execute("ROLLBACK")
        entityIDs.rollBack(to: entityIDs.transactionStart)
        documentIDs.rollBack(to: documentIDs.transactionStart)
    }

    private var preparedInserts: Inserts?
    /// Prepared on first use: a reader never needs them, and the schema must be migrated first.
    private func inserts() throws -> Inserts {
        if let prepared = preparedInserts { return prepared }
        let prepared = try Inserts(db)
        preparedInserts = prepared
        return prepared
    }

    /// The id of an entity, stored now if it is new.
    private func id(of key: EntityKey, hash: Int, _ inserts: Inserts) throws -> Int64 {
        if let known = entityIDs[key, hash: hash] { return known }
        let id: Int64
        if entityIDs.complete {
            let insert = inserts.entity
            insert.bind(1, key.type.rawValue)
            insert.bind(2, key.name)
            try insert.runBound()
            id = db.lastInsertID
        } else {
            // Stored by an earlier run, or new: the insert returns a new id, the lookup an old one.
            let insert = try db.cached("INSERT INTO entity(type, name) VALUES (?, ?) ON CONFLICT(name, type) DO NOTHING RETURNING id")
            try insert.bind([.text(key.type.rawValue), .text(key.name)])
            var value = try insert.step() ? insert.row().first?.int : nil
            while try insert.step() {}
            if value == nil {
                let find = try db.cached("SELECT id FROM entity WHERE type = ? AND name = ?")
                try find.bind([.text(key.type.rawValue), .text(key.name)])
                value = try find.step() ? find.row().first?.int : nil
                try find.bind([])
            }
            guard let value else { throw StoreError("entity \(key) not stored") }
            id = value
        }
        entityIDs.add(key, hash: hash, id)
        return id
    }

    /// Inserts an article's entities, aliases, triples and qualifiers for a stored document; inside a transaction.
    /// Texts are bound where they lie in the article's buffer, which stays put (and alive) for the whole loop.
    func insertFacts(_ article: StorableArticle, document: Int64) throws -> Int {
        let inserts = try inserts()
        let insertAlias = inserts.alias, insertTriple = inserts.triple, insertQualifier = inserts.qualifier
        let ids = try zip(article.entities, article.entityHashes).map { try id(of: $0, hash: $1, inserts) }
        defer { insertAlias.clearBindings(); insertTriple.clearBindings(); insertQualifier.clearBindings() }
        try article.texts.withUnsafeBufferPointer { buffer in
            // An empty buffer has no address; an empty text still needs one (no address binds NULL).
            let empty: StaticString = ""
            let base = buffer.baseAddress ?? empty.utf8Start
            for a in article.aliases {
                insertAlias.bind(1, ids[Int(a.entity)])
                insertAlias.bindUnretained(2, base + Int(a.text.offset), count: a.text.count)
                try insertAlias.runBound()
            }
            insertTriple.bind(5, document)
            for t in article.triples {
                defer { nextTriple += 1 }
                insertTriple.bind(1, ids[Int(t.subject)])
                insertTriple.bindUnretained(2, base + Int(t.predicate.offset), count: t.predicate.count)
                if t.object < 0 {
                    insertTriple.bindNull(3)
                    insertTriple.bindUnretained(4, base + Int(t.literal.offset), count: t.literal.count)
                } else {
                    insertTriple.bind(3, ids[Int(t.object)])
                    insertTriple.bindNull(4)
                }
                insertTriple.bind(6, Int64(t.spanStart))
                insertTriple.bind(7, Int64(t.spanEnd))
                insertTriple.bindUnretained(8, base + Int(t.rule.offset), count: t.rule.count)
                try insertTriple.runBound()
                let tripleID = db.lastInsertID
                guard tripleID == nextTriple else { throw StoreError("\(path): triple stored as \(tripleID), not \(nextTriple): a document's triples must be one run of ids") }
                guard !t.qualifiers.isEmpty else { continue }
                for q in article.qualifiers[Int(t.qualifiers.lowerBound)..<Int(t.qualifiers.upperBound)] {
                    insertQualifier.bind(1, tripleID)
                    insertQualifier.bindUnretained(2, base + Int(q.key.offset), count: q.key.count)
                    insertQualifier.bindUnretained(3, base + Int(q.value.offset), count: q.value.count)
                    try insertQualifier.runBound()
                }
            }
        }
        return article.triples.count
    }

    /// Replaces a document's triples (the run of ids `first` to `last`) by those of `article`, which get a new run.
    func replaceFacts(of document: Int64, first: Int64, last: Int64, with article: StorableArticle) throws -> Int {
        try beginWrite()
        do {
            try db.cached("DELETE FROM triple WHERE id BETWEEN ? AND ? AND document = ?").run([.integer(first), .integer(last), .integer(document)])
            try readNextTriple()
            let start = nextTriple
            let n = try insertFacts(article, document: document)
            try db.cached("UPDATE document SET first_triple = ?, last_triple = ? WHERE id = ?").run([.integer(start), .integer(start + Int64(n) - 1), .integer(document)])
            try commit()
            return n
        } catch {
            rollback()
            throw error
        }
    }

    /// Stores one read article in one transaction: all of it or nothing. The same clean text twice is stored once.
    @discardableResult
    public func ingest(_ article: ReadArticle, origin: String) throws -> IngestOutcome {
        guard case .some(let result) = try ingest([(StorableArticle(article), origin)]).first else { throw StoreError("nothing stored") }
        return try result.get()
    }

    /// Stores articles in one write transaction: every document is whole or absent (a failure loses that
    /// document only, a crash the uncommitted ones), while the cost of a commit is shared by the batch.
    ///
    /// The batch is first written straight through. A savepoint per document would cost a copy of every page
    /// the document touches (measured: 0.15 s of 2 s for the bundled corpus), and documents almost never fail;
    /// when one does, the batch is rolled back and written again with a savepoint around each document.
    public func ingest(_ batch: [(StorableArticle, String)]) throws -> [Result<IngestOutcome, Error>] {
        try beginWrite()
        var outcomes: [IngestOutcome] = []
        do {
            for (article, origin) in batch { outcomes.append(try store(article, origin: origin)) }
            try commit()
            return outcomes.map { .success($0) }
        } catch {
            rollback()
        }
        return try ingestEachInSavepoint(batch)
    }

    private func ingestEachInSavepoint(_ batch: [(StorableArticle, String)]) throws -> [Result<IngestOutcome, Error>] {
        try beginWrite()
        let savepoint = try db.cached("SAVEPOINT document"), release = try db.cached("RELEASE document")
        var results: [Result<IngestOutcome, Error>] = []
        do {
            for (article, origin) in batch {
                try savepoint.runBound()
                let mark = entityIDs.mark, documentMark = documentIDs.mark
                do {
                    let outcome = try store(article, origin: origin)
                    try release.runBound()
                    results.append(.success(outcome))
                } catch {
                    try? db.execute("ROLLBACK TO document")
                    try? release.runBound()
                    entityIDs.rollBack(to: mark)
                    documentIDs.rollBack(to: documentMark)
                    try readNextTriple()
                    results.append(.failure(error))
                }
            }
            try commit()
        } catch {
            rollback()
            throw error
        }
        return results
    }

    private func store(_ article: StorableArticle, origin: String) throws -> IngestOutcome {
        let inserts = try inserts()
        let insert: Statement
        if documentIDs.complete {
            guard documentIDs[article.digest, hash: article.digest.spread] == nil else { return .unchanged }
            insert = inserts.document
        } else {
            // One statement both looks for the text and stores it: a text stored before changes nothing.
            insert = try db.cached("INSERT INTO document(hash, origin, title, date, first_triple, last_triple) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING")
        }
        insert.bind(1, article.hash)
        insert.bind(2, origin)
        insert.bind(3, article.title)
        if let date = article.date { insert.bind(4, date.description) } else { insert.bindNull(4) }
        insert.bind(5, nextTriple)
        insert.bind(6, nextTriple + Int64(article.triples.count) - 1)
        try insert.runBound()
        guard db.changes == 1 else { return .unchanged }
        let document = db.lastInsertID
        if documentIDs.complete { documentIDs.add(article.digest, hash: article.digest.spread, document) }
        let text = inserts.documentText
        text.bind(1, document)
        try text.bindBorrowed(2, article.text) { try text.runBound() }
        return .stored(triples: try insertFacts(article, document: document))
    }
}
