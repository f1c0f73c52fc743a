/// The writer's memory of entity ids. Most entities of a corpus recur, and a key found here costs no statement.
/// Keys added inside a transaction are logged so that a rolled-back document (or transaction) forgets the ids
/// it made; and while the map holds every entity of the database, a key it lacks is known to be new and is
/// inserted without a lookup — the common case of a bulk load into a new store.
struct EntityIDs {
    private var ids: [EntityKey: Int64] = [:]
    private var added: [EntityKey] = []
    /// True while `ids` holds every entity stored: set when the store had none, cleared when another
    /// connection may have changed the table.
    private(set) var complete = false

    subscript(key: EntityKey) -> Int64? { ids[key] }

    mutating func add(_ key: EntityKey, _ id: Int64) {
        ids[key] = id
        added.append(key)
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
