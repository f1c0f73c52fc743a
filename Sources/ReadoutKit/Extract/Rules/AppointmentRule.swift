/// Appointments and removals: 任命张三、李四为副秘书长; 增补王五为…副主席; 免去赵六的…主任职务; 当选为….
/// Each named person gets the title (a removed office is still a title the text gives them).
public struct AppointmentRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "appointment",
        summary: "任命/增补/选举 LIST 为 TITLE and 免去 NAME 的 TITLE 职务 give people titles.",
        examples: [
            Example("会议经表决,任命王万宾、李飞为全国人大常委会副秘书长。",
                    yields: ["王万宾 title 全国人大常委会副秘书长", "李飞 title 全国人大常委会副秘书长"]),
            Example("全会决定,增补范长龙、许其亮为中共中央军事委员会副主席。",
                    yields: ["范长龙 title 中共中央军事委员会副主席", "许其亮 title 中共中央军事委员会副主席"]),
            Example("免去李飞的全国人大常委会法制工作委员会副主任职务。", yields: ["李飞 title 全国人大常委会法制工作委员会副主任"]),
            Example("会议任命了一批干部为处长。", forbids: ["title"]),
        ]
    )

    public init() {}


    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let verbs = context.lexicons.appointmentVerbs   // appointment_verbs.txt
        let verbScalars = verbs.map { Array($0.unicodeScalars) }   // found by scalars: no decoding per position
        for sentence in context.doc.sentences {
            for (verb, scalars) in zip(verbs, verbScalars) {
                var from = sentence.span.start
                while let at = text.find(scalars, from: from, to: sentence.span.end) {
                    let start = at + scalars.count
                    from = start
                    let end = Clauses.clauseEnd(text, from: start, ceiling: sentence.span.end)
                    // Clauses joined by ; or 、 hold one appointment each; 为 or 的 separates people from the title.
                    for part in Clauses.split(text, Span(start, end), at: [";"]) {
                        read(part, removal: verb == "免去", &context)
                    }
                }
            }
        }
    }

    func read(_ span: Span, removal: Bool, _ context: inout ExtractionContext) {
        let text = context.text
        let separator = removal ? "的" : "为"
        guard let sep = text.find(separator, from: span.start + 2, to: span.end) else { return }
        var titleEnd = span.end
        if removal, text.matches("职务", at: titleEnd - 2) { titleEnd -= 2 }
        let list = PeopleList(Span(span.start, sep), names: context.names)
        guard !list.persons.isEmpty, list.groups.isEmpty, list.start == span.start else { return }
        let titles = Clauses.split(text, Span(sep + 1, titleEnd), at: ["、"]).filter {
            context.lexicons.titles.longest(in: text, at: $0.end, limit: $0.start) != nil
        }
        guard !titles.isEmpty else { return }
        for p in list.persons {
            let person = context.mention(.person, text.slice(p.name), p.name)
            for t in titles { TitleFacts.record(person, title: t, &context) }
        }
    }
}
