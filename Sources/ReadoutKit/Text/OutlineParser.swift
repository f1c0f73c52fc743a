/// Finds the outline of a document: headings, 一、/(一)/——/1. items at the start of paragraphs,
/// and numbered lists inside paragraphs (一要…二要, 一是…二是, 第一…第二, 首先…其次…最后, 一、…二、,
/// (一)…(二), 1.…2.), then nests each item under the smallest item whose extent holds it and numbers
/// the lists: the items of one kind, in order, under one parent.
struct OutlineParser {
    let text: TextBuffer
    let paragraphs: [Paragraph]

    static let clauseBreaks: ScalarSet = [",", ";", ":", "。", "!", "?", "、"]
    static let sentenceBreaks: ScalarSet = [";", "。", "!", "?"]
    static let markerBoundary: ScalarSet = [",", ";", ":", "。", "!", "?", " ", "“", "—", "\n", ")"]

    func parse() -> [OutlineItem] {
        var items = paragraphItems()
        items += inlineLists(enclosedBy: items)
        items.sort { ($0.extent.start, $0.rank) < ($1.extent.start, $1.rank) }
        nest(&items)
        numberLists(&items)
        return items
    }

    // MARK: items that start a paragraph

    func paragraphItems() -> [OutlineItem] {
        var found: [(p: Int, rank: Int, marker: String, ordinal: Int, bodyStart: Int)] = []
        for (p, para) in paragraphs.enumerated() {
            switch para.kind {
            case .heading:
                // 一、在…方面: a numbered heading is an item of its list, not a bare heading.
                if let m = paragraphMarker(para.span), m.ordinal > 0 { found.append((p, m.rank, m.marker, m.ordinal, m.bodyStart)) }
                else { found.append((p, 0, "heading", 0, para.span.start)) }
            case .body:
                if let m = paragraphMarker(para.span) { found.append((p, m.rank, m.marker, m.ordinal, m.bodyStart)) }
            default: continue
            }
        }
        var items: [OutlineItem] = []
        for (k, f) in found.enumerated() {
            // The extent runs to the next item of the same or smaller rank, or the last body paragraph.
            // Headings and 一、/(一) items run to the next item of the same or smaller rank;
            // —— and 1. items are one paragraph each.
            var end = f.rank >= 3 ? paragraphs[f.p].span.end : lastBodyEnd(from: f.p)
            if f.rank < 3 {
                for g in found[(k + 1)...] where g.rank <= f.rank {
                    end = endOfBody(before: g.p, from: f.p); break
                }
            }
            let para = paragraphs[f.p].span
            let name = f.rank == 0 ? para : clause(from: f.bodyStart, to: para.end)
            let head = f.rank == 0 ? para : sentence(from: f.bodyStart, to: para.end)
            _ = paragraphs[f.p].kind
            items.append(OutlineItem(marker: f.marker, rank: f.rank, ordinal: f.ordinal, name: name, head: head,
                                     extent: Span(para.start, max(end, para.end)), paragraph: f.p, parent: nil, listHead: nil))
        }
        return items
    }

    func lastBodyEnd(from p: Int) -> Int {
        var end = paragraphs[p].span.end
        for q in p..<paragraphs.count where paragraphs[q].kind != .chrome && paragraphs[q].kind != .meta { end = paragraphs[q].span.end }
        return end
    }

    func endOfBody(before q: Int, from p: Int) -> Int {
        var end = paragraphs[p].span.end
        for r in p..<q where paragraphs[r].kind != .chrome { end = paragraphs[r].span.end }
        return end
    }

    /// 一、 (一) —— 1. at the start of a paragraph.
    func paragraphMarker(_ span: Span) -> (rank: Int, marker: String, ordinal: Int, bodyStart: Int)? {
        let s = span.start
        if text[s] == "—" || (text[s] == "-" && s + 1 < span.end && text[s + 1] == "-") {
            var i = s
            while i < span.end, text[i] == "—" || text[i] == "-" { i += 1 }
            return i < span.end ? (3, "——", 0, i) : nil
        }
        if let (v, n) = Numerals.parse(text, at: s), s + n < span.end, text[s + n] == "、" {
            return (1, "一、", v, s + n + 1)
        }
        if text[s] == "(", let (v, n) = Numerals.parse(text, at: s + 1), s + 1 + n < span.end, text[s + 1 + n] == ")" {
            return (2, "(一)", v, s + n + 2)
        }
        var i = s
        while i < span.end, text[i].isASCIIDigit, i - s < 2 { i += 1 }
        if i > s, i < span.end - 1, text[i] == "." || text[i] == "、", !text[i + 1].isASCIIDigit, let v = Int(text.slice(s, i)) {
            return (4, "1.", v, i + 1)
        }
        return nil
    }

    // MARK: numbered lists inside paragraphs

    struct Marker { let family: String; let ordinal: Int; let start: Int; let bodyStart: Int; let paragraph: Int }

    func inlineLists(enclosedBy outer: [OutlineItem]) -> [OutlineItem] {
        var markers: [Marker] = []
        for (p, para) in paragraphs.enumerated() where para.kind == .body {
            markers += inlineMarkers(in: para.span, paragraph: p)
        }
        var items: [OutlineItem] = []
        for family in ["要", "是", "第", "首", "、", "()", "."] {
            let ms = markers.filter { $0.family == family }
            var k = 0
            while k < ms.count {
                guard ms[k].ordinal == 1 else { k += 1; continue }
                var run = [ms[k]]
                var j = k + 1
                // 最后 (ordinal 0) closes a 首先…其次 run.
                while j < ms.count, ms[j].ordinal == run.count + 1 || (ms[j].ordinal == 0 && run.count >= 2),
                      sameBlock(run.last!, ms[j], outer) {
                    run.append(ms[j]); j += 1
                    if run.last!.ordinal == 0 { break }
                }
                if run.count >= 2 { items += listItems(run) }
                k = max(j, k + 1)
            }
        }
        return items
    }

    /// Two markers belong to one list when no paragraph-level item starts between them.
    func sameBlock(_ a: Marker, _ b: Marker, _ outer: [OutlineItem]) -> Bool {
        if a.paragraph == b.paragraph { return true }
        return !outer.contains { $0.paragraph > a.paragraph && $0.paragraph <= b.paragraph }
    }

    func inlineMarkers(in span: Span, paragraph: Int) -> [Marker] {
        var out: [Marker] = []
        var i = span.start
        while i < span.end {
            let atBoundary = i == span.start || Self.markerBoundary.contains(text[i - 1])
            // 首先 opens a 第一/第二 list (首先,…。第二,…) or a 首先…其次…最后 one.
            if atBoundary, text.matches("首先", at: i), i + 2 < span.end, text[i + 2] == "," {
                out.append(Marker(family: "第", ordinal: 1, start: i, bodyStart: i + 3, paragraph: paragraph))
                out.append(Marker(family: "首", ordinal: 1, start: i, bodyStart: i + 3, paragraph: paragraph))
                i += 3; continue
            }
            if atBoundary, let (word, ordinal) = Self.sequenceWords.first(where: { text.matches($0.0, at: i) }),
               i + 2 < span.end, text[i + 2] == "," {
                out.append(Marker(family: "首", ordinal: ordinal, start: i, bodyStart: i + 3, paragraph: paragraph))
                _ = word; i += 3; continue
            }
            // 一、 (一) 1. inside a paragraph, after a colon or a stop: 报告共分三个部分:一、…;二、…
            if i > span.start, Self.listOpeners.contains(text[i - 1]), let m = numberedMarker(at: i, in: span, paragraph: paragraph) {
                out.append(m); i = m.bodyStart; continue
            }
            // 一要/一是 may follow a verb directly (明确一要…); the list check below keeps only real sequences.
            if !atBoundary, let (v, n) = Numerals.parse(text, at: i, maxLength: 2), i + n < span.end, text[i] != "两",
               text[i + n] == "要" || text[i + n] == "是", text[i - 1].isHan, !Numerals.isNumeral(text[i - 1]) {
                var body = i + n + 1
                while body < span.end, ",:".unicodeScalars.contains(text[body]) { body += 1 }
                out.append(Marker(family: String(text[i + n]), ordinal: v, start: i, bodyStart: body, paragraph: paragraph))
                i = body; continue
            }
            guard atBoundary else { i += 1; continue }
            if text[i] == "第", let (v, n) = Numerals.parse(text, at: i + 1, maxLength: 2), i + 1 + n < span.end {
                var m = i + 1 + n
                while m + 1 < span.end, text[m] == " " { m += 1 }   // 第五 ,
                let after = text[m]
                if "、,:是步条项点".unicodeScalars.contains(after) {
                    var body = m
                    if "步条项点".unicodeScalars.contains(after) { body += 1 }
                    while body < span.end, "、,:是".unicodeScalars.contains(text[body]) { body += 1 }
                    out.append(Marker(family: "第", ordinal: v, start: i, bodyStart: body, paragraph: paragraph))
                    i = body; continue
                }
            }
            if let (v, n) = Numerals.parse(text, at: i, maxLength: 2), i + n < span.end, text[i] != "两" {
                let after = text[i + n]
                if after == "要" || after == "是" {
                    var body = i + n + 1
                    while body < span.end, ",:".unicodeScalars.contains(text[body]) { body += 1 }
                    out.append(Marker(family: String(after), ordinal: v, start: i, bodyStart: body, paragraph: paragraph))
                    i = body; continue
                }
            }
            i += 1
        }
        return out
    }

    /// Words that continue a 首先 list, with their place (0: the last item, whatever its number).
    static let sequenceWords: [(String, Int)] = [("其次", 2), ("再次", 3), ("最后", 0)]
    /// What may stand before a 一、 (一) 1. marker inside a paragraph.
    static let listOpeners: ScalarSet = [":", ";", "。", "!", "?"]

    /// 一、 (一) 1. or 1、 followed by the item's words (not a figure: 一、二等奖, 1、2月).
    func numberedMarker(at i: Int, in span: Span, paragraph: Int) -> Marker? {
        var family = "", ordinal = 0, body = i
        if let (v, n) = Numerals.parse(text, at: i, maxLength: 2), i + n < span.end, text[i + n] == "、" {
            family = "、"; ordinal = v; body = i + n + 1
        } else if text[i] == "(", let (v, n) = Numerals.parse(text, at: i + 1, maxLength: 2), i + 1 + n < span.end, text[i + 1 + n] == ")" {
            family = "()"; ordinal = v; body = i + n + 2
        } else {
            var j = i
            while j < span.end, text[j].isASCIIDigit, j - i < 2 { j += 1 }
            guard j > i, j < span.end, text[j] == "." || text[j] == "、", let v = Int(text.slice(i, j)) else { return nil }
            family = "."; ordinal = v; body = j + 1
        }
        // The item opens with words, or for 一、 and (一) a year or a quotation (一、2020年工作回顾), never a figure's digits.
        guard body + 1 < span.end, !Numerals.isNumeral(text[body]) else { return nil }
        let opensItem = text[body].isHan && text[body + 1].isHan
            || family != "." && (text[body] == "“" || isYear(at: body))
        return opensItem ? Marker(family: family, ordinal: ordinal, start: i, bodyStart: body, paragraph: paragraph) : nil
    }

    /// Four digits and 年: 2020年.
    func isYear(at i: Int) -> Bool {
        i + 4 < text.count && (i..<i + 4).allSatisfy { text[$0].isASCIIDigit } && text[i + 4] == "年"
    }

    func listItems(_ run: [Marker]) -> [OutlineItem] {
        var items: [OutlineItem] = []
        let first = run[0]
        let listHead = headBefore(first)
        for (k, m) in run.enumerated() {
            let paraEnd = paragraphs[m.paragraph].span.end
            let end = k + 1 < run.count && run[k + 1].paragraph == m.paragraph ? run[k + 1].start : paraEnd
            let name = clause(from: m.bodyStart, to: end)
            let head = sentence(from: m.bodyStart, to: end)
            items.append(OutlineItem(marker: m.family, rank: 5, ordinal: m.ordinal, name: name, head: head,
                                     extent: Span(m.start, end), paragraph: m.paragraph, parent: nil,
                                     listHead: k == 0 ? listHead : nil))
        }
        for k in 1..<items.count { items[k].listHead = listHead }
        return items
    }

    /// The clause that announces a list: from the start of the marker's sentence to the marker; for a list
    /// that opens its sentence, the sentence before it (会议确定,明年要抓好以下重点任务。一是…), in its paragraph
    /// or ending the body paragraph before.
    func headBefore(_ m: Marker) -> Span? {
        let para = paragraphs[m.paragraph].span
        var s = m.start
        while s > para.start, !Self.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
        var e = m.start
        while e > s, ",:;— ".unicodeScalars.contains(text[e - 1]) { e -= 1 }
        if e > s { return Span(s, e) }
        if s > para.start { return sentenceEnding(at: s, floor: para.start) }
        var q = m.paragraph - 1
        while q >= 0, paragraphs[q].kind == .chrome { q -= 1 }
        guard q >= 0, paragraphs[q].kind == .body else { return nil }
        let before = text.trimmed(paragraphs[q].span)
        return sentenceEnding(at: before.end, floor: before.start)
    }

    /// The sentence that ends just before `end` (its stop left out), not starting before `floor`.
    func sentenceEnding(at end: Int, floor: Int) -> Span? {
        var e = end
        while e > floor, Self.sentenceBreaks.contains(text[e - 1]) || text[e - 1] == " " { e -= 1 }
        var s = e
        while s > floor, !Self.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
        let span = text.trimmed(Span(s, e))
        return span.length >= 2 ? span : nil
    }

    // MARK: spans

    func clause(from start: Int, to end: Int) -> Span {
        var e = start
        while e < end, !Self.clauseBreaks.contains(text[e]) || insideBrackets(start, e) { e += 1 }
        return text.trimmed(Span(start, e))
    }

    func sentence(from start: Int, to end: Int) -> Span {
        var e = start
        while e < end, !Self.sentenceBreaks.contains(text[e]) { e += 1 }
        return text.trimmed(Span(start, e))
    }

    /// 、 inside (区、市) or “…” does not end a clause.
    func insideBrackets(_ start: Int, _ i: Int) -> Bool {
        var depth = 0
        for k in start..<i {
            switch text[k] {
            case "(", "“", "《": depth += 1
            case ")", "”", "》": depth = max(0, depth - 1)
            default: break
            }
        }
        return depth > 0
    }

    // MARK: lists

    /// Items of one kind under one parent, numbered on from one another (or all ——), make a list; an item
    /// alone of its kind is no list's. A list of paragraphs is announced by the paragraph before it when that
    /// ends in a colon (会议确定,明年要抓好以下重点任务:).
    func numberLists(_ items: inout [OutlineItem]) {
        var lists: [[Int]] = []
        var open: [String: Int] = [:]   // parent and marker → the list the next item may continue
        for k in items.indices where items[k].rank > 0 {
            let key = "\(items[k].parent ?? -1)|\(items[k].marker)"
            if let l = open[key], let last = lists[l].last, continues(items[last], items[k]) {
                lists[l].append(k)
            } else {
                open[key] = lists.count; lists.append([k])
            }
        }
        for (n, members) in lists.enumerated() where members.count >= 2 {
            let first = items[members[0]]
            var head = first.listHead ?? (first.rank < 5 ? colonLineBefore(first.paragraph) : nil)
            // A sentence that is an item's own text announces no other list (…最后,要严守纪律规矩。第一,…).
            if let h = head, items.contains(where: { $0.rank > 0 && $0.head.start < h.end && $0.head.end > h.start }) { head = nil }
            for k in members { items[k].list = n; items[k].listHead = head }
        }
    }

    func continues(_ a: OutlineItem, _ b: OutlineItem) -> Bool {
        if a.marker == "——" { return b.paragraph <= a.paragraph + 2 }
        return b.ordinal == a.ordinal + 1 || (b.ordinal == 0 && a.ordinal >= 2 && b.marker == "首")
    }

    /// The last sentence of the body paragraph before `p`, when it ends in a colon.
    func colonLineBefore(_ p: Int) -> Span? {
        var q = p - 1
        while q >= 0, paragraphs[q].kind == .chrome { q -= 1 }
        guard q >= 0, paragraphs[q].kind == .body || paragraphs[q].kind == .heading else { return nil }
        let para = text.trimmed(paragraphs[q].span)
        guard para.length > 1, text[para.end - 1] == ":" else { return nil }
        var s = para.end - 1
        while s > para.start, !Self.sentenceBreaks.contains(text[s - 1]) { s -= 1 }
        return s < para.end - 1 ? Span(s, para.end - 1) : nil
    }

    // MARK: nesting

    func nest(_ items: inout [OutlineItem]) {
        for k in items.indices {
            var best: Int?
            for j in items.indices where j != k {
                let a = items[j].extent, b = items[k].extent
                guard items[j].rank <= items[k].rank, a.start <= b.start, a.end >= b.end, a != b else { continue }
                if items[j].rank == items[k].rank, items[j].marker == items[k].marker { continue }
                if best == nil || items[best!].extent.length > a.length { best = j }
            }
            items[k].parent = best
        }
    }
}
