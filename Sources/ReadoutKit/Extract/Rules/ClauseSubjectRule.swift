/// People named at the head of a clause, alone or in a list, right before a verb of speech, meeting or travel:
/// 胡锦涛强调, 王沪宁、栗战书、杨洁篪参加会见, 卢卡申科表示. The verb is the evidence that the words are a name;
/// two or three characters after a surname are not enough on their own.
public struct ClauseSubjectRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "clause_subject",
        summary: "A person named at the head of a clause before a verb of speech, meeting or travel.",
        examples: [
            Example("胡锦涛强调,要坚定不移推进改革。", yields: ["文章 mentions 胡锦涛"]),
            Example("王沪宁、栗战书、杨洁篪等参加会见。", yields: ["文章 mentions 王沪宁", "文章 mentions 栗战书", "文章 mentions 杨洁篪"]),
            Example("欢迎仪式后,卢卡申科表示,白方愿同中方深化合作。", yields: ["文章 mentions 卢卡申科"]),
            Example("高度重视安全生产工作。", forbids: ["mentions"]),
            Example("安全生产形势表示稳定。", forbids: ["mentions"]),
            // A common noun or a province of the general vocabulary is no name (NameReader).
            Example("战车介绍了性能,安徽省表示支持。", forbids: ["mentions"]),
            Example("农业在国民经济中地位重要,丰富也在增加。", forbids: ["mentions"]),
            Example("发展林下经济,林药、林蜂、林油等产业形成规模;应对气候变化,应遵循共同但有区别的责任原则。", forbids: ["mentions"]),
            Example("巴西前总统表示,将出席会议。", forbids: ["mentions"]),
            // A country and one character (伊朗曾), a country's side (马方), a pronoun (向你) are no name.
            Example("伊朗曾表示愿意交换,马方表示将回应,我代表中国政府向你表示诚挚谢意。", forbids: ["mentions"]),
            // A transliterated name ends before the word glued to it.
            Example("巴沙尔·阿萨德在发言中说,约瑟夫·艾伦评论指出,局势复杂。", forbids: ["文章 mentions 巴沙尔·阿萨德在", "文章 mentions 约瑟夫·艾伦评论"]),
        ]
    )

    public init() {}

    static let heads: ScalarSet = ScalarSet(",;:。!?、”“ \n")

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        for sentence in context.doc.sentences {
            var i = sentence.span.start
            while i < sentence.span.end {
                // Only where a name can start: a surname or a transliterating character (most clause heads are neither).
                if i == sentence.span.start || Self.heads.contains(text[i - 1]),
                   context.lexicons.surnames.contains(text[i]) || context.lexicons.transliteration.contains(text[i])
                    || context.lexicons.compoundSurnames.longest(in: text, at: i, limit: sentence.span.end) != nil {
                    let names = list(at: i, sentence.span, &context)
                    for name in names {
                        let person = context.mention(.person, text.slice(name), name)
                        context.fact(context.article, Predicate.mentions, person, name)
                    }
                    if let last = names.last { i = last.end; continue }
                }
                i += 1
            }
        }
    }

    /// Names joined by 、 or 和 from `i`, ending before a subject verb; empty unless the verb is there.
    func list(at i: Int, _ sentence: Span, _ context: inout ExtractionContext) -> [Span] {
        let text = context.text, lex = context.lexicons, names = context.names
        var found: [Span] = []
        var k = i
        while k < sentence.end {
            guard let n = nameLength(at: k, sentence, names, lex) else { return [] }
            found.append(Span(k, k + n))
            k += n
            if k < sentence.end, text[k] == "、" || text[k] == "和" { k += 1; continue }
            // One name needs a verb of two characters or more (胡锦涛强调); a list may end in 等, 在, 也.
            guard let verb = lex.subjectVerbs.longest(in: text, at: k, limit: sentence.end), found.count > 1 || verb >= 2 else { return [] }
            // 林药、林蜂、林油等产业: after 等 comes a verb of the list, or the clause ends.
            if text[k] == "等", verb == 1, k + 1 < sentence.end, !Clauses.clauseBreaks.contains(text[k + 1]),
               (lex.subjectVerbs.longest(in: text, at: k + 1, limit: sentence.end) ?? 0) < 2 { return [] }
            return found
        }
        return []
    }

    /// A Chinese name (surname, one or two given characters) or a transliterated one, followed by 、, 和 or a verb.
    func nameLength(at k: Int, _ sentence: Span, _ names: NameReader, _ lex: Lexicons) -> Int? {
        let text = names.text
        func followed(_ e: Int) -> Bool {
            e < sentence.end && (text[e] == "、" || text[e] == "和" || lex.subjectVerbs.longest(in: text, at: e, limit: sentence.end) != nil)
        }
        for n in [3, 2] where k + n <= sentence.end && names.isName(k, k + n) && followed(k + n) {
            // 刘多和: a name of two before 和 is not 刘多和 before a verb.
            if n == 3, text[k + 2] == "和" || lex.subjectVerbs.longest(in: text, at: k + 2, limit: sentence.end) ?? 0 >= 2 { continue }
            return n
        }
        if let n = names.foreignNameLength(at: k, limit: sentence.end), followed(k + n) { return n }
        // A transliterated name of three characters or more (卢卡申科表示), not starting with an ordinary word.
        guard lex.notNames.longest(in: text, at: k) == nil else { return nil }
        return names.transliteratedNameLength(at: k, limit: sentence.end, shortest: 3, ends: followed)
    }
}
