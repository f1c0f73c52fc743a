/// Which copy a store keeps of a text that comes twice (a corpus that prints one item on two dates, two corpora that
/// both hold it): the earliest published, a dated copy before an undated one, then the one whose record comes first
/// by its name within its corpus (what follows the last `#` of its origin, a file's name when there is none). A rule
/// of the copies alone, not of the order they arrive in, so that several ingests at once store what one does however
/// the corpus was split among them. Copies alike in both (the same record read from another folder) leave the one
/// stored: reading a corpus again from elsewhere rewrites nothing.
struct CopyPrecedence: Comparable {
    /// YYYY-MM-DD, compared as text.
    let date: String?
    /// The record's name, compared by its bytes (as PostgreSQL's "C" collation would).
    let record: [UInt8]

    init(date: String?, origin: String) {
        self.date = date
        let name: Substring
        if let mark = origin.lastIndex(of: "#") { name = origin[origin.index(after: mark)...] } else { name = origin.split(separator: "/").last ?? Substring(origin) }
        record = Array(name.utf8)
    }

    static func < (a: CopyPrecedence, b: CopyPrecedence) -> Bool {
        switch (a.date, b.date) {
        case (let x?, let y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.record.lexicographicallyPrecedes(b.record)
        }
    }

    static func == (a: CopyPrecedence, b: CopyPrecedence) -> Bool { a.date == b.date && a.record == b.record }
}

extension StorableArticle {
    /// Where this copy stands among copies of its text.
    func precedence(origin: String) -> CopyPrecedence { CopyPrecedence(date: date?.description, origin: origin) }
}

/// Of a batch's copies of each text, whether each is the one to write: the first by CopyPrecedence (of copies alike,
/// the first in the batch). The others are unchanged without a look at the store.
func firstCopies(_ batch: [(StorableArticle, String)]) -> [Bool] {
    var first: [String: Int] = [:]
    for (k, (article, origin)) in batch.enumerated() {
        if let j = first[article.hash], !(article.precedence(origin: origin) < batch[j].0.precedence(origin: batch[j].1)) { continue }
        first[article.hash] = k
    }
    return batch.indices.map { first[batch[$0].0.hash] == $0 }
}

/// A batch written a document at a time (a store's way once the batch as a whole failed), with the answer the batch
/// as a whole would give: each text's first copy is written first; a later copy only where every copy before it
/// failed, and otherwise is unchanged. `write` stores the copy at an index; answers are in the batch's order.
func eachFirstCopyFirst(_ batch: [(StorableArticle, String)], _ write: (Int) throws -> Result<IngestOutcome, Error>) rethrows -> [Result<IngestOutcome, Error>] {
    let first = firstCopies(batch)
    var outcomes = [Result<IngestOutcome, Error>](repeating: .success(.unchanged), count: batch.count)
    var failed = Set<String>()
    for k in batch.indices where first[k] {
        outcomes[k] = try write(k)
        if case .failure = outcomes[k] { failed.insert(batch[k].0.hash) }
    }
    // Each text's later copies, first first (of copies alike, the first in the batch).
    let later = batch.indices.filter { !first[$0] }.map { (batch[$0].0.hash, batch[$0].0.precedence(origin: batch[$0].1), $0) }.sorted { $0 < $1 }.map(\.2)
    for k in later where failed.contains(batch[k].0.hash) {
        outcomes[k] = try write(k)
        if case .success = outcomes[k] { failed.remove(batch[k].0.hash) }
    }
    return outcomes
}

/// Of some entities, deletes those no fact names, with their aliases (by hand: SQLite may be writing with foreign
/// keys off), inside a transaction: what both stores do once copies were replaced. An article's own entity stays while
/// a document of its title is stored (one with no facts names it nowhere else). Not known here: an entity that a
/// replaced copy's facts named and another document only mentions, which would go (no such entity in the corpora:
/// the only ones no fact names are three articles' own).
func removeEntitiesNamedByNothing(_ ids: Set<Int64>, _ db: any SQLConnection) throws {
    let unnamed = try db.rows("""
        SELECT e.id FROM entity e WHERE e.id IN (SELECT value FROM json_each(?1))
           AND NOT EXISTS (SELECT 1 FROM triple t WHERE t.subject = e.id) AND NOT EXISTS (SELECT 1 FROM triple t WHERE t.object = e.id)
           AND NOT (e.type = 'Article' AND e.name IN (SELECT d.title FROM document d))
        """, [.ids(ids.sorted())]).compactMap { $0[0].int }
    guard !unnamed.isEmpty else { return }
    _ = try db.rows("DELETE FROM alias WHERE entity IN (SELECT value FROM json_each(?1))", [.ids(unnamed)])
    _ = try db.rows("DELETE FROM entity WHERE id IN (SELECT value FROM json_each(?1))", [.ids(unnamed)])
}
