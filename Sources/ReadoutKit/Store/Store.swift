import CSQLite
import Foundation

/// The SQLite triple store: documents, entities with aliases, triples with provenance and qualifiers. It keeps the
/// schema and its migrations and the one way of writing a document with its facts, each write a transaction of
/// its `Database`. The fast path of a load into an empty store is `BulkLoad`; reading stored documents again with
/// new rules is `Reextractor`; the pattern lookup the queries build on is `Graph`.
public final class Store: GraphStore {
    public static let schemaVersion = 5
    /// The page cache of a connection, in KiB (negative, as SQLite's PRAGMA takes it): 64 MiB.
    static let cacheSize = -65536
    /// The page size of a new store, in bytes.
    static let pageSize = 8192
    /// Pages in the write-ahead log that make a commit checkpoint it (512 MiB), when no Checkpointer does.
    static let autoCheckpointPages = 65536
    /// Checkpoints on a thread of their own, during an ingest.
    var checkpointer: Checkpointer?
    public let db: Database
    public let path: String

    /// Held for the life of a writer that asked for it (`ingest`, `reextract`).
    private let writerLock: WriterLock?

    /// Opens (and for writers, creates) a store, upgrading one from an older schema. A file that is not a
    /// Readout database, or one from a newer schema, is refused before anything is written to it: it is looked at
    /// through a connection that cannot write first. `lockedFor`: the command a writer runs, which then holds the
    /// store's writer lock (waiting for another writer, told through `waiting`) before it writes anything.
    public init(path: String, readOnly: Bool = false, lockedFor command: String? = nil, waiting: (String) -> Void = { _ in }) throws {
        try StoreFile.checkPath(path)
        self.path = path
        let exists = Self.size(of: path) > 0
        if readOnly && !FileManager.default.fileExists(atPath: path) { throw StoreError("\(path): no such database (run `readout ingest` first)") }
        let version = exists ? try Self.version(of: path) : 0
        guard !readOnly else {
            writerLock = nil
            if version == 0 { throw StoreError("\(path): empty database (run `readout ingest` first)") }
            if version < Self.schemaVersion {
                // A store from an older readout is upgraded once, by whichever command opens it first (each
                // migration is one transaction); the queries here are written for the current schema.
                do { _ = try Store(path: path) } catch {
                    throw StoreError("\(path): database schema version \(version) is older than this readout (\(Self.schemaVersion)) and could not be upgraded here (\(error)); run `readout ingest` on it with write access")
                }
            }
            db = try Self.reader(path)
            try db.execute("PRAGMA foreign_keys = ON")
            // Queries jump about the file: pages mapped rather than copied in by a read() each, and a cache that
            // holds a busy entity's neighbourhood.
            try db.execute("PRAGMA mmap_size = 1073741824")
            try db.execute("PRAGMA cache_size = \(Self.cacheSize)")
            return
        }
        writerLock = try command.map { try WriterLock(store: path, command: $0, waiting: waiting) }
        db = try Database(path: path, readOnly: false)
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
        if version < Self.schemaVersion { try migrate() }
        try db.execute("PRAGMA foreign_keys = ON")
    }

    /// A connection that cannot write. In a folder this user cannot write no -shm can be made beside the store: one
    /// whose log is empty is then read as a file no one changes (SQLite's `immutable`).
    static func reader(_ path: String) throws -> Database {
        try Database(path: path, readOnly: true, immutable: !StoreFile.folderIsWritable(path) && size(of: path + "-wal") == 0)
    }

    /// The size of a file in bytes; 0 when there is none.
    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path)[.size]) as? Int) ?? 0
    }

    /// The tables every version of the schema has: a file with a user_version but without them is another
    /// application's.
    static let coreTables: Set<String> = ["document", "entity", "triple"]

    /// The schema version of an existing file, read through a connection that cannot write; an error for a file
    /// that is not a Readout store (an SQLite file with no tables at all is version 0) or one from a newer readout.
    static func version(of path: String) throws -> Int {
        let look = try reader(path)
        var version: Int
        let tables: Set<String>
        do {
            version = Int(try look.rows("PRAGMA user_version").first?.first?.int ?? 0)
            tables = Set(try look.rows("SELECT name FROM sqlite_master WHERE type = 'table'").compactMap { $0[0].string })
        } catch {
            throw StoreError("\(path): not a Readout database (\(error))")
        }
        if version == 0, !tables.isEmpty {
            // Another readout may have committed the first migration between the two reads (its tables and its
            // version in one transaction): read the version again before calling the file foreign.
            version = Int(try look.rows("PRAGMA user_version").first?.first?.int ?? 0)
            if version == 0 { throw StoreError("\(path): not a Readout database (it has tables but no Readout schema)") }
        }
        if version > 0, !coreTables.isSubset(of: tables) {
            throw StoreError("\(path): not a Readout database (user_version \(version), but not Readout's tables)")
        }
        if version > Self.schemaVersion {
            throw StoreError("\(path): database schema version \(version) is newer than this readout (\(Self.schemaVersion)); upgrade readout")
        }
        return version
    }

    /// Ends a writing command: the write-ahead log copied into the database file and emptied, so that the `.sqlite`
    /// file alone holds the store (a user copies that file).
    public func finishWriting() throws {
        try removeEntitiesOfReplacedCopies()
        try stopBackgroundCheckpoints()
        try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    }

    deinit { checkpointer?.stop() }

    public var reader: any SQLConnection { db }

    /// Into an empty store, a bulk load (its indexes built at the end); into one with documents, the store's own way,
    /// after building what a load cut short left.
    public func beginIngest() throws -> (() throws -> Void)? {
        guard try isEmpty else { try buildDeferredIndexes(); return { [self] in try removeEntitiesOfReplacedCopies() } }
        let load = try BulkLoad(self)
        return { [self] in try load.finish(); try removeEntitiesOfReplacedCopies() }
    }

    public var ingestEnding: String { "building indexes" }

    /// Applies schema/NNN_*.sql files above the current version, each in its own transaction. Foreign keys are
    /// off meanwhile, so that a migration can rebuild a table others refer to; they are checked before it commits.
    func migrate() throws {
        for (number, sql) in try Self.migrations() {
            try db.write {
                // Read under the write lock: another process may have migrated while we waited for it.
                guard Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0) < number else { return }
                try db.execute(sql)
                if let broken = try db.rows("PRAGMA foreign_key_check").first {
                    throw StoreError("\(path): schema migration \(number) would break a reference from \(broken[0].string ?? "?")")
                }
                try db.execute("PRAGMA user_version = \(number)")
            }
        }
    }

    /// The numbered migrations (schema/NNN_name.sql, built into the binary), in order.
    static func migrations() throws -> [(Int, String)] {
        let files = EmbeddedResources.files.filter { $0.key.hasPrefix("schema/") && $0.key.hasSuffix(".sql") }.sorted { $0.key < $1.key }
        guard !files.isEmpty else { throw StoreError("schema files missing") }
        return files.compactMap { key, sql in
            guard let number = Int(key.dropFirst("schema/".count).prefix { $0.isNumber }) else { return nil }
            return (number, sql)
        }
    }

    // MARK: writing

    // MARK: reading stored documents again (Reextractor)

    /// The ids of the stored documents, in order.
    func storedDocuments() throws -> [Int64] {
        try db.rows("SELECT id FROM document ORDER BY id").compactMap { $0[0].int }
    }

    /// Documents as they were stored: clean text with the title at its head, and that title (a NUL kept).
    func storedSources(_ ids: [Int64]) throws -> [(id: Int64, source: SourceArticle)] {
        try db.read {
            var sources: [(id: Int64, source: SourceArticle)] = []
            for id in ids {
                try db.each("SELECT origin, title, date, text FROM document JOIN document_text ON document = id WHERE id = ?", [.integer(id)]) { row in
                    var source = SourceArticle(text: row.text("text") ?? "", title: row.text("title"), date: row.text("date").flatMap(Day.init(parsing:)),
                                               origin: row.text("origin") ?? "")
                    source.isStored = true
                    sources.append((id, source))
                }
            }
            return sources
        }
    }

    /// Entities no fact names any more, after facts were replaced.
    func removeUnusedEntities() throws {
        try writing { try db.execute("DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM triple WHERE subject = entity.id OR object = entity.id)") }
        entityIDs.reset(complete: false)
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

    /// Runs `body` in one write transaction (Database.write). The writer's memory of ids keeps what commits and
    /// forgets what rolls back; when another connection wrote since this one last did, it starts afresh.
    private func writing<T>(_ body: () throws -> T) throws -> T {
        do {
            let value = try db.write {
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
                return try body()
            }
            entityIDs.committed()
            documentIDs.committed()
            return value
        } catch {
            entityIDs.rollBack(to: entityIDs.transactionStart)
            documentIDs.rollBack(to: documentIDs.transactionStart)
            throw error
        }
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

    /// Replaces a document's triples by those of `article`, which get a new run of ids, in one transaction. The run
    /// replaced is read inside it: two writers replacing one document leave one copy.
    func replaceFacts(of document: Int64, with article: StorableArticle) throws -> Int {
        try writing {
            guard try deleteFacts(of: document) else { return 0 }
            let start = nextTriple
            let n = try insertFacts(article, document: document)
            try db.cached("UPDATE document SET first_triple = ?, last_triple = ? WHERE id = ?").run([.integer(start), .integer(start + Int64(n) - 1), .integer(document)])
            return n
        }
    }

    /// Deletes a document's run of triples and their qualifiers (by hand: a bulk load writes with foreign keys off),
    /// inside a transaction; the next triple id is then read again. False when there is no such document.
    private func deleteFacts(of document: Int64) throws -> Bool {
        guard let run = try db.rows("SELECT first_triple, last_triple FROM document WHERE id = ?", [.integer(document)]).first else { return false }
        let bounds: [SQLValue] = [run[0], run[1], .integer(document)]
        try db.cached("DELETE FROM qualifier WHERE triple IN (SELECT id FROM triple WHERE id BETWEEN ? AND ? AND document = ?)").run(bounds)
        try db.cached("DELETE FROM triple WHERE id BETWEEN ? AND ? AND document = ?").run(bounds)
        try readNextTriple()
        return true
    }

    /// Puts `article` in place of the stored copy of its text (the document whose `column`, id or hash, is `key`) when
    /// it precedes that copy (CopyPrecedence), inside the batch's transaction: metadata and facts are this copy's, the
    /// text the same. The stored copy is read in one lookup: a corpus read again meets every text here.
    private func keepFirstCopy(_ article: StorableArticle, origin: String, of column: String, _ key: SQLValue) throws -> IngestOutcome {
        let find = try db.cached("SELECT id, date, origin FROM document WHERE \(column) = ?")
        try find.bind([key])
        let stored = try find.step() ? find.row() : nil
        try find.bind([])
        guard let stored, let document = stored[0].int,
              article.precedence(origin: origin) < CopyPrecedence(date: stored[1].string, origin: stored[2].string ?? "") else { return .unchanged }
        for row in try db.rows("""
            SELECT t.subject, t.object FROM document d JOIN triple t ON t.id BETWEEN d.first_triple AND d.last_triple AND t.document = d.id WHERE d.id = ?
            """, [.integer(document)]) {
            for case let id? in [row[0].int, row[1].int] { entitiesOfReplacedCopies.insert(id) }
        }
        guard try deleteFacts(of: document) else { return .unchanged }
        let start = nextTriple
        let n = try insertFacts(article, document: document)
        try db.cached("UPDATE document SET origin = ?, title = ?, date = ?, url = ?, first_triple = ?, last_triple = ? WHERE id = ?").run([
            .text(origin), .text(article.title), article.date.map { .text($0.description) } ?? .null, article.url.map(SQLValue.text) ?? .null,
            .integer(start), .integer(start + Int64(n) - 1), .integer(document)])
        return .replaced(triples: n)
    }

    /// Entities the facts of a replaced copy named: those no fact names any more are removed when the ingest ends.
    private var entitiesOfReplacedCopies = Set<Int64>()

    /// Removes the entities only replaced copies named, so that the store holds what an ingest of the first copies
    /// alone holds. After a bulk load's indexes are built: each is two lookups in the triple indexes.
    func removeEntitiesOfReplacedCopies() throws {
        guard !entitiesOfReplacedCopies.isEmpty else { return }
        try writing { try removeEntitiesNamedByNothing(entitiesOfReplacedCopies, db) }
        entitiesOfReplacedCopies = []
        entityIDs.reset(complete: false)
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
        var failedInside = false
        do {
            // Of copies of one text in the batch only the first is weighed against the store (the others would only
            // be written to be replaced); so too when the batch is written again a document at a time.
            let first = firstCopies(batch)
            return try writing {
                do { return try zip(batch, first).map { $1 ? .success(try store($0.0, origin: $0.1)) : .success(.unchanged) } } catch {
                    // A full disk fails every document alike: only a document's own failure is looked for below.
                    failedInside = (error as? StoreError)?.isStorageFailure != true
                    throw error
                }
            }
        } catch {
            // A transaction that could not begin or commit, or a store that failed, fails the whole batch.
            guard failedInside else { throw error }
        }
        return try ingestEachInSavepoint(batch)
    }

    private func ingestEachInSavepoint(_ batch: [(StorableArticle, String)]) throws -> [Result<IngestOutcome, Error>] {
        try writing {
            try eachFirstCopyFirst(batch) { k in
                let (article, origin) = batch[k]
                let mark = entityIDs.mark, documentMark = documentIDs.mark
                do {
                    return .success(try db.savepoint { try store(article, origin: origin) })
                } catch let error as StoreError where error.isStorageFailure {
                    throw error   // not this document's fault: the batch fails as a whole
                } catch {
                    entityIDs.rollBack(to: mark)
                    documentIDs.rollBack(to: documentMark)
                    try readNextTriple()
                    return .failure(error)
                }
            }
        }
    }

    private func store(_ article: StorableArticle, origin: String) throws -> IngestOutcome {
        let inserts = try inserts()
        let insert: Statement
        if documentIDs.complete {
            if let stored = documentIDs[article.digest, hash: article.digest.spread] { return try keepFirstCopy(article, origin: origin, of: "id", .integer(stored)) }
            insert = inserts.document
        } else {
            // One statement both looks for the text and stores it: a text stored before changes nothing.
            insert = try db.cached("INSERT INTO document(hash, origin, title, date, first_triple, last_triple, url) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(hash) DO NOTHING")
        }
        insert.bind(1, article.hash)
        insert.bind(2, origin)
        insert.bind(3, article.title)
        if let date = article.date { insert.bind(4, date.description) } else { insert.bindNull(4) }
        insert.bind(5, nextTriple)
        insert.bind(6, nextTriple + Int64(article.triples.count) - 1)
        if let url = article.url { insert.bind(7, url) } else { insert.bindNull(7) }
        try insert.runBound()
        guard db.changes == 1 else { return try keepFirstCopy(article, origin: origin, of: "hash", .text(article.hash)) }
        let document = db.lastInsertID
        if documentIDs.complete { documentIDs.add(article.digest, hash: article.digest.spread, document) }
        let text = inserts.documentText
        text.bind(1, document)
        try text.bindBorrowed(2, article.text) { try text.runBound() }
        return .stored(triples: try insertFacts(article, document: document))
    }
}
