/// The content hashes of the documents a bulk load has stored, while the store had none before it: the load
/// then tells a text it has already stored without the hash index, which it defers with the others. As with
/// EntityIDs, hashes added inside a transaction can be forgotten again when it (or a document) rolls back.
struct DocumentHashes {
    private var digests = Set<ContentDigest>()
    private var order: [ContentDigest] = []
    /// Where the running transaction's hashes begin.
    private(set) var transactionStart = 0
    /// True while the set holds every document stored: the store had none when this writer began.
    private(set) var complete = false

    func contains(_ digest: ContentDigest) -> Bool { digests.contains(digest) }

    mutating func add(_ digest: ContentDigest) {
        digests.insert(digest)
        order.append(digest)
    }

    /// Where a document's savepoint begins.
    var mark: Int { order.count }

    mutating func rollBack(to mark: Int) {
        guard mark < order.count else { return }
        for d in order[mark...] { digests.remove(d) }
        order.removeSubrange(mark...)
    }

    mutating func committed() { transactionStart = order.count }

    mutating func reset(complete: Bool) {
        self = DocumentHashes()
        self.complete = complete
    }
}

/// A SHA-256 as four words: 32 bytes a document, however long the load, and hashed without a string.
struct ContentDigest: Hashable, Sendable {
    let words: (UInt64, UInt64, UInt64, UInt64)

    /// From the 64 hex digits of a content hash (anything else is hashed first, to the same shape).
    init(_ hash: String) {
        var hex = Array(hash.utf8)
        func value(_ c: UInt8) -> UInt64? {
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt64(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt64(c - UInt8(ascii: "a") + 10)
            default: return nil
            }
        }
        if hex.count != 64 || hex.contains(where: { value($0) == nil }) { hex = Array(SHA256.hex(hash).utf8) }
        func word(_ k: Int) -> UInt64 { hex[(k * 16)..<(k * 16 + 16)].reduce(0) { $0 << 4 | value($1)! } }
        words = (word(0), word(1), word(2), word(3))
    }

    static func == (a: ContentDigest, b: ContentDigest) -> Bool { a.words == b.words }
    func hash(into hasher: inout Hasher) { hasher.combine(words.0); hasher.combine(words.1) }
}
