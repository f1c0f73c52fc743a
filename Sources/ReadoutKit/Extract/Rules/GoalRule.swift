/// One way a text states a goal: the words before it and, when the goal does not run to its clause's end,
/// the words after it (以…为目标). `*` in `after` stands for a few characters (为…提供有力司法保障).
public struct GoalFrame: Sendable {
    /// The words before the goal.
    public let before: [Unicode.Scalar]
    /// The words after it, cut at each `*`; nil when the goal runs to its clause's end.
    public let after: [[Unicode.Scalar]]?
    /// Whether the clauses that serve the goal follow it in its sentence (以…为目标,加快…) rather than lead to it.
    public let tasksFollow: Bool

    public init(before: String, after: String?, tasksFollow: Bool) {
        self.before = Array(before.unicodeScalars)
        self.after = after.map { $0.components(separatedBy: "*").map { Array($0.unicodeScalars) } }
        self.tasksFollow = tasksFollow
    }
}

/// Goals the text states as aims: 以…为目标, 努力实现…, 为…提供…保障, 主要目标是… (goal_frames.txt). The meeting
/// or article states them. A 确保 clause inside a sentence is no goal of its own: it belongs to its task, and only
/// an outline heading's aim (——深化源头治理,确保事故总量下降) is read as a goal, by the outline task rule.
public struct GoalRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "goal",
        summary: "Aims the text states: 以…为目标, 努力实现…, 为…提供…保障, 目标是….",
        examples: [
            Example("会议强调,要以建成现代化经济体系为目标,稳步推进各项改革。",
                    yields: ["会议 states 建成现代化经济体系"]),
            Example("努力实现全年经济社会发展目标任务。", yields: ["会议 states 全年经济社会发展目标任务"]),
            Example("为打赢脱贫攻坚战提供有力司法保障。", yields: ["会议 states 打赢脱贫攻坚战"]),
            Example("今年发展的主要目标是:国内生产总值增长6%左右。", yields: ["会议 states 国内生产总值增长6%左右"]),
            // A 确保 clause in a sentence is part of what is to be done, not a goal.
            Example("要确保黄河大堤万无一失,确保资金安全。", forbids: ["states"]),
            Example("确保汛期大堤安全、群众转移及时。", forbids: ["states"]),
            // 为…提供 without 保障 is a service, not an aim; a goal that is a deed on a thing (把…) is none.
            Example("为群众提供便利服务。", forbids: ["states"]),
            Example("为维护国家安全提供了有力法治保障。", forbids: ["states"]),
            Example("新华社播发《为正风肃纪提供坚强的制度保障——述评》。", forbids: ["states"]),
            Example("袭击目标是国家机构和平民。", forbids: ["states"]),
            // A recipient is no aim; a means is none either.
            Example("美国承诺为朝鲜提供安全保障。", forbids: ["states"]),
            Example("为广大农民致富奔小康、为加快推进农业农村现代化提供更好保障。",
                    yields: ["会议 states 广大农民致富奔小康", "会议 states 加快推进农业农村现代化"]),
            Example("保险业为实体经济发展提供风险保障3115万亿元。", forbids: ["states"]),
            Example("为正在转场路上的17万多头牲畜提供保障。", forbids: ["states"]),
            Example("努力实现“科技冬奥·8K看奥运”的目标。", yields: ["会议 states “科技冬奥·8K看奥运”"]),
            Example("合肥不以短期利益为目标。", forbids: ["states"]),
            Example("主要目标是:经过积极探索、开拓创新,力争到2017年初见成效。", forbids: ["states"]),
            Example("努力实现把矛盾化解在村里。", forbids: ["states"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        var seen = Set<Span>()
        for sentence in context.doc.sentences {
            for goal in Self.goals(in: sentence.span, context.text, context.lexicons) where seen.insert(goal).inserted {
                let key = context.mention(.goal, context.text.slice(goal), goal)
                context.fact(context.meetingForReference(), Predicate.states, key, goal)
            }
        }
    }

    /// The goals stated inside `span`, by any of the frames.
    static func goals(in span: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> [Span] {
        statedGoals(in: span, text, lexicons).map(\.goal)
    }

    /// The goals stated inside `span`, each with whether the clauses serving it follow it.
    static func statedGoals(in span: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> [(goal: Span, tasksFollow: Bool)] {
        var out: [(goal: Span, tasksFollow: Bool)] = []
        for frame in lexicons.goalFrames {
            // 为 and 以 are everywhere; the words after the goal (提供, 为目标) are rare: look for those first.
            if let tail = frame.after?.first, !tail.isEmpty, text.find(tail, from: span.start, to: span.end) == nil { continue }
            let n = frame.before.count
            var from = span.start
            while let at = text.find(frame.before, from: from, to: span.end) {
                from = at + n
                var start = at + n
                while start < span.end, text[start] == ":" { start += 1 }   // 主要目标是:…
                let clauseEnd = Clauses.clauseEnd(text, from: start, ceiling: span.end)
                var end = clauseEnd
                if let after = frame.after {
                    guard let (e, tailEnd) = Self.find(after, in: Span(start, clauseEnd), text) else { continue }
                    end = e
                    // 提供风险保障3115万亿元 reports an amount given, not an aim served.
                    var k = tailEnd
                    while k < clauseEnd, !text[k].isASCIIDigit, k < tailEnd + 10 { k += 1 }
                    if after.count > 1, k < clauseEnd, text[k].isASCIIDigit { continue }
                }
                // 不以短期利益为目标 states what is not the aim.
                if at > span.start, "不非".unicodeScalars.contains(text[at - 1]) { continue }
                // 为广大农民致富奔小康、为加快推进农业农村现代化提供…: two aims, one frame.
                for piece in Self.pieces(Span(start, end), reopenedBy: frame.before, text) {
                    var goal = text.trimmed(piece)
                    // “科技冬奥·8K看奥运”的目标 → its aim.
                    if goal.length > 5, text.slice(Span(goal.end - 3, goal.end)) == "的目标" { goal = text.trimmed(Span(goal.start, goal.end - 3)) }
                    if isAim(goal, text, lexicons, target: frame.after == nil), !insideTitle(goal, span, text),
                       !out.contains(where: { $0.goal.start <= goal.start && $0.goal.end >= goal.end }) { out.append((goal, frame.tasksFollow)) }
                }
            }
        }
        return out
    }

    /// The aims of one frame: a new one where the frame's first word opens again after 、 or a space.
    static func pieces(_ span: Span, reopenedBy word: [Unicode.Scalar], _ text: TextBuffer) -> [Span] {
        var out: [Span] = []
        var s = span.start, i = span.start
        while i < span.end {
            if text[i] == "、" || text[i] == " ", i + 1 < span.end, text.matches(word, at: i + 1) {
                out.append(Span(s, i)); s = i + 1 + word.count; i = s; continue
            }
            i += 1
        }
        out.append(Span(s, span.end))
        return out
    }

    /// Where the parts of a pattern (`*` between them matching up to eight characters) start and end inside `span`.
    static func find(_ parts: [[Unicode.Scalar]], in span: Span, _ text: TextBuffer) -> (start: Int, end: Int)? {
        var from = span.start
        while let at = text.find(parts[0], from: from, to: span.end) {
            from = at + 1
            var i = at + parts[0].count
            var ok = true
            for part in parts.dropFirst() {
                guard let next = text.find(part, from: i, to: min(span.end, i + 8 + part.count)),
                      text.find("了", from: i, to: next) == nil   // 为…提供了保障 tells what was done, not an aim
                else { ok = false; break }
                i = next + part.count
            }
            if ok { return (at, i) }
        }
        return nil
    }

    /// Whether the goal stands inside a 《》 title (《为正风肃纪提供坚强的制度保障》 names a text, states no aim).
    static func insideTitle(_ goal: Span, _ span: Span, _ text: TextBuffer) -> Bool {
        var depth = 0
        for i in span.start..<goal.start {
            if text[i] == "《" { depth += 1 } else if text[i] == "》" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// An aim is a phrase of 2 to 30 characters that opens with a policy verb or ends in a word of a state or course
    /// (aim_words.txt: 为乡村振兴…, 为打赢脱贫攻坚战…; not 为朝鲜…), opens with no word of a deed on a thing, a
    /// pointer back, a means or a time (goal_not_openers.txt), and leaves no quotation open.
    static func isAim(_ goal: Span, _ text: TextBuffer, _ lexicons: Lexicons, target: Bool = true) -> Bool {
        guard goal.length >= 2, goal.length <= 30, text[goal.start].isHan || text[goal.start] == "“" else { return false }
        guard lexicons.goalNotOpeners.longest(in: text, at: goal.start) == nil else { return false }
        var quotes = 0
        for i in goal.start..<goal.end { if text[i] == "“" { quotes += 1 } else if text[i] == "”" { quotes -= 1 } }
        guard quotes == 0, !"和与及、的".unicodeScalars.contains(text[goal.end - 1]) else { return false }   // cut: …法制环境和
        // A target with its figure (主要目标是:国内生产总值增长6%左右) is an aim whatever its words; what is
        // provided for (为17万多头牲畜提供…) is not.
        return lexicons.policyVerbs.longest(in: text, at: goal.start) != nil
            || target && (goal.start..<goal.end).contains { text[$0].isASCIIDigit }
            || lexicons.aimWords.longest(in: text, at: goal.end, limit: goal.start) != nil
    }

    /// The aims after a heading's 确保 (确保事故总量下降、重大事故减少): each 、 piece of 3 to 12 characters.
    static func aims(after start: Int, _ sentence: Span, _ text: TextBuffer) -> [Span] {
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
