/// The writer's memory of the rows it has stored, by key: entities by type and name (most recur, and a key
/// found here costs no statement), documents by content digest. Keys added inside a transaction can be
/// forgotten again, so that a rolled-back document (or transaction) forgets the ids it made; and while the
/// memory holds every row of its table, a key it lacks is known to be new and is inserted without a lookup or
/// a unique index — the common case of a bulk load into a new store.
///
/// An open-addressing table over hash values computed on the extracting cores (StorableArticle): a lookup
/// hashes nothing, and growing it re-places stored hash values instead of hashing every key again.
struct RememberedIDs<Key: Equatable> {
    private var keys: [Key] = []
    private var hashes: [Int] = []
    private var ids: [Int64] = []
    /// Each slot holds an index into the arrays above plus one, or 0 when free; a power of two long.
    private var slots = [Int32](repeating: 0, count: 1024)
    /// Where the running transaction's keys begin.
    private(set) var transactionStart = 0
    /// True while the memory holds every row stored: set when the store had none, cleared when another
    /// connection may have changed the table.
    private(set) var complete = false

    /// `hash` is the key's hash value, computed on an extracting core.
    subscript(key: Key, hash hash: Int) -> Int64? {
        let mask = slots.count - 1
        var slot = hash & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash && keys[entry] == key { return ids[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds a key not yet in the map.
    mutating func add(_ key: Key, hash: Int, _ id: Int64) {
        keys.append(key)
        hashes.append(hash)
        ids.append(id)
        if keys.count * 2 > slots.count { rebuild(capacity: slots.count * 2) } else { place(keys.count - 1) }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = hashes[entry] & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func rebuild(capacity: Int) {
        slots = [Int32](repeating: 0, count: capacity)
        for entry in keys.indices { place(entry) }
    }

    /// Where a document's savepoint begins.
    var mark: Int { keys.count }

    /// Forgets the ids made since `mark`: their rows were rolled back. Rare (a failed document), so the
    /// table is simply built again.
    mutating func rollBack(to mark: Int) {
        guard mark < keys.count else { return }
        keys.removeSubrange(mark...)
        hashes.removeSubrange(mark...)
        ids.removeSubrange(mark...)
        rebuild(capacity: slots.count)
    }

    /// The transaction committed: what it made is now stored.
    mutating func committed() { transactionStart = keys.count }

    /// Starts again from nothing known; `complete` when the store has no entities at all.
    mutating func reset(complete: Bool) {
        self = RememberedIDs()
        self.complete = complete
    }
}

typealias EntityIDs = RememberedIDs<EntityKey>
/// Documents by the digest of their clean text.
typealias DocumentIDs = RememberedIDs<ContentDigest>
