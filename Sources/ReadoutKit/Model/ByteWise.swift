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
    /// Whether `part` occurs in the string, compared by bytes (Foundation's contains goes through NSString).
    func containsBytes(_ part: String) -> Bool { utf8.firstRange(of: part.utf8) != nil }
}
