/// Marks the page chrome around an article: login boxes, menus, breadcrumbs, the page's own date, share buttons.
/// Chrome is only ever found at the two ends of a page, before the first and after the last real paragraph.
public struct ChromeFilter: Sendable {
    let words: Trie
    /// Ends of a last line that is article text though it lacks its full stop (…等出席上述活动).
    let unpunctuatedEnds: Trie

    public init(words: [String], unpunctuatedEnds: [String] = []) {
        self.words = Trie(words)
        self.unpunctuatedEnds = Trie(unpunctuatedEnds, reversed: true)
    }

    public func isLeadingChrome(_ text: TextBuffer, _ line: Span) -> Bool {
        if Self.isPageDate(text, line) { return true }
        let n = line.length
        if n <= 3, !Self.endsSentence(text, line) { return true }
        if text.find("》", from: line.start, to: line.end) != nil && text.find("《", from: line.start, to: line.end) == nil { return true } // 首页 》法界资讯
        if text.find(" > ", from: line.start, to: line.end) != nil || text.find(">>", from: line.start, to: line.end) != nil { return true }
        if n <= 60, Self.countOf("|", text, line) >= 2, !Self.endsSentence(text, line) { return true }   // 首页 | 新闻 | 时政
        return n <= 40 && !Self.endsSentence(text, line) && containsChromeWord(text, line)
    }

    /// After the article: share buttons, related headlines (short lines that are no sentence), footers.
    public func isTrailingChrome(_ text: TextBuffer, _ line: Span) -> Bool {
        let n = line.length
        if isUnpunctuatedSentence(text, line) { return false }
        if n <= 60, !Self.endsSentence(text, line) { return true }
        // A sentence that merely uses a chrome word (密切关注) is article text.
        return n <= 100 && (n <= 30 || !Self.endsSentence(text, line)) && containsChromeWord(text, line)
    }

    /// A line that reports who was present though it lacks its full stop (…等出席上述活动): a sentence, not a heading.
    public func isUnpunctuatedSentence(_ text: TextBuffer, _ line: Span) -> Bool {
        unpunctuatedEnds.longest(in: text, at: line.end, limit: line.start) != nil
    }

    func containsChromeWord(_ text: TextBuffer, _ line: Span) -> Bool {
        (line.start..<line.end).contains { words.longest(in: text, at: $0, limit: line.end) != nil }
    }

    static func countOf(_ c: Unicode.Scalar, _ text: TextBuffer, _ line: Span) -> Int {
        (line.start..<line.end).reduce(0) { $0 + (text[$1] == c ? 1 : 0) }
    }

    static func endsSentence(_ text: TextBuffer, _ line: Span) -> Bool {
        guard line.length > 0 else { return false }
        return "。!?”)".unicodeScalars.contains(text[line.end - 1])
    }

    /// `2024年11月28日 星期四`: the date a page was served, not the article's.
    static func isPageDate(_ text: TextBuffer, _ line: Span) -> Bool {
        guard line.length <= 30, text.find("星期", from: line.start, to: line.end) != nil || (line.length <= 20 && text.find("周", from: line.start, to: line.end) != nil) else { return false }
        guard text.find("年", from: line.start, to: line.end) != nil || text.find("-", from: line.start, to: line.end) != nil else { return false }
        return (line.start..<line.end).filter { text[$0].isASCIIDigit }.count >= 4
    }
}
