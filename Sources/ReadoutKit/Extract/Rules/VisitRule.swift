/// Visits of state: VISITOR (date)(抵达 PLACE,)(开始)对 COUNTRY 进行 国事/正式 访问 (胡锦涛18日抵达斯里巴加湾,开始对
/// 文莱达鲁萨兰国进行国事访问). An event of its own, named as written without date and place (胡锦涛对文莱达鲁萨兰国进行
/// 国事访问), kind 访问, the visitor at it; the companions who 陪同访问 or 参加有关活动 after it join the visit, not the
/// headline. A visit announced (将…), ended (结束对…) or only planned is none.
public struct VisitRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "visit",
        summary: "VISITOR 对 COUNTRY 进行 (visit_kinds.txt) 访问: a visit of state.",
        examples: [
            Example("国家主席胡锦涛18日抵达斯里巴加湾,开始对文莱达鲁萨兰国进行国事访问。王沪宁、栗战书等陪同访问。",
                    yields: ["文章 reports 胡锦涛对文莱达鲁萨兰国进行国事访问", "胡锦涛对文莱达鲁萨兰国进行国事访问 kind 访问",
                             "胡锦涛 attended 胡锦涛对文莱达鲁萨兰国进行国事访问"]),
            Example("应邀对法国进行国事访问的国家主席胡锦涛出席欢迎仪式。", forbids: ["reports 胡锦涛对"]),
            // The one who invites is no visitor.
            Example("国家主席胡锦涛乘专机抵达巴黎,应法兰西共和国总统萨科齐邀请,对法国进行国事访问。",
                    yields: ["胡锦涛 attended 胡锦涛对法国进行国事访问"], forbids: ["萨科齐对法国", "萨科齐 attended"]),
            // A visit welcomed is the ceremony's object, not an event reported on its own.
            Example("越共中央总书记阮富仲在主席府广场举行隆重的仪式欢迎中国国家主席胡锦涛对越南进行国事访问。", forbids: ["reports 胡锦涛对越南"]),
            // The time of something else: no visit reported.
            Example("这是中国国家主席胡锦涛对美国进行国事访问前举行的中美人文交流活动的一部分。", forbids: ["reports", "attended"]),
            // Announced or ended: no visit under way.
            Example("国家主席胡锦涛将于下周对法国进行国事访问。胡锦涛结束对菲律宾国事访问。", forbids: ["reports", "attended"]),
        ],
        reads: ["official"]
    )

    public init() {}
    static let kind = "访问"

    /// The person the sentence opens with, titled (国家主席胡锦涛乘专机抵达巴黎,应…): the longest reading of one name
    /// with a title before it from the sentence's start.
    func opening(_ sentence: Span, before end: Int, _ context: ExtractionContext) -> PeopleList? {
        var found: PeopleList?
        for k in stride(from: sentence.start + 2, through: min(end, sentence.start + 24), by: 1) {
            let list = PeopleList(Span(sentence.start, k), names: context.names)
            guard list.start == sentence.start, list.persons.count == 1, list.persons[0].name.end == k, list.groups.isEmpty,
                  !list.persons[0].titles.isEmpty else { continue }
            found = list
        }
        return found
    }

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        var i = sentence.start
        while let k = text.find("进行", from: i, to: sentence.end) {
            i = k + 2
            guard let n = lex.visitKinds.longest(in: text, at: k + 2, limit: sentence.end), text.matches("访问", at: k + 2 + n) else { continue }
            let end = k + 4 + n
            // 对 COUNTRY: a place after 对, right before 进行.
            let clause = Clauses.clauseStart(text, before: k, floor: sentence.start)
            // (文莱达鲁萨兰国: a country's full name, a place the lexicons know at its start.)
            guard let dui = (max(clause, k - 14)..<k).last(where: { text[$0] == "对" }), dui + 1 < k,
                  lex.placeLength(in: text, at: dui + 1, limit: k) != nil, (dui + 1..<k).allSatisfy({ text[$0].isHan }) else { continue }
            // 结束对…, 将对…, 应邀对…进行…的: ended, announced, or a visitor described.
            // (…访问期间, …访问前, …访问之际: the time of something else the sentence reports, visit_time_words.txt.)
            if dui >= 2, text.matches("结束", at: dui - 2) || lex.visitTimeWords.longest(in: text, at: end, limit: sentence.end) != nil { continue }
            let hostEnd = dui - (dui >= 2 && text.matches("开始", at: dui - 2) ? 2 : 0)
            // 应…总统马克龙邀请,对法国进行国事访问: the one who invites is no visitor; the visitor is the sentence's topic.
            var visitors = EncounterRule().people(before: hostEnd, sentence, &context)
            var titled = false   // read as the titled person the sentence opens with
            if let first = visitors?.persons.first?.name.start,
               let ying = (sentence.start..<first).last(where: { text[$0] == "应" }), text.find("邀请", from: first, to: hostEnd) != nil {
                visitors = opening(sentence, before: ying, context); titled = true
            }
            // 举行仪式欢迎…胡锦涛对越南进行国事访问: a visit welcomed is the object of the ceremony the sentence reports.
            if let name = visitors?.persons.first?.name, let w = text.find("欢迎", from: max(sentence.start, name.start - 30), to: name.start),
               !(w..<name.start).contains(where: { text[$0] == "," }) { continue }
            guard let visitors, !visitors.persons.isEmpty,
                  !AttendanceRule.announced(Span(visitors.persons.last!.name.end, dui), text), titled || context.namesEveryone(visitors) else { continue }
            let name = EncounterRule.partyName(visitors, text) + text.slice(dui, end)
            let event = context.report(name, Span(visitors.start, end), kind: Self.kind)
            EncounterRule().attend(visitors, event, role: "访问", &context)
        }
    }
}
