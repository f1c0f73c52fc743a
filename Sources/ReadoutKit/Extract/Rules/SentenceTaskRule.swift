/// Tasks of a sentence that states a goal: its other clauses that open with a policy verb serve the goal
/// (要大力加强人才队伍建设,为新兴媒体发展提供坚实人才保障; 以提高质量效益为目标,启动…,加快…). A sentence inside a
/// list item is left to the outline: there the item, whole, serves the goal it states.
public struct SentenceTaskRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "sentence_task",
        summary: "Clauses opening with a policy verb in a sentence that states a goal serve that goal.",
        examples: [
            Example("会议强调,要大力加强人才队伍建设,健全激励机制,为新兴媒体发展提供坚实人才保障。",
                    yields: ["大力加强人才队伍建设 serves 新兴媒体发展", "健全激励机制 serves 新兴媒体发展"]),
            Example("各级纪委要全面履行监督执纪问责职责,为协调推进“四个全面”战略布局提供坚强纪律保证。",
                    yields: ["全面履行监督执纪问责职责 serves 协调推进“四个全面”战略布局"]),
            Example("会议确定,以提高质量效益为目标,加快实施一批重大技改升级工程。",
                    yields: ["加快实施一批重大技改升级工程 serves 提高质量效益"]),
            // A clause that is no deed to be done (a report, a judgement) serves nothing.
            Example("代表们普遍认为,制定监察法是关键环节,必将为反腐败工作开创新局面提供有力法治保证。", forbids: ["serves"]),
            Example("全党坚持稳中求进工作总基调,保持了经济持续健康发展,朝着实现全面建成小康社会的目标迈出了新的步伐。", forbids: ["serves"]),
            // Inside a list item the item serves the goal, not its clauses.
            Example("会议要求:一是加强组织领导,为改革提供保障;二是狠抓工作落实。", forbids: ["sentence_task"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let lexicons = context.lexicons
        let items = context.doc.outline.filter { $0.list != nil }.map(\.head)
        for sentence in context.doc.sentences {
            let goals = GoalRule.goals(in: sentence.span, text, lexicons)
            guard !goals.isEmpty, !items.contains(where: { $0.start < sentence.span.end && $0.end > sentence.span.start }) else { continue }
            let clauses = Clauses.split(text, sentence.span, at: [",", ";", ":", "。", "!", "?"])
            let keys = goals.map { context.mention(.goal, text.slice($0), $0) }
            // A sentence of what was done (…,朝着…的目标迈出了新的步伐) tells achievements, not tasks.
            guard !clauses.contains(where: { c in goals.contains { $0.start < c.end && $0.end > c.start } && text.find("了", from: c.start, to: c.end) != nil })
            else { continue }
            for clause in clauses where !goals.contains(where: { $0.start < clause.end && $0.end > clause.start }) {
                guard let task = Self.task(in: clause, text, lexicons), text.find("了", from: task.start, to: task.end) == nil else { continue }
                let key = context.mention(.task, text.slice(task), task)
                for goal in keys { context.fact(key, Predicate.serves, goal, task) }
            }
        }
    }

    /// The task a clause names: from its policy verb (after a subject and 要/必须, with its adverbs) to its end.
    static func task(in clause: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> Span? {
        var starts = [clause.start]
        // 各级政法机关要…: the task starts after the first lead word within the clause's opening characters.
        for lead in lexicons.taskLeads {
            if let at = text.find(lead, from: clause.start, to: min(clause.end, clause.start + 12)) {
                starts.append(at + lead.unicodeScalars.count)
            }
        }
        for s in starts.sorted() {
            // 加快实施: 加快 may be the verb itself or an adverb before one.
            var opens = lexicons.policyVerbs.longest(in: text, at: s) != nil
            for adverb in lexicons.taskAdverbs where !opens && text.matches(adverb, at: s) {
                opens = lexicons.policyVerbs.longest(in: text, at: s + adverb.unicodeScalars.count) != nil
            }
            guard opens else { continue }
            let task = text.trimmed(Span(s, clause.end))
            return task.length >= 4 && task.length <= 40 ? task : nil
        }
        return nil
    }
}
