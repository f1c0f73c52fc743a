/// A set of Unicode scalars answered by one bit test: the character classes the scanners check at every
/// position (stops, boundaries, surnames) without hashing.
public struct ScalarSet: Sendable, ExpressibleByArrayLiteral {
    private var bits = [UInt64](repeating: 0, count: 1024)
    private var astral: Set<UInt32> = []

    public init(arrayLiteral elements: Unicode.Scalar...) { for e in elements { insert(e) } }
    public init(_ string: String) { for e in string.unicodeScalars { insert(e) } }
    public init(_ scalars: some Sequence<Unicode.Scalar>) { for e in scalars { insert(e) } }

    public mutating func insert(_ c: Unicode.Scalar) {
        let v = c.value
        if v < 0x10000 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } else { astral.insert(v) }
    }

    @inline(__always)
    public func contains(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x10000 { return bits[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return astral.contains(v)
    }
}
