/// Gatherings a leader holds with guests: HOST (date)(在 PLACE) 同 GUESTS 欢聚一堂 (胡锦涛…在人民大会堂同各民主党派中央、
/// 全国工商联负责人和无党派人士代表欢聚一堂,共迎佳节). An event of its own, named as written without titles, date and
/// place, the host at it; those who 出席 or 参加活动 after it join it through the attendance rule. The text names
/// such a gathering, so it is no meeting named after the headline.
public struct GatheringRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "gathering",
        summary: "HOST 同 GUESTS 欢聚一堂 (gathering_words.txt): a gathering the host holds with guests.",
        examples: [
            Example("中共中央总书记胡锦涛22日下午在人民大会堂同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂,共迎佳节。",
                    yields: ["文章 reports 胡锦涛同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂",
                             "胡锦涛 attended 胡锦涛同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂",
                             "胡锦涛同各民主党派中央、全国工商联负责人和无党派人士代表欢聚一堂 kind 活动"]),
            Example("中共中央总书记胡锦涛6日下午在人民大会堂同各民主党派中央、全国工商联负责人和无党派人士代表座谈并共迎新春。",
                    yields: ["胡锦涛 attended 胡锦涛同各民主党派中央、全国工商联负责人和无党派人士代表座谈并共迎新春"]),
            // No host the article names as an official: people gather, no one holds it.
            Example("各族群众同远方来客欢聚一堂,共庆佳节。", forbids: ["reports", "attended"]),
        ],
        reads: ["official"]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        for (i, n) in lex.gatheringWords.matches(in: text, sentence) {
            let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
            // 同 GUESTS: the guests between the last 同 or 与 of the clause and the word.
            guard let with = (clause..<i).last(where: { text[$0] == "同" || text[$0] == "与" }), i - with > 2 else { continue }
            // 在人民大会堂同…: the place before 同 is no part of the host.
            let hostEnd = (max(clause, with - 12)..<with).last(where: { text[$0] == "在" }) ?? with
            guard let hosts = EncounterRule().people(before: hostEnd, sentence, &context),
                  !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), text), context.namesEveryone(hosts) else { continue }
            let word = text.slice(i, i + n)
            let name = EncounterRule.partyName(hosts, text) + "同" + text.slice(with + 1, i) + word
            let span = Span(hosts.start, i + n)
            let event = context.report(name, span, kind: lex.eventKind(word))
            if let day = context.dates.articleDate { context.fact(event, Predicate.heldOn, literal: day.description, span) }
            EncounterRule().attend(hosts, event, role: word, &context)
        }
    }
}
