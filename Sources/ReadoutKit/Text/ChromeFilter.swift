/// Marks the page chrome around an article: login boxes, menus, breadcrumbs, the page's own date, share buttons.
/// Chrome is only ever found at the two ends of a page, before the first and after the last real paragraph.
public struct ChromeFilter: Sendable {
    public let words: [String]

    public init(words: [String]) { self.words = words }

    public func isLeadingChrome(_ line: String) -> Bool {
        if Self.isPageDate(line) { return true }
        let n = line.unicodeScalars.count
        if n <= 3, !Self.endsSentence(line) { return true }
        if line.contains("》") && !line.contains("《") { return true }   // breadcrumb: 首页 》法界资讯
        if line.contains(" > ") || line.contains(">>") { return true }
        return n <= 40 && containsChromeWord(line)
    }

    public func isTrailingChrome(_ line: String) -> Bool {
        let n = line.unicodeScalars.count
        if n <= 12, !Self.endsSentence(line) { return true }
        return n <= 60 && containsChromeWord(line)
    }

    func containsChromeWord(_ line: String) -> Bool { words.contains { line.contains($0) } }

    static func endsSentence(_ line: String) -> Bool {
        guard let last = line.unicodeScalars.last else { return false }
        return "。!?”)".unicodeScalars.contains(last)
    }

    /// `2024年11月28日 星期四`: the date a page was served, not the article's.
    static func isPageDate(_ line: String) -> Bool {
        guard line.contains("星期") || line.contains("周") && line.unicodeScalars.count <= 20 else { return false }
        guard line.unicodeScalars.count <= 30, line.contains("年") || line.contains("-") else { return false }
        return line.unicodeScalars.filter { $0.isASCIIDigit }.count >= 4
    }
}
