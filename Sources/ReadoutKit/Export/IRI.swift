/// IRIs as RFC 3987 defines them, so that strict RDF parsers (Oxigraph, rdflib) load what Readout exports.
/// Chinese stays as written (it is `ucschar`); what an IRI may not hold is percent-encoded as UTF-8.
public enum IRI {
    /// One path segment made from free text (an entity's name or type): `iunreserved`, `sub-delims`, `:` and `@`
    /// stay; `/`, `?`, `#`, `[`, `]`, `%`, spaces, controls, bidi formatting, private use and non-characters do not,
    /// so a name can never open another segment, a query or a fragment.
    static func segment(_ s: String) -> String {
        // A segment of only dots would be read as "this folder" or "the one above" (RFC 3986 §5.2.4).
        if s == "." || s == ".." { return String(repeating: "%2E", count: s.count) }
        var out = ""
        for c in s.unicodeScalars {
            if isSegmentCharacter(c.value) { out.unicodeScalars.append(c) } else { percentEncode(c, into: &out) }
        }
        return out
    }

    /// A whole IRI from a trusted prefix and text already made of segments: only what no IRI may hold is encoded.
    /// A `%` stays only as the start of an escape (two hex digits follow), a `#` only the first time.
    static func reference(_ s: String) -> String {
        var out = "<"
        let scalars = Array(s.unicodeScalars)
        var fragment = false
        for (k, c) in scalars.enumerated() {
            let escape = c == "%" && k + 2 < scalars.count
                && scalars[k + 1].properties.isASCIIHexDigit && scalars[k + 2].properties.isASCIIHexDigit
            if isSegmentCharacter(c.value) || c == "/" || c == "?" || escape || (c == "#" && !fragment) {
                if c == "#" { fragment = true }
                out.unicodeScalars.append(c)
            } else { percentEncode(c, into: &out) }
        }
        return out + ">"
    }

    static func isSegmentCharacter(_ v: UInt32) -> Bool {
        if v < 0x80 {
            guard let c = Unicode.Scalar(v) else { return false }
            return ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c)
                || "-._~!$&'()*+,;=:@".unicodeScalars.contains(c)
        }
        return isUcschar(v) && !isBidiFormatting(v)
    }

    /// RFC 3987's `ucschar`: the non-ASCII characters an IRI may hold outside its query.
    static func isUcschar(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xD7FF, 0xF900...0xFDCF, 0xFDF0...0xFFEF: return true
        case 0x10000...0xDFFFD: return v & 0xFFFF <= 0xFFFD
        case 0xE1000...0xEFFFD: return true
        default: return false
        }
    }

    /// RFC 3987 §4.1: IRIs must not contain bidirectional formatting characters (LRM, RLM, LRE … RLO, LRI … PDI).
    static func isBidiFormatting(_ v: UInt32) -> Bool { v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) }

    public static func percentEncode(_ c: Unicode.Scalar, into out: inout String) {
        for b in String(c).utf8 { out += "%" + String(b, radix: 16, uppercase: true).leftPadded(2) }
    }
}
