/// A SHA-256 as four words: 32 bytes a document in the writer's memory (DocumentIDs), however long the load,
/// and compared without a string.
struct ContentDigest: Equatable, Sendable {
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

    /// The digest's first bits are already spread evenly: a hash value with nothing to compute.
    var spread: Int { Int(truncatingIfNeeded: words.0) }
}
