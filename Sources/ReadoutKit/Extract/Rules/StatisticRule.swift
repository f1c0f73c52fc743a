/// Figures cited about a subject: 全国刑事立案下降4.5%, 满意度达到97.38%, 由19.4%降至1.24%, 3080.5万件, 6%以上.
/// The subject is the phrase before the verb; the period is a time phrase earlier in the sentence (今年1至9月 → 2020年1至9月).
public struct StatisticRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "statistic",
        summary: "SUBJECT DIRECTION NUMBER UNIT, with the period the sentence gives.",
        examples: StatisticRuleExamples.all
    )

    public init() {}

    static let qualifiers = ["以上", "以下", "左右", "多", "余"]
    static let notAfterNumber: Set<Unicode.Scalar> = Set("年月日号时分秒届次期章条款位名".unicodeScalars)

    struct Figure { var value: String; var unit: String; var span: Span; var qualifier: String? }

    public func apply(to context: inout ExtractionContext) {
        for sentence in context.doc.sentences { read(sentence.span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        var i = sentence.start
        var previousEnd = sentence.start
        while i < sentence.end {
            guard text[i].isASCIIDigit, i == sentence.start || !(text[i - 1].isASCIIDigit || text[i - 1] == "." || text[i - 1].properties.isAlphabetic && text[i - 1].value < 128) else { i += 1; continue }
            guard var figure = number(at: i, sentence, text, context.lexicons) else {
                while i < sentence.end, text[i].isASCIIDigit || text[i] == "." { i += 1 }
                continue
            }
            i = figure.span.end
            // 由19.4%降至…: the figure a change started from belongs to the next one.
            if figure.span.start > sentence.start, "由从".unicodeScalars.contains(text[figure.span.start - 1]),
               context.lexicons.statisticWords.longest(in: text, at: figure.span.end, limit: sentence.end) != nil { continue }
            // 由19.4%降至1.24%: the first figure is where the change started.
            var from: String?
            var verbSpan: Span?
            var subjectEnd = figure.span.start
            if let verb = verbBefore(figure.span.start, sentence, text, context.lexicons) {
                verbSpan = verb; subjectEnd = verb.start
            }
            if let v = verbSpan, let start = fromFigure(endingAt: v.start, sentence, text, context.lexicons) {
                from = start.value; subjectEnd = start.span.start - 1   // skip 由
            }
            // Without a verb only a measure reads as a statistic (3080.5万件, 12%), not a bare count (3项).
            guard verbSpan != nil || Self.isMeasure(figure.unit) else { continue }
            let floor = max(previousEnd, sentence.start)
            guard var subject = subjectSpan(endingAt: subjectEnd, floor: floor, sentence, text) else { continue }
            var period: String?
            if let (p, n) = context.dates.period(in: text, at: subject.start), n < subject.length {
                period = p; subject.start += n
                while subject.start < subject.end, ",的".unicodeScalars.contains(text[subject.start]) { subject.start += 1 }
            } else {
                period = periodEarlier(before: subject.start, sentence, context)
            }
            guard subject.length >= 2 else { continue }
            if figure.qualifier == nil, let q = Self.qualifiers.first(where: { text.matches($0, at: figure.span.end) }) {
                figure.qualifier = q; figure.span.end += q.unicodeScalars.count; i = figure.span.end
            }
            previousEnd = figure.span.end
            record(subject: subject, verb: verbSpan, figure: figure, from: from, period: period, &context)
        }
    }

    /// A number and the unit after it; years, dates and ordinals are not figures.
    func number(at i: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Figure? {
        var j = i
        while j < sentence.end, text[j].isASCIIDigit || text[j] == "," && j + 3 < sentence.end && text[j + 1].isASCIIDigit && text[j + 3].isASCIIDigit { j += 1 }
        if j + 1 < sentence.end, text[j] == ".", text[j + 1].isASCIIDigit {
            j += 1
            while j < sentence.end, text[j].isASCIIDigit { j += 1 }
        }
        if i > sentence.start, text[i - 1] == "第" { return nil }
        if j < sentence.end, Self.notAfterNumber.contains(text[j]) { return nil }
        if j < sentence.end, text[j] == "-" || text[j] == "/" || text[j] == ":" { return nil }
        let value = text.slice(i, j).replacingOccurrences(of: ",", with: "")
        var unitEnd = j
        if let n = lex.units.longest(in: text, at: j, limit: sentence.end) { unitEnd = j + n }
        return Figure(value: value, unit: text.slice(j, unitEnd), span: Span(i, unitEnd), qualifier: nil)
    }

    static func isMeasure(_ unit: String) -> Bool {
        ["万", "亿", "%", "‰", "百分点", "元", "吨", "公里", "米", "公顷", "亩", "千瓦", "立方"].contains { unit.contains($0) }
    }

    func verbBefore(_ i: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Span? {
        var best: Span?
        for back in 1...4 where i - back >= sentence.start {
            if lex.statisticWords.longest(in: text, at: i - back, limit: i) == back { best = Span(i - back, i) }
        }
        return best
    }

    func fromFigure(endingAt e: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Figure? {
        var s = e
        while s > sentence.start, text[s - 1] == "%" || text[s - 1].isASCIIDigit || text[s - 1] == "." || text[s - 1].isHan && lex.units.longest(in: text, at: s - 1) != nil && e - s < 6 {
            if text[s - 1] == "由" { break }
            s -= 1
        }
        guard s > sentence.start, text[s - 1] == "由", s < e, text[s].isASCIIDigit else { return nil }
        return number(at: s, sentence, text, lex)
    }

    static let subjectStops: Set<Unicode.Scalar> = Set(",;:。!?、(“”".unicodeScalars)
    static let leadingNoise = ["其中", "分别", "同比", "比上年", "较上年", "比去年", "全年", "累计", "共", "已", "将", "均", "的"]

    func subjectSpan(endingAt e: Int, floor: Int, _ sentence: Span, _ text: TextBuffer) -> Span? {
        var end = e
        for tail in ["同比", "比上年", "比去年同期", "较上年", "分别", "已", "均", "累计", "共", "总计", "全年"] {
            let n = tail.unicodeScalars.count
            if end - n > floor, text.matches(tail, at: end - n) { end -= n }
        }
        var s = end
        while s > floor, !Self.subjectStops.contains(text[s - 1]), end - s < 30 { s -= 1 }
        var changed = true
        while changed {
            changed = false
            for noise in Self.leadingNoise where text.matches(noise, at: s) && s + noise.unicodeScalars.count < end {
                s += noise.unicodeScalars.count; changed = true
            }
        }
        let span = text.trimmed(Span(s, end))
        guard span.length >= 2, (span.start..<span.end).contains(where: { text[$0].isHan }) else { return nil }
        return span
    }

    /// A period written at the start of an earlier clause of the sentence.
    func periodEarlier(before i: Int, _ sentence: Span, _ context: ExtractionContext) -> String? {
        let text = context.text
        var k = sentence.start
        var found: String?
        while k < i {
            if k == sentence.start || Self.subjectStops.contains(text[k - 1]) {
                if let (p, _) = context.dates.period(in: text, at: k) { found = p }
            }
            k += 1
        }
        return found
    }

    func record(subject: Span, verb: Span?, figure: Figure, from: String?, period: String?, _ context: inout ExtractionContext) {
        let text = context.text
        let whole = Span(subject.start, figure.span.end)
        let subjectText = text.slice(subject)
        let direction = verb.map { text.slice($0) } ?? ""
        let name = subjectText + (from.map { "由\($0)\(figure.unit)" } ?? "") + direction + text.slice(figure.span)
        let stat = context.mention(.statistic, name, whole)
        context.fact(stat, Predicate.subject, literal: subjectText, subject)
        context.fact(stat, Predicate.value, literal: figure.value, figure.span)
        context.fact(stat, Predicate.unit, literal: figure.unit, figure.span)
        if let verb { context.fact(stat, Predicate.direction, literal: direction, verb) }
        if let period { context.fact(stat, Predicate.period, literal: period, whole) }
        if let q = figure.qualifier { context.fact(stat, Predicate.qualifier, literal: q, figure.span) }
        if let from { context.fact(stat, Predicate.fromValue, literal: from, whole) }
        context.fact(context.mainMeeting ?? context.article, Predicate.citedStatistic, stat, whole)
    }
}
