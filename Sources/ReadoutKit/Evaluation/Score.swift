/// Counts of one comparison: what was found and expected (true positives), found only, expected only.
public struct Score: Sendable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init() {}

    public var precision: Double { truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives) }
    public var recall: Double { truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    public static func + (a: Score, b: Score) -> Score {
        var s = a
        s.truePositives += b.truePositives; s.falsePositives += b.falsePositives; s.falseNegatives += b.falseNegatives
        return s
    }

    /// Compares two sets; found items in `optional` are neither right nor wrong.
    public static func compare<T: Hashable>(found: Set<T>, expected: Set<T>, optional: Set<T> = []) -> (Score, missing: [T], extra: [T]) {
        var s = Score()
        let hits = found.intersection(expected)
        s.truePositives = hits.count
        let extra = found.subtracting(expected).subtracting(optional)
        let missing = expected.subtracting(found)
        s.falsePositives = extra.count
        s.falseNegatives = missing.count
        return (s, Array(missing), Array(extra))
    }
}
