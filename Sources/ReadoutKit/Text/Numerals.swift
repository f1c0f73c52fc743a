/// Chinese numerals as used in outlines and counts: 一 … 九十九, 两, 〇.
public enum Numerals {
    static let digits: [Unicode.Scalar: Int] = [
        "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    public static func isNumeral(_ c: Unicode.Scalar) -> Bool { digits[c] != nil || c == "十" || c == "百" }

    /// The value of a run of numeral characters starting at `i`, and its length.
    public static func parse(_ text: TextBuffer, at i: Int, maxLength: Int = 4) -> (value: Int, length: Int)? {
        guard i < text.count, isNumeral(text[i]) else { return nil }
        var j = i
        while j < text.count, j - i < maxLength, isNumeral(text[j]) { j += 1 }
        guard let v = value(text.scalars[i..<j]) else { return nil }
        return (v, j - i)
    }

    public static func value(_ s: some Sequence<Unicode.Scalar>) -> Int? {
        var total = 0, current = 0
        for c in s {
            if let d = digits[c] { current = current * 10 + d; continue }
            if c == "十" { total += (current == 0 ? 1 : current) * 10; current = 0; continue }
            if c == "百" { total += (current == 0 ? 1 : current) * 100; current = 0; continue }
            return nil
        }
        return total + current
    }
}
