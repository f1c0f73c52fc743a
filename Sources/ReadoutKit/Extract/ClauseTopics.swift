/// The topics of a sentence's clauses: the phrase a clause opens with, before its predicate (贵州农民家庭人均工资性收入|
/// 同比增长17.7%, 休闲农业和乡村旅游|接待16亿人次, 国家发展改革委|共审批核准…). Chinese leaves the topic out of the
/// clauses that continue it (…,实现营业收入4200亿元; …,总投资6977亿元): what such a clause says is about the topic
/// of a clause before it. Adverbial clauses (在…上, 截至今天, 据统计) and sources (数据显示, 有关负责人表示) have none.
struct ClauseTopics {
    /// Each clause of the sentence in order, with its topic when it opens with one (a topic its predicate or a time
    /// follows: 国家发展改革委|共审批…, 热带气旋“法尼”|3日登陆; not a clause that is all topic: 专家判断), and whether
    /// that topic is itself measured by a figure right after it (转移疏散人员|共计61500多人, 刑事案件发案|同比下降55%):
    /// a measure, or a phrase opening with a count, is no bearer of what later clauses count.
    let clauses: [(span: Span, topic: Span?, measured: Bool)]

    /// Topics are at most this long: a longer opening is a clause of its own, not a name of what it is about.
    static let longest = 16
    static let breaks = Array(",;:。!?".unicodeScalars)
    static let topicMarks: ScalarSet = ScalarSet("“”《》()·、")
    /// A topic ending in one of these was cut inside a phrase (人民日报海外版自|1985年, 印度阿萨姆邦、|比哈尔邦).
    static let danglingEnds: ScalarSet = ScalarSet("自在从于对向被把将、“《(")

    static func balanced(_ span: Span, _ text: TextBuffer) -> Bool {
        var depth = 0
        for i in span.start..<span.end {
            if Clauses.open.contains(text[i]) { depth += 1 } else if Clauses.close.contains(text[i]) { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    init(_ sentence: Span, protected: ArraySlice<Span>, persons: ArraySlice<Span>, _ context: ExtractionContext) {
        let text = context.text
        clauses = Clauses.split(text, sentence, at: Self.breaks).map { clause in
            let topic = Self.topic(of: clause, protected: protected, persons: persons, context)
            // 全国共有223925名记者, 天津已有近500家污染企业: a place counts what follows its figure; it bears it.
            // 三类企业, 五个月: a phrase opening with a count is the clause's own, but what it counts bears nothing.
            return (clause, topic, topic.map { Numerals.isNumeral(text[$0.start]) || context.lexicons.ownersLength(in: text, at: $0.start, limit: $0.end) != $0.length && Self.figureFollows($0.end, clause, context) } ?? false)
        }
    }

    static func topic(of clause: Span, protected: ArraySlice<Span>, persons: ArraySlice<Span>, _ context: ExtractionContext) -> Span? {
        let text = context.text, lex = context.lexicons
        // 央视网消息(新闻联播):, 据统计, 数据显示: a lead-in or a source.
        if clause.end < text.count, text[clause.end] == ":" { return nil }
        var s = clause.start
        var moved = true
        while moved, s < clause.end {
            moved = false
            if let (_, n) = context.dates.period(in: text, at: s), n > 0 {
                s += n; moved = true
                if s < clause.end, text[s] == "度" { s += 1 }   // 2011年度
            } else if let (_, n) = context.dates.day(in: text, at: s), n > 0 { s += n; moved = true }
            else if text.matches("当地时间", at: s) { s += 4; moved = true }
            else if let n = lex.timeWords.longest(in: text, at: s, limit: clause.end) { s += n; moved = true }
            else if let n = lex.topicSkips.longest(in: text, at: s, limit: clause.end) { s += n; moved = true }
        }
        guard s < clause.end, lex.topicEnds.longest(in: text, at: s, limit: clause.end) == nil else { return nil }
        if lex.placeLength(in: text, at: s, limit: clause.end) == nil, lex.topicOpeners.longest(in: text, at: s, limit: clause.end) != nil { return nil }
        var e = s
        var predicateFollows = false
        while e < clause.end {
            if let p = protected.first(where: { $0.start == e }), p.end <= clause.end { e = p.end; continue }
            if let n = lex.placeLength(in: text, at: e, limit: clause.end) { e += n; continue }
            let c = text[e]
            if c.isASCIIDigit {
                predicateFollows = context.dates.day(in: text, at: e) != nil || context.dates.period(in: text, at: e) != nil
                break
            }
            if !(c.isHan || topicMarks.contains(c)) { break }
            if e > s, lex.topicEnds.longest(in: text, at: e, limit: clause.end) != nil || lex.timeWords.longest(in: text, at: e, limit: clause.end) != nil
                || text.matches("当地时间", at: e)
                || StatisticRule.comparison(at: e, limit: clause.end, text) {
                predicateFollows = true
                break
            }
            e += 1
        }
        let topic = text.trimmed(Span(s, e))
        // 第三是居民收入稳: an ordinal that numbers a point is no topic (第十八届中国专利奖 is).
        if topic.length <= 3, text[topic.start] == "第" { return nil }
        // 巩固了社会大局: a phrase with an aspect mark is a predicate, not a topic.
        if (topic.start..<topic.end).contains(where: { text[$0] == "了" }) { return nil }
        guard predicateFollows, topic.length > 0, !danglingEnds.contains(text[topic.end - 1]), balanced(topic, text), (2...longest).contains(topic.length), text[topic.start].isHan || "“《".unicodeScalars.contains(text[topic.start]),
              !StatisticRule.unfinished.contains(text[topic.end - 1]), text[topic.end - 1] != "的",
              !persons.contains(where: { $0.start < topic.end && $0.end > topic.start }) else { return nil }
        if (clause.start..<clause.end).contains(where: { lex.sourceVerbs.longest(in: text, at: $0, limit: clause.end) != nil }) { return nil }
        return topic
    }

    /// Whether a figure comes right after `i`, past the words between a measure and its figure (共计, 同比增长, 比上年
    /// 下降, 将新增, 为): then the phrase before `i` is what the figure measures.
    static func figureFollows(_ i: Int, _ clause: Span, _ context: ExtractionContext) -> Bool {
        let text = context.text, lex = context.lexicons
        var k = i
        while k < clause.end, k - i <= 12 {
            if text[k].isASCIIDigit { return context.dates.day(in: text, at: k) == nil && context.dates.period(in: text, at: k) == nil }
            if StatisticRule.comparison(at: k, limit: clause.end, text) {
                k += 1
                while k < clause.end, k - i <= 12, lex.statisticWords.longest(in: text, at: k, limit: clause.end) == nil { k += 1 }
                continue
            }
            guard let n = [lex.statisticWords, lex.statisticPrefixes, lex.topicAdverbs].lazy.compactMap({ $0.longest(in: text, at: k, limit: clause.end) }).max() else { return false }
            k += n
            if k < clause.end, text[k] == "了" { k += 1 }   // 增长了近2倍
        }
        return false
    }

    /// The index of the clause that holds `i`.
    func clause(at i: Int) -> Int? {
        clauses.lastIndex { $0.span.start <= i }
    }

    /// The topic a clause without its own continues: the sentence's first topic before it that is not itself a figure's
    /// subject (伊拉克首都巴格达市区21日发生…,另有110人受伤: the city's, not an intermediate clause's).
    func carried(before index: Int) -> Span? {
        clauses[..<index].first { $0.topic != nil && !$0.measured }?.topic
    }
}
