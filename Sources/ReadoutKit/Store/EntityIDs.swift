/// The writer's memory of entity ids. Most entities of a corpus recur, and a key found here costs no statement.
/// Keys added inside a transaction are logged so that a rolled-back document (or transaction) forgets the ids
/// it made; and while the map holds every entity of the database, a key it lacks is known to be new and is
/// inserted without a lookup — the common case of a bulk load into a new store.
struct EntityIDs {
    private var ids: [Hashed: Int64] = [:]
    private var added: [Hashed] = []
    /// True while `ids` holds every entity stored: set when the store had none, cleared when another
    /// connection may have changed the table.
    private(set) var complete = false

    /// `hash` is the key's hashValue, computed on an extracting core (StorableArticle).
    subscript(key: EntityKey, hash hash: Int) -> Int64? { ids[Hashed(key: key, hash: hash)] }

    mutating func add(_ key: EntityKey, hash: Int, _ id: Int64) {
        let hashed = Hashed(key: key, hash: hash)
        ids[hashed] = id
        added.append(hashed)
    }

    /// A key with its hash already known: the writer hashes eight bytes, not a name.
    private struct Hashed: Hashable {
        let key: EntityKey
        let hash: Int
        func hash(into hasher: inout Hasher) { hasher.combine(hash) }
        static func == (a: Hashed, b: Hashed) -> Bool { a.hash == b.hash && a.key == b.key }
    }

    /// Where a document's savepoint begins.
    var mark: Int { added.count }

    /// Forgets the ids made since `mark`: their rows were rolled back.
    mutating func rollBack(to mark: Int) {
        for key in added[mark...] { ids[key] = nil }
        added.removeSubrange(mark...)
    }

    /// The transaction committed: what it made is now stored.
    mutating func committed() { added.removeAll(keepingCapacity: true) }

    /// Starts again from nothing known; `complete` when the store has no entities at all.
    mutating func reset(complete: Bool) {
        ids = [:]
        added = []
        self.complete = complete
    }
}
