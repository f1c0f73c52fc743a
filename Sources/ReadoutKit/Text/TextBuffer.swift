/// A document's clean text as Unicode scalars: O(1) indexing for the scanners, and the unit of every span.
public struct TextBuffer: Sendable {
    public let scalars: [Unicode.Scalar]

    public init(_ string: String) { scalars = string.scalarArray }
    public init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    public var count: Int { scalars.count }
    public subscript(i: Int) -> Unicode.Scalar { scalars[i] }

    public var string: String { slice(0, count) }

    public func slice(_ span: Span) -> String { slice(span.start, span.end) }

    /// Encodes the scalars as UTF-8 into one buffer: far cheaper than appending scalars to a String.
    public func slice(_ start: Int, _ end: Int) -> String {
        let s = max(0, start), e = min(count, end)
        guard s < e else { return "" }
        return String(unsafeUninitializedCapacity: (e - s) * 4) { buffer in
            var n = 0
            for k in s..<e {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(v); n += 1
                } else if v < 0x800 {
                    buffer[n] = UInt8(0xC0 | (v >> 6)); buffer[n + 1] = UInt8(0x80 | (v & 0x3F)); n += 2
                } else if v < 0x10000 {
                    buffer[n] = UInt8(0xE0 | (v >> 12)); buffer[n + 1] = UInt8(0x80 | ((v >> 6) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | (v & 0x3F)); n += 3
                } else {
                    buffer[n] = UInt8(0xF0 | (v >> 18)); buffer[n + 1] = UInt8(0x80 | ((v >> 12) & 0x3F))
                    buffer[n + 2] = UInt8(0x80 | ((v >> 6) & 0x3F)); buffer[n + 3] = UInt8(0x80 | (v & 0x3F)); n += 4
                }
            }
            return n
        }
    }

    /// True when the literal occurs at `i`.
    @inline(__always)
    public func matches(_ literal: [Unicode.Scalar], at i: Int) -> Bool {
        guard i >= 0, i + literal.count <= count else { return false }
        for k in 0..<literal.count where scalars[i + k] != literal[k] { return false }
        return true
    }

    /// Allocation-free: rules call this at many positions.
    public func matches(_ literal: String, at i: Int) -> Bool {
        guard i >= 0 else { return false }
        var k = i
        for c in literal.unicodeScalars {
            guard k < count, scalars[k] == c else { return false }
            k += 1
        }
        return true
    }

    /// The first occurrence of `literal` in `start..<end`.
    public func find(_ literal: [Unicode.Scalar], from start: Int, to end: Int? = nil) -> Int? {
        let limit = min(end ?? count, count) - literal.count
        guard let first = literal.first, start <= limit else { return nil }
        var i = max(0, start)
        while i <= limit {
            if scalars[i] == first && matches(literal, at: i) { return i }
            i += 1
        }
        return nil
    }

    public func find(_ literal: String, from start: Int, to end: Int? = nil) -> Int? {
        guard let first = literal.unicodeScalars.first else { return nil }
        let limit = min(end ?? count, count)
        var i = max(0, start)
        while i < limit {
            if scalars[i] == first, matches(literal, at: i) {
                // The whole literal must fit before `limit`.
                var n = 0
                for _ in literal.unicodeScalars { n += 1 }
                return i + n <= limit ? i : nil
            }
            i += 1
        }
        return nil
    }

    /// Narrows a span so it neither starts nor ends with whitespace.
    public func trimmed(_ span: Span) -> Span {
        var s = span.start, e = span.end
        while s < e, scalars[s].isWhitespace { s += 1 }
        while e > s, scalars[e - 1].isWhitespace { e -= 1 }
        return Span(s, e)
    }
}

extension String {
    /// The scalars, decoded from the UTF-8 in place (Array(unicodeScalars) decodes everything twice).
    public var scalarArray: [Unicode.Scalar] {
        var string = self
        return string.withUTF8 { [Unicode.Scalar](utf8: $0) }
    }
}

extension Array where Element == Unicode.Scalar {
    /// Decodes UTF-8 bytes in one pass into an array allocated once at its size (the count is the bytes that
    /// begin a character). A sequence cut short, or a value that is no scalar, becomes U+FFFD.
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var count = 0
        for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
        self.init(unsafeUninitializedCapacity: count) { out, n in
            var b = 0
            n = 0
            while b < bytes.count, n < count {
                let c0 = UInt32(bytes[b])
                let length = c0 < 0x80 ? 1 : c0 < 0xE0 ? 2 : c0 < 0xF0 ? 3 : 4
                if b + length > bytes.count { out[n] = "\u{FFFD}"; n += 1; break }
                @inline(__always) func next(_ k: Int) -> UInt32 { UInt32(bytes[b + k] & 0x3F) }
                let value: UInt32
                switch length {
                case 1: value = c0
                case 2: value = (c0 & 0x1F) << 6 | next(1)
                case 3: value = (c0 & 0x0F) << 12 | next(1) << 6 | next(2)
                default: value = (c0 & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3)
                }
                out[n] = Unicode.Scalar(value) ?? "\u{FFFD}"
                n += 1
                b += length
            }
        }
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs (basic block and extension A), the characters names and terms are made of.
    @inline(__always) public var isHan: Bool {
        let v = value
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xF900...0xFAFF).contains(v)
    }
    @inline(__always) public var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    /// Whitespace, with the Unicode table consulted only outside ASCII and the CJK block.
    @inline(__always) public var isWhitespace: Bool {
        let v = value
        if v < 0x80 { return v == 0x20 || (v >= 0x09 && v <= 0x0D) }
        if v >= 0x4E00 && v <= 0x9FFF { return false }
        return properties.isWhitespace
    }
}
