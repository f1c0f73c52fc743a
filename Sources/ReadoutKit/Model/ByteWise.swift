import Foundation

// Names and literals are compared byte for byte, as SQLite's UNIQUE and = compare them. String's own == and
// hashing follow canonical equivalence, which costs a Unicode table lookup per character of Chinese text, and
// all text here is normalised once on the way in (Normaliser), so the bytes already say it.

extension String {
    @inline(__always) func sameBytes(as other: String) -> Bool {
        var a = self, b = other
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }
}

extension Hasher {
    @inline(__always) mutating func combine(bytesOf string: String) {
        var s = string
        s.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
        combine(0xFF as UInt8)   // ends the string: ("ab","c") and ("a","bc") hash apart
    }
}

extension String {
    /// Whether `part` occurs in the string, compared by bytes (Foundation's contains goes through NSString, and
    /// the standard library's generic search looks up type metadata on every call).
    func containsBytes(_ part: String) -> Bool {
        var hay = self, needle = part
        return hay.withUTF8 { h in
            needle.withUTF8 { n in
                guard n.count > 0 else { return true }
                guard h.count >= n.count else { return false }
                for i in 0...(h.count - n.count) where h[i] == n[0] && memcmp(h.baseAddress! + i, n.baseAddress!, n.count) == 0 { return true }
                return false
            }
        }
    }
}
