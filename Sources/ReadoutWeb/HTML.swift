import ReadoutKit

/// A small typed HTML tree: every text and attribute value is escaped when rendered, so names and sentences from
/// the corpus (hostile input: `<script>`, quotes, `]]>`) are always text, never markup. Only `Node.trusted` writes
/// raw characters, and it is given only this module's constants (the style sheet) and Graphviz's SVG.
public indirect enum Node: Sendable {
    case element(String, [(String, String)], [Node])
    case text(String)
    case trusted(String)
    case group([Node])

    public static func el(_ tag: String, _ attributes: [(String, String)] = [], _ children: [Node] = []) -> Node {
        .element(tag, attributes, children)
    }
    public static func el(_ tag: String, _ attributes: [(String, String)] = [], _ text: String) -> Node {
        .element(tag, attributes, [.text(text)])
    }
    public static func link(_ href: String, _ text: String, _ attributes: [(String, String)] = []) -> Node {
        .element("a", [("href", href)] + attributes, [.text(text)])
    }

    /// Elements that have no closing tag.
    static let void: Set<String> = ["br", "hr", "img", "input", "meta", "link"]

    public func render(into out: inout String) {
        switch self {
        case .text(let s): HTML.escape(s, into: &out)
        case .trusted(let s): out += s
        case .group(let nodes): for n in nodes { n.render(into: &out) }
        case .element(let tag, let attributes, let children):
            out += "<" + tag
            for (k, v) in attributes {
                out += " " + k + "=\""
                HTML.escape(v, into: &out)
                out += "\""
            }
            out += ">"
            guard !Node.void.contains(tag) else { return }
            for c in children { c.render(into: &out) }
            out += "</" + tag + ">"
        }
    }

    public var rendered: String { var s = ""; render(into: &s); return s }
}

public enum HTML {
    /// Escapes the five characters that can end text or an attribute, and drops the characters HTML forbids
    /// (controls other than tab and line breaks, non-characters), so a browser never reads them as anything.
    public static func escape(_ s: String, into out: inout String) {
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(c)
            default:
                let v = c.value
                if v < 0x20 || (0x7F...0x9F).contains(v) || (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { out += "\u{FFFD}" }
                else { out.unicodeScalars.append(c) }
            }
        }
    }

    public static func escape(_ s: String) -> String { var out = ""; escape(s, into: &out); return out }

    /// A query string's value, percent-encoded (everything but unreserved ASCII), for links built from names.
    public static func query(_ pairs: [(String, String)]) -> String {
        pairs.map { "\(percent($0.0))=\(percent($0.1))" }.joined(separator: "&")
    }

    public static func percent(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) || "-._~".unicodeScalars.contains(c) { out.unicodeScalars.append(c) }
            else { IRI.percentEncode(c, into: &out) }
        }
        return out
    }
}
