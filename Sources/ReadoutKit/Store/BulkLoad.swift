/// The fast path of a load into an empty store, kept apart from the store's one way of writing: the secondary
/// indexes deferred (entity_key and document_hash among them: the writer's memory keeps names and texts unique
/// meanwhile, RememberedIDs), the references checked once at the end rather than row by row, and checkpoints on a
/// thread of their own (Checkpointer). It opens only on an empty store and ends with `finish()`. A load cut short
/// leaves its indexes listed in `deferred_index`; the next writer builds them before it writes
/// (`Store.buildDeferredIndexes`), and queries meanwhile work, but scan.
public final class BulkLoad {
    public let store: Store
    private var finished = false

    /// `checkpointThreshold`: pages in the write-ahead log that start a checkpoint (64 MiB of 8 KiB pages).
    public init(_ store: Store, checkpointThreshold: Int32 = 8192) throws {
        guard try store.isEmpty else { throw StoreError("\(store.path): a bulk load opens only on an empty store") }
        self.store = store
        try store.deferIndexes()
        // Without a checkpointer (a second connection could not open), commits checkpoint as before.
        try? store.checkpointInBackground(threshold: checkpointThreshold)
    }

    /// Builds the deferred indexes, checks the load's references, and returns checkpoints to the writer's commits.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        try store.buildDeferredIndexes()
        try store.stopBackgroundCheckpoints()
    }
}

extension Store {
    /// The tables a load grows, whose named indexes it defers: entity_key and document_hash among them, since
    /// the writer keeps names and texts unique itself meanwhile (RememberedIDs). Inline keys (an
    /// alias, a qualifier) stay.
    static let deferrableTables = ["triple", "alias", "entity", "document"]

    /// True while indexes a bulk load deferred are not built: queries work, but scan.
    public var indexesPending: Bool {
        get throws { try db.rows("SELECT 1 FROM deferred_index LIMIT 1").first != nil }
    }

    /// True when nothing has been stored yet: a load may then defer the indexes.
    public var isEmpty: Bool {
        get throws { try db.rows("SELECT NOT EXISTS (SELECT 1 FROM triple)").first?.first?.int == 1 }
    }

    /// Drops the secondary indexes, keeping their definitions in `deferred_index`, for a bulk load. The
    /// load's references are checked once at its end rather than row by row (see checkReferences): each row's
    /// check is a lookup in another table, and the writer gives every row ids it has just stored.
    func deferIndexes() throws {
        try db.write {
            let marks = Self.deferrableTables.map { _ in "?" }.joined(separator: ", ")
            let indexes = try db.rows("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (\(marks))",
                                      Self.deferrableTables.map { .text($0) })
            for row in indexes {
                guard let name = row[0].string, let sql = row[1].string else { continue }
                try db.prepare("INSERT OR REPLACE INTO deferred_index(name, sql) VALUES (?, ?)").run([.text(name), .text(sql)])
                try db.execute("DROP INDEX \(Self.quoted(name))")
            }
        }
        try db.execute("PRAGMA foreign_keys = OFF")
        referencesUnchecked = true
    }

    /// Builds the indexes a load deferred (also those left by a load that was cut short), then checks the
    /// references that load did not.
    public func buildDeferredIndexes() throws {
        let built = try buildIndexes()
        guard built || referencesUnchecked else { return }
        if referencesUnchecked { try db.execute("PRAGMA foreign_keys = ON") }
        referencesUnchecked = false
        try checkReferences()
    }

    /// False when nothing was deferred.
    private func buildIndexes() throws -> Bool {
        guard try db.rows("SELECT 1 FROM deferred_index LIMIT 1").first != nil else { return false }
        // CREATE INDEX sorts: short runs that stay in the processor's caches, spilled to a temporary file and
        // merged, beat one long sort in memory (measured: 0.95 s against 1.15 s for the bundled corpus, 3.6 s
        // against 6.0 s for four times it) and keep memory flat however large the store grows. The run is counted
        // in pages (1,024: 8 MiB of 8 KiB pages): half as many larger pages made four times the corpus a third slower.
        try db.execute("PRAGMA temp_store = FILE")
        try db.execute("PRAGMA cache_size = 1024")
        defer {
            try? db.execute("PRAGMA cache_size = \(Store.cacheSize)")
            try? db.execute("PRAGMA temp_store = MEMORY")
        }
        try db.write { try buildDeferredIndexesInTransaction() }
        return true
    }

    func buildDeferredIndexesInTransaction() throws {
        for row in try db.rows("SELECT name, sql FROM deferred_index ORDER BY name") {
            guard let name = row[0].string, let sql = row[1].string else { continue }
            let exists = try db.rows("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?", [.text(name)]).first != nil
            if !exists { try db.execute(sql) }
            try db.prepare("DELETE FROM deferred_index WHERE name = ?").run([.text(name)])
        }
    }

    /// An SQL identifier in double quotes: index names come from the schema, but are quoted all the same.
    static func quoted(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
