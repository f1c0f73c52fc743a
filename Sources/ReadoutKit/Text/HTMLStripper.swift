import Foundation

/// Drops tags, scripts, styles and comments from an HTML page; block tags become line breaks, character references
/// are decoded, CDATA sections read as their content.
public enum HTMLStripper {
    /// Cheap sniff: does this text carry markup worth stripping?
    static let markers: [[UInt8]] = ["<p>", "<p ", "<br", "<div", "<html", "<!doctype", "<body", "</p>", "<span", "<table", "<meta",
                                     "<title", "<![cdata["].map { Array($0.utf8) }

    /// Looks at the first 4 KB of bytes, ASCII case folded, for tags that only markup has.
    public static func looksLikeHTML(_ text: String) -> Bool {
        var text = text
        // The first 4 KB, read in place: tags compared case-blind, without a lower-cased copy.
        return text.withUTF8 { bytes in
            let head = UnsafeBufferPointer(rebasing: bytes.prefix(4096))
            func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
            for i in head.indices where head[i] == UInt8(ascii: "<") {
                for m in markers where i + m.count <= head.count && zip(head[i..<(i + m.count)], m).allSatisfy({ lower($0) == $1 }) { return true }
            }
            return false
        }
    }

    static let blockTags: Set<String> = ["p", "br", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "table", "section", "article", "header", "footer", "ul", "ol", "title", "blockquote", "hr"]
    static let skippedTags: Set<String> = ["script", "style", "noscript", "template"]

    public static func strip(_ html: String, entities: HTMLEntities) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: strip(scalars: Array(html.unicodeScalars), entities: entities))
        return String(view)
    }

    public static func strip(scalars s: [Unicode.Scalar], entities: HTMLEntities) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(s.count)
        var i = 0
        let n = s.count
        while i < n {
            let c = s[i]
            if c == "<" {
                // Comment.
                if i + 3 < n, s[i + 1] == "!", s[i + 2] == "-", s[i + 3] == "-" {
                    i = indexAfter("-->", in: s, from: i + 4) ?? n
                    continue
                }
                // A CDATA section: its content as written, markup and references included.
                if let (content, next) = HTMLEntities.cdata(s, at: i) {
                    out.append(contentsOf: content)
                    i = next
                    continue
                }
                guard let close = s[(i + 1)...].firstIndex(of: ">") else { out.append(c); i += 1; continue }
                let name = tagName(s, from: i + 1, to: close)
                guard !name.isEmpty else { out.append(c); i += 1; continue }
                let closing = s[i + 1] == "/"
                if !closing, skippedTags.contains(name) {
                    i = indexAfter("</\(name)", in: s, from: close + 1, caseInsensitive: true).flatMap { end in
                        s[end...].firstIndex(of: ">").map { $0 + 1 }
                    } ?? n
                    continue
                }
                if blockTags.contains(name) { out.append("\n") }
                i = close + 1
                continue
            }
            if c == "&", let (decoded, next) = entities.decode(s, at: i) {
                out.append(contentsOf: decoded.unicodeScalars)
                i = next
                continue
            }
            out.append(c)
            i += 1
        }
        return out
    }

    static func tagName(_ s: [Unicode.Scalar], from: Int, to: Int) -> String {
        var i = from
        if i < to, s[i] == "/" { i += 1 }
        var name = ""
        while i < to, s[i].properties.isAlphabetic || s[i].isASCIIDigit {
            name.unicodeScalars.append(s[i]); i += 1
        }
        return name.lowercased()
    }

    static func indexAfter(_ literal: String, in s: [Unicode.Scalar], from: Int, caseInsensitive: Bool = false) -> Int? {
        let lit = Array((caseInsensitive ? literal.lowercased() : literal).unicodeScalars)
        var i = from
        while i + lit.count <= s.count {
            var ok = true
            for k in 0..<lit.count {
                var c = s[i + k]
                if caseInsensitive, c.value >= 65, c.value <= 90 { c = Unicode.Scalar(c.value + 32)! }
                if c != lit[k] { ok = false; break }
            }
            if ok { return caseInsensitive ? i : i + lit.count }
            i += 1
        }
        return nil
    }

    /// The address a page gives as its own: `<link rel="canonical" href=…>`, else `<meta property="og:url"
    /// content=…>`, looked for in its first 256 KB (the head); references in the value decoded.
    public static func canonicalURL(_ html: String, entities: HTMLEntities) -> String? {
        let head = String(decoding: html.utf8.prefix(256 << 10), as: UTF8.self)
        let range = NSRange(head.startIndex..., in: head)
        var ogURL: String?
        for match in tagPattern.matches(in: head, range: range) {
            guard let tagRange = Range(match.range, in: head) else { continue }
            var attributes: [String: String] = [:]
            let tag = String(head[tagRange])
            for a in attributePattern.matches(in: tag, range: NSRange(tag.startIndex..., in: tag)) {
                guard let name = Range(a.range(at: 1), in: tag) else { continue }
                let value = (2...4).lazy.compactMap { Range(a.range(at: $0), in: tag) }.first.map { String(tag[$0]) } ?? ""
                attributes[tag[name].lowercased()] = entities.decode(value).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let isLink = tag.prefix(5).lowercased() == "<link"
            if isLink, let rel = attributes["rel"], rel.lowercased().split(separator: " ").contains("canonical"),
               let href = attributes["href"], !href.isEmpty { return href }
            if !isLink, ogURL == nil, attributes["property"]?.lowercased() == "og:url", let content = attributes["content"], !content.isEmpty {
                ogURL = content
            }
        }
        return ogURL
    }

    static let tagPattern = try! NSRegularExpression(pattern: "<(?:link|meta)\\b[^>]*>", options: [.caseInsensitive])
    static let attributePattern = try! NSRegularExpression(pattern: "([A-Za-z_:][-A-Za-z0-9_:.]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))")
}
