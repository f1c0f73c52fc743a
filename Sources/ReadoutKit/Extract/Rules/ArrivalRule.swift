/// Arrivals on a visit: VISITOR (乘专机) 抵达 PLACE is an event of its own, named as written (胡锦涛抵达汉堡), kind 抵达;
/// the hosts who greet the visitor there (受到…的热情迎接, …等到机场迎接, …在机场热情迎接) and the companions who
/// 同机抵达 are at it. Greeters and companions join only an arrival the article reports: 热情迎接 alone is no event.
public struct ArrivalRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "arrival",
        summary: "VISITOR 抵达 PLACE, and those who 迎接 the visitor there or 同机抵达.",
        examples: [
            // The place ends before 与 and the talks held there (place_end in arrival_words.txt).
            Example("国务院总理胡锦涛乘专机抵达伊斯兰堡对巴基斯坦进行正式访问。", yields: ["胡锦涛 attended 胡锦涛抵达伊斯兰堡"],
                    forbids: ["抵达伊斯兰堡对"]),
            Example("联合国叙利亚问题特使德米斯图拉13日抵达大马士革与叙利亚外交部长穆阿利姆举行会谈。",
                    yields: ["文章 reports 德米斯图拉抵达大马士革"], forbids: ["抵达大马士革与"]),
            Example("当地时间6日上午,胡锦涛乘专机离开柏林,抵达汉堡,出席二十国集团领导人第十二次峰会。胡锦涛在汉堡机场受到汉堡市市长朔尔茨的热情迎接。先期抵达的汪洋、周小川等也到机场迎接。",
                    yields: ["文章 reports 胡锦涛抵达汉堡", "胡锦涛抵达汉堡 kind 抵达", "胡锦涛 attended 胡锦涛抵达汉堡", "朔尔茨 attended 胡锦涛抵达汉堡",
                             "汪洋 attended 胡锦涛抵达汉堡", "周小川 attended 胡锦涛抵达汉堡", "朔尔茨 title 汉堡市市长"]),
            Example("当地时间12时许,胡锦涛乘坐的专机抵达布拉柴维尔玛雅玛雅国际机场。刚果共和国参议院议长伊图、国民议会议长孔巴以及33位政府部长等到机场迎接。王沪宁、栗战书、杨洁篪等陪同人员同机抵达。",
                    yields: ["胡锦涛 attended 胡锦涛抵达布拉柴维尔玛雅玛雅国际机场", "伊图 attended 胡锦涛抵达布拉柴维尔玛雅玛雅国际机场",
                             "孔巴 attended 胡锦涛抵达布拉柴维尔玛雅玛雅国际机场", "杨洁篪 attended 胡锦涛抵达布拉柴维尔玛雅玛雅国际机场",
                             "33位政府部长 attended 胡锦涛抵达布拉柴维尔玛雅玛雅国际机场"]),
            Example("当地时间14日下午,胡锦涛专机抵达努尔苏丹国际机场时,哈萨克斯坦总统托卡耶夫率政府副总理兼外长特列乌别尔季、努尔苏丹市市长库里吉诺夫等高级官员在机场热情迎接。",
                    yields: ["胡锦涛 attended 胡锦涛抵达努尔苏丹国际机场", "托卡耶夫 attended 胡锦涛抵达努尔苏丹国际机场",
                             "库里吉诺夫 attended 胡锦涛抵达努尔苏丹国际机场"]),
            Example("胡锦涛和夫人刘永清抵达金融城时,受到金融城市长叶雅伦夫妇的热情迎接。",
                    yields: ["刘永清 attended 胡锦涛抵达金融城", "叶雅伦 attended 胡锦涛抵达金融城"]),
            // An arrival told as the moment of a ceremony reported before it is no event of its own.
            Example("墨西哥总统培尼亚在这里举行仪式,欢迎中国国家主席胡锦涛对墨西哥进行国事访问。当胡锦涛和夫人刘永清抵达马尔特营广场时,受到培尼亚和夫人热情迎接。",
                    forbids: ["抵达马尔特营广场"]),
            // The activities of a visit (上述活动) are not its arrival.
            Example("胡锦涛乘专机抵达科伦坡。胡锦涛在科伦坡考察。王沪宁、栗战书参加上述活动。",
                    yields: ["王沪宁 attended 胡锦涛在科伦坡考察"], forbids: ["王沪宁 attended 胡锦涛抵达科伦坡"]),
            // No arrival reported: a welcome alone, an arrival announced, an arrival of goods.
            Example("中国驻法国大使翟隽也到机场迎接。", forbids: ["attended", "reports"]),
            Example("胡锦涛将于明天抵达莫斯科。国家主席胡锦涛抵达这里,出席欢迎仪式。", forbids: ["抵达莫斯科", "抵达这里"]),
            Example("美国国务卿蒂勒森15日抵达土耳其访问。", yields: ["蒂勒森 attended 蒂勒森抵达土耳其"]),
            // At a venue, an arrival is a moment of the event held there (arrival_words.txt venue).
            Example("胡锦涛抵达宴会厅时,奥巴马热情迎接。胡锦涛抵达位于乌兰巴托市郊的总统官邸。胡锦涛和夫人刘永清抵达总统府。胡锦涛抵达石岗营区。",
                    forbids: ["attended", "reports"]),
            Example("首批救灾物资已经抵达灾区,受到群众热情迎接。", forbids: ["attended", "reports"]),
        ],
        reads: ["inspection", "encounter"]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        for (i, n) in lex.arrivalTrie.matches(in: text, sentence) {
            switch lex.arrivalWords[text.slice(i, i + n)] {
            case .arrive: arrive(at: i, length: n, sentence, &context)
            case .greeted: greeted(at: i, length: n, sentence, &context)
            case .greet: join(before: i, sentence, role: "迎接", &context)
            case .companions: join(before: i, sentence, role: "陪同", &context)
            case .placeEnd, .noPlace, .venue, nil: break
            }
        }
    }

    /// VISITOR 抵达 PLACE: the place up to the clause's end or what the visitor does next (出席, 开始…访问).
    func arrive(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        // 先期抵达的, 同机抵达: others than the visitor (the greeters and companions read them).
        if text.matches("先期", at: i - 2) || text.matches("同机", at: i - 2) { return }
        let start = i + n
        var end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        // 当胡锦涛…抵达马尔特营广场时,受到…迎接, after 墨西哥总统在这里举行仪式: an arrival told as the moment of an event the
        // article reported before (not a visit or another arrival) is part of that event, none of its own.
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        if text[clause] == "当", text[end - 1] == "时",
           context.lastReported(before: clause, except: [ExtractionContext.arrivalKind, VisitRule.kind]) != nil { return }
        for stop in context.lexicons.arrivalPlaceEnds {
            if let at = text.find(stop, from: start + 1, to: end) { end = min(end, at) }
        }
        guard (2...20).contains(end - start), (start..<end).allSatisfy({ text[$0].isHan || text[$0] == "·" }),
              !context.lexicons.arrivalNoPlaces.contains(text.slice(start, end)),
              // 抵达宴会厅, 抵达…总统官邸: a moment of the event held at the venue, which the text reports on its own.
              case let written = text.slice(start, end), !context.lexicons.arrivalVenues.contains(where: written.hasSuffix),
              let visitors = EncounterRule().people(before: i, sentence, &context),
              !AttendanceRule.announced(Span(visitors.persons.last!.name.end, i), text) else { return }
        let event = context.report("\(text.slice(visitors.persons[0].name))抵达\(text.slice(start, end))", Span(visitors.start, end), kind: ExtractionContext.arrivalKind)
        if let day = context.dates.articleDate { context.fact(event, Predicate.heldOn, literal: day.description, Span(visitors.start, end)) }
        let place = context.mention(.place, MeetingRule.city(text.slice(start, end), context.lexicons), Span(start, end))
        context.fact(event, Predicate.heldIn, place, Span(start, end))
        EncounterRule().attend(visitors, event, role: "抵达", &context)
    }

    /// VISITOR 受到 HOSTS (的)(热情|隆重)迎接: the hosts between 受到 and 迎接.
    func greeted(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let start = i + n
        let clauseEnd = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        guard let welcome = text.find("迎接", from: start + 2, to: clauseEnd), welcome + 2 == clauseEnd || !text[welcome + 2].isHan,
              let event = context.lastReported(before: i, kind: ExtractionContext.arrivalKind) else { return }
        var end = welcome
        for word in ["热情", "隆重", "的"] where text.matches(word, at: end - word.unicodeScalars.count) { end -= word.unicodeScalars.count }
        if text.matches("的", at: end - 1) { end -= 1 }
        // 萨苏和夫人, 叶雅伦夫妇: the spouse the text does not name is no one to list.
        for word in ["夫妇", "和夫人"] where text.matches(word, at: end - word.unicodeScalars.count) { end -= word.unicodeScalars.count }
        guard end - start >= 2 else { return }
        let hosts = EncounterRule.guestList(Span(start, end), context.names)
        guard hosts.start == start, EncounterRule.readToEnd(hosts, end) else { return }
        EncounterRule().attend(hosts, event, role: "迎接", &context)
    }

    /// HOSTS (等)(也)到机场迎接; PEOPLE (等陪同人员)同机抵达: the people before the words, at the arrival reported last.
    func join(before i: Int, _ sentence: Span, role: String, _ context: inout ExtractionContext) {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        // 受到…热情迎接 is the greeted visitor's clause, read by `greeted`.
        guard text.find("受到", from: clause, to: i) == nil, let event = context.lastReported(before: i, kind: ExtractionContext.arrivalKind) else { return }
        var end = i
        for word in ["陪同人员", "等", "也", "均"] where text.matches(word, at: end - word.unicodeScalars.count) { end -= word.unicodeScalars.count }
        if text.matches("等", at: end - 1) { end -= 1 }
        if let people = EncounterRule().people(before: end, sentence, walkBack: true, groupsAlone: true, &context) {
            EncounterRule().attend(people, event, role: role, &context)
            return
        }
        // 托卡耶夫率…特列乌别尔季、…库里吉诺夫等高级官员在机场热情迎接: the one who leads them, and those led.
        guard let lead = (clause..<end).last(where: { text[$0] == "率" }), lead > clause,
              let leaders = EncounterRule().people(before: lead, sentence, &context) else { return }
        let led = PeopleList(Span(lead + 1, end), names: context.names)
        EncounterRule().attend(leaders, event, role: role, &context)
        if led.start == lead + 1 { EncounterRule().attend(led, event, role: role, &context) }
    }
}
