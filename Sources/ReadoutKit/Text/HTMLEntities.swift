import Foundation

/// The character references of HTML: the named ones of HTML5 (a table the lexicons load from html_entities.txt),
/// and decimal and hexadecimal ones. `&bull;`, `&#8226;` and `&#x2022;` all read •.
public struct HTMLEntities: Sendable {
    /// Names as written before their `;` (`bull` for `&bull;`).
    let named: [String: String]
    /// The legacy names a page may write without the `;` (`&nbsp 会议`, `&copy 2020`).
    let bare: [String: String]
    /// The longest name, in characters: how far to look after an `&`.
    let longest: Int

    /// Rows of the table as the WHATWG list writes them: a name with its `;`, or a legacy name without one, and
    /// the text it stands for.
    public init(_ rows: [(name: String, text: String)]) {
        var named: [String: String] = [:], bare: [String: String] = [:]
        for (name, text) in rows {
            if name.hasSuffix(";") { named[String(name.dropLast())] = text } else { bare[name] = text }
        }
        self.named = named
        self.bare = bare
        longest = rows.map { $0.name.utf8.count }.max() ?? 0
    }

    /// The reference that starts at `s[i]` (an `&`): the text it stands for and the index after it; nil when
    /// what follows the `&` is no reference, which then stays as written (`A&B`, `?a=1&b=2`).
    ///
    /// A numeric reference may lack its `;`, as browsers read it; 0, a surrogate or a value past U+10FFFF reads
    /// U+FFFD, and 128…159 read as the Windows-1252 characters pages mean by them (`&#150;` is –). A name is
    /// matched as written, then in lower case (`&NBSP;`); a legacy name without `;` only when no `=` follows it.
    public func decode(_ s: [Unicode.Scalar], at i: Int) -> (text: String, next: Int)? {
        var j = i + 1
        if j < s.count, s[j] == "#" {
            j += 1
            let hex = j < s.count && (s[j] == "x" || s[j] == "X")
            if hex { j += 1 }
            let first = j
            var value: UInt32 = 0
            while j < s.count, let digit = Self.digit(s[j], hex: hex) {
                value = min(value * (hex ? 16 : 10) + digit, 0x110000)
                j += 1
            }
            guard j > first else { return nil }
            if j < s.count, s[j] == ";" { j += 1 }
            return (Self.character(value), j)
        }
        var name = ""
        while j < s.count, j - i <= longest, s[j].isASCII, s[j].properties.isAlphabetic || s[j].isASCIIDigit {
            name.unicodeScalars.append(s[j]); j += 1
        }
        guard !name.isEmpty else { return nil }
        if j < s.count, s[j] == ";", let text = named[name] ?? named[name.lowercased()] { return (text, j + 1) }
        if let text = bare[name], !(j < s.count && (s[j] == "=" || s[j] == ";")) { return (text, j) }
        return nil
    }

    /// Every reference in `text` decoded, and CDATA sections read as their content: for a title that comes
    /// apart from the page (a corpus record's), where nothing else of HTML is expected.
    public func decode(_ text: String) -> String {
        guard text.contains("&") || text.contains("<![") else { return text }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < s.count {
            if s[i] == "&", let (decoded, next) = decode(s, at: i) {
                out.append(contentsOf: decoded.unicodeScalars); i = next; continue
            }
            if s[i] == "<", let (content, next) = Self.cdata(s, at: i) {
                out.append(contentsOf: content); i = next; continue
            }
            out.append(s[i]); i += 1
        }
        return String(out)
    }

    /// A CDATA section starting at `s[i]` (`<![CDATA[…]]>`): its content, literally, and the index after it.
    /// One that is never closed runs to the end.
    static func cdata(_ s: [Unicode.Scalar], at i: Int) -> (content: ArraySlice<Unicode.Scalar>, next: Int)? {
        let open = Array("<![CDATA[".unicodeScalars)
        guard i + open.count <= s.count, zip(s[i..<(i + open.count)], open).allSatisfy({ $0 == $1 }) else { return nil }
        let start = i + open.count
        var k = start
        while k + 2 < s.count, !(s[k] == "]" && s[k + 1] == "]" && s[k + 2] == ">") { k += 1 }
        guard k + 2 < s.count else { return (s[start...], s.count) }
        return (s[start..<k], k + 3)
    }

    static func digit(_ c: Unicode.Scalar, hex: Bool) -> UInt32? {
        switch c.value {
        case 0x30...0x39: return c.value - 0x30
        case 0x41...0x46 where hex: return c.value - 0x41 + 10
        case 0x61...0x66 where hex: return c.value - 0x61 + 10
        default: return nil
        }
    }

    static func character(_ value: UInt32) -> String {
        if (0x80...0x9F).contains(value), let text = String(bytes: [UInt8(value)], encoding: .windowsCP1252), text.unicodeScalars.first?.value != value {
            return text
        }
        guard value != 0, let scalar = Unicode.Scalar(value) else { return "\u{FFFD}" }
        return String(scalar)
    }
}
