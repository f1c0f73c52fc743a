/// A short list of words a rule looks for at a position, kept as scalars: comparing a String literal decodes
/// it again at every position, and an array literal in a loop is built again on every pass.
public struct Words: Sendable, ExpressibleByArrayLiteral {
    public let words: [String]
    let scalars: [[Unicode.Scalar]]

    public init(_ words: [String]) {
        self.words = words
        scalars = words.map { Array($0.unicodeScalars) }
    }
    public init(arrayLiteral words: String...) { self.init(words) }

    /// The first word (in list order) that starts at `i`: its index in the list and its length.
    @inline(__always)
    public func first(in text: TextBuffer, at i: Int) -> (index: Int, length: Int)? {
        for (k, w) in scalars.enumerated() where text.matches(w, at: i) { return (k, w.count) }
        return nil
    }

    /// The first word (in list order) that ends at `end`, starting after `floor`: its length.
    @inline(__always)
    public func ending(in text: TextBuffer, at end: Int, after floor: Int) -> Int? {
        for w in scalars where end - w.count > floor && text.matches(w, at: end - w.count) { return w.count }
        return nil
    }

    public func contains(in text: TextBuffer, at i: Int) -> Bool { first(in: text, at: i) != nil }
}
