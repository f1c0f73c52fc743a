/// A line of the clean text and what it is.
public struct Paragraph: Sendable {
    public enum Kind: String, Sendable { case chrome, title, meta, heading, body }
    public var span: Span
    public var kind: Kind
}

/// A sentence of a title, heading or body paragraph, ending with its 。!? when it has one.
public struct Sentence: Sendable {
    public var span: Span
    public var paragraph: Int
}

/// One item of the document's outline: a section heading, a —— item, or a numbered item (一、 / 一要 / 一是 / 第一).
public struct OutlineItem: Sendable {
    /// How the item was marked: "heading", "——", "一、", "(一)", "1." at a paragraph's start; "要", "是", "第", "首"
    /// (首先…其次…最后), "、" (一、), "()" ((一)) and "." (1.) inside one.
    public var marker: String
    /// Smaller ranks enclose larger ones; numbered items inside a paragraph have the largest.
    public var rank: Int
    /// 1 for 一要, 2 for 二要 …; 0 for unnumbered items.
    public var ordinal: Int
    /// The item's name: its text up to the first clause break.
    public var name: Span
    /// Its text: the first sentence after the marker (up to 。;!? or the next item), without the final stop.
    public var head: Span
    /// Everything the item covers, up to the next item of the same or smaller rank.
    public var extent: Span
    public var paragraph: Int
    public var parent: Int?
    /// The clause that announces the item's list (要遵循以下三项原则, 会议确定,明年要抓好以下重点任务).
    public var listHead: Span?
    /// Which list of the document the item belongs to (items of one list share it, in order); nil for an item
    /// that is no list's: a bare heading, or the only item of its kind under its parent.
    public var list: Int? = nil
}

/// A document cut into paragraphs, sentences and outline, chrome marked so that rules skip it.
public struct SegmentedDocument: Sendable {
    public var text: TextBuffer
    public var paragraphs: [Paragraph]
    public var sentences: [Sentence]
    public var outline: [OutlineItem]
    public var title: Span?

    public func slice(_ span: Span) -> String { text.slice(span) }

    /// The sentence that contains the offset.
    public func sentence(containing offset: Int) -> Sentence? {
        var lo = 0, hi = sentences.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let s = sentences[mid].span
            if offset < s.start { hi = mid - 1 } else if offset >= s.end { lo = mid + 1 } else { return sentences[mid] }
        }
        return nil
    }

    public func children(of index: Int?) -> [Int] {
        outline.indices.filter { outline[$0].parent == index }
    }
}
