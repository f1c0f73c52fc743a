/// Full-width ASCII to half-width, ideographic space to space, the dots of a transliterated name to the middle dot
/// (・ → ·), line ends to `\n`, each line trimmed,
/// runs of blank lines to one. Chinese punctuation (。、“”) stays as written.
public enum Normaliser {
    public static func normalise(_ text: String) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: normalise(scalars: text.unicodeScalars))
        return String(view)
    }

    public static func normalise(scalars text: some Sequence<Unicode.Scalar>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        var line: [Unicode.Scalar] = []
        var blankRun = 0
        var wroteAny = false

        func flush() {
            var s = 0, e = line.count
            while s < e, isSpace(line[s]) { s += 1 }
            while e > s, isSpace(line[e - 1]) { e -= 1 }
            if s == e {
                blankRun += 1
            } else {
                if wroteAny { out.append("\n"); if blankRun > 0 { out.append("\n") } }
                out.append(contentsOf: line[s..<e])
                wroteAny = true
                blankRun = 0
            }
            line.removeAll(keepingCapacity: true)
        }

        var previousWasCR = false
        for c in text {
            if c == "\n" { if !previousWasCR { flush() }; previousWasCR = false; continue }
            previousWasCR = false
            if c == "\r" { flush(); previousWasCR = true; continue }
            line.append(halfWidth(c))
        }
        flush()
        return out
    }

    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c.value == 0xA0 || c.value == 0x3000 || c.value == 0xFEFF || c.value == 0x200B
    }

    @inline(__always) public static func halfWidth(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if v >= 0xFF01 && v <= 0xFF5E { return Unicode.Scalar(v - 0xFEE0)! }
        if v == 0x3000 || v == 0xA0 || v == 0x09 { return " " }
        // 伊万・杜克・马克斯: the other dots pages write between the parts of a transliterated name are the middle dot.
        if v == 0x30FB || v == 0xFF65 || v == 0x2027 { return "·" }
        return c
    }
}
