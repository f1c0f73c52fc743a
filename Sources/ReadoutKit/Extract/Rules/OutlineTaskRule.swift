/// Tasks from the outline: an item that is broken into numbered parts (一要…二要), serves a goal (…,确保政治更安全),
/// or is a short imperative (加强组织领导。). Parts are `part_of` their item; an item serves the goals of its 确保 clause.
public struct OutlineTaskRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "outline_task",
        summary: "Outline items that are tasks, their parts (part_of) and the goals they serve.",
        examples: [
            Example("""
            安全生产工作会议召开
            重点任务
            ——深化源头治理,确保事故总量下降。紧盯重大风险。一要整治矿山安全隐患。完善机制。二要整治危化品安全隐患。深入排查。
            """, yields: ["深化源头治理 serves 事故总量下降", "整治矿山安全隐患 part_of 深化源头治理",
                          "整治危化品安全隐患 part_of 深化源头治理"]),
            Example("""
            安全生产工作会议召开
            工作机制
            ——创新联防联控机制。加强联动。一要构建区域协作格局。厘清权责。二要构建信息共享平台。健全清单。
            """, yields: ["构建区域协作格局 part_of 创新联防联控机制", "构建信息共享平台 part_of 创新联防联控机制"]),
            Example("""
            安全生产工作会议召开
            重大意义
            ——成效更明显,把安全发展融入总体布局,确保事故更少。
            """, forbids: ["serves", "part_of"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let doc = context.doc
        let text = context.text
        var taskOf: [Int: EntityKey] = [:]
        // Items that are tasks.
        for (k, item) in doc.outline.enumerated() where item.rank > 0 && item.name.length >= 2 && !isPrincipleList(item, doc, context.lexicons) {
            let parts = doc.outline.indices.filter { doc.outline[$0].parent == k && doc.outline[$0].rank == 5 }
            let goals = servedGoals(item, text)
            let imperative = item.head == item.name && context.lexicons.policyVerbs.longest(in: text, at: item.name.start) != nil
            let isPart = item.rank == 5
            guard parts.count >= 2 || !goals.isEmpty || imperative || isPart else { continue }
            let task = context.mention(.task, text.slice(item.name), item.name)
            taskOf[k] = task
            for g in goals {
                let goal = context.mention(.goal, text.slice(g), g)
                context.fact(task, Predicate.serves, goal, Span(item.name.start, g.end))
            }
        }
        // Parts of tasks.
        for (k, item) in doc.outline.enumerated() {
            guard let task = taskOf[k] else { continue }
            if let p = item.parent, let parent = taskOf[p] {
                context.fact(task, Predicate.partOf, parent, item.name)
            } else if item.rank == 5 {
                context.fact(context.meetingForReference(), Predicate.states, task, item.name)
            }
        }
    }

    /// NAME,确保GOAL、GOAL: goals only when the 确保 clause directly follows the item's name.
    func servedGoals(_ item: OutlineItem, _ text: TextBuffer) -> [Span] {
        var i = item.name.end
        guard i < item.head.end, text[i] == "," else { return [] }
        i += 1
        for marker in ["以确保", "确保"] where text.matches(marker, at: i) {
            return GoalRule.goals(after: i + marker.unicodeScalars.count, Span(i, item.head.end), text)
        }
        return []
    }

    /// A list announced as 原则 belongs to the principle rule.
    func isPrincipleList(_ item: OutlineItem, _ doc: SegmentedDocument, _ lexicons: Lexicons) -> Bool {
        guard let head = item.listHead else { return false }
        return PrincipleRule.groupName(in: head, doc.text) != nil
    }
}
