/// A character trie over Unicode scalars for longest-match lookups, forward from a position or backward from one.
/// The first step is a direct table over the Basic Multilingual Plane and later steps scan short sorted edge
/// lists: no hashing on the hot path, which every rule walks at every position. Before either, a bitmap of first
/// scalars turns most positions away (8 KB: the tries of every rule together stay in the processor's cache,
/// where their tables would not). A compact trie, made for one article's few names, keeps its first step in an
/// edge list behind a 1,024-bit map: the table is 256 KB to fill.
public struct Trie: Sendable {
    /// The node reached from the root by a BMP scalar, or -1; empty in a compact trie, whose root is node 0.
    private var root: [Int32] = []
    /// The first scalars of the words, one bit each by their low bits (`firstMask`): 16 bits of a BMP scalar in a
    /// table trie, 10 in a compact one. A set bit may still be another scalar's; a clear one rules a position out.
    private var firstBits: [UInt64]
    private let firstMask: UInt32
    private var astral: [UInt32: Int32] = [:]
    /// The edges of node n are `keys[edgeStart[n]..<edgeStart[n + 1]]`, sorted, leading to `next` at the same places: one
    /// flat array each, so a step reads no array of arrays (whose buffers would be retained and released per step).
    private var edgeStart: [Int32] = []
    private var keys: [UInt32] = []
    private var next: [Int32] = []
    /// The edges while words go in; flattened into `edgeStart`, `keys` and `next` when the trie is built.
    private var building: [[(key: UInt32, next: Int32)]] = [[]]
    private var terminal: [Bool] = [false]
    public private(set) var words: [String] = []
    public let reversed: Bool

    public init(_ words: some Sequence<String>, reversed: Bool = false, compact: Bool = false) {
        self.reversed = reversed
        firstMask = compact ? 0x3FF : 0xFFFF
        firstBits = [UInt64](repeating: 0, count: Int(firstMask + 1) / 64)
        if !compact { root = [Int32](repeating: -1, count: 0x10000) }
        for w in words { insert(w) }
        edgeStart.reserveCapacity(building.count + 1)
        for list in building {
            edgeStart.append(Int32(keys.count))
            for e in list { keys.append(e.key); next.append(e.next) }
        }
        edgeStart.append(Int32(keys.count))
        building = []
    }

    public var isEmpty: Bool { words.isEmpty }

    private mutating func newNode() -> Int32 {
        building.append([]); terminal.append(false)
        return Int32(building.count - 1)
    }

    /// A node's child by `key` while words go in.
    private func builtChild(_ node: Int32, _ key: UInt32) -> Int32? {
        building[Int(node)].first { $0.key == key }?.next
    }

    mutating func insert(_ word: String) {
        var scalars = Array(word.unicodeScalars)
        if reversed { scalars.reverse() }
        guard let first = scalars.first else { return }
        var node: Int32
        firstBits[Int(first.value & firstMask) >> 6] |= 1 << (first.value & 63)
        if root.isEmpty {
            node = builtChild(0, first.value) ?? {
                let next = newNode()
                building[0].append((first.value, next))
                building[0].sort { $0.key < $1.key }
                return next
            }()
        } else if first.value < 0x10000 {
            if root[Int(first.value)] < 0 { root[Int(first.value)] = newNode() }
            node = root[Int(first.value)]
        } else {
            if astral[first.value] == nil { astral[first.value] = newNode() }
            node = astral[first.value]!
        }
        for c in scalars.dropFirst() {
            if let next = builtChild(node, c.value) { node = next; continue }
            let next = newNode()
            building[Int(node)].append((c.value, next))
            building[Int(node)].sort { $0.key < $1.key }
            node = next
        }
        if !terminal[Int(node)] { terminal[Int(node)] = true; words.append(word) }
    }

    @inline(__always)
    private func child(_ node: Int32, _ key: UInt32) -> Int32? {
        var k = Int(edgeStart[Int(node)])
        let end = Int(edgeStart[Int(node) + 1])
        while k < end {
            let c = keys[k]
            if c == key { return next[k] }
            if c > key { return nil }
            k += 1
        }
        return nil
    }

    @inline(__always)
    private func start(_ c: Unicode.Scalar) -> Int32? {
        guard firstBits[Int(c.value & firstMask) >> 6] & (1 << (c.value & 63)) != 0 else { return nil }
        if root.isEmpty { return child(0, c.value) }
        if c.value < 0x10000 { let n = root[Int(c.value)]; return n < 0 ? nil : n }
        return astral[c.value]
    }

    /// The longest word starting at `i` (forward trie) or ending just before `i` (reversed trie), as its length.
    @inline(__always)
    public func longest(in text: TextBuffer, at i: Int, limit: Int? = nil) -> Int? {
        let bound = limit ?? (reversed ? 0 : text.count)
        let first = reversed ? i - 1 : i
        if reversed ? first < bound : first >= bound { return nil }
        guard first >= 0, first < text.count, var node = start(text[first]) else { return nil }
        var best: Int? = terminal[Int(node)] ? 1 : nil
        var k = 1
        while true {
            let pos = reversed ? i - 1 - k : i + k
            if reversed ? pos < bound : pos >= bound { break }
            guard let next = child(node, text[pos].value) else { break }
            node = next; k += 1
            if terminal[Int(node)] { best = k }
        }
        return best
    }

    /// Whether text[start..<end] is a word, without building a String.
    public func contains(_ text: TextBuffer, _ start: Int, _ end: Int) -> Bool {
        guard end > start else { return false }
        let firstAt = reversed ? end - 1 : start
        guard var node = self.start(text[firstAt]) else { return false }
        for k in 1..<(end - start) {
            let c = reversed ? text[end - 1 - k] : text[start + k]
            guard let next = child(node, c.value) else { return false }
            node = next
        }
        return terminal[Int(node)]
    }

    public func contains(_ word: String) -> Bool {
        var scalars = Array(word.unicodeScalars)
        if reversed { scalars.reverse() }
        guard let first = scalars.first, var node = start(first) else { return false }
        for c in scalars.dropFirst() {
            guard let next = child(node, c.value) else { return false }
            node = next
        }
        return terminal[Int(node)]
    }

    /// The words of a span, longest first and left to right without overlap: where each starts and its length.
    public func matches(in text: TextBuffer, _ span: Span) -> [(start: Int, length: Int)] {
        var found: [(start: Int, length: Int)] = []
        var i = span.start
        while i < span.end {
            guard let n = longest(in: text, at: i, limit: span.end) else { i += 1; continue }
            found.append((i, n))
            i += n
        }
        return found
    }
}
