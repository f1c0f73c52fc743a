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
            // Clauses after a 为…提供保障, or past a semicolon, serve something else.
            Example("要加强能力建设,为改革发展提供有力保障;推进国际合作。",
                    yields: ["加强能力建设 serves 改革发展"], forbids: ["推进国际合作 serves 改革发展"]),
            // A clause that is no deed to be done (a report, a judgement) serves nothing.
            Example("代表们普遍认为,制定监察法是关键环节,必将为反腐败工作开创新局面提供有力法治保证。", forbids: ["serves"]),
            Example("全省坚持稳中求进,保持了经济持续健康发展,朝着建成生态强省的目标迈出了新的步伐。", forbids: ["serves"]),
            // Inside a list item the item serves the goal, not its clauses.
            Example("会议要求:一是加强农资调运,为春耕提供保障;二是做好技术指导。", forbids: ["sentence_task"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let lexicons = context.lexicons
        let items = context.doc.outline.filter { $0.list != nil }.map(\.head)
        for sentence in context.doc.sentences {
            let stated = GoalRule.statedGoals(in: sentence.span, text, lexicons)
            guard !stated.isEmpty, !items.contains(where: { $0.start < sentence.span.end && $0.end > sentence.span.start }) else { continue }
            // Tasks lead to a goal, or follow a 以…为目标, within the part of the sentence between semicolons.
            for part in Clauses.split(text, sentence.span, at: [";"]) {
                let goals = stated.filter { $0.goal.start >= part.start && $0.goal.end <= part.end }
                let clauses = Clauses.split(text, part, at: [",", ":", "。", "!", "?"])
                // A sentence of what was done (…,朝着…的目标迈出了新的步伐) tells achievements, not tasks.
                for (goal, follow) in goals {
                    guard let at = clauses.firstIndex(where: { $0.start <= goal.start && $0.end >= goal.start }),
                          text.find("了", from: clauses[at].start, to: clauses[at].end) == nil else { continue }
                    let serving = follow ? Array(clauses[(at + 1)...]) : Array(clauses[..<at])
                    let key = context.mention(.goal, text.slice(goal), goal)
                    for clause in serving {
                        guard let task = Self.task(in: clause, text, lexicons), text.find("了", from: task.start, to: task.end) == nil,
                              GoalRule.goals(in: clause, text, lexicons).isEmpty else { continue }
                        guard text.slice(task) != text.slice(goal) else { continue }   // nothing serves itself
                        let t = context.mention(.task, text.slice(task), task)
                        context.fact(t, Predicate.serves, key, task)
                    }
                }
            }
        }
    }

    /// The task a clause names: from its policy verb (after a subject and 要/必须, with its adverbs) to its end.
    static func task(in clause: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> Span? {
        var starts = [clause.start]
        // 各级税务部门要…: the task starts after the first lead word within the clause's opening characters.
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
