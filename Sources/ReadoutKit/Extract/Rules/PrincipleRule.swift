/// Principles: a numbered list announced by 六项原则 / 以下原则 (一是坚持党的领导。二是…); each item is
/// part of the group, and the meeting states the group.
public struct PrincipleRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "principle",
        summary: "Items of a list announced as N项原则 are principles of that group.",
        examples: [
            Example("关键要把握好六项原则:一是坚持党的领导。二是坚持人民至上。三是坚持安全发展。",
                    yields: ["坚持党的领导 part_of 六项原则", "坚持人民至上 part_of 六项原则", "坚持安全发展 part_of 六项原则", "会议 states 六项原则"]),
            Example("会议要求:一是加强领导。二是狠抓落实。", forbids: ["part_of"]),
            // Found by the property test: empty items must not make nameless principles.
            Example("把握好两项原则:一是。二是。", forbids: ["part_of"]),
            Example("双方坚持一个中国原则。一是加强高层交往。二是深化务实合作。", forbids: ["原则"]),
            Example("秉持和平共处五项原则,他提出三点建议:一是坚决守护和平安宁。二是深化务实合作。", forbids: ["part_of"]),
            Example("""
            改革方案印发
            (一)基本原则
            1.坚持统一规划。
            2.坚持问题导向。
            """, yields: ["坚持统一规划 part_of 基本原则", "坚持问题导向 part_of 基本原则"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let doc = context.doc
        var groups: [Int: EntityKey] = [:]   // by list head start
        for item in doc.outline where item.list != nil && item.name.length >= 2 {
            guard let groupSpan = Self.group(of: item, doc) else { continue }
            let group: EntityKey
            if let g = groups[groupSpan.start] { group = g } else {
                group = context.mention(.principle, doc.slice(groupSpan), groupSpan)
                groups[groupSpan.start] = group
                context.fact(context.meetingForReference(), Predicate.states, group, groupSpan)
            }
            let principle = context.mention(.principle, doc.slice(item.name), item.name)
            context.fact(principle, Predicate.partOf, group, item.name)
        }
    }

    /// The group a list item is a principle of: named in its list's head (要遵循以下三项原则:一是…), or the
    /// heading it sits under when that heading is a group's name alone ((一)基本原则 …1.坚持…).
    static func group(of item: OutlineItem, _ doc: SegmentedDocument) -> Span? {
        // The group ends the clause that announces the list (把握好以下原则:); one named in passing
        // (秉持和平共处五项原则,提出三点建议) announces nothing.
        if let head = item.listHead, let g = groupName(in: head, doc.text), g.end >= head.end - 1 { return g }
        guard let p = item.parent else { return nil }
        let heading = doc.outline[p].head
        guard heading.length <= 8, let g = groupName(in: heading, doc.text), g.end == heading.end else { return nil }
        return g
    }

    /// The phrase ending in 原则 inside a list head, from its numeral or demonstrative on: 三项原则, 以下原则, 基本原则;
    /// a bare 原则 (坚持一个中国原则) names no group.
    static func groupName(in head: Span, _ text: TextBuffer) -> Span? {
        guard let at = text.find("原则", from: head.start, to: head.end) else { return nil }
        var s = at
        while s > head.start, Numerals.isNumeral(text[s - 1]) || "项条个大以下基本重要".unicodeScalars.contains(text[s - 1]), at - s < 4 {
            s -= 1
        }
        return s < at ? Span(s, at + 2) : nil
    }
}
