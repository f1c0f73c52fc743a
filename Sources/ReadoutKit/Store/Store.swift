import Foundation

/// The SQLite triple store: documents, entities with aliases, triples with provenance and qualifiers.
public final class Store {
    public static let schemaVersion = 1
    public let db: Connection
    public let path: String

    /// What an ingest did with one document.
    public enum IngestOutcome: Equatable { case stored(triples: Int), unchanged }

    /// Opens (and for writers, creates or migrates) a store. A file that is not a Readout database,
    /// or one from a newer schema, is refused before anything is written to it.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        let exists = FileManager.default.fileExists(atPath: path)
        if readOnly && !exists { throw StoreError("\(path): no such database (run `readout ingest` first)") }
        db = try Connection(path: path, readOnly: readOnly)
        let version: Int
        do {
            version = Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0)
        } catch {
            throw StoreError("\(path): not a Readout database (\(error))")
        }
        if version > Self.schemaVersion {
            throw StoreError("\(path): database schema version \(version) is newer than this readout (\(Self.schemaVersion)); upgrade readout")
        }
        if version == 0, exists {
            let tables = try db.rows("SELECT count(*) FROM sqlite_master")
            if tables.first?.first?.int ?? 0 > 0 { throw StoreError("\(path): not a Readout database (it has tables but no Readout schema)") }
        }
        try db.execute("PRAGMA foreign_keys = ON")
        guard !readOnly else {
            if version == 0 { throw StoreError("\(path): empty database (run `readout ingest` first)") }
            return
        }
        try db.execute("PRAGMA journal_mode = WAL")
        // WAL with NORMAL sync: a commit is durable against a crash of the process and consistent after
        // power loss; a larger cache and fewer checkpoints keep bulk ingest off the disk's critical path.
        try db.execute("PRAGMA synchronous = NORMAL")
        try db.execute("PRAGMA cache_size = -65536")
        try db.execute("PRAGMA temp_store = MEMORY")
        try db.execute("PRAGMA wal_autocheckpoint = 65536")
        if version < Self.schemaVersion { try migrate(from: version) }
    }

    /// Applies schema/NNN_*.sql files above the current version, each in its own transaction.
    func migrate(from version: Int) throws {
        for (number, sql) in try Self.migrations() where number > version {
            try db.execute("BEGIN IMMEDIATE")
            do {
                // Another process may have migrated while we waited for the lock.
                let now = Int(try db.rows("PRAGMA user_version").first?.first?.int ?? 0)
                if now < number {
                    try db.execute(sql)
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
        let docs = try db.rows("SELECT id, origin, title, date, text FROM document ORDER BY id")
        var total = 0
        for (k, row) in docs.enumerated() {
            guard let id = row[0].int else { continue }
            let source = SourceArticle(text: row[4].string ?? "", title: nil, date: row[3].string.flatMap(Day.init(parsing:)), origin: row[1].string ?? "")
            var read = extractor.read(source)
            read.title = row[2].string ?? read.title
            total += try replaceFacts(of: id, with: read)
            progress(k + 1)
        }
        try db.execute("DELETE FROM entity WHERE NOT EXISTS (SELECT 1 FROM triple WHERE subject = entity.id OR object = entity.id)")
        entityCache = [:]
        return (docs.count, total)
    }

    /// Inserts an article's entities, aliases, triples and qualifiers for a stored document; inside a transaction.
    func insertFacts(_ article: ReadArticle, document: Int64) throws -> Int {
        let insertEntity = try db.cached("INSERT INTO entity(type, name) VALUES (?, ?) ON CONFLICT(type, name) DO NOTHING RETURNING id")
        let findEntity = try db.cached("SELECT id FROM entity WHERE type = ? AND name = ?")
        let insertAlias = try db.cached("INSERT OR IGNORE INTO alias(entity, alias) VALUES (?, ?)")
        let insertTriple = try db.cached("INSERT INTO triple(subject, predicate, object, literal, document, span_start, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        let insertQualifier = try db.cached("INSERT OR IGNORE INTO qualifier(triple, key, value) VALUES (?, ?, ?)")
        var created: [EntityKey: Int64] = [:]
        func id(_ key: EntityKey) throws -> Int64 {
            if let known = entityCache[key] ?? created[key] { return known }
            // A new entity returns its id; one stored by an earlier run is looked up.
            try insertEntity.bind([.text(key.type.rawValue), .text(key.name)])
            var value = try insertEntity.step() ? insertEntity.row().first?.int : nil
            while try insertEntity.step() {}
            if value == nil {
                try findEntity.bind([.text(key.type.rawValue), .text(key.name)])
                value = try findEntity.step() ? findEntity.row().first?.int : nil
                try findEntity.bind([])
            }
            guard let id = value else { throw StoreError("entity \(key) not stored") }
            created[key] = id
            return id
        }
        _ = try id(article.article)
        var aliases = Set<[String]>()
        for m in article.extraction.mentions {
            let entity = try id(m.entity)
            if m.surface != m.entity.name, aliases.insert([m.entity.name, m.surface]).inserted {
                try insertAlias.run([.integer(entity), .text(m.surface)])
            }
        }
        for (key, names) in article.extraction.aliases {
            let entity = try id(key)
            for alias in names { try insertAlias.run([.integer(entity), .text(alias)]) }
        }
        var count = 0
        for f in article.extraction.facts {
            let subject = try id(f.subject)
            var object: SQLValue = .null, literal: SQLValue = .null
            switch f.object {
            case .entity(let key): object = .integer(try id(key))
            case .literal(let value): literal = .text(value)
            }
            insertTriple.bind(1, subject)
            insertTriple.bind(2, f.predicate)
            if case .integer(let o) = object { insertTriple.bind(3, o) } else { insertTriple.bindNull(3) }
            if case .text(let l) = literal { insertTriple.bind(4, l) } else { insertTriple.bindNull(4) }
            insertTriple.bind(5, document)
            insertTriple.bind(6, Int64(f.span.start))
            insertTriple.bind(7, Int64(f.span.end))
            insertTriple.bind(8, f.rule)
            try insertTriple.runBound()
            let tripleID = db.lastInsertID
            for q in f.qualifiers { try insertQualifier.run([.integer(tripleID), .text(q.key), .text(q.value)]) }
            count += 1
        }
        pendingEntities.merge(created) { a, _ in a }
        return count
    }

    /// Entities created by the open transaction: they join the cache only once it commits.
    private var pendingEntities: [EntityKey: Int64] = [:]

    func commit() throws {
        try db.execute("COMMIT")
        entityCache.merge(pendingEntities) { a, _ in a }
        pendingEntities = [:]
    }

    func rollback() {
        try? db.execute("ROLLBACK")
        pendingEntities = [:]
    }

    func replaceFacts(of document: Int64, with article: ReadArticle) throws -> Int {
        try db.execute("BEGIN IMMEDIATE")
        do {
            try db.prepare("DELETE FROM triple WHERE document = ?").run([.integer(document)])
            let n = try insertFacts(article, document: document)
            try commit()
            return n
        } catch {
            rollback()
            throw error
        }
    }

    /// Entity ids seen by this connection: most entities of a corpus recur, and a lookup here saves two statements.
    private var entityCache: [EntityKey: Int64] = [:]

    /// Stores one read article in one transaction: all of it or nothing. The same clean text twice is stored once.
    @discardableResult
    public func ingest(_ article: ReadArticle, origin: String) throws -> IngestOutcome {
        guard case .some(let result) = try ingest([(article, origin)]).first else { throw StoreError("nothing stored") }
        return try result.get()
    }

    /// Stores articles in one write transaction, each inside its own savepoint: every document is whole or
    /// absent (a failure rolls back that document only, a crash the uncommitted ones), while the cost of a
    /// commit is shared by the batch.
    public func ingest(_ batch: [(ReadArticle, String)]) throws -> [Result<IngestOutcome, Error>] {
        try db.execute("BEGIN IMMEDIATE")
        var results: [Result<IngestOutcome, Error>] = []
        do {
            for (article, origin) in batch {
                try db.execute("SAVEPOINT document")
                do {
                    let outcome = try store(article, origin: origin)
                    try db.execute("RELEASE document")
                    results.append(.success(outcome))
                } catch {
                    try? db.execute("ROLLBACK TO document")
                    try? db.execute("RELEASE document")
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

    private func store(_ article: ReadArticle, origin: String) throws -> IngestOutcome {
        let hash = article.contentHash ?? SHA256.hex(article.cleanText)
        let exists = try db.cached("SELECT 1 FROM document WHERE hash = ?")
        try exists.bind([.text(hash)])
        let found = try exists.step()
        try exists.bind([])
        if found { return .unchanged }
        try db.cached("INSERT INTO document(hash, origin, title, date, text) VALUES (?, ?, ?, ?, ?)").run([
            .text(hash), .text(origin), .text(article.title), article.date.map { .text($0.description) } ?? .null, .text(article.cleanText),
        ])
        let documentID = db.lastInsertID
        let pendingBefore = pendingEntities
        do {
            return .stored(triples: try insertFacts(article, document: documentID))
        } catch {
            pendingEntities = pendingBefore
            throw error
        }
    }
}
