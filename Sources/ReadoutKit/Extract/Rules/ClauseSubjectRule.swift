/// People named at the head of a clause, alone or in a list, right before a verb of speech, meeting or travel:
/// 胡锦涛强调, 王沪宁、栗战书、杨洁篪参加会见, 卢卡申科表示, or right after a noun of what a person is (村民某某说). The verb
/// or the noun is the evidence that the words are a name; two or three characters after a surname are not enough on
/// their own.
public struct ClauseSubjectRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "clause_subject",
        summary: "A person named at the head of a clause before a verb of speech, meeting or travel, or right after a noun of what a person is.",
        examples: [
            Example("胡锦涛强调,要坚定不移推进改革。", yields: ["文章 mentions 胡锦涛"]),
            Example("王沪宁、栗战书、杨洁篪等参加会见。", yields: ["文章 mentions 王沪宁", "文章 mentions 栗战书", "文章 mentions 杨洁篪"]),
            Example("欢迎仪式后,卢卡申科表示,白方愿同中方深化合作。", yields: ["文章 mentions 卢卡申科"]),
            // A noun of what a person is before the name (person_roles.txt) is evidence enough before a clause break or a
            // verb of one character; a word of the vocabulary or of address is still none.
            Example("不久前,台湾同胞薛清德,在平潭的公司开业了。村民张德凤说,收入多了。", yields: ["文章 mentions 薛清德", "文章 mentions 张德凤"]),
            Example("许成发告诉记者,国产化率已很高。", yields: ["文章 mentions 许成发"]),
            Example("来自村民的意见,游客王府井购物,老人们说起往事。员工加班费,老师傅一再强调,要让村民信服,把群众冷暖挂在心上,制作家常菜品,公交司机姚师傅说。工人师傅正在分解,大学生南疆考察,侨胞回国访问,妻子董某在医院。",
                    forbids: ["mentions"]),
            Example("高度重视安全生产工作。", forbids: ["mentions"]),
            Example("安全生产形势表示稳定。", forbids: ["mentions"]),
            // A common noun or a province of the general vocabulary is no name (NameReader).
            Example("战车介绍了性能,安徽省表示支持。", forbids: ["mentions"]),
            Example("农业在国民经济中地位重要,丰富也在增加。", forbids: ["mentions"]),
            Example("发展林下经济,林药、林蜂、林油等产业形成规模;应对气候变化,应遵循共同但有区别的责任原则。", forbids: ["mentions"]),
            Example("巴西前总统表示,将出席会议。", forbids: ["mentions"]),
            // A country and one character (伊朗曾), a country's side (马方), a pronoun (向你) are no name.
            Example("伊朗曾表示愿意交换,马方表示将回应,我代表中国政府向你表示诚挚谢意。", forbids: ["mentions 伊朗曾", "mentions 马方", "mentions 向你", "mentions 我代表"]),
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
                // Only where a name can start: a surname or a transliterating character (most clause heads are neither),
                // at a clause's head or after a role (read only there: it costs a look back and a segmentation).
                if context.lexicons.surnames.contains(text[i]) || context.lexicons.transliteration.contains(text[i])
                    || context.lexicons.compoundSurnames.longest(in: text, at: i, limit: sentence.span.end) != nil,
                   case let head = i == sentence.span.start || Self.heads.contains(text[i - 1]),
                   case let role = !head && roleBefore(i, sentence.span, context), head || role {
                    let names = list(at: i, sentence.span, afterRole: role, &context)
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

    /// Whether a noun of what a person is stands right before `i`, itself at the head of a clause (村民|某某说,
    /// 台湾同胞|某某，): a name there needs less of a verb after it.
    func roleBefore(_ i: Int, _ sentence: Span, _ context: ExtractionContext) -> Bool {
        let text = context.text
        guard let n = context.lexicons.personRoles.longest(in: text, at: i, limit: sentence.start) else { return false }
        let k = i - n
        // 台湾同胞, 贵州村民: a place or one of a few words may stand before the role, not a clause (来自台湾的).
        var start = k
        while start > sentence.start, !Self.heads.contains(text[start - 1]), k - start < 6, text[start - 1] != "的" { start -= 1 }
        guard start == sentence.start || Self.heads.contains(text[start - 1]) else { return false }
        // The role ends a word (台湾同胞, not 老师|傅 or 制作|家常): the vocabulary reads a word ending where it ends.
        let words = context.lexicons.segmenter.words(text, start, min(sentence.end, i + 4))
        return words.contains { $0.end == i && $0.start <= k }
    }

    /// After a role the name is plain: no common word inside it or running on past it (员工|加班费, 村民|信服, 群众|冷暖挂,
    /// 老师|傅一再 are words, not names).
    func plainName(_ s: Int, _ e: Int, _ names: NameReader) -> Bool {
        // A place of the vocabulary (南疆; jieba writes 回国 as one too) is no name either.
        if names.lexicons.segmenter.vocabulary.kind(names.text, s, e) == .place { return false }
        return !(s..<e).contains { k in (2...4).contains { m in k + m <= names.text.count && names.isCommonWord(k, k + m, at: Self.plainFloor) } }
    }
    /// e^1 ≈ 3: a word of the vocabulary written at all (楼里 3, 加班费 74) is no name.
    static let plainFloor: Float = 1.0

    /// Names joined by 、 or 和 from `i`, ending before a subject verb; empty unless the verb is there (after a role, a
    /// clause break or a verb of one character will do).
    func list(at i: Int, _ sentence: Span, afterRole: Bool = false, _ context: inout ExtractionContext) -> [Span] {
        let text = context.text, lex = context.lexicons, names = context.names
        var found: [Span] = []
        var k = i
        while k < sentence.end {
            guard let n = nameLength(at: k, sentence, names, lex, afterRole: afterRole && found.isEmpty) else { return [] }
            found.append(Span(k, k + n))
            k += n
            if k < sentence.end, text[k] == "、" || text[k] == "和" { k += 1; continue }
            // After a role (村民某某说, 台湾同胞某某，, 选手某某在): one name may end the clause or stand before a verb of one
            // character.
            if afterRole, found.count == 1, Clauses.clauseBreaks.contains(text[k]) || lex.subjectVerbs.longest(in: text, at: k, limit: sentence.end) != nil { return found }
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
    func nameLength(at k: Int, _ sentence: Span, _ names: NameReader, _ lex: Lexicons, afterRole: Bool = false) -> Int? {
        let text = names.text
        func followed(_ e: Int) -> Bool {
            e < sentence.end && (text[e] == "、" || text[e] == "和" || lex.subjectVerbs.longest(in: text, at: e, limit: sentence.end) != nil
                || afterRole && Clauses.clauseBreaks.contains(text[e]))
        }
        for n in [3, 2] where k + n <= sentence.end && names.isName(k, k + n) && followed(k + n) && (!afterRole || plainName(k, k + n, names)) {
            // 刘多和: a name of two before 和 is not 刘多和 before a verb.
            if n == 3, text[k + 2] == "和" || lex.subjectVerbs.longest(in: text, at: k + 2, limit: sentence.end) ?? 0 >= 2 { continue }
            return n
        }
        if let n = names.foreignNameLength(at: k, limit: sentence.end), followed(k + n), !afterRole || plainName(k, k + n, names) { return n }
        // A transliterated name of three characters or more (卢卡申科表示), not starting with an ordinary word.
        guard lex.notNames.longest(in: text, at: k) == nil,
              let n = names.transliteratedNameLength(at: k, limit: sentence.end, shortest: 3, ends: followed),
              !afterRole || plainName(k, k + n, names) else { return nil }
        return n
    }
}
