/// Goals: the short aims listed after 确保 (确保政治更安全、社会更安定). The meeting or article states them.
public struct GoalRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "goal",
        summary: "The 、-joined aims after 确保 are goals.",
        examples: [
            Example("确保政治更安全、社会更安定、人民更安宁、网络更安靖。",
                    yields: ["会议 states 政治更安全", "会议 states 社会更安定", "会议 states 人民更安宁", "会议 states 网络更安靖"]),
            Example("确保完成全年目标任务。", yields: ["会议 states 完成全年目标任务"]),
            Example("要确保把各项工作落到实处,防止出现问题。", forbids: ["states"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        for sentence in context.doc.sentences {
            for marker in context.lexicons.goalMarkers {   // goal_markers.txt
                let n = marker.unicodeScalars.count
                var from = sentence.span.start
                while let at = text.find(marker, from: from, to: sentence.span.end) {
                    from = at + n
                    for goal in Self.goals(after: at + n, sentence.span, text) {
                        let key = context.mention(.goal, text.slice(goal), goal)
                        context.fact(context.meetingForReference(), Predicate.states, key, goal)
                    }
                }
            }
        }
    }

    /// The aims in the clause after 确保: each 、 piece of 3 to 12 characters, none starting with 把/将/在.
    static func goals(after start: Int, _ sentence: Span, _ text: TextBuffer) -> [Span] {
        let end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        guard end > start else { return [] }
        let pieces = Clauses.split(text, Span(start, end), at: ["、"])
        for p in pieces {
            guard p.length >= 3, p.length <= 12, (p.start..<p.end).allSatisfy({ text[$0].isHan }),
                  !"把将在使让对".unicodeScalars.contains(text[p.start]) else { return [] }
        }
        return pieces
    }
}
