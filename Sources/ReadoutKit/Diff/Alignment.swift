/// Pairs the items of two texts: the same (by key), reworded (the most similar pairs above a threshold, each item in
/// one pair; then an item left over joins its most similar item of the other side already paired, as one task said
/// in two clauses the next year), and the rest added or dropped.
public struct Alignment<Item> {
    public var kept: [(Item, Item)] = []
    public var reworded: [(a: Item, b: Item, similarity: Double)] = []
    public var dropped: [Item] = []
    public var added: [Item] = []

    /// `threshold`: the least similarity (Dice over character pairs) at which two different items are one reworded.
    public init(_ a: [Item], _ b: [Item], key: (Item) -> String, threshold: Double) {
        var usedA = Set<Int>(), usedB = Set<Int>()
        var indexB: [String: Int] = [:]
        for (j, item) in b.enumerated() where indexB[key(item)] == nil { indexB[key(item)] = j }
        for (i, item) in a.enumerated() {
            if let j = indexB[key(item)], !usedB.contains(j) { kept.append((item, b[j])); usedA.insert(i); usedB.insert(j) }
        }
        let bigramsA = a.map { Self.bigrams(key($0)) }, bigramsB = b.map { Self.bigrams(key($0)) }
        var pairs: [(Double, Int, Int)] = []
        for i in a.indices where !usedA.contains(i) {
            for j in b.indices where !usedB.contains(j) {
                let s = Self.dice(bigramsA[i], bigramsB[j])
                if s >= threshold { pairs.append((s, i, j)) }
            }
        }
        var chosen: [(Int, Int, Double)] = []
        for (s, i, j) in pairs.sorted(by: { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }) where !usedA.contains(i) && !usedB.contains(j) {
            chosen.append((i, j, s)); usedA.insert(i); usedB.insert(j)
        }
        // What is left joins a pair: one clause may be said as two (稳住农业基本盘、做好“三农”工作 → two tasks).
        let pairedA = Set(chosen.map(\.0)), pairedB = Set(chosen.map(\.1))
        for i in a.indices where !usedA.contains(i) {
            if let (j, s) = pairedB.map({ ($0, Self.dice(bigramsA[i], bigramsB[$0])) }).max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) }), s >= threshold {
                chosen.append((i, j, s)); usedA.insert(i)
            }
        }
        for j in b.indices where !usedB.contains(j) {
            if let (i, s) = pairedA.map({ ($0, Self.dice(bigramsA[$0], bigramsB[j])) }).max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) }), s >= threshold {
                chosen.append((i, j, s)); usedB.insert(j)
            }
        }
        reworded = chosen.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { (a[$0.0], b[$0.1], $0.2) }
        dropped = a.indices.filter { !usedA.contains($0) }.map { a[$0] }
        added = b.indices.filter { !usedB.contains($0) }.map { b[$0] }
    }

    /// Character pairs of a text, each packed into one integer, sorted (a one-character text is its own pair).
    static func bigrams(_ s: String) -> [UInt64] {
        let scalars = s.unicodeScalars.map { UInt64($0.value) }
        guard scalars.count > 1 else { return scalars.map { $0 << 32 } }
        return (0..<(scalars.count - 1)).map { scalars[$0] << 32 | scalars[$0 + 1] }.sorted()
    }

    /// Dice's coefficient: twice the shared pairs over all pairs (a pair counted as often as both texts hold it),
    /// by one merge of the two sorted lists.
    static func dice(_ x: [UInt64], _ y: [UInt64]) -> Double {
        let total = x.count + y.count
        guard total > 0 else { return 0 }
        var i = 0, j = 0, shared = 0
        while i < x.count && j < y.count {
            if x[i] == y[j] { shared += 1; i += 1; j += 1 } else if x[i] < y[j] { i += 1 } else { j += 1 }
        }
        return 2 * Double(shared) / Double(total)
    }
}
