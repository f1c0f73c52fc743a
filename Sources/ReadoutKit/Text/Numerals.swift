/// Chinese numerals as used in outlines and counts: 一 … 九十九, 两, 〇.
public enum Numerals {
    @inline(__always)
    static func digit(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        default: return nil
        }
    }

    @inline(__always)
    public static func isNumeral(_ c: Unicode.Scalar) -> Bool { digit(c) != nil || c == "十" || c == "百" }

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
            if let d = digit(c) { current = current * 10 + d; continue }
            if c == "十" { total += (current == 0 ? 1 : current) * 10; current = 0; continue }
            if c == "百" { total += (current == 0 ? 1 : current) * 100; current = 0; continue }
            return nil
        }
        return total + current
    }
}
