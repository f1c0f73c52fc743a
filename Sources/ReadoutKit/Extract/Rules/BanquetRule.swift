/// Banquets a leader gives: HOSTS (date)(在 PLACE) 举行(了) (欢迎)宴会/国宴/晚宴/招待会 (国家主席胡锦涛和夫人刘永清在人民大会堂
/// 举行宴会,欢迎…贵宾). An event of its own, named by its hosts as a guest's attendance names it (胡锦涛、刘永清举行的宴会),
/// the hosts at it; those who 出席 or 参加上述活动 after it join it through the attendance rule, not the summit the
/// guests came for.
public struct BanquetRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "banquet",
        summary: "HOSTS 举行 BANQUET (meeting_words.txt of the kind 宴会): a banquet the hosts give.",
        examples: [
            Example("国家主席胡锦涛和夫人刘永清在北京人民大会堂举行宴会,欢迎来华出席中非合作论坛北京峰会的非方及国际贵宾。",
                    yields: ["文章 reports 胡锦涛、刘永清举行的宴会", "胡锦涛 attended 胡锦涛、刘永清举行的宴会", "刘永清 attended 胡锦涛、刘永清举行的宴会",
                             "胡锦涛、刘永清举行的宴会 kind 宴会"]),
            Example("国务院总理李强在人民大会堂举行盛大欢迎晚宴。", yields: ["李强 attended 李强举行的盛大欢迎晚宴"]),
            // One given for guests (为…) is the encounter rule's, named by the guest; an unnamed spouse is no host.
            Example("当晚,希腊总统帕夫洛普洛斯和夫人在总统府为国家主席胡锦涛和夫人刘永清举行隆重欢迎宴会。法国总统马克龙和夫人在爱丽舍宫举行宴会。",
                    yields: ["马克龙 attended 马克龙举行的宴会"], forbids: ["帕夫洛普洛斯、胡锦涛", "举行的隆重欢迎宴会", "夫人 attended"]),
            // A banquet still to come, or one the host attends, is no banquet the host gives here.
            Example("国家主席胡锦涛将在人民大会堂举行宴会。李强出席普京举行的欢迎宴会。", forbids: ["胡锦涛 attended", "李强举行的"]),
        ],
        reads: ["official"]
    )

    public init() {}
    static let verbs = ["举行了", "举行", "举办了", "举办"]

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        var i = sentence.start
        while i < sentence.end {
            guard let verb = Self.verbs.first(where: { text.matches($0, at: i) }) else { i += 1; continue }
            defer { i += 2 }
            let after = i + verb.unicodeScalars.count
            // 举行的…: an event named after its host elsewhere (AttendanceRule.object).
            guard after < sentence.end, text[after] != "的", let end = banquetEnd(after, sentence, text, lex) else { continue }
            let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
            // 为胡锦涛和夫人刘永清举行: a banquet given for guests the text names is the encounter rule's
            // (EncounterRule.ceremony, named by the guest: 欢迎宴会(胡锦涛)), one event, not two. Given for guests it names
            // no one of (为各国议长), it is the hosts' (张德江举行的早餐会), and those after 为 are none of them; nor is the
            // place before the verb (在人民大会堂举行).
            let wei = (clause..<i).last(where: { text[$0] == "为" })
            if let wei, EncounterRule.guests(givenFor: wei, before: i, context) != nil { continue }
            let hostLimit = wei ?? i
            var hostEnd = (max(clause, hostLimit - 16)..<hostLimit).last(where: { text[$0] == "在" }) ?? hostLimit
            // 帕夫洛普洛斯和夫人: a spouse the text does not name is no one to list.
            for word in ["和夫人", "夫妇"] where text.matches(word, at: hostEnd - word.unicodeScalars.count) { hostEnd -= word.unicodeScalars.count }
            guard hostEnd > clause, let hosts = EncounterRule().people(before: hostEnd, sentence, &context), !hosts.persons.isEmpty,
                  !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), text), context.namesEveryone(hosts) else { continue }
            let word = text.slice(after, end)
            let event = context.report(EncounterRule.partyName(hosts, text) + "举行的" + word, Span(hosts.start, end), kind: lex.eventKind(word))
            if let day = context.dates.articleDate { context.fact(event, Predicate.heldOn, literal: day.description, Span(i, end)) }
            EncounterRule().attend(hosts, event, role: "举行", &context)
        }
    }

    /// Where a banquet's word (a meeting word of the kind 宴会) ends a short phrase of Han characters right after the
    /// verb (宴会, 盛大欢迎晚宴), or nil.
    func banquetEnd(_ start: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        var k = start
        while k < sentence.end, k - start < 8, text[k].isHan { k += 1 }
        guard k > start + 1, let n = lex.meetingWords.longest(in: text, at: k, limit: start),
              lex.eventKind(text.slice(k - n, k)) == Self.kind else { return nil }
        return k
    }
    static let kind = "宴会"
}
