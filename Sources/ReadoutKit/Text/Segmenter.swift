/// Cuts clean text into paragraphs, sentences and outline items.
public struct Segmenter: Sendable {
    public let chrome: ChromeFilter

    public init(chrome: ChromeFilter) { self.chrome = chrome }

    public func segment(_ clean: String) -> SegmentedDocument { segment(TextBuffer(clean)) }

    public func segment(_ text: TextBuffer) -> SegmentedDocument {
        var paragraphs = lines(text).map { Paragraph(span: $0, kind: .body) }
        classify(&paragraphs, text)
        let sentences = Self.sentences(paragraphs, text)
        let outline = OutlineParser(text: text, paragraphs: paragraphs).parse()
        let title = paragraphs.first { $0.kind == .title }?.span
        return SegmentedDocument(text: text, paragraphs: paragraphs, sentences: sentences, outline: outline, title: title)
    }

    func lines(_ text: TextBuffer) -> [Span] {
        var out: [Span] = []
        var start = 0
        for i in 0...text.count {
            if i == text.count || text[i] == "\n" {
                let span = text.trimmed(Span(start, i))
                if span.length > 0 { out.append(span) }
                start = i + 1
            }
        }
        return out
    }

    func classify(_ paragraphs: inout [Paragraph], _ text: TextBuffer) {
        var first = 0
        while first < paragraphs.count, chrome.isLeadingChrome(text, paragraphs[first].span) {
            paragraphs[first].kind = .chrome; first += 1
        }
        var last = paragraphs.count - 1
        while last > first, !Self.isMeta(text, paragraphs[last].span), chrome.isTrailingChrome(text, paragraphs[last].span) {
            paragraphs[last].kind = .chrome; last -= 1
        }
        guard first <= last else { return }
        for i in first...last where Self.isMeta(text, paragraphs[i].span) { paragraphs[i].kind = .meta }
        // The title: the first real line, when it is short and no sentence.
        let firstLine = paragraphs[first].span
        if paragraphs[first].kind == .body, firstLine.length <= 80, text[firstLine.end - 1] != "。", first < last || paragraphs.count == 1 {
            paragraphs[first].kind = .title
        }
        for i in first...last where paragraphs[i].kind == .body {
            if Self.isHeading(text, paragraphs[i].span), !chrome.isUnpunctuatedSentence(text, paragraphs[i].span) { paragraphs[i].kind = .heading }
        }
    }

    static let metaLabels = ["来源:", "责任编辑:", "编辑:", "发布时间:", "时间:", "作者:", "视频编辑:", "文字编辑:"]

    static func isMeta(_ text: TextBuffer, _ line: Span) -> Bool {
        guard line.length <= 160, text.find("。", from: line.start, to: line.end) == nil else { return false }
        return metaLabels.contains { text.find($0, from: line.start, to: line.end) != nil }
    }

    static func isHeading(_ text: TextBuffer, _ line: Span) -> Bool {
        let n = line.length
        guard n >= 4, n <= 40, text[line.start] != "—" else { return false }
        if text.find("。", from: line.start, to: line.end) != nil { return false }
        return !",:;!?、。”\")".unicodeScalars.contains(text[line.end - 1])
    }

    static let stops: ScalarSet = ["。", "!", "?", "…"]
    static let closers: ScalarSet = ["”", "’", ")", "」", "』", "\""]

    static func sentences(_ paragraphs: [Paragraph], _ text: TextBuffer) -> [Sentence] {
        var out: [Sentence] = []
        for (p, para) in paragraphs.enumerated() where para.kind != .chrome && para.kind != .meta {
            var start = para.span.start
            var i = start
            while i < para.span.end {
                if stops.contains(text[i]) {
                    var end = i + 1
                    while end < para.span.end, stops.contains(text[end]) || closers.contains(text[end]) { end += 1 }
                    out.append(Sentence(span: Span(start, end), paragraph: p))
                    start = end; i = end
                    continue
                }
                i += 1
            }
            if start < para.span.end {
                let rest = text.trimmed(Span(start, para.span.end))
                if rest.length > 0 { out.append(Sentence(span: rest, paragraph: p)) }
            }
        }
        return out
    }
}
