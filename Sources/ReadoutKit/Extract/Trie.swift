/// A character trie over Unicode scalars for longest-match lookups, forward from a position or backward from one.
public struct Trie: Sendable {
    private var edges: [[UInt32: Int32]] = [[:]]
    private var terminal: [Int32] = [-1]
    public private(set) var words: [String] = []
    public let reversed: Bool

    public init(_ words: some Sequence<String>, reversed: Bool = false) {
        self.reversed = reversed
        for w in words { insert(w) }
    }

    public var isEmpty: Bool { words.isEmpty }

    mutating func insert(_ word: String) {
        var scalars = Array(word.unicodeScalars)
        if reversed { scalars.reverse() }
        var node = 0
        for c in scalars {
            if let next = edges[node][c.value] { node = Int(next); continue }
            edges.append([:]); terminal.append(-1)
            let next = edges.count - 1
            edges[node][c.value] = Int32(next)
            node = next
        }
        if terminal[node] < 0 { terminal[node] = Int32(words.count); words.append(word) }
    }

    /// The longest word starting at `i` (forward trie) or ending just before `i` (reversed trie), as its length.
    @inline(__always)
    public func longest(in text: TextBuffer, at i: Int, limit: Int? = nil) -> Int? {
        var node = 0, best: Int?
        var k = 0
        let bound = limit ?? (reversed ? 0 : text.count)
        while true {
            let pos = reversed ? i - 1 - k : i + k
            if reversed ? pos < bound : pos >= bound { break }
            guard let next = edges[node][text[pos].value] else { break }
            node = Int(next); k += 1
            if terminal[node] >= 0 { best = k }
        }
        return best
    }

    /// Every word length that matches at `i`, shortest first.
    public func all(in text: TextBuffer, at i: Int) -> [Int] {
        var node = 0, out: [Int] = []
        var k = 0
        while true {
            let pos = reversed ? i - 1 - k : i + k
            if pos < 0 || pos >= text.count { break }
            guard let next = edges[node][text[pos].value] else { break }
            node = Int(next); k += 1
            if terminal[node] >= 0 { out.append(k) }
        }
        return out
    }

    /// Whether text[start..<end] is a word, without building a String.
    public func contains(_ text: TextBuffer, _ start: Int, _ end: Int) -> Bool {
        var node = 0
        var k = 0
        let n = end - start
        while k < n {
            let c = reversed ? text[end - 1 - k] : text[start + k]
            guard let next = edges[node][c.value] else { return false }
            node = Int(next); k += 1
        }
        return terminal[node] >= 0
    }

    public func contains(_ word: String) -> Bool {
        var scalars = Array(word.unicodeScalars)
        if reversed { scalars.reverse() }
        var node = 0
        for c in scalars {
            guard let next = edges[node][c.value] else { return false }
            node = Int(next)
        }
        return terminal[node] >= 0
    }
}
