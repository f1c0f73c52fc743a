/// Text from the corpus made safe to print on a terminal: C0 and C1 controls, DEL and the bidi formatting characters
/// (which reorder what follows them: a file name that reads backwards) are written as visible `\u{…}` escapes, so
/// no name or file name can move the cursor, retitle the window or hide what a line says.
public enum TerminalText {
    public static func escaped(_ s: String, keeping kept: Set<Unicode.Scalar> = []) -> String {
        guard s.unicodeScalars.contains(where: { isUnsafe($0) && !kept.contains($0) }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            guard isUnsafe(c), !kept.contains(c) else { out.unicodeScalars.append(c); continue }
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: out += "\\u{\(String(c.value, radix: 16))}"
            }
        }
        return out
    }

    static func isUnsafe(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return v < 0x20 || (0x7F...0x9F).contains(v) || v == 0x061C || v == 0x200E || v == 0x200F
            || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
