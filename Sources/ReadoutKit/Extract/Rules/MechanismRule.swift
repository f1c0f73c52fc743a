/// Mechanisms: the noun phrase that ends in 机制, starting after the last verb that introduces it
/// (健全风险防控机制 → 风险防控机制; 创新联防联控机制 → 联防联控机制). An outline task that creates one `establishes` it.
public struct MechanismRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "mechanism",
        summary: "…机制 phrases after 健全/完善/建立/创新 and other mechanism verbs.",
        examples: [
            Example("健全风险防控机制,完善正确处理新形势下人民内部矛盾有效机制。",
                    yields: ["会议 states 风险防控机制", "会议 states 正确处理新形势下人民内部矛盾有效机制"]),
            Example("强调要创新完善平安建设工作协调机制。", yields: ["会议 states 平安建设工作协调机制"]),
            Example("健全部门间信息互通、资源共享、工作联动机制。", yields: ["会议 states 工作联动机制"]),
            Example("探索“社区+物业”工作新机制。", yields: ["会议 states 工作新机制"]),
            Example("会议研究了有关工作。", forbids: ["states"]),
        ]
    )

    public init() {}

    static let stops: ScalarSet = ScalarSet(",;:。!?、“”()《》 —")

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        var byStart: [Int: EntityKey] = [:]
        for sentence in context.doc.sentences {
            var from = sentence.span.start
            while let at = text.find("机制", from: from, to: sentence.span.end) {
                from = at + 2
                guard let span = phrase(endingAt: at + 2, sentence.span, context) else { continue }
                let mechanism = context.mention(.mechanism, text.slice(span), span)
                byStart[span.start] = mechanism
                context.fact(context.meetingForReference(), Predicate.states, mechanism, span)
            }
        }
        // Outline tasks named after the mechanism they create, in the order of the text (a dictionary has none).
        for m in context.extraction.mentions where m.entity.type == .task {
            for (start, mechanism) in byStart.sorted(by: { $0.key < $1.key }) where start > m.span.start && start < m.span.end && m.span.end >= start + mechanism.name.unicodeScalars.count {
                context.fact(m.entity, Predicate.establishes, mechanism, m.span)
            }
        }
    }

    func phrase(endingAt end: Int, _ sentence: Span, _ context: ExtractionContext) -> Span? {
        let text = context.text
        var s = end - 2
        while s > sentence.start, !Self.stops.contains(text[s - 1]), end - s < 30 { s -= 1 }
        // Start after the last mechanism verb in the window.
        var start = s
        var k = s
        while k < end - 2 {
            if let n = context.lexicons.mechanismVerbs.longest(in: text, at: k, limit: end - 2) { start = max(start, k + n); k += 1; continue }
            k += 1
        }
        // Numbered markers and adverbs left at the front (三要发挥 is handled by the verb; 一要 alone here).
        var changed = true
        while changed {
            changed = false
            if start + 2 < end, Numerals.isNumeral(text[start]), text[start + 1] == "要" || text[start + 1] == "是" { start += 2; changed = true }
            for a in context.lexicons.mechanismAdverbs where text.matches(a, at: start) && start + a.unicodeScalars.count < end - 2 {
                start += a.unicodeScalars.count; changed = true
            }
        }
        // 合作共赢的区域安全协作新机制: the mechanism is what follows the last 的.
        if let de = (start..<(end - 2)).last(where: { text[$0] == "的" }), end - de - 1 >= 4 { start = de + 1 }
        let span = Span(start, end)
        guard span.length >= 4, (start..<end).allSatisfy({ text[$0].isHan || text[$0] == "+" }) else { return nil }
        return span
    }
}
