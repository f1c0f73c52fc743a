/// Tasks from the outline: every item of a list (一是…二是, 第一…第二, 一、二、, ——…——), named by its text up to
/// its stop, in order. A sub-list's items are `part_of` their item; the meeting states a list's top items, with
/// the list's head. Items serve the goal their heading states (——深化源头治理,
/// 确保事故总量下降), else the goals their list's head or their section states (为…提供…保障:一是…).
public struct OutlineTaskRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "outline_task",
        summary: "Outline items that are tasks, their parts (part_of) and the goals they serve.",
        examples: [
            Example("""
            安全生产工作会议召开
            重点任务
            ——深化源头治理,确保事故总量下降。紧盯重大风险。一要整治矿山安全隐患。完善机制。二要整治危化品安全隐患。深入排查。
            ——加强应急救援。提升能力。
            """, yields: ["深化源头治理 serves 事故总量下降", "整治矿山安全隐患 part_of 深化源头治理",
                          "整治危化品安全隐患 part_of 深化源头治理"]),
            Example("""
            安全生产工作会议召开
            工作机制
            ——创新联防联控机制。加强联动。一要构建区域协作格局。厘清权责。二要构建信息共享平台。健全清单。
            """, yields: ["构建区域协作格局 part_of 创新联防联控机制", "构建信息共享平台 part_of 创新联防联控机制"]),
            // One dash item is no list.
            Example("""
            安全生产工作会议召开
            重大意义
            ——成效更明显,把安全发展融入总体布局,确保事故更少。
            """, forbids: ["serves", "part_of", "states"]),
            // An item's text runs to its stop; a 确保 clause inside it is part of the task.
            Example("会议要求,一是加强宪法实施和监督,维护国家法治统一。二是围绕工作大局,加强重点领域立法,确保立法质量。",
                    yields: ["会议 states 加强宪法实施和监督,维护国家法治统一", "会议 states 围绕工作大局,加强重点领域立法,确保立法质量"],
                    forbids: ["serves"]),
            Example("报告共分三个部分:一、2020年工作回顾;二、“十四五”时期主要目标任务;三、2021年重点工作。",
                    yields: ["会议 states 2020年工作回顾", "会议 states “十四五”时期主要目标任务", "会议 states 2021年重点工作"]),
            Example("他提出希望:首先,要坚定理想信念。其次,要勇于担当作为。最后,要严守纪律规矩。",
                    yields: ["会议 states 要坚定理想信念", "会议 states 要勇于担当作为", "会议 states 要严守纪律规矩"]),
            // The list's head states the goal its items serve.
            Example("为春耕生产顺利开展提供有力保障,会议要求:一是加强农资调运;二是做好技术指导。",
                    yields: ["加强农资调运 serves 春耕生产顺利开展", "做好技术指导 serves 春耕生产顺利开展"]),
            Example("会议要求:一是加强党的领导,为乡村振兴提供坚强政治保障;二是坚持农业农村优先发展。",
                    yields: ["加强党的领导,为乡村振兴提供坚强政治保障 serves 乡村振兴"],
                    forbids: ["坚持农业农村优先发展 serves 乡村振兴"]),
            // A 以…为抓手 clause opening a heading names the item.
            Example("""
            乡村振兴推进会召开
            ——以产业兴旺为重点,让农民分享增值收益。一要培育特色产业。二要延长产业链条。
            ——以农村改革为动力,激发要素活力。一要深化宅基地改革。二要盘活闲置资源。
            """, yields: ["培育特色产业 part_of 以产业兴旺为重点", "盘活闲置资源 part_of 以农村改革为动力"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let doc = context.doc
        let text = context.text
        let lexicons = context.lexicons
        var taskOf: [Int: EntityKey] = [:]
        var nameOf: [Int: Span] = [:]
        var servesGoals: [Int: [EntityKey]] = [:]
        for (k, item) in doc.outline.enumerated() where item.rank > 0 && item.head.length >= 2 && !isPrincipleList(item, doc) {
            let (name, aims) = Self.name(of: item, text, lexicons)
            let parts = doc.outline.indices.filter { doc.outline[$0].parent == k && doc.outline[$0].list != nil }
            // An item is a task when it is one of a list, or a heading with parts of its own or an aim.
            guard item.list != nil || (parts.count >= 2 && item.rank < 5) || !aims.isEmpty, name.length >= 2 else { continue }
            // A body, person or place named alone is no task (a list of awardees, of member states).
            guard !context.extraction.mentions.contains(where: { [.person, .organization, .place].contains($0.entity.type) && $0.span == name })
            else { continue }
            let task = context.mention(.task, text.slice(name), name)
            taskOf[k] = task
            nameOf[k] = name
            servesGoals[k] = aims.map { context.mention(.goal, text.slice($0), $0) }
        }
        for (k, item) in doc.outline.enumerated() {
            guard let task = taskOf[k], let name = nameOf[k] else { continue }
            // Items keep their order by their spans; the clause that announces the list rides on the statement.
            if let parent = item.parent, let parentTask = taskOf[parent], parentTask != task {
                context.fact(task, Predicate.partOf, parentTask, name)
            } else {
                context.fact(context.meetingForReference(), Predicate.states, task, name,
                             item.listHead.map { [Qualifier("list", text.slice($0))] } ?? [])
            }
            // The goals it serves: its heading's aim, else what its own text, its list's head or its section states.
            var goals = servesGoals[k] ?? []
            if goals.isEmpty, item.parent.flatMap({ taskOf[$0] }) == nil {
                goals = statedGoals(for: item, doc, lexicons).map { context.mention(.goal, text.slice($0), $0) }
            }
            for g in goals where g.name != task.name { context.fact(task, Predicate.serves, g, name) }   // nothing serves itself
        }
    }

    /// A task's name: its text, less the aim its heading states after it (…,确保事故总量下降), which it serves;
    /// a heading that opens with 以…为抓手 is named by that clause. An item inside a paragraph keeps its 确保
    /// clause: there it is part of what is to be done.
    static func name(of item: OutlineItem, _ text: TextBuffer, _ lexicons: Lexicons) -> (name: Span, aims: [Span]) {
        let head = item.head
        guard item.rank < 5 else { return (text.trimmed(head), []) }
        let first = Clauses.clauseEnd(text, from: head.start, ceiling: head.end)
        guard first < head.end else { return (head, []) }
        var i = first + 1
        while i < head.end, text[i] == " " { i += 1 }
        for marker in lexicons.goalMarkers where text.matches(marker, at: i) {
            let aims = GoalRule.aims(after: i + marker.unicodeScalars.count, head, text)
            if !aims.isEmpty { return (Span(head.start, first), aims) }
        }
        if text.matches("以", at: head.start),
           lexicons.framingHeads.contains(where: { text.slice(Span(head.start, first)).hasSuffix("为" + $0) }) {
            return (Span(head.start, first), [])
        }
        return (head, [])
    }

    /// The goals the item's own text states (一是加强领导,为“三农”发展提供坚强政治保障), else its list's head, else
    /// the heading of the section it sits in.
    func statedGoals(for item: OutlineItem, _ doc: SegmentedDocument, _ lexicons: Lexicons) -> [Span] {
        let own = GoalRule.goals(in: item.head, doc.text, lexicons)
        if !own.isEmpty { return own }
        if let head = item.listHead {
            let goals = GoalRule.goals(in: head, doc.text, lexicons)
            if !goals.isEmpty { return goals }
        }
        var p = item.parent
        while let q = p {
            let goals = GoalRule.goals(in: doc.outline[q].head, doc.text, lexicons)
            if !goals.isEmpty { return goals }
            p = doc.outline[q].parent
        }
        return []
    }

    /// A list announced as 原则 belongs to the principle rule, and so does a heading that only names the group.
    func isPrincipleList(_ item: OutlineItem, _ doc: SegmentedDocument) -> Bool {
        if PrincipleRule.group(of: item, doc) != nil { return true }
        return item.head.length <= 8 && PrincipleRule.groupName(in: item.head, doc.text)?.end == item.head.end
    }
}
