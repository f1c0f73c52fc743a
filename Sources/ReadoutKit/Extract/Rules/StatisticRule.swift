/// Figures cited about a subject: 事故起数下降4.5%, 满意度达到97.38%, 由19.4%降至1.24%, 立案4279件,
/// 4000多万高校毕业生, 分别为11.2%、2.3%. The subject is the phrase before the verb or figure, or the noun after
/// a figure that opens its clause; the period is a time phrase earlier in the sentence or paragraph.
public struct StatisticRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "statistic",
        summary: "SUBJECT (DIRECTION) NUMBER UNIT, or NUMBER UNIT SUBJECT, with the period the text gives.",
        examples: StatisticRuleExamples.all
    )

    public init() {}

    /// Words of an approximate figure after its number or scale (4万多, 300余).
    static let approximations = ["多", "余"]
    /// Words that bound a figure after its unit (6%以上, 2000例以内, 8点左右).
    static let bounds = ["以上", "以下", "以内", "左右", "多"]
    static let notAfterNumber: ScalarSet = ScalarSet("年月日号时分秒届期章款岁周天:/.")
    /// Between the two ends of a range: 6.5%-7%, 6.5至7%, 10～15厘米.
    /// After 8点 in a time of day: 8点钟, 8点半, 8点到10点, 8点整, 8点前.
    static let clockAfter: ScalarSet = ScalarSet("钟半到至整前后许")
    /// Last characters of the verbs before index points: 上涨5点, 收于3000点, 报2800点.
    static let pointVerbs: ScalarSet = ScalarSet("涨跌达报于升降到为了")
    static let rangeMarks: ScalarSet = ScalarSet("-—~～至到")
    static let scales = ["万亿", "万", "亿", "千"]
    /// Last characters of a phrase that cannot end a subject: 在, 正, 将, 提 …
    static let unfinished: ScalarSet = ScalarSet("在正将已也都还就并且而和与及或被把对向从于以为是有提同让使给")
    /// Aspect marks that end a verb: a subject before the figure that ends in one is a clause (玉米今年应用了).
    static let aspects: ScalarSet = ScalarSet("了着过")
    static let subjectBreaks: ScalarSet = ScalarSet(",;:。!?(“”\n")

    /// The days and periods written inside a subject, from its third character on, in order.
    func timesInside(_ s: Span, _ context: ExtractionContext) -> [(span: Span, time: String, isDay: Bool)] {
        let text = context.text
        var found: [(span: Span, time: String, isDay: Bool)] = []
        var k = s.start + 2
        while k < s.end {
            let c = text[k]
            if !text[k - 1].isASCIIDigit, c.isASCIIDigit || DateReader.periodStarts.contains(c) || c == "昨" {
                if let (day, n) = context.dates.day(in: text, at: k), k + n <= s.end { found.append((Span(k, k + n), day.written, true)); k += n; continue }
                if let (p, n) = context.dates.period(in: text, at: k), k + n <= s.end { found.append((Span(k, k + n), p, false)); k += n; continue }
            }
            k += 1
        }
        return found
    }

    /// A time inside a subject that a preposition opens or a word after it continues (在2019年前, 从前几天的, 今年底)
    /// is part of a phrase of its own, not the figure's period.
    static let beforeInnerTime: ScalarSet = ScalarSet("从在到于至自由截")
    static let afterInnerTime: ScalarSet = ScalarSet("前后底初末以起至的止来内")

    /// 涉及20多个省区市, 从7个方面, 每10万人, 深入全省11个地市: a count right after a scope word, or after one and the
    /// place the count is of, gives the scope of something else.
    func isScope(_ figure: Figure, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let front = figure.span.start - (figure.span.start > sentence.start && "约近超逾".unicodeScalars.contains(text[figure.span.start - 1]) ? 1 : 0)
        if lex.statisticScopeWords.longest(in: text, at: front, limit: sentence.start) != nil { return true }
        return (2...4).contains { k in front - k > sentence.start && lex.ownersLength(in: text, at: front - k, limit: front) == k
            && lex.statisticScopeWords.longest(in: text, at: front - k, limit: sentence.start) != nil }
    }

    struct Figure {
        var value: String; var unit: String; var qualifier: String?; var span: Span; var rangeFrom: (value: String, span: Span)? = nil
        /// Where the 由 or 从 of a figure a change started from stands.
        var from: Int? = nil
        /// 约, 近, 超 written right before the number (statistic_approximations.txt).
        var approximation: (word: String, span: Span)? = nil
    }
    struct Found { var subject: String; var direction: String; var period: String? }

    public func apply(to context: inout ExtractionContext) {
        var paragraphPeriod: [Int: String] = [:]
        var paragraphDay: [Int: String] = [:]
        // Sentences with no figure are read for the paragraph's period only when a figure after them needs it.
        var unread: [Int: [Span]] = [:]
        let personSpans = context.personSpans
        let bodySpans = context.spans(of: .organization)
        // A headline repeats the body's figures; the body says them in full.
        for sentence in context.doc.sentences where context.doc.paragraphs[sentence.paragraph].kind != .title {
            let span = sentence.span, paragraph = sentence.paragraph
            guard (span.start..<span.end).contains(where: { context.text[$0].isASCIIDigit }) else {
                if paragraphPeriod[paragraph] == nil { unread[paragraph, default: []].append(span) }
                continue
            }
            for earlier in unread.removeValue(forKey: paragraph) ?? [] where paragraphPeriod[paragraph] == nil {
                paragraphPeriod[paragraph] = periodEarlier(before: earlier.end, earlier, context)
            }
            read(span, paragraph: paragraph, persons: ExtractionContext.spans(personSpans, within: span),
                 bodies: ExtractionContext.spans(bodySpans, within: span), &paragraphPeriod, &paragraphDay, &context)
        }
    }

    /// `paragraphDay`: the day a sentence before in the paragraph opened a clause with (6月4日0—24时,…报告新增确诊病例24例。
    /// 新增无症状感染者28例…): the day of a later sentence's figures that give no time of their own.
    func read(_ sentence: Span, paragraph: Int, persons: ArraySlice<Span>, bodies: ArraySlice<Span>, _ paragraphPeriod: inout [Int: String],
              _ paragraphDay: inout [Int: String], _ context: inout ExtractionContext) {
        let text = context.text
        let lex = context.lexicons
        if paragraphPeriod[paragraph] == nil { paragraphPeriod[paragraph] = periodEarlier(before: sentence.end, sentence, context) }
        // Only a day's count (6月4日0—24时; statistic_day_spans.txt) carries on: a day a sentence opens with is more often
        // when something was said or done than what its figures measure.
        defer {
            if !lex.statisticDaySpans.matches(in: text, sentence).isEmpty, let day = dayEarlier(before: sentence.end, sentence, context) { paragraphDay[paragraph] = day }
        }
        // 其中境外输入25例,本土3例: the figure the parts after 其中 are parts of.
        var within: String?
        var previous: (found: Found, end: Int)?
        var distributed: [String] = []
        var topics: ClauseTopics?
        var sentenceTimes: [(end: Int, time: String)]?   // read once per sentence, when a figure needs them
        var i = sentence.start
        while i < sentence.end {
            guard text[i].isASCIIDigit, i == sentence.start || !(text[i - 1].isASCIIDigit || text[i - 1] == "." || text[i - 1].value < 128 && text[i - 1].properties.isAlphabetic) else { i += 1; continue }
            guard var figure = number(at: i, sentence, text, lex) else {
                while i < sentence.end, text[i].isASCIIDigit || text[i] == "." { i += 1 }
                continue
            }
            figure.approximation = approximation(before: figure.span.start, sentence, text, lex)
            i = max(figure.span.end, i + 1)
            if (1...6).contains(where: { k in figure.span.start - k >= sentence.start && lex.statisticThresholds.longest(in: text, at: figure.span.start - k) != nil }) { continue }
            // 涉及20多个省区市, 从7个方面, 每10万人: a count that gives the scope of something else.
            if isScope(figure, sentence, text, lex) { continue }
            if isPlaceOrSize(figure, sentence, text, lex) { continue }
            // 由19.4%降至…: the figure a change started from belongs to the next one.
            if startsAChange(figure, sentence, text, lex) { continue }
            // 造成至少453人死亡: a bound alone before the number is no verb of it; the count reads on.
            let verb = verbBefore(figure.span.start, sentence, text, lex).flatMap { v in
                figure.approximation.map { $0.span == v.verb } == true ? nil : v }
            var from: Figure?
            if let v = verb?.verb, let start = fromFigure(endingAt: v.start, sentence, text, lex) { from = start }
            var subject: Span?
            var lead: Span?   // 退出3107个贫困村: what was done to the counted noun (退出)
            var direction = verb.map { text.slice($0.verb) } ?? ""
            let listed = figure.span.start > sentence.start && "、和".unicodeScalars.contains(text[figure.span.start - 1])
            if listed, let prev = previous, figure.span.start - prev.end <= 1 {
                // 分别为11.2%、2.3%: a figure in a list continues the one before it.
                let subject = distributed.isEmpty ? prev.found.subject : distributed.removeFirst()
                record(Found(subject: subject, direction: prev.found.direction, period: prev.found.period), nil, figure, from: nil, &context)
                previous = (prev.found, figure.span.end)
                continue
            }
            let floor = previous.map { max(sentence.start, $0.end) } ?? sentence.start
            let scope = Span(floor, sentence.end)
            if let v = verb {
                // The subject ends before the 由 or 从 of the figure a change started from.
                let end = from.map { $0.from ?? $0.span.start - 1 } ?? v.subjectEnd
                subject = subjectBefore(end, scope, text, lex, context)
                // 一季度增长5.8%, 比一季度加快0.4个百分点: a subject that is only a period or a comparison is no
                // subject; the one before holds.
                var ownPeriod: String?
                if let s0 = subject, let (p, n) = context.dates.period(in: text, at: s0.start), n >= s0.length { subject = nil; ownPeriod = p }
                // 较现图: a subject of a few characters that opens with 较 is what is compared with (较大事故起数 is longer).
                if let s0 = subject, text[s0.start] == "比" || text[s0.start] == "较" && s0.length <= 4 || Self.comparison(at: s0.start, limit: s0.end, text) { subject = nil }
                if subject == nil, let prev = previous { subject = nil; direction = direction.isEmpty ? prev.found.direction : direction
                    let found = Found(subject: prev.found.subject, direction: direction, period: ownPeriod ?? prev.found.period)
                    record(found, nil, figure, from: from, &context); previous = (found, figure.span.end); continue
                }
            } else if figure.unit.isEmpty {
                continue
            } else if case let front = figure.approximation?.span.start ?? figure.span.start, front > sentence.start, text[front - 1].isHan,
                      !"的了等有将约共近超逾达与和及".unicodeScalars.contains(text[front - 1]),
                      !(isCount(figure.unit) && figure.span.end < sentence.end && text[figure.span.end].isHan
                        && lex.statisticStops.longest(in: text, at: figure.span.end, limit: sentence.end) == nil) {
                // 全市新增绿地近50公顷: the subject ends where the 近 before the number begins.
                subject = subjectBefore(front, scope, text, lex, context)
            } else {
                subject = subjectAfter(figure.span.end, counted: isCount(figure.unit), sentence, text, lex)
                if subject != nil { lead = countLead(before: figure.approximation?.span.start ?? figure.span.start, scope, persons: persons, context) }
            }
            guard var s = subject else { continue }
            var period = takePeriod(from: &s, context)
            if period == nil, let (day, n) = context.dates.day(in: text, at: s.start), n < s.length - 1 {
                // 今天全国铁路发送旅客…: a day at the front of the subject is the period of a daily count.
                period = day.written; s.start += n
                Self.skipJoiners(&s, text)
            }
            s = strip(s, text, lex)
            // 预计今年大数据智能化产业…: a period may open the subject once the words before it are stripped.
            if period == nil { period = takePeriod(from: &s, context) }
            s = onWordBoundaries(s, before: s.end <= figure.span.start, sentence, text, lex)
            // 高技术制造业和装备制造业上半年同比增长: a period between the subject and its verb is the period.
            let subjectTimes = timesInside(s, context)
            if let last = subjectTimes.last, last.span.end == s.end, !"、比较和与".unicodeScalars.contains(text[last.span.start - 1]) {
                if period == nil { period = last.time }
                s.end = last.span.start
            }
            // 每天在20个频道, 大赛正200人: a subject that ends in a word of grammar was cut inside a clause; the
            // figure is no measure of it.
            if s.length > 0, Self.unfinished.contains(text[s.end - 1]) || s.end <= figure.span.start && Self.aspects.contains(text[s.end - 1]) { continue }
            // 其中一季度增长5.8%: what is left may be only a period; then the subject before holds.
            if let (p, n) = context.dates.period(in: text, at: s.start), n >= s.length, let prev = previous {
                let found = Found(subject: prev.found.subject, direction: direction, period: p)
                record(found, nil, figure, from: from, &context)
                previous = (found, figure.span.end)
                continue
            }
            // 北流市7万多亩百香果: a subject before the figure that only says whose it is takes what is measured from
            // after the figure; the owner is found again as the place that opens the clause.
            if s.length >= 2, s.end <= figure.span.start, lex.ownersLength(in: text, at: s.start, limit: s.end) == s.length,
               let after = subjectAfter(figure.span.end, counted: true, sentence, text, lex) { s = onWordBoundaries(after, before: false, sentence, text, lex) }
            guard s.length >= 2, let shape = shaped(s, persons: persons, context) else { continue }
            // 日本一名患者高烧至40℃, 眼前这个总投资35亿元: a subject about one thing gives its size, not a measured figure.
            if s.start < figure.span.start, aboutOneThing(Span(s.start, min(s.end, figure.span.start)), text, lex) { continue }
            s = shape
            // 其中投入500多亿元: a word that only joins the clause to the one before says nothing of what is measured.
            if lex.statisticPrefixes.longest(in: text, at: s.start, limit: s.end) == s.length { continue }
            // 13个分论坛, 发布了20个章节: a count of the parts of a thing says how it is built.
            if isCount(figure.unit), s.start >= figure.span.end || s.length <= 4,
               lex.statisticStructureNouns.longest(in: text, at: s.end, limit: s.start) != nil { continue }
            // 一个, 两项: a count word is no subject.
            if s.length <= 3, Numerals.isNumeral(text[s.start]) { continue }
            // 韩国10日报告单日新增病例, 今天公布的8月份…指数: a day or a month inside the subject is its period (the month
            // the figure is of wins over the day it was published), and no part of what is measured; a time that a
            // preposition opens or a word after it continues (在9月1日前, 今年底) stays.
            let inner = subjectTimes.first { t in t.span.end < s.end - 1 && t.span.start >= s.start + 2 && !Self.beforeInnerTime.contains(text[t.span.start - 1])
                && !Self.afterInnerTime.contains(text[t.span.end]) && (t.isDay || t.span.length >= 2) }
            if let inner { period = inner.isDay ? period ?? inner.time : inner.time }
            period = period ?? periodEarlier(before: s.start, sentence, context) ?? paragraphPeriod[paragraph] ?? dayEarlier(before: s.start, sentence, context)
                ?? { if sentenceTimes == nil { sentenceTimes = timesWithin(sentence, context) }; return sentenceTimes!.last { $0.end <= min(s.start, figure.span.start) }?.time }()
                ?? paragraphDay[paragraph]
            var named = (lead.map { text.slice($0) } ?? "") + (inner.map { text.slice(s.start, $0.span.start) + text.slice($0.span.end, s.end) } ?? text.slice(s))
            // 新增无症状感染者28例,其中境外输入25例,本土3例: a short part after 其中, and those after it in the sentence,
            // are parts of the figure before (新增无症状感染者中境外输入); a part that names its own kind of the same noun
            // (全国记者…其中报纸记者) is not.
            // (A ; ends what 其中 covers.)
            if let prev = previous, (prev.end..<max(prev.end, s.start)).contains(where: { text[$0] == ";" }) { within = nil }
            if lead == nil, let prev = previous, let whole = within ?? (Self.opensWithin(before: s.start, sentence, text) ? prev.found.subject : nil),
               named.unicodeScalars.count <= 8, !named.unicodeScalars.contains(where: \.isASCIIDigit), !named.contains(whole), !whole.contains(named),
               named.suffix(2) != whole.suffix(2) {
                named = whole + "中" + named
                within = whole
            }
            if lead == nil, let region = wholeRegion(at: s.start, context) { named = region + named.dropFirst(2) }
            if topics == nil { topics = ClauseTopics(sentence, protected: bodies, persons: persons, context) }
            let bearer = bearer(of: lead.map { Span($0.start, s.end) } ?? s, previous: previous?.found.subject, topics!, bodies: bodies, context)
            let place = lead.flatMap { owner(of: $0, sentence, context) == nil ? "" : nil } ?? owner(of: s, sentence, context)
            // A place the sentence opens with (在哈密,…) says where better than a topic without one (大风天气).
            let whose = bearer.flatMap { b in place == nil || names(b, context) ? b : nil } ?? place ?? bearer ?? ""
            // (The figure before already says whose it is.)
            var found = Found(subject: within != nil && named.hasPrefix(within!) ? named : Self.joined(whose, named), direction: direction, period: period)
            distributed = []
            // 分别增长…, or as many figures in a row as items in the subject (A、B、C实际使用外资增长32.8%、29.3%和22%).
            let figures = listLength(after: figure, sentence, text, lex)
            if let v = verb, figures > 1 || text.find("分别", from: s.end, to: v.verb.start) != nil {
                // 我国纺织品、玩具、塑料制品出口: the place before the list owns every item of it; a place that is the
                // list's first item (韩国、美国、德国实际对华投资) owns nothing.
                var items = s
                var ownerName = owner(of: s, sentence, context) ?? ""
                if ownerName.isEmpty {
                    let n = lex.ownersLength(in: text, at: s.start, limit: s.end)
                    let k = n > 0 && s.start + n < s.end && !"、和与及".unicodeScalars.contains(text[s.start + n]) ? s.start + n : s.start
                    ownerName = text.slice(s.start, k); items.start = k
                }
                distributed = distribute(items, figures: figures, text, lex).map { ownerName + $0 }
                // 2009、2010、2011、2012年分别为…: the items are years, the subject is the one before.
                if let prev = previous, distributed.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.isASCIIDigit || $0 == "年" } }) {
                    distributed = distributed.map { _ in prev.found.subject }
                }
                if !distributed.isEmpty { found.subject = distributed.removeFirst() }
            }
            record(found, s, figure, from: from, &context)
            previous = (found, figure.span.end)
        }
    }

    /// A number, its scale (万, 亿) and unit, and 多/以上/左右; years, dates and ordinals are not figures.
    func number(at i: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Figure? {
        var j = i
        while j < sentence.end, text[j].isASCIIDigit || text[j] == "," && j + 3 < sentence.end && text[j + 1].isASCIIDigit && text[j + 2].isASCIIDigit && text[j + 3].isASCIIDigit { j += 1 }
        if j + 1 < sentence.end, text[j] == ".", text[j + 1].isASCIIDigit {
            j += 1
            while j < sentence.end, text[j].isASCIIDigit { j += 1 }
        }
        if i > sentence.start, text[i - 1] == "第" { return nil }
        // 以26秒18打破世界纪录, 提高了0.4秒: seconds with their hundredths are a result, not a time of day.
        if j < sentence.end, text[j] == "秒" {
            let decimal = text.slice(i, j).contains(".")
            var e = j + 1
            while e < sentence.end, text[e].isASCIIDigit { e += 1 }
            if decimal && e == j + 1 { return Figure(value: text.slice(i, j), unit: "秒", qualifier: nil, span: Span(i, j + 1)) }
            if !decimal && e > j + 1 { return Figure(value: text.slice(i, j) + "." + text.slice(j + 1, e), unit: "秒", qualifier: nil, span: Span(i, e)) }
        }
        if j < sentence.end, Self.notAfterNumber.contains(text[j]) || text[j].value < 128 && text[j].properties.isAlphabetic { return nil }
        var value = text.slice(i, j)
        if value.utf8.contains(UInt8(ascii: ",")) { value.removeAll { $0 == "," } }
        var k = j
        var qualifier: String?
        func take(_ words: [String]) -> String? {
            for w in words where text.matches(w, at: k) { k += w.unicodeScalars.count; return w }
            return nil
        }
        if let q = take(Self.approximations) { qualifier = q }
        let scale = take(Self.scales) ?? ""
        // 1万8千多只, 3亿5千万: the rest of the number after its scale is a fraction of it (1.8万只, 3.5亿).
        if qualifier == nil, let (rest, n) = Self.remainder(after: scale, in: text, at: k, sentence), let whole = Double(value) {
            value = Self.written(whole + rest); k += n
        }
        if let q = take(Self.approximations) { qualifier = q }
        // A range: 6.5-7%, 6.5%-7%, 10至15厘米. The figure is its upper end; the lower is kept as where it starts.
        if scale.isEmpty, qualifier == nil, k + 1 < sentence.end, Self.rangeMarks.contains(text[k]), text[k + 1].isASCIIDigit,
           var upper = number(at: k + 1, sentence, text, lex), upper.rangeFrom == nil {
            upper.rangeFrom = (value, Span(i, j))
            upper.span.start = i
            return upper
        }
        var unit = scale
        if let n = lex.units.longest(in: text, at: k, limit: sentence.end) {
            // 91708部队: a number before a word that starts like a unit is a designation; after a scale it is what
            // is counted (12亿人口, 500万家庭), and the scale is the unit.
            if (lex.unitCompounds.longest(in: text, at: k, limit: sentence.end) ?? 0) > n {
                if scale.isEmpty { return nil }
            } else {
                unit += text.slice(k, k + n); k += n
            }
        }
        // 晚上8点, 10点到12点: a time of day, not index points.
        // A whole number of 点 up to 24 counts only after a verb of change (上涨5点); else it is an hour (今晚8点,
        // 16点重播) or a count of points made (提出3点希望).
        if unit == "点", i > sentence.start && lex.timeWordsBefore.longest(in: text, at: i, limit: sentence.start) != nil
            || k < sentence.end && Self.clockAfter.contains(text[k])
            || Int(value).map({ $0 <= 24 }) == true && !(i > sentence.start && Self.pointVerbs.contains(text[i - 1])) { return nil }
        if !unit.isEmpty, k + 1 < sentence.end, Self.rangeMarks.contains(text[k]), text[k + 1].isASCIIDigit, qualifier == nil,
           var upper = number(at: k + 1, sentence, text, lex), upper.rangeFrom == nil, upper.unit == unit {
            upper.rangeFrom = (value, Span(i, k))
            upper.span.start = i
            return upper
        }
        // 万吨/日, 元/人: what the unit is per belongs to it.
        if !unit.isEmpty, k + 1 < sentence.end, text[k] == "/", let n = lex.unitDenominators.longest(in: text, at: k + 1, limit: sentence.end) {
            unit += text.slice(k, k + 1 + n); k += 1 + n
        }
        // 66公斤级, 5万吨级海轮, 220千伏级: a grade that names a class of things, not a figure about them.
        if !unit.isEmpty, k < sentence.end, text[k] == "级" { return nil }
        if qualifier == nil, let q = take(Self.bounds) { qualifier = q }
        // 9个月, 6个季度, 3个小时, 长达5小时: a length of time, not a figure about something.
        if unit.hasSuffix("个") || unit.isEmpty, lex.statisticTimeUnits.longest(in: text, at: k) != nil { return nil }
        // 零下39℃: a temperature below zero.
        if i - 2 >= sentence.start, text.matches("零下", at: i - 2) { return Figure(value: "-" + value, unit: unit, qualifier: qualifier, span: Span(i - 2, k)) }
        return Figure(value: value, unit: unit, qualifier: qualifier, span: Span(i, k))
    }

    /// The lesser scales a number may go on with after 万 or 亿, with their part of it.
    static let lesserScales: [String: [(word: String, part: Double)]] = [
        "万": [("千", 0.1), ("百", 0.01)],
        "亿": [("千万", 0.1), ("百万", 0.01), ("万", 0.0001)],
    ]

    /// What the digits and lesser scales right after a scale add to the number, as a fraction of that scale, and
    /// how many characters they take: 8千 after 1万 is 0.8, 5千万 after 3亿 is 0.5; 8千5百 after 1万 is 0.85.
    static func remainder(after scale: String, in text: TextBuffer, at start: Int, _ sentence: Span) -> (Double, Int)? {
        guard var lesser = lesserScales[scale] else { return nil }
        var k = start, sum = 0.0
        while k < sentence.end, text[k].isASCIIDigit {
            var e = k
            while e < sentence.end, text[e].isASCIIDigit { e += 1 }
            guard let digits = Double(text.slice(k, e)),
                  let index = lesser.firstIndex(where: { text.matches($0.word, at: e) }) else { break }
            sum += digits * lesser[index].part
            k = e + lesser[index].word.unicodeScalars.count
            lesser.removeFirst(index + 1)   // 8千5百, never 5百8千
        }
        return k > start ? (sum, k - start) : nil
    }

    /// A number as written in a figure: no trailing zeros (1.8, not 1.800000).
    static func written(_ x: Double) -> String {
        let millionths = Int((x * 1_000_000).rounded())
        var fraction = String(millionths % 1_000_000)
        fraction = String(repeating: "0", count: 6 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return String(millionths / 1_000_000) + (fraction.isEmpty ? "" : "." + fraction)
    }

    /// 约6个半小时, 近250人, 超30万, 不到100毫升: the word before a number that makes it approximate or a bound, when
    /// the vocabulary reads it as a word of its own (not the end of 节约, 附近, 最近).
    func approximation(before end: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> (word: String, span: Span)? {
        guard let n = lex.statisticApproximations.longest(in: text, at: end, limit: sentence.start),
              let last = lex.segmenter.words(text, max(sentence.start, end - n - 2), end).last, last.length == n else { return nil }
        return (text.slice(end - n, end), Span(end - n, end))
    }

    /// 70多公里外, 12海里处, 高达18米的标识, 直径为305米, 海拔4200多米: a length that says where something is or how
    /// big one thing is measures no outcome (a road built, 新建公路6784公里, does).
    func isPlaceOrSize(_ figure: Figure, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        var k = figure.span.start
        while k > sentence.start, figure.span.start - k < 2, "为约达近".unicodeScalars.contains(text[k - 1]) { k -= 1 }
        // 一条60米长的模型桥, 一支200人的乐队: the size of one thing, in any unit.
        if lex.statisticSingleObjects.longest(in: text, at: k, limit: sentence.start) != nil { return true }
        guard lex.statisticLengthUnits.contains(figure.unit) else { return false }
        let end = figure.span.end
        if lex.statisticLocationEnds.longest(in: text, at: end, limit: sentence.end) != nil { return true }
        if end < sentence.end, text[end] == "的" { return true }
        // 气田距离利比亚边境100公里: a distance from a place, where 距 opens it in the figure's clause.
        let clause = Clauses.clauseStart(text, before: figure.span.start, floor: sentence.start)
        if text.find("距", from: clause, to: figure.span.start) != nil { return true }
        return lex.statisticSizeWords.longest(in: text, at: k, limit: sentence.start) != nil
    }

    /// Whether a subject names one thing (一名患者, 这个项目): a single-object word ending inside it with words of the
    /// subject after it, and the segmentation cutting on both of its sides (not 统一|个别).
    func aboutOneThing(_ s: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        guard s.length >= 3 else { return false }
        return (s.start + 2..<s.end).contains { k in
            guard let n = lex.statisticSingleObjects.longest(in: text, at: k, limit: s.start) else { return false }
            let starts = Set(lex.segmenter.words(text, max(s.start, k - n - 2), min(s.end, k + 2)).map(\.start))
            return starts.contains(k - n) && starts.contains(k)
        }
    }

    /// How many figures follow one another from this one: 11.2%、2.3%、1.5%和1.1% is four.
    func listLength(after first: Figure, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var count = 1, end = first.span.end
        while end + 1 < sentence.end, "、和".unicodeScalars.contains(text[end]), text[end + 1].isASCIIDigit,
              let next = number(at: end + 1, sentence, text, lex) {
            count += 1; end = next.span.end
        }
        return count
    }

    /// 轻微、轻度、中度和重度污染点位比例 with four figures → 轻微污染点位比例 … 重度污染点位比例: the short items
    /// share the head of the last one. Items of unequal length are taken as written.
    func distribute(_ subject: Span, figures: Int, _ text: TextBuffer, _ lex: Lexicons) -> [String] {
        var items = Clauses.split(text, subject, at: ["、"])
        if let last = items.last, let he = text.find("和", from: last.start + 1, to: last.end - 1), items.count + 1 == figures {
            items.removeLast(); items += [Span(last.start, he), Span(he + 1, last.end)]
        }
        guard items.count == figures, figures > 1 else { return [] }
        let short = items.dropLast().map(\.length)
        let last = items.last!
        if Set(short).count == 1, let l = short.first, last.length > l + 1 {
            let head = text.slice(last.start + l, last.end)
            return items.dropLast().map { text.slice($0) + head } + [text.slice(last)]
        }
        // 纺织品、玩具、塑料制品出口: items of unequal length share the measure the last one ends in (出口).
        if let n = lex.statisticHeads.longest(in: text, at: last.end, limit: last.start), n < last.length,
           items.dropLast().allSatisfy({ lex.statisticHeads.longest(in: text, at: $0.end, limit: $0.start) == nil }) {
            let head = text.slice(last.end - n, last.end)
            return items.dropLast().map { text.slice($0) + head } + [text.slice(last)]
        }
        return items.map { text.slice($0) }
    }

    /// A classifier count (4万多名, 6个, 4批) names its subject after it when a noun follows.
    static let measures = ["%", "‰", "元", "百分点", "吨", "米", "公顷", "亩", "千瓦", "倍"]

    func isCount(_ unit: String) -> Bool {
        !Self.measures.contains { unit.containsBytes($0) }
    }

    /// 比上年, 较2019年, 比一季度, 比去年同期: a comparison (but not 比利时, 比哈尔邦).
    static func comparison(at i: Int, limit: Int, _ text: TextBuffer) -> Bool {
        guard text[i] == "比" || text[i] == "较", i + 1 < limit else { return false }
        return text[i + 1].isASCIIDigit || "上去同前往一二三四".unicodeScalars.contains(text[i + 1])
    }

    /// The direction verb right before a figure, with adverbs and comparisons (同比, 比上年) allowed before it.
    func verbBefore(_ i: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> (verb: Span, subjectEnd: Int)? {
        var best: Span?
        // 扩大到现在的8平方公里, 膨胀至目前的约4.5万亿美元: a time and 的, or 约, between the verb and the figure.
        var i = i
        // 新增约115000例 counts what follows it: 新增 is no verb of the figure.
        if let w = ["约", "近", "大约", "将近"].first(where: { w in i - w.unicodeScalars.count > sentence.start && text.matches(w, at: i - w.unicodeScalars.count) }) {
            let j = i - w.unicodeScalars.count
            if !(j - 2 >= sentence.start && text.matches("新增", at: j - 2)) { i = j }
        }
        if i - 1 > sentence.start, text[i - 1] == "的",
           let t = (max(sentence.start, i - 8)..<(i - 1)).first(where: { k in
               lex.timeWords.longest(in: text, at: k, limit: i - 1) == i - 1 - k || lex.topicSkips.longest(in: text, at: k, limit: i - 1) == i - 1 - k
                   || DateReader(articleDate: nil).period(in: text, at: k).map({ $0.1 == i - 1 - k }) == true }),
           (1...4).contains(where: { back in t - back >= sentence.start && lex.statisticWords.longest(in: text, at: t - back, limit: t) == back }) {
            i = t
        }
        // 增长了30%: the aspect mark between the verb and the figure.
        if i - 2 > sentence.start, text[i - 1] == "了", !(i - 3 >= sentence.start && text.matches("新增", at: i - 3)),
           (1...4).contains(where: { b in i - 1 - b >= sentence.start && lex.statisticWords.longest(in: text, at: i - 1 - b, limit: i - 1) == b }) { i -= 1 }
        for back in 1...4 where i - back >= sentence.start {
            if lex.statisticWords.longest(in: text, at: i - back, limit: i) == back { best = Span(i - back, i) }
        }
        // 完成4612亿元, 投入24亿元: a deed whose object is the figure.
        if best == nil, let n = lex.statisticDeeds.longest(in: text, at: i, limit: sentence.start) { best = Span(i - n, i) }
        // 扩大至, 回落到: a verb of change and the 至 or 到 of where it ended.
        if best == nil, i - 2 >= sentence.start, "至到".unicodeScalars.contains(text[i - 1]) {
            for back in 2...5 where i - back >= sentence.start {
                if lex.statisticWords.longest(in: text, at: i - back, limit: i - 1) == back - 1 { best = Span(i - back, i) }
            }
        }
        if best == nil {
            // 高于第二产业17.8个百分点: a comparison verb, then what is compared with, then the figure.
            let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
            for k in stride(from: i - 3, through: max(clause, i - 16), by: -1) {
                if let n = lex.statisticComparators.longest(in: text, at: k) { best = Span(k, k + n); break }
            }
        }
        if best == nil, i > sentence.start, text[i - 1] == "的" {
            // 占我国外贸总值的38.8%, 是2011年底发布时的2.46倍: the verb comes before the phrase that ends in 的.
            let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
            for k in stride(from: i - 2, through: max(clause, i - 16), by: -1) {
                if let n = lex.statisticWords.longest(in: text, at: k, limit: i), ["占", "达到", "是", "为", "达"].contains(text.slice(k, k + n)) {
                    best = Span(k, k + n); break
                }
            }
        }
        guard var verb = best else { return nil }
        // 增长超过10%: the change and how far past the figure it went are one direction.
        for back in (2...3).reversed() where verb.start - back >= sentence.start {
            if lex.statisticWords.longest(in: text, at: verb.start - back, limit: verb.start) == back { verb.start -= back; break }
        }
        var e = verb.start
        var changed = true
        while changed {
            changed = false
            if let n = lex.statisticAdverbs.longest(in: text, at: e, limit: sentence.start + 1) {
                e -= n; changed = true
            }
            // 比2011年同期, 较上月, 比上年: a comparison before the verb.
            let clause = Clauses.clauseStart(text, before: e, floor: sentence.start)
            for k in stride(from: e - 1, through: max(clause, e - 12), by: -1) where text[k] == "比" || text[k] == "较" {
                if Self.comparison(at: k, limit: e, text) { e = k; changed = true }
                break
            }
        }
        return (verb, e)
    }

    /// Words between 由 or 从 and the figure a change started from (由不到1万亿美元, 从约9万头).
    static let fromApproximations = ["不到", "不足", "约", "近", "超过", "逾"]

    func fromFigure(endingAt e: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Figure? {
        var s = e
        while s > sentence.start, e - s < 12, text[s - 1] != "由", text[s - 1] != "从" { s -= 1 }
        guard s > sentence.start, "由从".unicodeScalars.contains(text[s - 1]), s < e else { return nil }
        // 从2020年2230亿立方米: the year the change started from.
        if let (_, n) = DateReader(articleDate: nil).period(in: text, at: s), s + n < e, text[s + n].isASCIIDigit { s += n }
        // 从原来的7.4%, 由当初的40多元: a short phrase ending in 的 says when the change started.
        if let de = (s..<min(e, s + 7)).first(where: { text[$0] == "的" }), de + 1 < e, text[de + 1].isASCIIDigit { s = de + 1 }
        if let w = Self.fromApproximations.first(where: { text.matches($0, at: s) }) { s += w.unicodeScalars.count }
        let opened = (max(sentence.start, s - 12)..<s).last { "由从".unicodeScalars.contains(text[$0]) }
        guard s < e, text[s].isASCIIDigit, var f = number(at: s, sentence, text, lex), f.span.end == e else { return nil }
        f.from = opened
        return f
    }

    /// 由19.4%降至…, 由不到1万亿美元膨胀至…: the figure a change started from (it belongs to the figure after it).
    func startsAChange(_ figure: Figure, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        var k = figure.span.start
        if let w = Self.fromApproximations.first(where: { w in k - w.unicodeScalars.count > sentence.start && text.matches(w, at: k - w.unicodeScalars.count) }) {
            k -= w.unicodeScalars.count
        }
        // 由当初的40多元: a short phrase ending in 的 may stand between 由 and the figure.
        if k > sentence.start, text[k - 1] == "的",
           let from = (max(sentence.start, k - 8)..<(k - 1)).last(where: { "由从".unicodeScalars.contains(text[$0]) }),
           !(from..<k).contains(where: { Clauses.clauseBreaks.contains(text[$0]) }) { k = from + 1 }
        guard k > sentence.start, "由从".unicodeScalars.contains(text[k - 1]) else { return false }
        if lex.statisticWords.longest(in: text, at: figure.span.end, limit: sentence.end) != nil { return true }
        // 由2平方公里扩大至8平方公里: a 至 or 到 and a figure follow within the clause.
        let end = Clauses.clauseEnd(text, from: figure.span.end, ceiling: sentence.end)
        return (figure.span.end..<max(figure.span.end, end - 1)).contains { "至到".unicodeScalars.contains(text[$0]) && text[$0 + 1].isASCIIDigit }
    }

    /// The phrase before `end`, back to a clause break.
    func subjectBefore(_ end: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons, _ context: ExtractionContext) -> Span? {
        var e = end
        var changed = true
        while changed {
            changed = false
            if let n = lex.statisticAdverbs.longest(in: text, at: e, limit: sentence.start + 1) {
                e -= n; changed = true
            }
        }
        var s = e
        while s > sentence.start, e - s < 40 {
            // 31个省(自治区、直辖市)和新疆生产建设兵团: a bracket inside the subject is read over, not broken at.
            if text[s - 1] == ")", let open = (max(sentence.start, s - 16)..<(s - 1)).last(where: { text[$0] == "(" }) { s = open; continue }
            if let open = quoteOpened(before: s, sentence, text) { s = open; continue }
            if Self.subjectBreaks.contains(text[s - 1]) { break }
            s -= 1
        }
        let span = text.trimmed(Span(s, e))
        guard span.length >= 2, (span.start..<span.end).contains(where: { text[$0].isHan }) else { return nil }
        return span
    }

    /// The longest a quoted term inside a subject may be (“丝路海运”命名航线, 专精特新“小巨人”企业); a longer quote is speech.
    static let quotedTermLength = 12

    /// Where the “ of a short quoted term that closes right before `end` opens, with no clause break inside it.
    func quoteOpened(before end: Int, _ sentence: Span, _ text: TextBuffer) -> Int? {
        guard end - 1 > sentence.start, text[end - 1] == "”" else { return nil }
        guard let open = (max(sentence.start, end - 2 - Self.quotedTermLength)..<(end - 1)).last(where: { text[$0] == "“" || text[$0] == "”" }),
              text[open] == "“", open + 1 < end - 1, !(open..<end).contains(where: { Clauses.clauseBreaks.contains(text[$0]) }) else { return nil }
        return open
    }

    /// Where a short quoted term that opens at `start` ends (after its ”), with no clause break inside it.
    func quoteClosed(after start: Int, _ sentence: Span, _ text: TextBuffer) -> Int? {
        guard start < sentence.end, text[start] == "“" else { return nil }
        guard let close = ((start + 1)..<min(sentence.end, start + 2 + Self.quotedTermLength)).first(where: { text[$0] == "”" || text[$0] == "“" }),
              text[close] == "”", close > start + 1, !(start..<close).contains(where: { Clauses.clauseBreaks.contains(text[$0]) }) else { return nil }
        return close + 1
    }

    /// The noun after a figure that opens its clause: 4000多万高校毕业生|实现稳定就业.
    func subjectAfter(_ start: Int, counted: Bool, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Span? {
        // 500人的包粽子大赛, 超过100家的地方电视台: a figure before 的 describes what follows; it measures nothing.
        // (99.84%的提案 is a share of them, and stands.)
        var s = start
        if s < sentence.end, text[s] == "的" {
            guard !counted else { return nil }
            s += 1
        }
        var e = s
        while e < sentence.end, e - s < 20 {
            // 专精特新“小巨人”企业: a short quoted term inside the phrase is part of it.
            if let close = quoteClosed(after: e, sentence, text) { e = close; continue }
            if Self.subjectBreaks.contains(text[e]) || text[e] == "、" { break }
            if e > s + 1, lex.statisticStops.longest(in: text, at: e, limit: sentence.end) != nil { break }
            e += 1
        }
        if e - s < 2 { e = Clauses.clauseEnd(text, from: s, ceiling: sentence.end) }
        // 7名来自北京的艺术家: a clause that opens with a verb and ends in 的 describes the noun after it, which is counted.
        if counted, e + 2 < sentence.end, text[e] == "的", lex.segmenter.words(text, s, e).first?.kind == .verb {
            var k = e + 1
            while k < sentence.end, k - s < 24, text[k].isHan, lex.statisticStops.longest(in: text, at: k, limit: sentence.end) == nil { k += 1 }
            if k - e > 2 { e = k }
        }
        // 600多名灭火人员|出动直升机, 3架飞机|和多艘船只: the counted noun ends at the first verb or conjunction after it.
        // A figure in the rest of the phrase makes the count its scope (31个省…报告新增确诊病例22例), as a figure
        // inside the subject does.
        if counted {
            let whole = e
            e = Self.nounEnd(Span(s, e), text, lex)
            if (e..<whole).contains(where: { text[$0].isASCIIDigit }) { return nil }
        }
        // 来自46个国家和地区的137支代表队, 150个国家的30多万用户: a count whose noun describes what follows (…的
        // and a noun) is its scope; the figure measures nothing.
        if counted, e + 1 < sentence.end, text[e] == "的", text[e + 1].isHan,
           lex.statisticStops.longest(in: text, at: e, limit: sentence.end) == nil { return nil }
        let span = text.trimmed(Span(s, e))
        guard span.length >= 2, (span.start..<span.end).allSatisfy({ text[$0].isHan || "、()“”".unicodeScalars.contains(text[$0]) }) else { return nil }
        // 提出19条新措施:…, 5类新型力量,即…: a count that introduces a list is its scope, not a figure.
        if e < sentence.end, text[e] == ":" || text.matches(",即", at: e) || text.matches(",分别是", at: e) || text.matches(",包括", at: e) { return nil }
        return span
    }

    /// Where the noun phrase at the start of a span ends: before the first verb with an object that follows a noun of
    /// it (灭火人员|出动直升机), or a conjunction that joins a noun of its own count (飞机|和多艘船只; 国家和地区 are
    /// counted together). Verbs before any noun belong to it (留守儿童, 来自北京的艺术家), and so does a verb that
    /// ends the phrase: it says what befell what is counted (苹果受损, 士兵死亡).
    static func nounEnd(_ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var noun = false
        let words = lex.segmenter.words(text, span.start, span.end)
        for (k, w) in words.enumerated() {
            switch w.kind {
            // 传承|人, 宣讲|员: a verb with one character after it is the front of a noun; nor is a quote cut (“秀出”).
            case .verb?: if noun, k + 1 < words.count, words[k + 1].length > 1, !MeetingRule.insideQuote(w.start, span.start, span.end, text) { return w.start }
            case .conjunction?:
                if noun, k + 1 < words.count, words[k + 1].kind == .numeral || text[words[k + 1].start].isASCIIDigit || text[words[k + 1].start] == "多" {
                    return w.start
                }
            case .noun?, .place?, .proper?, .lexicon?, .verbalNoun?: noun = true
            default: break
            }
        }
        return span.end
    }

    /// A subject begins and ends where words do (WordSegmenter): one that starts inside a word starts after it
    /// (共|有共青团组织 → 共青团组织), one that ends inside a word ends before it (受灾人口高|达 → 受灾人口), and
    /// particles, prepositions and conjunctions in front go (了直接碳排放 → 直接碳排放).
    func onWordBoundaries(_ span: Span, before: Bool, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Span {
        guard span.length > 2 else { return span }
        let words = lex.segmenter.words(text, max(sentence.start, span.start - 4), min(sentence.end, span.end + 4))
        var s = span
        // Words of two characters only: the vocabulary's longer words join a subject to its verb (价格上涨). A
        // subject after its figure starts where the figure ends (200万|安家补贴, not 万安).
        if before, let w = words.first(where: { $0.start < s.start && $0.end > s.start }), w.length == 2, w.end < s.end - 1, text[s.start].isHan { s.start = w.end }
        // The word across the end must be a common one (下达, 集中, 高达; not 桥隧比|高达 read as 比高).
        if let w = words.first(where: { $0.start < s.end && $0.end > s.end }), w.length == 2, w.start > s.start + 1, text[s.end - 1].isHan,
           w.logFrequency >= Self.commonAcross { s.end = w.start }
        var k = words.firstIndex(where: { $0.start == s.start }) ?? words.count
        // One character goes only if it is a preposition, a conjunction or 了 (在跳水, 与欧盟, 了直接; not 过火山林, 自民党).
        while k + 1 < words.count, words[k + 1].end <= s.end, let kind = words[k].kind, Self.frontWordKinds.contains(kind),
              words[k].length > 1 && kind != .preposition || words[k + 1].length > 1 && lex.subjectFrontCharacters.contains(text[words[k].start]) {
            k += 1
            s.start = words[k].start
        }
        return s
    }

    /// Kinds of words that begin no subject (WordSegmenter); pronouns (我国) and adverbs (轻微) may.
    static let frontWordKinds: Set<WordClass> = [.particle, .preposition, .conjunction]
    /// e^4.6 ≈ 100: a word written this often is a word, not two characters that meet.
    static let commonAcross: Float = 4.6

    /// Front words that are not part of a subject (其中, 我国, 给予, 一是将 …).
    func strip(_ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Span {
        var s = span
        var changed = true
        while changed, s.length > 2 {
            changed = false
            // 到2012年才下降6.6%: a period reached with 到 is no subject.
            if text[s.start] == "到", let (_, n) = DateReader(articleDate: nil).period(in: text, at: s.start + 1), n > 0 {
                s.start += 1 + n; changed = true; continue
            }
            if let n = lex.statisticPrefixes.longest(in: text, at: s.start, limit: s.end), n < s.length - 1 { s.start += n; changed = true; continue }
            if Numerals.isNumeral(text[s.start]), s.length > 3, text[s.start + 1] == "是" { s.start += 2; changed = true; continue }
            if let n = lex.statisticLeadWords.longest(in: text, at: s.start), s.length > n + 1 {
                s.start += n; changed = true
            }
            while s.start < s.end, ",、的 ".unicodeScalars.contains(text[s.start]) { s.start += 1; changed = true }
        }
        return s
    }

    /// Last characters before a counted figure that belong to neither the verb nor the figure (吸引了, 共, 约, 近).
    static let leadTails: ScalarSet = ScalarSet("了约近共超逾有的")
    /// Prepositions and list ends: a phrase holding one is a scope or a clause, not a verb with its doer (在累计授权的
    /// 100万件发明专利中, 胡锦涛等会见).
    static let leadBreaks: ScalarSet = ScalarSet("在对向从把被给将让使等")

    /// The verb phrase of the clause before a count whose noun follows it: 退出3107个贫困村 → 退出, 审议通过39个任免案
    /// → 审议通过, 全国已设立20多万个代表之家 → 全国设立. Short phrases only: a long one is a clause of its own.
    func countLead(before i: Int, _ scope: Span, persons: ArraySlice<Span>, _ context: ExtractionContext) -> Span? {
        let text = context.text, lex = context.lexicons
        var s = Clauses.clauseStart(text, before: i, floor: scope.start)
        // 退出3107个贫困村、摘帽22个贫困县: an item of a list of counts starts after the 、.
        if let mark = (s..<i).last(where: { text[$0] == "、" }) { s = mark + 1 }
        var e = i
        var moved = true
        while moved, e > s {
            moved = false
            while e > s, Self.leadTails.contains(text[e - 1]) { e -= 1; moved = true }
            if let n = lex.statisticAdverbs.longest(in: text, at: e, limit: s) { e -= n; moved = true }
        }
        if let (_, n) = context.dates.period(in: text, at: s), n > 0 { s = min(e, s + n) }
        while s < e, let n = lex.timeWords.longest(in: text, at: s, limit: e) { s += n }
        guard e > s else { return nil }
        var span = strip(Span(s, e), text, lex)
        // 另有7家央企, 其中2名: a word that only joins the clause to the one before is no verb of the count.
        if lex.statisticPrefixes.longest(in: text, at: span.start, limit: span.end) == span.length { return nil }
        // 警方在首都安卡拉共逮捕60名…: after a preposition's phrase, the verb that ends it alone is what was done.
        if let mark = (span.start..<span.end).last(where: { Self.leadBreaks.contains(text[$0]) }), text[mark] != "等" {
            guard let verb = lex.segmenter.words(text, span.start, span.end).last, verb.kind == .verb, verb.length >= 2, verb.start > mark else { return nil }
            span = Span(verb.start, verb.end)
        }
        guard (1...10).contains(span.length), (span.start..<span.end).allSatisfy({ text[$0].isHan && !Self.leadBreaks.contains(text[$0]) }) else { return nil }
        // 胡锦涛等亲切会见…: a phrase with a person in it reports an encounter, not what was counted.
        if persons.contains(where: { $0.start < span.end && $0.end > span.start }) { return nil }
        // 其中, 全国已: adverbs inside the phrase go (全国已设立 → 全国设立).
        return span
    }

    /// What a subject that names no bearer of its own measures: 增速 after 工资性收入增长17.7% is that income's growth,
    /// 产量 after 新疆棉花3500万亩 is that cotton's, 营业收入 after 休闲农业和乡村旅游接待16亿人次 is theirs. A subject
    /// with a place or body of its own, or in a clause with a topic of its own, keeps what it says.
    func bearer(of subject: Span, previous: String?, _ topics: ClauseTopics, bodies: ArraySlice<Span>, _ context: ExtractionContext) -> String? {
        let text = context.text, lex = context.lexicons
        if namesOwner(subject, context) || bodies.contains(where: { $0.start < subject.end && $0.end > subject.start }) { return nil }
        guard let k = topics.clause(at: subject.start) else { return nil }
        let bearer: String?
        if lex.statisticRelativeMeasures.longest(in: text, at: subject.start, limit: subject.end) == subject.length {
            bearer = previous ?? topics.carried(before: k).map { text.slice($0) }
        } else if lex.statisticBareMeasures.longest(in: text, at: subject.start, limit: subject.end) != subject.length,
                  let own = topics.clauses[k].topic, own != subject {
            return nil
        } else {
            bearer = topics.carried(before: k).map { text.slice($0) } ?? previous.flatMap { whose(measuredBy: $0, context) }
        }
        // 旅行服务继续…,旅行服务进出口: a subject that already says its bearer keeps what it says.
        let said = text.slice(subject)
        guard let bearer, !said.contains(bearer), !bearer.contains(said) else { return nil }
        return bearer
    }

    /// The period a subject opens with (2019年群众…, 今年1至9月,全国…), taken off it with the comma or 的 after it.
    func takePeriod(from s: inout Span, _ context: ExtractionContext) -> String? {
        guard let (p, n) = context.dates.period(in: context.text, at: s.start), n < s.length else { return nil }
        s.start += n
        Self.skipJoiners(&s, context.text)
        return p
    }

    static func skipJoiners(_ s: inout Span, _ text: TextBuffer) {
        while s.start < s.end, ",的".unicodeScalars.contains(text[s.start]) { s.start += 1 }
    }

    /// Whose the subject of the figure before says it measures (国有企业|营业总收入…;利润总额…, 我国货物贸易|进出口总值…;
    /// 贸易顺差…): the subject without the measure words it ends in, when what is left ends in a noun where a word of the
    /// subject ends (not 国内生产|总值, 全国规模以上工业企业实现|利润).
    func whose(measuredBy subject: String, _ context: ExtractionContext) -> String? {
        let text = TextBuffer(subject), lex = context.lexicons
        var e = text.count
        while e > 2 {
            let head = lex.statisticHeads.longest(in: text, at: e, limit: 0) ?? 0
            let bare = (2..<e).first(where: { lex.statisticBareMeasures.longest(in: text, at: $0, limit: e) == e - $0 }).map { e - $0 } ?? 0
            guard max(head, bare) > 0, max(head, bare) < e else { break }
            e -= max(head, bare)
        }
        guard e < text.count, e >= 2, let last = lex.segmenter.words(text, 0, text.count).last(where: { $0.end == e }),
              let kind = last.kind, Self.bearerEnds.contains(kind) else { return nil }
        return text.slice(0, e)
    }
    static let bearerEnds: Set<WordClass> = [.noun, .place, .proper, .lexicon]

    /// Whose and what is measured, written once where one ends as the other begins (我国货物贸易 + 贸易顺差).
    static func joined(_ whose: String, _ named: String) -> String {
        if named.hasPrefix(whose) { return named }
        guard let n = (2...max(2, min(whose.count, named.count) - 1)).reversed().first(where: { whose.hasSuffix(named.prefix($0)) }),
              n < named.count else { return whose + named }
        return whose + named.dropFirst(n)
    }

    /// Whether a phrase names a place or a body of its own (浙江, 全国, 国家统计局).
    func names(_ phrase: String, _ context: ExtractionContext) -> Bool {
        let text = TextBuffer(phrase)
        return (0..<text.count).contains { context.lexicons.ownerLength(in: text, at: $0, limit: text.count) != nil }
            || context.lexicons.orgSuffixes.longest(in: text, at: text.count) != nil
    }

    /// 湖北省…，建档立卡贫困人口达到590万人: the place a sentence opens with says where a figure is, when its
    /// subject names no place of its own (湖北省建档立卡贫困人口).
    /// The subject's own clause is read first, then each clause before it back to the sentence's start: the place
    /// that opens the nearest one is the owner (目前,阜宁县已经有…,新增了50多个…基地 → 阜宁县).
    func owner(of subject: Span, _ sentence: Span, _ context: ExtractionContext) -> String? {
        let text = context.text
        if namesOwner(subject, context) { return nil }
        let own = Clauses.clauseStart(text, before: subject.start, floor: sentence.start)
        var start = own
        while true {
            // …,全国粮食产量增长2%,棉花产量下降3%: a clause between with a figure of its own keeps its owner; the
            // sentence's opening place owns all of it.
            if let name = owner(at: start, before: subject, context),
               start == own || start == sentence.start || !(name.end..<Clauses.clauseEnd(text, from: name.end, ceiling: subject.start)).contains(where: { text[$0].isASCIIDigit }) {
                return text.slice(name)
            }
            guard start > sentence.start else { return nil }
            start = Clauses.clauseStart(text, before: start - 1, floor: sentence.start)
        }
    }

    func owner(at start: Int, before subject: Span, _ context: ExtractionContext) -> Span? {
        let text = context.text
        var t = start
        var moved = true
        while moved, t < subject.start {
            moved = false
            if let (_, n) = context.dates.period(in: text, at: t), n > 0 { t += n; moved = true }
            if let n = context.lexicons.timeWords.longest(in: text, at: t, limit: subject.start) { t += n; moved = true }
            if t < subject.start, "在据,:".unicodeScalars.contains(text[t]) || text.matches("当地时间", at: t) { t += text.matches("当地时间", at: t) ? 4 : 1; moved = true }
        }
        let k = t + context.lexicons.ownersLength(in: text, at: t, limit: subject.start)
        guard k > t, k < subject.start else { return nil }
        // 我国与“一带一路”沿线国家进出口总值: a subject cut inside the owner's own clause (at a quote, after 与) is a
        // relation of the place, not a measure of it.
        // Only where the subject is in the owner's own clause: 北川县依靠农家乐和特色农业,村民人均纯收入… keeps 北川县.
        if Clauses.clauseEnd(text, from: k, ceiling: subject.start) >= subject.start,
           (k..<subject.start).contains(where: { "“”《》与和同对向及".unicodeScalars.contains(text[$0]) }) { return nil }
        return Span(t, k)
    }

    /// 四川省抗震救灾指挥部的消息,全省因地震损毁公路…: the 全省 (全市, 全区, 全县) a subject opens with is the
    /// province (city, region, county) the article named last before it, when it named one with that 省 (市, 区, 县).
    func wholeRegion(at k: Int, _ context: ExtractionContext) -> String? {
        let text = context.text, lex = context.lexicons
        guard k + 2 < text.count, text[k] == "全", Lexicons.adminSuffixes.contains(text[k + 1]) else { return nil }
        // 全市场, 全区域: 全 opens another word.
        guard lex.segmenter.words(text, k, min(text.count, k + 4)).first?.length == 2 else { return nil }
        return LocalBodies.place(of: text[k + 1], before: k, context)
    }

    /// Whether a span names a place or a word of whose of its own (湖北省…, 全国).
    func namesOwner(_ span: Span, _ context: ExtractionContext) -> Bool {
        (span.start..<span.end).contains { context.lexicons.ownerLength(in: context.text, at: $0, limit: span.end) != nil }
    }

    /// 7日, 今天, 当地时间19日 at the start of a clause before the figure: a day's count (新增病例, 积雪厚度) is of that
    /// day, when the text gives no longer period. The nearest wins (今天(11月28日)通报,11月27日0—24时,…新增病例 is
    /// of the 27th); a day in brackets only restates the one before it.
    /// Does the clause of a subject starting at `s` open with 其中 (其中境外输入, 其中,医疗保健)?
    static func opensWithin(before s: Int, _ sentence: Span, _ text: TextBuffer) -> Bool {
        var k = s
        while k > sentence.start, text[k - 1] == "," || text[k - 1] == " " { k -= 1 }
        return k - 2 >= sentence.start && text.matches("其中", at: k - 2)
    }

    func dayEarlier(before i: Int, _ sentence: Span, _ context: ExtractionContext) -> String? {
        let text = context.text
        var k = sentence.start
        var found: String?
        while k < i {
            if k == sentence.start || Self.subjectBreaks.contains(text[k - 1]) && text[k - 1] != "(" {
                var d = k
                if text.matches("当地时间", at: d) { d += 4 }
                if let (day, _) = context.dates.day(in: text, at: d) { found = day.written }
            }
            k += 1
        }
        return found
    }

    /// The days and stretches of time written anywhere in a sentence, outside titles and quotes, with where each
    /// ends: the last one before a figure (以色列军方13日称,以军战机当天轰炸了4处军事设施; 在工作的七年时间里,…检测
    /// 焊头8000多个) is the time of a figure whose sentence gives no period at a clause's start.
    func timesWithin(_ sentence: Span, _ context: ExtractionContext) -> [(end: Int, time: String)] {
        let text = context.text
        var found: [(end: Int, time: String)] = []
        var depth = 0
        var k = sentence.start
        while k < sentence.end {
            let c = text[k]
            if c == "《" || c == "“" { depth += 1 } else if c == "》" || c == "”" { depth = max(0, depth - 1) }
            if depth == 0, k == sentence.start || !text[k - 1].isASCIIDigit {
                if let (day, n) = context.dates.day(in: text, at: k) { found.append((k + n, day.written)); k += n; continue }
                if let n = context.dates.duration(in: text, at: k) { found.append((k + n, text.slice(k, k + n))); k += n; continue }
            }
            k += 1
        }
        return found
    }

    static let clauseConjunctions: ScalarSet = ScalarSet("但而")

    /// A period written at the start of a clause earlier in the sentence.
    func periodEarlier(before i: Int, _ sentence: Span, _ context: ExtractionContext) -> String? {
        let text = context.text
        var k = sentence.start
        var found: String?
        while k < i {
            if k == sentence.start || Self.subjectBreaks.contains(text[k - 1]) || text[k - 1] == "、" {
                // 但2010年的一场暴雨: a conjunction may open the clause before its period.
                let d = Self.clauseConjunctions.contains(text[k]) ? k + 1 : k
                if let (p, n) = context.dates.period(in: text, at: d), n >= 2 { found = p }
            }
            k += 1
        }
        return found
    }

    func record(_ found: Found, _ subject: Span?, _ figure: Figure, from: Figure?, _ context: inout ExtractionContext) {
        let text = context.text
        // The same figure about the same subject, said twice in one article, is one statistic.
        // The key is the subject as written, without the owner or verb added to it: a headline's 创业家对话12场 and the
        // body's 首次设置了12场创业家对话 are one figure.
        let key = "\(subject.map { text.slice($0) } ?? found.subject)|\(figure.value)|\(figure.unit)"
        guard context.firstTime("statistic|" + key) else { return }
        let whole = Span(subject.map { min($0.start, figure.span.start) } ?? figure.span.start, max(subject?.end ?? 0, figure.span.end))
        // A figure is what one article reported on its day: 本土病例1例 of 51 daily bulletins is 51 statistics, not one.
        let reported = context.dates.articleDate.map { "(\($0))" } ?? ""
        let name = found.subject + (from.map { "由\($0.value)\($0.unit)" } ?? "") + found.direction + (figure.approximation?.word ?? "") + text.slice(figure.span) + reported
        let stat = context.mention(.statistic, name, whole)
        context.fact(stat, Predicate.subject, literal: found.subject, subject ?? figure.span)
        context.fact(stat, Predicate.value, literal: figure.value, figure.span)
        context.fact(stat, Predicate.unit, literal: figure.unit, figure.span)
        if !found.direction.isEmpty { context.fact(stat, Predicate.direction, literal: found.direction, figure.span) }
        if let period = found.period { context.fact(stat, Predicate.period, literal: period, whole) }
        if let a = figure.approximation { context.fact(stat, Predicate.qualifier, literal: a.word, a.span) }
        if let q = figure.qualifier { context.fact(stat, Predicate.qualifier, literal: q, figure.span) }
        if let from { context.fact(stat, Predicate.fromValue, literal: from.value, from.span) }
        else if let range = figure.rangeFrom { context.fact(stat, Predicate.fromValue, literal: range.value, range.span) }
        context.fact(context.mainMeeting ?? context.article, Predicate.citedStatistic, stat, whole)
    }
}
