/// Cuts spans of text at punctuation, leaving brackets and quotes whole: 各省(区、市) is one piece.
public enum Clauses {
    public static let clauseBreaks: ScalarSet = [",", ";", ":", "。", "!", "?"]
    public static let listBreaks: ScalarSet = ["、"]
    static let open: ScalarSet = ["(", "“", "《", "[", "「", "‘"]
    static let close: ScalarSet = [")", "”", "》", "]", "」", "’"]

    /// Splits `span` at any of `separators` that is outside brackets; empty pieces are dropped.
    public static func split(_ text: TextBuffer, _ span: Span, at separators: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        var depth = 0, start = span.start
        for i in span.start..<span.end {
            let c = text[i]
            if open.contains(c) { depth += 1 } else if close.contains(c) { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(c) {
                let piece = text.trimmed(Span(start, i))
                if piece.length > 0 { out.append(piece) }
                start = i + 1
            }
        }
        let last = text.trimmed(Span(start, span.end))
        if last.length > 0 { out.append(last) }
        return out
    }

    /// What stands between each `open` and the next `close` in a span: the titles in 《》, the phrases in “”.
    public static func enclosed(_ text: TextBuffer, _ span: Span, open: String, close: String) -> [Span] {
        var out: [Span] = []
        var i = span.start
        let open = Array(open.unicodeScalars), close = Array(close.unicodeScalars)
        while let o = text.find(open, from: i, to: span.end), let c = text.find(close, from: o + 1, to: span.end) {
            out.append(Span(o + 1, c))
            i = c + 1
        }
        return out
    }

    /// The start of the clause that holds `i`, not before `floor`.
    public static func clauseStart(_ text: TextBuffer, before i: Int, floor: Int) -> Int {
        var s = i
        while s > floor, !clauseBreaks.contains(text[s - 1]) { s -= 1 }
        return s
    }

    /// The end of the clause that holds `i`, not after `ceiling`.
    public static func clauseEnd(_ text: TextBuffer, from i: Int, ceiling: Int) -> Int {
        var e = i
        while e < ceiling, !clauseBreaks.contains(text[e]) { e += 1 }
        return e
    }
}
