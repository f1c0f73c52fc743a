/// Reads the article's own line of metadata: 时间 (published_on), 来源 (published_by), 责任编辑 and 编辑 (edited_by).
public struct ArticleMetadataRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "article_metadata",
        summary: "时间/来源/责任编辑 lines give the article's date, source and editors.",
        examples: [
            Example("时间:2018-03-05   来源:新华网  责任编辑:刘晓明",
                    yields: ["文章 published_on 2018-03-05", "文章 published_by 新华网", "文章 edited_by 刘晓明"]),
            Example("(视频编辑:张贝龙 文字编辑:温凤浩)", yields: ["文章 edited_by 张贝龙", "文章 edited_by 温凤浩"]),
            Example("来源:新华社", yields: ["文章 published_by 新华通讯社"]),
            Example("2021-03-05 10:11:12 来源:新华网", yields: ["文章 published_on 2021-03-05", "文章 published_by 新华网"]),
            Example("记者来到了编辑部。", forbids: ["edited_by", "published_by"]),
        ]
    )

    public init() {}

    static let editorLabels = ["责任编辑", "视频编辑", "文字编辑", "编辑", "作者", "记者"]

    /// The article's date in a line of metadata: after 时间/发布时间, or else the first date written there
    /// (2021-03-05 10:11:12 来源:新华网).
    static func date(in line: Span, _ text: TextBuffer) -> (Day, Span)? {
        for label in ["发布时间:", "时间:"] {
            if let at = text.find(label, from: line.start, to: line.end) {
                var s = at + label.unicodeScalars.count
                while s < line.end, text[s] == " " { s += 1 }
                if let d = Day(parsing: text.slice(s, line.end)) { return (d, Span(s, min(line.end, s + 10))) }
            }
        }
        var k = line.start
        while k + 8 <= line.end {
            if text[k].isASCIIDigit, k == line.start || !text[k - 1].isASCIIDigit, let d = Day(parsing: text.slice(k, min(line.end, k + 11))) {
                var e = k
                while e < line.end, text[e].isASCIIDigit || "-/.年月日".unicodeScalars.contains(text[e]) { e += 1 }
                return (d, Span(k, e))
            }
            k += 1
        }
        return nil
    }

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        var dated = false
        for para in context.doc.paragraphs where para.kind == .meta && !dated {
            if let (day, span) = Self.date(in: para.span, text) {
                context.fact(context.article, Predicate.publishedOn, literal: day.description, span)
                dated = true
            }
        }
        for para in context.doc.paragraphs where para.kind == .meta {
            var i = para.span.start
            while i < para.span.end {
                guard let (label, valueStart) = label(text, at: i, end: para.span.end) else { i += 1; continue }
                var e = valueStart
                while e < para.span.end, !" )\t】]|".unicodeScalars.contains(text[e]), text[e] != ":" { e += 1 }
                // A value runs up to the next label: 来源:中国长安网责任编辑:… has no space to stop at.
                if e < para.span.end, text[e] == ":" {
                    var k = e
                    while k > valueStart, self.label(text, at: k, end: para.span.end) == nil { k -= 1 }
                    e = k
                }
                let span = text.trimmed(Span(valueStart, e))
                if span.length > 0 { record(label, span, &context) }
                i = max(e, i + 1)
            }
        }
    }

    func label(_ text: TextBuffer, at i: Int, end: Int) -> (String, Int)? {
        for l in ["发布时间", "时间", "来源"] + Self.editorLabels where text.matches(l, at: i) {
            var j = i + l.unicodeScalars.count
            guard j < end, text[j] == ":" else { continue }
            j += 1
            while j < end, text[j] == " " { j += 1 }
            return (l, j)
        }
        return nil
    }

    func record(_ label: String, _ span: Span, _ context: inout ExtractionContext) {
        let value = context.doc.slice(span)
        switch label {
        case "时间", "发布时间":
            // Read once for the whole page above.
            return
        case "来源":
            let org = context.mention(.organization, value, span)
            context.fact(context.article, Predicate.publishedBy, org, span)
        default:
            let names = context.names
            for piece in Clauses.split(context.text, span, at: [" ", "、", ","]) where names.isName(piece.start, piece.end) {
                let person = context.mention(.person, context.doc.slice(piece), piece)
                context.fact(context.article, Predicate.editedBy, person, piece)
            }
        }
    }
}
