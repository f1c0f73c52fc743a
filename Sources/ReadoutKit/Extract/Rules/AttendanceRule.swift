/// Who attended: the people and groups before 出席/参加/主持/列席/旁听 会议, after 出席会议的还有, or in 会议由…主持;
/// 并讲话 adds a speech, 在主会场/在分会场 a venue. 作出重要指示 is not attendance.
public struct AttendanceRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "attendance",
        summary: "People and groups named before an attendance verb whose object is the meeting.",
        examples: AttendanceRuleExamples.all
    )

    public init() {}

    static let coreVerbs = ["出席", "参加", "列席", "旁听", "主持"]
    static let speechVerbs = ["作总结讲话", "作重要讲话", "作交流发言", "讲话", "发言", "致辞"]
    /// What may follow an attendance verb when its object is a meeting.
    static let meetingObjects = ["会议", "今天会议", "今天的会议", "会", "座谈会", "大会", "开幕式", "闭幕式", "仪式", "典礼", "活动", "并", "召开", "。", ",", "了会议", "论坛", "学习"]

    public func apply(to context: inout ExtractionContext) {
        for sentence in context.doc.sentences {
            read(sentence.span, &context)
        }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        var i = sentence.start
        var handledUpTo = sentence.start
        while i < sentence.end {
            if i >= handledUpTo, let verb = Self.coreVerbs.first(where: { text.matches($0, at: i) }) {
                let after = i + 2
                if text.matches("会议的还有", at: after) || text.matches("今天会议的还有", at: after) || text.matches("会议的有", at: after) {
                    let listStart = text.find("有", from: after, to: sentence.end)! + 1
                    let end = Clauses.clauseEnd(text, from: listStart, ceiling: sentence.end)
                    let listEnd = trimTail(Span(listStart, end), text)
                    record(PeopleList(Span(listStart, listEnd), names: context.names), roles: [verb], venue: nil, Span(i, end), &context)
                    handledUpTo = end; i = end; continue
                }
                if Self.meetingObjects.contains(where: { text.matches($0, at: after) }) || after >= sentence.end {
                    // 会议由…主持
                    if verb == "主持", let by = byPhrase(before: i, sentence, text) {
                        record(PeopleList(by, names: context.names), roles: ["主持"], venue: nil, Span(by.start, i + 2), &context)
                        i = after; continue
                    }
                    var roles = [verb]
                    let tail = Clauses.clauseEnd(text, from: after, ceiling: sentence.end)
                    for speech in Self.speechVerbs where text.find(speech, from: after, to: tail) != nil {
                        roles.append(context.lexicons.attendance[speech]?.role ?? "讲话"); break
                    }
                    if let (region, venue) = subjectRegion(before: i, sentence, &context) {
                        record(PeopleList(region, names: context.names), roles: roles, venue: venue, Span(region.start, tail), &context)
                    }
                    i = after; continue
                }
            }
            if i >= handledUpTo, let speech = Self.speechVerbs.first(where: { text.matches($0, at: i) }) {
                // 郭声琨在会上讲话, 王毅作交流发言: a speaker named right before the verb.
                if let (region, venue) = subjectRegion(before: i, sentence, &context, speech: true) {
                    let role = context.lexicons.attendance[speech]?.role ?? "讲话"
                    let list = PeopleList(region, names: context.names)
                    if list.groups.isEmpty { record(list, roles: [role], venue: venue, Span(region.start, i + speech.unicodeScalars.count), &context) }
                }
                i += speech.unicodeScalars.count; continue
            }
            i += 1
        }
    }

    /// The people before the verb: back over the clause, and over earlier comma clauses while they read as people.
    func subjectRegion(before verb: Int, _ sentence: Span, _ context: inout ExtractionContext, speech: Bool = false) -> (Span, String?)? {
        let text = context.text
        var e = verb
        var venue: String?
        // Words between the people and the verb.
        var changed = true
        while changed {
            changed = false
            for filler in ["并", "还", "也", "分别", "等", "一同", "共同", "作", "在会上", "在会议上", "在座谈会上", "今天", "随后"] {
                let n = filler.unicodeScalars.count
                if e - n >= sentence.start, text.matches(filler, at: e - n) { e -= n; changed = true }
            }
            if let at = venueStart(before: e, sentence, text) {
                let place = text.slice(at + 1, e)
                venue = place.contains("分会场") ? "分会场" : "主会场"
                e = at; changed = true
            }
        }
        guard e > sentence.start else { return nil }
        let s = Clauses.clauseStart(text, before: e, floor: sentence.start)
        guard e > s else { return nil }
        if speech {
            // A speaker is one clause of names, no groups: 郭声琨在会上讲话.
            let list = PeopleList(Span(s, e), names: context.names)
            guard !list.persons.isEmpty, list.groups.isEmpty, list.start == s else { return nil }
        }
        // Walk back over earlier comma clauses that still read as people (…李克强,中共中央政治局委员…马凯出席).
        var start = s
        while start > sentence.start, text[start - 1] == "," {
            let prev = Clauses.clauseStart(text, before: start - 1, floor: sentence.start)
            let list = PeopleList(Span(prev, start - 1), names: context.names)
            guard list.start == prev, !(list.persons.isEmpty && list.groups.isEmpty) else { break }
            start = prev
        }
        return (Span(start, e), venue)
    }

    /// 在主会场 / 在各地分会场 right before the verb.
    func venueStart(before e: Int, _ sentence: Span, _ text: TextBuffer) -> Int? {
        guard e - 3 >= sentence.start, text.matches("会场", at: e - 2) else { return nil }
        var k = e - 3
        while k >= sentence.start, k >= e - 10 {
            if text[k] == "在" { return k }
            k -= 1
        }
        return nil
    }

    /// 会议由李克强主持: the people between 由 and 主持.
    func byPhrase(before verb: Int, _ sentence: Span, _ text: TextBuffer) -> Span? {
        let s = Clauses.clauseStart(text, before: verb, floor: sentence.start)
        guard let by = text.find("由", from: s, to: verb), verb - by > 2 else { return nil }
        return Span(by + 1, verb)
    }

    func trimTail(_ span: Span, _ text: TextBuffer) -> Int {
        var e = span.end
        for tail in ["等", "同志"] where e - tail.unicodeScalars.count > span.start && text.matches(tail, at: e - tail.unicodeScalars.count) {
            e -= tail.unicodeScalars.count
        }
        return e
    }

    func record(_ list: PeopleList, roles: [String], venue: String?, _ span: Span, _ context: inout ExtractionContext) {
        guard !list.persons.isEmpty || !list.groups.isEmpty else { return }
        let meeting = context.meetingForReference()
        var qualifiers = roles.map { Qualifier("role", $0) }
        if let venue { qualifiers.append(Qualifier("venue", venue)) }
        for p in list.persons {
            let person = context.mention(.person, context.doc.slice(p.name), p.name)
            context.fact(person, Predicate.attended, meeting, p.name, qualifiers)
            for role in roles {
                if role == "主持" { context.fact(person, Predicate.presidedOver, meeting, p.name) }
                if role == "讲话" || role == "发言" { context.fact(person, Predicate.spokeAt, meeting, p.name) }
            }
            for t in p.titles { TitleFacts.record(person, title: t, &context) }
        }
        for g in list.groups {
            let group = context.mention(.group, g.name, g.span)
            context.fact(group, Predicate.attended, meeting, g.span, qualifiers)
        }
    }
}
