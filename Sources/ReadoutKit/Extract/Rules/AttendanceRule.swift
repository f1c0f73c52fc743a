/// Who attended: the people and groups before 出席/参加/主持/列席/旁听 会议 (or 主持召开…会议), after 出席会议的还有,
/// in 会议由…主持; speakers named before 作了总结讲话/发言/致辞, or before 指出/强调 after 在会上.
/// 并讲话 adds a speech, 在主会场/在分会场 a venue. 作出重要指示 is not attendance.
public struct AttendanceRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "attendance",
        summary: "People and groups named before an attendance verb whose object is the meeting, or before a speech verb.",
        examples: AttendanceRuleExamples.all,
        reads: ["meeting", "official", "encounter", "inspection", "gathering", "banquet", "visit"]
    )

    public init() {}


    public func apply(to context: inout ExtractionContext) {
        for sentence in context.doc.sentences { read(sentence.span, &context) }
    }


    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        // Pages put a space after a full stop (…召开座谈会。 会上,…).
        var first = sentence.start
        while first < sentence.end, text[first] == " " { first += 1 }
        if let opening = context.lexicons.atTheMeeting.first(where: { text.matches($0, at: first) }) {
            atTheMeeting(Span(first + opening.unicodeScalars.count, sentence.end), at: openingEvent(sentence, context), &context)
        }
        var i = sentence.start
        while i < sentence.end {
            guard let n = context.lexicons.attendanceTrie.longest(in: text, at: i, limit: sentence.end),
                  let verb = context.lexicons.attendance[text.slice(i, i + n)] else { i += 1; continue }
            // 发言人表示: the verb begins a title (发言人), it is no deed.
            if let t = context.lexicons.titlesForward.longest(in: text, at: i, limit: sentence.end), t > n { i += t; continue }
            // 特朗普没有出席, 未能参加: a denied attendance is none.
            if context.lexicons.attendanceNegations.longest(in: text, at: i, limit: sentence.start) != nil { i += n; continue }
            switch verb.kind {
            case .attend: i = attend(verb, at: i, length: n, sentence, &context)
            case .speech:
                // 向论坛发来视频致辞: a speech sent is no speech given there.
                let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
                if !context.lexicons.sentWords.matches(in: text, Span(max(clause, i - 16), i)).isEmpty { i += n; continue }
                if let start = listAfterLead(i + n, sentence, context.names) {
                    i = attend(AttendanceVerb(verb: verb.verb, role: verb.role, predicate: Predicate.attended, kind: .attend), at: i, length: n, sentence, &context, listStart: start)
                    continue
                }
                speech(verb, at: i, length: n, sentence, &context); i += n
            case .remark:
                if let at = meetingPlaceBefore(i, sentence, text) { speech(verb, at: at, length: i + n - at, sentence, &context) }
                i += n
            case .greeting:
                // 代表各民主党派中央和全国工商联致贺词, 向大会致贺词: a message given in person (greeting_givers.txt);
                // 互致贺词 and a message to an opening are sent.
                let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
                if !context.lexicons.greetingGivers.matches(in: text, Span(clause, i)).isEmpty { speech(verb, at: i, length: n, sentence, &context) }
                i += n
            case .report:
                let end = Clauses.clauseEnd(text, from: i + n, ceiling: sentence.end)
                // 作 as a word of its own, not the end of a common word (工作, 合作: …在中央经济工作会议上讲话); a rare one
                // is a chance pairing (所作的说明, 李强作的报告).
                // Nor the start of one (作出…部署, 作为: made arrangements, not a report at a meeting).
                let vocabulary = context.lexicons.segmenter.vocabulary
                if context.lexicons.reportNouns.longest(in: text, at: end, limit: i + n) != nil,
                   i == sentence.start || (vocabulary.logFrequency(text, i - 1, i + 1) ?? 0) < NameReader.commonName,
                   n > 1 || (vocabulary.logFrequency(text, i, i + 2) ?? 0) < NameReader.commonName {
                    speech(verb, at: i, length: n, sentence, &context)
                }
                i += n
            }
        }
    }

    /// The kind of a speech that is an event of its own (event_kinds.txt: 演讲).
    static let speechKind = "演讲"

    /// The event a sentence that opens 座谈会上, or 座谈中, places what follows at: the last 座谈会, not a tour reported
    /// after it in which it was held. Nil for 会上, and 会议上, (the last event of any kind, as before).
    func openingEvent(_ sentence: Span, _ context: ExtractionContext) -> EventRef? {
        let text = context.text, lex = context.lexicons
        var first = sentence.start
        while first < sentence.end, text[first] == " " { first += 1 }
        guard let opening = lex.atTheMeeting.first(where: { text.matches($0, at: first) }) else { return nil }
        let wordEnd = first + opening.unicodeScalars.count - 2   // before 上, or 中,
        guard let n = lex.meetingWords.longest(in: text, at: wordEnd, limit: first), case let word = text.slice(wordEnd - n, wordEnd),
              word != "会", word != "会议" else { return nil }
        return EventRef(at: wordEnd, kind: lex.eventKind(word), bare: (word, Span(wordEnd - n, wordEnd)))
    }

    /// The people named at the head of each ;-part of a 会上 sentence spoke at the meeting.
    func atTheMeeting(_ span: Span, at event: EventRef?, _ context: inout ExtractionContext) {
        let text = context.text
        for part in Clauses.split(text, span, at: [";"]) {
            guard let cut = context.lexicons.attendanceDeeds.compactMap({ text.find($0, from: part.start + 2, to: part.end) }).min() else { continue }
            var list = PeopleList(Span(part.start, cut), names: context.names)
            guard list.persons.count >= 1, list.groups.isEmpty, list.persons.last!.name.end == cut else { continue }
            // The people start with one the text gives a title (专家刘世锦, 企业负责人胡茂元); words before are not people.
            guard let first = list.persons.firstIndex(where: { !$0.titles.isEmpty }) else { continue }
            list.persons.removeFirst(first)
            let verb = AttendanceVerb(verb: "发言", role: "发言", predicate: Predicate.spokeAt, kind: .speech)
            record(list, roles: [verb.role], venue: nil, predicate: verb.predicate, Span(list.start, cut), &context, at: event)
        }
    }

    /// 出席会议, 主持召开…, 出席会议的还有…, 会议由…主持. Returns where to continue.
    func attend(_ verb: AttendanceVerb, at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext, listStart lead: Int? = nil) -> Int {
        let text = context.text
        let after = i + n
        if let listStart = lead ?? listAfterLead(after, sentence, context.names) {
            var listStart = listStart
            while listStart < sentence.end, text[listStart] == ":" || text[listStart] == " " { listStart += 1 }
            let end = Clauses.clauseEnd(text, from: listStart, ceiling: sentence.end)
            // 出席会议的还有, 出席开幕式的还有: at the last event of the kind the lead names.
            let lex = context.lexicons
            let named = (after..<listStart).lazy.compactMap { e in lex.meetingWords.longest(in: text, at: e, limit: after).map { (text.slice(e - $0, e), Span(e - $0, e)) } }.first
            let event = EventRef(at: i, kind: named.map { lex.eventKind($0.0) }, bare: named)
            record(PeopleList(Span(listStart, end), names: context.names), roles: [verb.role], venue: nil, predicate: verb.predicate, Span(i, end), &context, at: event)
            return end
        }
        let tail = Clauses.clauseEnd(text, from: after, ceiling: sentence.end)
        // 参加会见/会谈: talks between leaders are not meetings with attendees.
        if context.lexicons.talkWords.longest(in: text, at: after) != nil { return after }
        // 王沪宁在主持大会时表示, 在出席…期间: 在 before the verb puts the people at the event while it is under way;
        // 在主持…集体学习时的重要讲话 cites a speech made there, no attendance the article reports (cited_during_marks.txt).
        let during = i - 1 > sentence.start && text[i - 1] == "在"
        if during, context.lexicons.citedDuringMarks.contains(where: { text.find($0, from: after, to: tail) != nil }) { return after }
        let verbStart = during ? i - 1 : i
        guard let event = object(after: after, verb: i, tail, sentence, &context) else { return after }
        if verb.role == "主持", let by = byPhrase(before: i, sentence, text) {
            record(PeopleList(by, names: context.names), roles: [verb.role], venue: nil, predicate: verb.predicate, Span(by.start, after), &context, at: event)
            return after
        }
        var roles = [verb.role]
        // 出席会议并讲话, 主持会议并作总结讲话: a speech in the same clause.
        var k = after
        while k < tail {
            if let m = context.lexicons.attendanceTrie.longest(in: text, at: k, limit: tail),
               let v = context.lexicons.attendance[text.slice(k, k + m)], v.kind == .speech {
                if !roles.contains(v.role) { roles.append(v.role) }
                k += m; continue
            }
            k += 1
        }
        if let (region, venue) = subjectRegion(before: verbStart, sentence, &context) {
            // 将出席, 将于…出席: an announcement, no attendance yet (a speech 将作 at the meeting under way is one).
            if Self.announced(Span(region.end, i), text) { return after }
            var list = PeopleList(region, names: context.names)
            if Self.announced(after: list, verb: i, text) { return after }
            // 胡锦涛同墨西哥总统培尼亚共同出席: people joined by 同 or 与 before 共同, 一同 or 一起 are all there.
            if region.length >= 4, context.lexicons.togetherWords.contains(where: { text.matches($0, at: verbStart - $0.unicodeScalars.count) }),
               let with = (region.start + 2..<region.end).last(where: { text[$0] == "同" || text[$0] == "与" }) {
                // (胡锦涛13日同…: the day before 同 is no part of the people.)
                var leftEnd = with
                if text[with - 1] == "日" || text[with - 1] == "号" {
                    var k = with - 1
                    while k > region.start, text[k - 1].isASCIIDigit { k -= 1 }
                    if k < with - 1 { leftEnd = k }
                }
                let left = PeopleList(Span(region.start, leftEnd), names: context.names), right = PeopleList(Span(with + 1, region.end), names: context.names)
                if left.start == region.start, !left.persons.isEmpty, right.start == with + 1, !right.persons.isEmpty,
                   EncounterRule.readToEnd(right, region.end) {
                    list = left
                    list.persons += right.persons
                }
            }
            // 赵乐际参加会见并主持表彰大会: the people are named before the first verb of the clause.
            if list.persons.isEmpty && list.groups.isEmpty, let cut = context.lexicons.attendanceFirstVerbs.compactMap({ context.text.find($0, from: region.start + 2, to: region.end) }).min() {
                list = PeopleList(Span(region.start, cut), names: context.names)
            }
            record(list, roles: roles, venue: venue, predicate: verb.predicate, Span(region.start, tail), &context, at: event)
        }
        return after
    }

    /// The event an attendance verb takes as its object, or nil when its object is no event: one the object names
    /// (出席全军院校长集训开班式: reported here), or the one 会议, 开幕式, 上述活动 refer to (the last of that kind).
    func object(after verbEnd: Int, verb: Int, _ tail: Int, _ sentence: Span, _ context: inout ExtractionContext) -> EventRef? {
        let text = context.text, lex = context.lexicons
        // 出席了开幕式: the object starts after 了.
        let after = text.matches("了", at: verbEnd) && !text.matches("了会议", at: verbEnd) ? verbEnd + 1 : verbEnd
        // 主持召开第24届冬奥会筹办工作现场会: the meeting the meeting rule reported right after the verb, not a tour
        // reported before it.
        let from = after + (lex.meetingVerbs.first(where: { text.matches($0, at: after) })?.unicodeScalars.count ?? 0)
        if from > after || lex.meetingVerbs.contains(where: { text.matches($0, at: verbEnd - $0.unicodeScalars.count) }),
           let m = context.extraction.mentions.first(where: { $0.entity.type == .meeting && (from...from + 6).contains($0.span.start) && $0.span.end <= tail }) {
            return EventRef(known: m.entity)
        }
        if let n = lex.meetingObjects.longest(in: text, at: after) {
            // 出席会议, 出席这次座谈会: the last event of the kind the word says; 出席上述活动: the last event.
            // 出席上述活动, 参加有关活动: the last event of any kind.
            if ["上述", "以上"].contains(where: { text.matches($0, at: after) }) { return EventRef(at: after, above: true) }
            if ["有关", "相关"].contains(where: { text.matches($0, at: after) }) { return EventRef(at: after, activity: true) }
            // 参加活动: whatever the article reports, the tour before all else (generic_event_words.txt).
            if lex.genericEventWords.contains(text.slice(after, after + n)), context.hasReported(before: after) { return EventRef(at: after, activity: true) }
            // 参加考察, 陪同调研: the tour as the article first reports it with its host, not the moment reported last.
            if lex.inspectionVerbs.contains(text, after, after + n), context.hasReported(before: after) {
                return EventRef(at: after, kind: InspectionRule.kind, activity: true)
            }
            var word = (after + n...max(after + n, min(tail, after + n + 6))).lazy.compactMap { e in
                lex.meetingWords.longest(in: text, at: e, limit: after).map { (text.slice(e - $0, e), Span(e - $0, e)) }
            }.first
            // 参加审议: the object is itself a kind of event; 来到河南代表团参加审议: the delegation's.
            if word == nil, lex.eventKinds[text.slice(after, after + n)] != nil {
                word = (text.slice(after, after + n), Span(after, after + n))
                if let delegation = delegationBefore(verb, sentence, text) {
                    return EventRef(at: after, kind: lex.eventKind(word!.0), named: (text.slice(delegation) + word!.0, delegation))
                }
            }
            return EventRef(at: after, kind: word.map { lex.eventKind($0.0) }, bare: word)
        }
        if after >= sentence.end { return EventRef(at: after) }
        // 参加十二届全国人大二次会议安徽代表团的审议: the delegation's 审议, named after the delegation (安徽代表团审议), not the
        // session it meets in.
        if let (k, unit) = [("代表团", 3), ("团组", 2)].lazy.compactMap({ w, m in
               (text.find(w + "的审议", from: after, to: tail) ?? text.find(w + "审议", from: after, to: tail)).map { ($0, m) } }).first {
            // (After the session's 会议, or the 的 of 他所在的.)
            let from = (after + 1...max(after + 1, k)).last(where: { $0 - 2 >= after && text.matches("会议", at: $0 - 2) || text[$0 - 1] == "的" }) ?? after
            if k + unit - from > unit, (from..<k + unit).allSatisfy({ text[$0].isHan }), lex.bodyDeterminers.longest(in: text, at: from, limit: k) == nil {
                return EventRef(at: after, kind: lex.eventKind("审议"), reported: (text.slice(from, k + unit) + "审议", Span(from, k + unit)))
            }
            // 十二届全国人大一次会议一些代表团的审议: the deliberations of several delegations at the session, one event named
            // after the session (not the session itself).
            if from > after + 3, lex.bodyDeterminers.longest(in: text, at: from, limit: k) != nil, (after..<from).allSatisfy({ text[$0].isHan }) {
                return EventRef(at: after, kind: lex.eventKind("审议"), reported: (text.slice(after, from) + text.slice(k, k + unit) + "审议", Span(after, k + unit)))
            }
        }
        // 出席挂牌仪式并在座谈会上讲话: the object ends before 并 as a word of its own (not in 兼并重组…会议).
        var objectEnd = min(tail, after + 40)
        if let and = lex.segmenter.alone("并", text, after, objectEnd).first(where: { $0 >= after + 2 }) { objectEnd = and }
        var end: Int?
        for e in stride(from: objectEnd, through: after + 2, by: -1) where lex.meetingWords.longest(in: text, at: e, limit: after) != nil {
            end = e; break
        }
        guard let e = end else { return nil }
        let word = lex.meetingWords.longest(in: text, at: e, limit: after)!
        // 会见来华出席…会议的马其顿总理: a clause that describes the person after it, not the attendance reported.
        if e < sentence.end, text[e] == "的" { return nil }
        // 出席在人民大会堂举行的庆祝大会: the name after the clause that describes it.
        var s = after
        var depth = 0, de: Int?
        for k in after..<e {
            if text[k] == "《" { depth += 1 } else if text[k] == "》" { depth -= 1 } else if text[k] == "的", depth == 0 { de = k }
        }
        if let de, e - de - 1 > word { s = de + 1 }   // not a 的 inside a title in book marks
        // 出席上午的会议: a bare word after its description; 出席…李强宣布…博览会开幕: a clause where a person acts
        // (纪念毛泽东同志诞辰120周年座谈会 names a person and stays a name).
        let bareAfterDescription = de.map { e - $0 - 1 == word } ?? false
        let holdsPerson = ExtractionContext.spans(context.personSpans, within: Span(s, e)).contains { p in
            text.matches("宣布", at: p.end) || lex.attendanceTrie.longest(in: text, at: p.end, limit: e) != nil
        }
        // 参加考察活动: no event of its own, but the one reported before (of any kind).
        if lex.genericEventWords.contains(text.slice(s, e)) { return EventRef(at: after, activity: true) }
        // 参加看望活动, 陪同考察活动: the tour the article reports, as 参加考察 is.
        if let v = lex.inspectionVerbs.longest(in: text, at: s, limit: e), lex.genericEventWords.contains(text.slice(s + v, e)),
           context.firstReported(before: after, kind: InspectionRule.kind) != nil {
            return EventRef(at: after, kind: InspectionRule.kind, activity: true)
        }
        // 出席哈萨克斯坦总统托卡耶夫举行的隆重欢迎宴会: a banquet or event a person named right before 举行的 holds is
        // named by its host (托卡耶夫举行的隆重欢迎宴会), not by the headline.
        if let de, de - 2 > after, text.matches("举行", at: de - 2), (de + 1..<e).allSatisfy({ text[$0].isHan }),
           let host = ExtractionContext.spans(context.personSpans, within: Span(after, de - 2)).last(where: { p in
               p.end == de - 2 || lex.titlesForward.longest(in: text, at: p.end, limit: de - 2) == de - 2 - p.end }) {   // (普京总统举行的)
            let name = text.slice(host) + "举行的" + text.slice(de + 1, e)
            return EventRef(at: after, kind: lex.eventKind(text.slice(e - word, e)), reported: (name, Span(host.start, e)))
        }
        guard e - s > word, !bareAfterDescription, !holdsPerson,
              (s..<e).allSatisfy({ text[$0].isHan || text[$0].isASCIIDigit || MeetingRule.nameMarks.contains(text[$0]) }) else {
            let bare = text.slice(e - word, e)
            return EventRef(at: after, kind: lex.eventKind(bare), bare: (bare, Span(e - word, e)))
        }
        return EventRef(at: after, kind: lex.eventKind(text.slice(s, e)), reported: (text.slice(s, e), Span(s, e)))
    }

    /// 来到河南代表团参加审议: the delegation visited before the verb.
    func delegationBefore(_ verb: Int, _ sentence: Span, _ text: TextBuffer) -> Span? {
        guard text.matches("代表团", at: verb - 3) else { return nil }
        let clause = Clauses.clauseStart(text, before: verb, floor: sentence.start)
        guard let to = (clause..<verb - 3).last(where: { text[$0] == "到" }) else { return nil }
        let span = Span(to + 1, verb)
        return span.length >= 4 && (span.start..<span.end).allSatisfy({ text[$0].isHan || text[$0].isASCIIDigit }) ? span : nil
    }

    /// Is 将 (will) written between the people and their verb?
    static func announced(_ between: Span, _ text: TextBuffer) -> Bool {
        (between.start..<between.end).contains { text[$0] == "将" }
    }

    /// Is 将 written between the last person of a list and the verb, outside that person's titles (…舒瓦洛夫等外国政要
    /// 将应邀来华出席; not 杨勇上将出席)?
    static func announced(after list: PeopleList, verb: Int, _ text: TextBuffer) -> Bool {
        guard let last = list.persons.last else { return false }
        return (last.name.end..<verb).contains { k in text[k] == "将" && !last.titles.contains { $0.start <= k && k < $0.end } }
    }

    /// 出席会议的还有, 在主席台就座的还有：, 出席座谈会的党外人士还有: where the list after such a lead starts.
    func listAfterLead(_ after: Int, _ sentence: Span, _ names: NameReader) -> Int? {
        let text = names.text, lex = names.lexicons
        var k = after
        while k < min(sentence.end, after + 12), text[k].isHan {
            if text[k] == "的", let n = lex.attendanceLeads.longest(in: text, at: k + 1, limit: sentence.end),
               !text.matches("有关", at: k + 1) {
                return k + 1 + n
            }
            // 出席座谈会的党外人士还有, 出席闭幕式的国际贵宾有:…: a few words of description between 的 and 还有, or 有 and a colon.
            if text[k] == "的", let has = (k + 2..<max(k + 2, min(sentence.end - 1, k + 11))).first(where: { text[$0] == "有" && (text[$0 - 1] == "还" || text[$0 + 1] == ":") }),
               (k + 1..<has).allSatisfy({ text[$0].isHan }) {
                return has + 1
            }
            // 出席会议的国务院领导同志张高丽、刘延东…等全体起立: the people named after the event's 的 and their description.
            if text[k] == "的", lex.meetingWords.longest(in: text, at: k, limit: after) != nil,
               let start = Self.describedList(from: k + 1, sentence, names) {
                return start
            }
            k += 1
        }
        return nil
    }

    /// Where the people start in a clause that reads as two or more of them and nothing else, after a description
    /// that ends in a word for people (国务院领导同志, 党外人士) where there is one; nil when it does not read so.
    static func describedList(from start: Int, _ sentence: Span, _ names: NameReader) -> Int? {
        let text = names.text
        let end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        func whole(_ s: Int) -> Bool {
            let list = PeopleList(Span(s, end), names: names)
            return list.persons.count >= 2 && list.start == s && list.groups.isEmpty
        }
        if whole(start) { return start }
        for e in stride(from: start + 2, through: min(end, start + 12), by: 1) where (start..<e).allSatisfy({ text[$0].isHan }) {
            if names.lexicons.groupHeads.longest(in: text, at: e, limit: start) != nil, whole(e) { return e }
        }
        return nil
    }

    /// 孙春兰作了总结讲话, 胡锦涛就…向全会作了说明: the speaker is named at the start of the clause.
    func speech(_ verb: AttendanceVerb, at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        guard var (region, venue) = subjectRegion(before: i, sentence, &context) else { return }
        // 会议听取了民政部部长李立国受…委托作的报告: the speaker follows 听取(了).
        for lead in ["听取了", "听取"] {
            if let at = context.text.find(lead, from: region.start, to: region.end) { region.start = at + lead.unicodeScalars.count; break }
        }
        var list = PeopleList(region, names: context.names)
        if list.persons.isEmpty || list.start != region.start {
            // Cut the clause at the first preposition after a name: 胡锦涛|就…作了说明.
            list = PeopleList(Span(region.start, region.start), names: context.names)
            // The first place the preposition is written as a word of its own: 代表 inside 全国代表大会 is none.
            search: for p in context.lexicons.speakerPrepositions {
                var from = region.start + 2
                while let at = context.text.find(p, from: from, to: region.end) {
                    if Self.insideLongerWord(at, p.unicodeScalars.count, region, context) { from = at + 1; continue }
                    let candidate = PeopleList(Span(region.start, at), names: context.names)
                    if !candidate.persons.isEmpty, candidate.start == region.start, candidate.groups.isEmpty { list = candidate; break search }
                    break
                }
            }
        }
        // Only a fully read list counts; it may hold groups too (…副主任齐跃明,先进集体代表…负责同志作大会发言).
        guard !list.persons.isEmpty, list.start == region.start else { return }
        // …大会7月1日上午隆重举行,胡锦涛将发表重要讲话, in an article of June: a speech announced for a later day is none
        // yet (今天下午…将作交流发言 is the day's program, and stays).
        if Self.announced(after: list, verb: i, context.text), let today = context.dates.articleDate,
           (sentence.start..<i).contains(where: { k in context.dates.day(in: context.text, at: k).map { $0.0 > today } ?? false }) { return }
        // 会议强调,胡锦涛总书记在党的十九届五中全会发表了重要讲话; 快评指出,胡锦涛…: a cited speech is no attendance the
        // article reports (nor is the event named in it one the article reports: later attendances must not fall to it).
        if Self.cited(before: region.start, sentence, context) { return }
        // 11月18日,胡锦涛在亚太经合组织第二十六次领导人非正式会议上发表的重要讲话: a speech at the event named between
        // the speaker and the verb.
        let between = Span(list.persons.last!.name.end, i + n)
        // Only where the speech is said to be at it: 在 before the name, and the verb (or 上) right after it.
        let mentioned = context.extraction.mentions.last {
            $0.entity.type == .meeting && $0.entity != context.mainMeeting && $0.span.start >= between.start && $0.span.end <= between.end
                && context.text.find("在", from: between.start, to: $0.span.start) != nil && (i - $0.span.end <= 6 || context.text[$0.span.end] == "上")
        }?.entity
        var named = (mentioned ?? eventNamed(in: between, &context)).map(EventRef.known)
        // 胡锦涛就…作出新的部署: a decision taken (decision_verbs.txt), no speech, unless it was made at an event named
        // there (汪洋在全国改善农村人居环境工作会议上…作出部署).
        if named == nil, context.text.matches("部署", at: i),
           context.lexicons.decisionVerbs.contains(where: { context.text.find($0, from: between.start, to: i) != nil }) { return }
        // 胡锦涛在印度世界事务委员会发表重要演讲, 总统3日发表讲话说: a speech with no event reported before it, none of
        // the article's and no meeting word before it (在会上) is an event of its own (演讲: event_kinds.txt), not a
        // meeting named after the headline. 发表了题为《…》的重要演讲: the word may close the clause after the verb.
        let text = context.text, lex = context.lexicons
        let clauseEnd = Clauses.clauseEnd(text, from: i + n, ceiling: sentence.end)
        let atMeeting = text.find("会上", from: between.start, to: i) != nil
            || (between.start + 1...max(between.start + 1, i)).contains { lex.meetingWords.longest(in: text, at: $0, limit: between.start) != nil }
        if named == nil, !context.hasReported(before: i), context.mainMeeting == nil, !atMeeting,
           let w = (i + 2...max(i + 2, clauseEnd)).lazy.compactMap({ e in
               (2...4).lazy.map { Span(e - $0, e) }.first { $0.start >= i && lex.eventKinds[text.slice($0)] == Self.speechKind }
           }).first {
            let word = text.slice(w)
            named = EventRef(at: i, kind: lex.eventKind(word), bare: (word, w))
        }
        // 华春莹在今天的例行记者会上表示: where the article has reported no event yet, the kind of event the speaker was
        // at, written before 上, is the event (not 会 or 会议, which refer to the article's meeting).
        if named == nil, context.mainMeeting == nil, !context.hasReported(before: i), between.start < i + n,
           let e = (between.start..<(i + n)).last(where: { text[$0] == "上" }), text.find("在", from: between.start, to: e) != nil,
           let m = lex.meetingWords.longest(in: text, at: e, limit: between.start), case let word = text.slice(e - m, e), word != "会", word != "会议" {
            named = EventRef(at: e - m, kind: lex.eventKind(word), bare: (word, Span(e - m, e)))
        }
        // 胡锦涛在开班式上发表重要讲话, after the class the article reports: the opening of it (event_parts.txt).
        if named == nil, between.start < i + n, let e = (between.start..<(i + n)).last(where: { text[$0] == "上" }),
           text.find("在", from: between.start, to: e) != nil, let m = lex.meetingWords.longest(in: text, at: e, limit: between.start),
           case let word = text.slice(e - m, e), lex.eventParts.contains(word) {
            named = EventRef(at: e - m, kind: lex.eventKind(word), bare: (word, Span(e - m, e)))
        }
        if named == nil { named = openingEvent(sentence, context) }
        record(list, roles: [verb.role], venue: venue, predicate: verb.predicate, Span(region.start, i + n), &context, at: named)
        // 吕薇委员就…等问题;…;郭庆平就…等问题分别提问: each ;-part before says who, then 就 what.
        if context.text.matches("分别", at: i - 2) {
            for part in distributedParts(before: region.start, sentence, context) {
                record(part, roles: [verb.role], venue: venue, predicate: verb.predicate, Span(part.start, i + n), &context, at: named)
            }
        }
    }

    /// Whether the people at `start` are someone else's words: a remark verb and its comma right before them, or
    /// before one short clause (快评指出,胡锦涛…; 韩正表示,2017年,胡锦涛…), not anywhere earlier in a sentence
    /// of many speakers (…作了…的说明,张纪南作了…的报告: 说 of 说明 cites nobody).
    static func cited(before start: Int, _ sentence: Span, _ context: ExtractionContext) -> Bool {
        let text = context.text
        var e = start
        for _ in 0..<2 {
            guard e > sentence.start, text[e - 1] == "," || text[e - 1] == ":" else { return false }
            e -= 1
            if (1...3).contains(where: { e - $0 >= sentence.start && context.lexicons.attendance[text.slice(e - $0, e)]?.kind == .remark }) { return true }
            let s = Clauses.clauseStart(text, before: e, floor: sentence.start)
            guard e - s <= 10 else { return false }
            e = s
        }
        return false
    }

    /// Whether the word at `at` of `length` characters begins a longer word of the vocabulary (代表|大会, 代表团).
    static func insideLongerWord(_ at: Int, _ length: Int, _ region: Span, _ context: ExtractionContext) -> Bool {
        let vocabulary = context.lexicons.segmenter.vocabulary
        guard at + length < region.end else { return false }
        return (at + length + 1...min(region.end, at + length + 2)).contains { vocabulary.logFrequency(context.text, at, $0) != nil }
    }

    /// The ;-parts of a sentence before `start`, read back while each opens with people before a speaker preposition
    /// (吕薇委员|就如何加强…等问题).
    func distributedParts(before start: Int, _ sentence: Span, _ context: ExtractionContext) -> [PeopleList] {
        let text = context.text
        var found: [PeopleList] = []
        var end = start
        while end > sentence.start, text[end - 1] == ";" {
            let partEnd = end - 1
            var partStart = partEnd
            while partStart > sentence.start, text[partStart - 1] != ";" { partStart -= 1 }
            let cuts = context.lexicons.speakerPrepositions.compactMap { text.find($0, from: partStart + 2, to: partEnd) }
            guard let cut = cuts.min() else { break }
            let list = PeopleList(Span(partStart, cut), names: context.names)
            guard let last = list.persons.last, list.start == partStart, list.groups.isEmpty,
                  last.name.end == cut || last.titles.last.map({ $0.end == cut }) == true else { break }
            found.append(list)
            end = partStart
        }
        return found
    }

    /// 在亚太经合组织第二十六次领导人非正式会议上: an event named in 在…上 (more than a bare 会议), reported here.
    func eventNamed(in span: Span, _ context: inout ExtractionContext) -> EntityKey? {
        let text = context.text, lex = context.lexicons
        guard let at = (span.start..<span.end).first(where: { text[$0] == "在" }),
              let on = (at + 1..<span.end).first(where: { text[$0] == "上" }),
              let word = lex.meetingWords.longest(in: text, at: on, limit: at + 1), on - at - 1 > word + 1,
              (at + 1..<on).allSatisfy({ text[$0].isHan || text[$0].isASCIIDigit || MeetingRule.nameMarks.contains(text[$0]) }),
              lex.meetingObjects.longest(in: text, at: at + 1) == nil, lex.eventDeterminers.longest(in: text, at: at + 1) == nil else { return nil }
        return context.report(text.slice(at + 1, on), Span(at + 1, on))
    }

    /// 在会上 / 在座谈会上 / 在开幕式上 right before a remark verb: where the remark phrase starts.
    func meetingPlaceBefore(_ i: Int, _ sentence: Span, _ text: TextBuffer) -> Int? {
        guard i - 3 >= sentence.start, text[i - 1] == "上" else { return nil }
        var k = i - 2
        while k >= sentence.start, i - k <= 14, text[k] != "在" {
            if !text[k].isHan { return nil }
            k -= 1
        }
        guard k >= sentence.start, text[k] == "在" else { return nil }
        let place = text.slice(k + 1, i - 1)
        guard place == "会" || place.hasSuffix("会") || place.hasSuffix("会议") || place.hasSuffix("式") || place.hasSuffix("论坛") || place.hasSuffix("大会") else { return nil }
        return k
    }

    /// The people before the verb: back over the clause, and over earlier comma clauses while they read as people.
    func subjectRegion(before verb: Int, _ sentence: Span, _ context: inout ExtractionContext, walkBack: Bool = true) -> (Span, String?)? {
        let text = context.text
        var e = verb
        var venue: String?
        var changed = true
        while changed {
            changed = false
            if let n = context.lexicons.attendanceFillers.longest(in: text, at: e, limit: sentence.start + 1) { e -= n; changed = true }
            // A date in brackets: 王小洪星期一(10月31日)主持召开.
            if e > sentence.start, text[e - 1] == ")", let open = (max(sentence.start, e - 12)..<e).last(where: { text[$0] == "(" }),
               context.dates.day(in: text, at: open + 1) != nil { e = open; changed = true }
            if let at = venueStart(before: e, sentence, text) {
                let place = text.slice(at + 1, e)
                venue = place.contains("分会场") ? "分会场" : "主会场"
                e = at; changed = true
            } else if let at = meetingPlaceBefore(e, sentence, text) {
                e = at; changed = true
            }
            // A place between the people and the verb: 温家宝12月9日在广州主持召开, 在人民大会堂东门外广场举行,
            // 前往总统府与…举行会谈 (place_leads.txt).
            if let at = (max(sentence.start, e - 16)..<max(sentence.start, e - 1)).last(where: { context.lexicons.placeLeads.longest(in: text, at: $0, limit: e) != nil }),
               case let place = at + context.lexicons.placeLeads.longest(in: text, at: at, limit: e)!,
               (place..<e).allSatisfy({ text[$0].isHan }), e > place, venueStart(before: e, sentence, text) == nil,
               // 在人民大会堂会见来华出席…: a place holds no deed; the verb then belongs to a clause about the guest.
               !(place..<e).contains(where: { context.lexicons.encounterTrie.longest(in: text, at: $0, limit: e) != nil
                   || context.lexicons.attendanceTrie.longest(in: text, at: $0, limit: e) != nil }) {
                e = at; changed = true
            }
            // A stretch of time between the people and the verb: 胡锦涛在里约热内卢出席…峰会期间会见, 在对…进行国事访问期间.
            if e - 2 > sentence.start, text.matches("期间", at: e - 2) {
                let clause = Clauses.clauseStart(text, before: e, floor: sentence.start)
                if let at = stride(from: max(clause + 1, e - 40), to: e - 2, by: 1).first(where: { k in ["在", "出席", "参加", "赴", "对"].contains { text.matches($0, at: k) } }) {
                    e = at; changed = true
                }
            }
            // A date between the people and the verb: 温家宝4日主持召开, 胡锦涛1月22日下午主持.
            if e > sentence.start, text[e - 1] == "日" || text[e - 1] == "号" {
                var k = e - 1
                while k > sentence.start, text[k - 1].isASCIIDigit || text[k - 1] == "月" { k -= 1 }
                if k < e - 1, text[k].isASCIIDigit {
                    e = k; changed = true
                    // 8月22日至24日: the first day of a range.
                    if e - 1 > sentence.start, text[e - 1] == "至" || text[e - 1] == "-" || text[e - 1] == "—", text[e - 2] == "日" || text[e - 2] == "号" { e -= 1 }
                }
            }
        }
        // 温家宝,12月9日在广州主持召开: the comma after the people.
        while e > sentence.start, text[e - 1] == "," || text[e - 1] == " " { e -= 1 }
        guard e > sentence.start else { return nil }
        let s = Clauses.clauseStart(text, before: e, floor: sentence.start)
        guard e > s else { return nil }
        var start = s
        while walkBack, start > sentence.start, text[start - 1] == "," {
            let prev = Clauses.clauseStart(text, before: start - 1, floor: sentence.start)
            let list = PeopleList(Span(prev, start - 1), names: context.names)
            // 蒙古国总统呼日勒苏赫,俄罗斯总统普京出席: a titled person whose name did not read is passed over.
            guard list.start == prev && !(list.persons.isEmpty && list.groups.isEmpty)
                    || start - 1 - prev <= 32 && PeopleList.titledPerson(Span(prev, start - 1), context.names) else { break }
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

    func record(_ list: PeopleList, roles: [String], venue: String?, predicate: String, _ span: Span, _ context: inout ExtractionContext,
                at event: EventRef? = nil) {
        guard !list.persons.isEmpty || !list.groups.isEmpty else { return }
        // The event is found (or reported) only now that someone is at it: 中方欢迎阿方参加中国国际进口博览会 reports nothing.
        let ref = event ?? EventRef(at: span.start)
        let meeting = ref.resolve(&context)
        // 出席上述活动: every event above that shares someone with the last (the talks, the welcome and the banquet of
        // one visit), not another story of the same bulletin.
        let meetings = ref.above ? context.eventsSharingPeople(with: meeting, before: ref.position) + [meeting] : [meeting]
        var qualifiers = roles.map { Qualifier("role", $0) }
        if let venue { qualifiers.append(Qualifier("venue", venue)) }
        for p in list.persons {
            let person = context.mention(.person, context.doc.slice(p.name), p.name)
            for meeting in meetings {
                context.fact(person, Predicate.attended, meeting, p.name, qualifiers)
                if predicate != Predicate.attended { context.fact(person, predicate, meeting, p.name) }
                for role in roles where role == "讲话" || role == "发言" { context.fact(person, Predicate.spokeAt, meeting, p.name) }
            }
            for t in p.titles { TitleFacts.record(person, title: t, &context) }
        }
        for meeting in meetings { Self.recordGroups(list.groups, at: meeting, qualifiers, &context) }
    }

    /// The unnamed groups of a list at an event; what does not read as a group (a clause, a headline) is left out.
    static func recordGroups(_ groups: [PeopleList.Group], at meeting: EntityKey, _ qualifiers: [Qualifier], _ context: inout ExtractionContext) {
        guard !groups.isEmpty else { return }
        let persons = context.personSpans   // sorted once for all the groups of the list
        for g in groups where readsAsGroup(g.span, persons: persons, context) {
            let group = context.mention(.group, g.name, g.span)
            context.fact(group, Predicate.attended, meeting, g.span, qualifiers)
        }
    }

    /// A group is people written as a phrase (各省区市有关负责同志), never a clause: no bracket of a headline
    /// ([视频]张高丽会见新加坡副总理), no comma, no 会见 or 会谈 inside it (talk_words.txt), and no person's name
    /// (期待胡锦涛主席, 总统塞西率政府高级官员 are clauses about a person) unless a word after it makes it describe the
    /// group (同志生前友好, name_modifier_followers.txt). Nor one person left unnamed: a surname and
    /// a title (胡主席), or a title of one holder with no word of many (最高人民法院院长, not 各国驻华大使).
    static func readsAsGroup(_ span: Span, persons: [Span], _ context: ExtractionContext) -> Bool {
        let text = context.text, lex = context.lexicons
        if (span.start..<span.end).contains(where: { k in
            "[]【】,;:".unicodeScalars.contains(text[k]) || lex.talkWords.longest(in: text, at: k, limit: span.end) != nil
        }) { return false }
        if ExtractionContext.spans(persons, within: span).contains(where: { lex.nameModifierFollowers.longest(in: text, at: $0.end, limit: span.end) == nil }) { return false }
        // 国务院总理李强将与…等五国领导人: 将 as a word of its own announces a deed; the phrase is a clause (军队将领 is a group).
        if !lex.segmenter.alone("将", text, span.start, span.end).isEmpty { return false }
        guard let title = lex.titles.longest(in: text, at: span.end, limit: span.start) else { return true }
        if span.length - title == 1, lex.surnames.contains(text[span.start]) { return false }
        let many = (span.start..<span.end).contains { text[$0].isASCIIDigit || Numerals.isNumeral(text[$0]) || lex.manyWords.longest(in: text, at: $0, limit: span.end) != nil }
        return many || !lex.oneHolderTitles.contains(text.slice(span.end - title, span.end))
    }
}

/// The event an attendance belongs to, as its sentence points to it: resolved, and reported where the text names
/// it, only once someone is found at it.
struct EventRef {
    var known: EntityKey?
    var position = 0
    var kind: String?
    var bare: (String, Span)?
    var named: (String, Span)?
    /// A name the verb's object gives, reported as it stands.
    var reported: (String, Span)?
    /// 上述活动, 以上活动: the events above, not only the last.
    var above = false
    /// 参加活动, 参加有关活动: the activities of the day, a tour before the moments reported inside it.
    var activity = false

    static func known(_ key: EntityKey) -> EventRef { EventRef(known: key) }

    init(known: EntityKey) { self.known = known }

    init(at position: Int, kind: String? = nil, bare: (String, Span)? = nil, named: (String, Span)? = nil, reported: (String, Span)? = nil,
         above: Bool = false, activity: Bool = false) {
        self.position = position; self.kind = kind; self.bare = bare; self.named = named; self.reported = reported; self.above = above
        self.activity = activity
    }

    func resolve(_ context: inout ExtractionContext) -> EntityKey {
        if let known { return known }
        if let (name, span) = reported { return context.report(name, span, kind: kind) }
        let event = context.event(at: position, kind: kind, bare: bare, named: named)
        return activity ? context.tour(holding: event, before: position) ?? event : event
    }
}
