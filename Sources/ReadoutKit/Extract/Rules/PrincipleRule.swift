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
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let doc = context.doc
        var groups: [Int: EntityKey] = [:]   // by list head start
        for item in doc.outline where item.list != nil && item.name.length >= 2 {
            guard let head = item.listHead, let groupSpan = Self.groupName(in: head, doc.text) else { continue }
            let group: EntityKey
            if let g = groups[head.start] { group = g } else {
                group = context.mention(.principle, doc.slice(groupSpan), groupSpan)
                groups[head.start] = group
                context.fact(context.meetingForReference(), Predicate.states, group, groupSpan)
            }
            let principle = context.mention(.principle, doc.slice(item.name), item.name)
            context.fact(principle, Predicate.partOf, group, item.name)
        }
    }

    /// The phrase ending in 原则 inside a list head, from its numeral or demonstrative on: 六项原则, 以下原则, 基本原则.
    static func groupName(in head: Span, _ text: TextBuffer) -> Span? {
        guard let at = text.find("原则", from: head.start, to: head.end) else { return nil }
        var s = at
        while s > head.start, Numerals.isNumeral(text[s - 1]) || "项条个大以下基本重要".unicodeScalars.contains(text[s - 1]), at - s < 4 {
            s -= 1
        }
        return Span(s, at + 2)
    }
}
