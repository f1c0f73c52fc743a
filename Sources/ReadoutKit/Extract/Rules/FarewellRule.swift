/// A farewell to the dead: PEOPLE (在哀乐声中缓步) 来到 NAME 同志的遗体前 is the farewell, an event named 送别NAME同志
/// (kind 送别), the people at it; those who 也前往送别 join it. Those who 前往送别或以各种方式表示哀悼 may not have been
/// there, and are not listed.
public struct FarewellRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "farewell",
        summary: "PEOPLE 来到 NAME 的遗体前: the farewell to NAME and who was at it; those who 也前往送别.",
        examples: [
            Example("上午九时许,胡锦涛、温家宝、吴邦国等,在哀乐声中缓步来到倪志福同志的遗体前肃立默哀。中央和国家机关有关部门负责同志,倪志福同志生前友好和家乡代表也前往送别。",
                    yields: ["文章 reports 送别倪志福同志", "送别倪志福同志 kind 送别", "胡锦涛 attended 送别倪志福同志", "吴邦国 attended 送别倪志福同志",
                             "中央和国家机关有关部门负责同志 attended 送别倪志福同志"]),
            Example("上午9时许,汪洋等在哀乐声中缓步来到叶选平同志的遗体前肃立默哀。", yields: ["汪洋 attended 送别叶选平同志"]),
            // Condolences sent, a farewell that may have been by other means, a farewell abroad announced.
            Example("党和国家有关领导同志前往送别或以各种方式表示哀悼。", forbids: ["attended", "reports"]),
            Example("胡锦涛、温家宝等同志前往医院看望或通过各种形式对倪志福同志逝世表示沉痛哀悼。", forbids: ["attended", "reports"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        for (i, n) in lex.farewellTrie.matches(in: text, sentence) {
            switch lex.farewellWords[text.slice(i, i + n)] {
            case .farewell: farewell(at: i, sentence, &context)
            case .join: join(at: i, length: n, sentence, &context)
            case nil: break
            }
        }
    }

    /// 来到 NAME(同志)的遗体前: the dead between 来到 and 的遗体前, the people before 来到.
    func farewell(at i: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        guard let came = text.find("来到", from: clause, to: i) else { return }
        var end = i
        if text.matches("的", at: end - 1) { end -= 1 }
        let comrade = text.matches("同志", at: end - 2)
        if comrade { end -= 2 }
        guard (2...12).contains(end - came - 2), (came + 2..<end).allSatisfy({ text[$0].isHan || text[$0] == "·" }),
              let people = EncounterRule().people(before: came, sentence, walkBack: true, &context) else { return }
        let name = "送别\(text.slice(came + 2, end))\(comrade ? "同志" : "")"
        let event = context.report(name, Span(came, i + 3), kind: "送别")
        if let day = context.dates.articleDate { context.fact(event, Predicate.heldOn, literal: day.description, Span(came, i + 3)) }
        EncounterRule().attend(people, event, role: "送别", &context)
    }

    /// PEOPLE (也)前往送别, at the farewell the article reports; not …前往送别或以各种方式表示哀悼.
    func join(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        guard !text.matches("或", at: i + n), let event = context.lastReported(before: i, kind: "送别"),
              let people = EncounterRule().people(before: i, sentence, walkBack: true, groupsAlone: true, &context) else { return }
        EncounterRule().attend(people, event, role: "送别", &context)
    }
}
