/// Inspection tours: HOST(date)在/到/赴 PLACE 考察|调研|视察, or HOST 视察 OBJECT. Each tour is an event of its own,
/// named as written without titles and dates (李强在广东调研, 胡锦涛视察东部战区机关), dated and placed, the host at it;
/// those who 陪同 or 参加上述活动 join it through the encounter and attendance rules.
public struct InspectionRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "inspection",
        summary: "An inspection tour: HOST 在 PLACE 考察/调研/视察, or HOST 视察 a body; its date and place.",
        examples: [
            Example("中共中央政治局常委、国务院总理李强8月22日至24日在广东调研。",
                    yields: ["文章 reports 李强在广东调研", "李强 attended 李强在广东调研", "李强在广东调研 kind 调研",
                             "李强在广东调研 held_on 2020-08-22", "李强在广东调研 held_in 广东"]),
            Example("22日至23日,中共中央政治局常委、国务院总理李克强在上海考察。", yields: ["李克强 attended 李克强在上海考察"]),
            // What is visited is named with its ordinal (第21届) and after 了.
            Example("中共中央政治局常委刘云山今天在京参观了第21届北京国际图书博览会。",
                    yields: ["刘云山 attended 刘云山在京参观第21届北京国际图书博览会"], forbids: ["刘云山 attended 刘云山在京参观"]),
            // One of two ways said (看望或…表示哀悼) is no visit.
            Example("郑天翔同志病重期间和逝世后,胡锦涛、李克强等同志,前往医院看望或通过各种形式对郑天翔同志逝世表示沉痛哀悼。", forbids: ["attended"]),
            Example("中共中央政治局常委、国务院总理李强10月22日至24日在宁夏、内蒙古调研。",
                    yields: ["李强 attended 李强在宁夏、内蒙古调研", "李强在宁夏、内蒙古调研 held_in 宁夏", "李强在宁夏、内蒙古调研 held_in 内蒙古"]),
            Example("中共中央总书记、国家主席、中央军委主席胡锦涛6日视察东部战区机关。",
                    yields: ["胡锦涛 attended 胡锦涛视察东部战区机关", "胡锦涛视察东部战区机关 kind 调研"]),
            Example("连日来,胡锦涛总书记在中国人民大学考察时发表重要讲话。", yields: ["胡锦涛 attended 胡锦涛在中国人民大学考察"], forbids: ["连日来 attended"]),
            Example("省财政厅组织多个调研组深入滩区调研。", forbids: ["attended", "reports"]),
            Example("全国人大常委会副委员长丁仲礼在座谈会上介绍了调研情况。", forbids: ["调研"]),
            Example("胡锦涛视察驻澳部队并发表重要讲话。", yields: ["胡锦涛 attended 胡锦涛视察驻澳部队"]),
            Example("中共中央总书记胡锦涛27日视察79集团军。", yields: ["胡锦涛 attended 胡锦涛视察79集团军"]),
            Example("本届高交会展示的高新技术项目超过1万件,参观者近60万人次。", forbids: ["attended", "reports"]),
            // A visit to a tomb (参谒) or to a person (探望) is a visit too.
            Example("国家主席胡锦涛当地时间22日在哈瓦那亲切探望古巴革命领袖菲德尔·卡斯特罗。",
                    yields: ["胡锦涛 attended 胡锦涛探望古巴革命领袖菲德尔·卡斯特罗"]),
            Example("当地时间21日,国家主席胡锦涛在马杜罗总统陪同下,前往委内瑞拉前总统查韦斯陵墓参谒。",
                    yields: ["胡锦涛 attended 胡锦涛前往委内瑞拉前总统查韦斯陵墓参谒"]),
            Example("世界卫生组织的专家将对三个省市进行考察。", forbids: ["attended", "reports"]),
            Example("李强将于下周在广东调研。", forbids: ["attended", "reports"]),
            Example("春节前夕,胡锦涛专程来到这里考察。", forbids: ["胡锦涛来到这里考察"]),
            // A place that ends the clause before the verb; 参观 and what is visited; a visit on the host's tour is part
            // of it; who went along (陪同下) is no place.
            Example("9日,国务院总理李克强赴中国医学科学院病原生物学研究所,考察疫情防控科研攻关。",
                    yields: ["文章 reports 李克强赴中国医学科学院病原生物学研究所考察", "李克强 attended 李克强赴中国医学科学院病原生物学研究所考察"]),
            Example("国家主席胡锦涛夫人彭丽媛在泰国总理夫人娜拉蓬陪同下参观甘拉雅尼音乐学院。",
                    yields: ["文章 reports 彭丽媛参观甘拉雅尼音乐学院", "彭丽媛 attended 彭丽媛参观甘拉雅尼音乐学院"],
                    forbids: ["文章 reports 彭丽媛在泰国总理夫人娜拉蓬陪同下参观"]),
            // A visit to people (看望慰问) names whom; 来到 is one lead, not 来 before the lead 到.
            Example("春节即将到来之际,中共中央总书记胡锦涛来到天津,看望慰问基层干部群众,向全国各族人民拜年。",
                    yields: ["文章 reports 胡锦涛来到天津看望慰问基层干部群众", "胡锦涛 attended 胡锦涛来到天津看望慰问基层干部群众",
                             "胡锦涛来到天津看望慰问基层干部群众 held_in 天津"]),
            Example("中共中央总书记胡锦涛在北京看望慰问基层干部群众,考察北京冬奥会筹办工作。",
                    yields: ["胡锦涛 attended 胡锦涛在北京看望慰问基层干部群众"]),
            Example("胡锦涛走进有关处室,看望干部职工。冒着零下30多摄氏度的严寒,亲切看望慰问戍边官兵。", forbids: ["reports", "attended"]),
            // The spouse named after 夫人 is the one who visits, before or after a clause of who went along.
            Example("当天,胡锦涛夫人刘永清在新西兰总督迈特帕里夫人贾妮陪同下,在惠灵顿参观梅西大学学生作品展,同师生们亲切交流。",
                    yields: ["刘永清 attended 刘永清在惠灵顿参观梅西大学学生作品展"],
                    forbids: ["胡锦涛 attended", "文章 reports 胡锦涛"]),
            Example("当天,李克强总理夫人程虹在埃塞俄比亚总理夫人罗曼陪同下,参观了亚的斯亚贝巴大学,并同在校师生互动交流。",
                    yields: ["程虹 attended 程虹参观亚的斯亚贝巴大学"], forbids: ["罗曼陪", "李克强 attended"]),
            Example("当天下午,胡锦涛主席夫人刘永清在崔世安夫人霍慧芬陪同下,来到澳门旅游学院参观。",
                    yields: ["刘永清 attended 刘永清来到澳门旅游学院参观"],
                    forbids: ["文章 reports 霍慧芬"]),
            Example("2016年,胡锦涛总书记在青海视察时指出,保护三江源是党中央确定的大政策。",
                    yields: ["胡锦涛 attended 胡锦涛在青海视察"], forbids: ["文章 reports 胡锦涛在青海视察时指出"]),
            Example("张高丽在出席论坛之前参观了展览。", forbids: ["文章 reports 张高丽在出席论坛之前参观"]),
            Example("彭丽媛在河内应邀同越共中央总书记阮富仲夫人吴氏敏共同参观越南妇女博物馆。",
                    yields: ["彭丽媛 attended 彭丽媛参观越南妇女博物馆"], forbids: ["文章 reports 彭丽媛在河内应邀同越共中央总书记阮富仲夫人吴氏敏共同参观越南妇女博物馆"]),
            // What is visited at the place is named with it, a quoted title whole; a place of twenty characters whole.
            Example("全国政协主席汪洋在厦门参观“共同家园 共同记忆——闽台关系档案文献展”。国家主席胡锦涛30日上午来到香港少年警讯永久活动中心暨青少年综合训练营考察。",
                    yields: ["汪洋 attended 汪洋在厦门参观“共同家园 共同记忆——闽台关系档案文献展”",
                             "胡锦涛 attended 胡锦涛来到香港少年警讯永久活动中心暨青少年综合训练营考察"],
                    forbids: ["汪洋 attended 汪洋在厦门参观"]),
            Example("国务院总理李强在天津调研。李强参观智能制造生产线。李强来到庭院,看望部分教师代表。",
                    yields: ["李强 attended 李强在天津调研"], forbids: ["文章 reports 李强参观智能制造生产线", "文章 reports 李强来到庭院"]),
        ],
        // The people official named bound a tour's place (在河内同…夫人吴氏敏共同参观).
        reads: ["official"]
    )

    public init() {}

    /// The kind of a tour's event.
    static let kind = "调研"

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ span: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        for (i, n) in lex.inspectionVerbs.matches(in: text, span) {
            // 陪同考察 is the companions' (the encounter rule reads it); 考察团, 调研组, 调研报告 are no tours.
            if text.matches("陪同", at: i - 2) || lex.inspectionNouns.longest(in: text, at: i + n, limit: span.end) != nil { continue }
            // 前往医院看望或通过各种形式表示哀悼: a visit one of two ways said is no visit the text reports.
            if i + n < span.end, text[i + n] == "或" { continue }
            tour(at: i, length: n, span, &context)
        }
    }

    func tour(at i: Int, length n: Int, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let verb = text.slice(i, i + n)
        let clause = Clauses.clauseStart(text, before: i, floor: sentence.start)
        // 在广东调研 / 到浙江宁波考察: the place between the preposition and the verb.
        var place: Span?
        var hostEnd = i
        for k in stride(from: i - 1, through: max(clause, i - 24), by: -1) {
            // 在宁夏、内蒙古调研: places in a list.
            guard text[k].isHan || text[k] == "、" else { break }
            if let p = context.lexicons.tourLeads.first(where: { text.matches($0, at: k - $0.unicodeScalars.count + 1) }) {
                let s = k - p.unicodeScalars.count + 1
                if k + 1 < i { place = Span(k + 1, i); hostEnd = s }
                break
            }
        }
        // 李克强赴中国医学科学院病原生物学研究所,考察疫情防控科研攻关: the place ends the clause before a verb that opens
        // its own (after words like 并, attendance_fillers.txt).
        var joined = false
        if place == nil, let before = placeEndingClause(before: clause, verb: i, sentence, context) {
            place = before.place; hostEnd = before.lead; joined = true
        }
        // 在泰国总理夫人娜拉蓬陪同下参观…, 在河内同…夫人吴氏敏共同参观…: who went along, not a place; what is toured
        // follows the verb.
        if let p = place, text.find("陪同下", from: p.start, to: p.end) != nil
            || !ExtractionContext.spans(context.personSpans, within: p).isEmpty { place = nil; hostEnd = p.start - 1 }
        if var p = place {
            // 在座谈会上介绍了调研 is no tour; 来到…陆港进行调研 is one, at the 陆港.
            if (p.start..<p.end).contains(where: { text[$0] == "的" || text[$0] == "上" && $0 > p.start && "会式坛议".unicodeScalars.contains(text[$0 - 1]) }) { return }
            // 在出席论坛之前参观: a deed of the host's, not a place.
            if (p.start..<p.end).contains(where: { context.lexicons.attendanceTrie.longest(in: text, at: $0, limit: p.end) != nil }) { return }
            for filler in ["进行", "开展"] where p.length > 2 && text.matches(filler, at: p.end - 2) { p.end -= 2 }
            place = p
        }
        var object: Span?
        if place == nil {
            // 视察东部战区机关: a body after the verb, to the end of the clause.
            guard context.lexicons.inspectionObjectVerbs.contains(verb), let o = Self.object(after: i + n, sentence, text, context.lexicons) else { return }
            object = o
        }
        // 在厦门参观“…档案文献展”: what is visited at the place is part of the visit's name.
        let visited = place != nil && context.lexicons.inspectionObjectVerbs.contains(verb) ? Self.object(after: i + n, sentence, text, context.lexicons) : nil
        guard var hosts = EncounterRule().people(before: hostEnd, sentence, &context),
              !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), text) else { return }
        // …HOST在出席…后,在A、B陪同下,先后来到…考察: the people of 陪同下 are the companions; the host is the sentence's topic.
        if let with = text.find("陪同下", from: hosts.persons[0].name.end, to: hostEnd),
           case let companions = Clauses.clauseStart(text, before: with, floor: sentence.start), text[companions] == "在", hosts.start >= companions {
            guard let topic = EncounterRule().topic(before: companions, sentence, &context) else { return }
            hosts = topic
        } else if text.find("陪同下", from: hosts.persons[0].name.end, to: hostEnd) != nil,
                  let at = (hosts.start..<hosts.persons[0].name.start).last(where: { text[$0] == "在" && text[$0 - 1] != "正" }), at > hosts.start {
            // 彭丽媛在崔世安夫人霍慧芬陪同下,来到…参观: the host stands before the 在 of those who went along; 他在…陪同下:
            // one the text does not name here, and those who went along are not the host.
            guard let host = EncounterRule().people(before: at, sentence, &context) else { return }
            hosts = host
        }
        // 来到这里考察: a word that stands for a place named elsewhere (arrival_words.txt no_place) names no tour of its
        // own; it is the tour reported before, if any.
        if let p = place, context.lexicons.arrivalNoPlaces.contains(text.slice(p)) {
            if let tour = context.lastReported(before: i, kind: Self.kind) { EncounterRule().attend(hosts, tour, role: verb, &context) }
            return
        }
        // 韩正走|进有关处室,看望…, 严寒|看望…: people are visited in many a story; the host of such a visit is one the
        // article names as an official (the official rule's), not a reading of the words before the verb alone.
        if context.lexicons.visitVerbs.contains(verb), !context.namesEveryone(hosts) { return }
        let host = text.slice(hosts.persons[0].name)
        // 李强在天津调研…参观智能制造生产线: a visit on a tour of the same host reported before is part of that tour, so
        // those who went along the tour are not filed under one stop of it.
        // So is a stop the clause before names (李强来到庭院,看望…): one place of the tour.
        if object != nil || joined, let tour = context.lastReported(before: i, kind: Self.kind), tour.name.hasPrefix(host) {
            EncounterRule().attend(hosts, tour, role: verb, &context)
            return
        }
        let name: String
        if joined, let p = place { name = "\(host)\(text.slice(hostEnd, p.end))\(verb)\(visited.map { text.slice($0) } ?? "")" }
        else if place != nil { name = "\(host)\(text.slice(hostEnd, i + n))\(visited.map { text.slice($0) } ?? "")" }
        else { name = "\(host)\(verb)\(text.slice(object!))" }
        let end = object?.end ?? visited?.end ?? i + n
        let event = context.report(name, Span(hosts.start, end), kind: Self.kind)
        if let (day, daySpan) = MeetingRule().leadingDay(before: i, sentence, &context) ?? context.dates.articleDate.map({ ($0, Span(hosts.start, end)) }) {
            context.fact(event, Predicate.heldOn, literal: day.description, daySpan)
        }
        if let place {
            for part in Clauses.split(text, place, at: ["、"]) where part.length >= 2 {
                let p = context.mention(.place, MeetingRule.city(text.slice(part), context.lexicons), part)
                context.fact(event, Predicate.heldIn, p, part)
            }
        }
        EncounterRule().attend(hosts, event, role: verb, &context)
    }

    /// What is visited or inspected after the verb (视察了东部战区机关, 参观“中印尼友好”图片展): to the end of the clause,
    /// and before what the host did next (视察驻澳部队|并发表重要讲话); a quoted title whole, its spaces too. Nil where
    /// the clause holds more than a name: other marks, or too long for one.
    static func object(after verbEnd: Int, _ sentence: Span, _ text: TextBuffer, _ lex: Lexicons) -> Span? {
        let start = text.matches("了", at: verbEnd) ? verbEnd + 1 : verbEnd
        var end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
        for stop in ["并", "时", "后"] { if let at = text.find(stop, from: start + 2, to: end) { end = at } }
        // 在青海视察时指出: the clause goes on to what was said, nothing is named after the verb (视察后勤部队 is).
        if text.matches("时", at: start) { return nil }
        let quoted = (start..<end).contains { text[$0] == "“" }
        // 视察79集团军: a unit's number is part of its name, where the object ends in a suffix of bodies (not
        // 参观者近60万人次).
        let numbered = lex.orgSuffixes.longest(in: text, at: end, limit: start) != nil
        // 参观了第21届北京国际图书博览会: so is an ordinal's (第21届).
        func ordinal(_ k: Int) -> Bool {
            var j = k
            while j > start, text[j - 1].isASCIIDigit { j -= 1 }
            return j > start && text[j - 1] == "第"
        }
        guard end - start >= 2, end - start <= (quoted ? 40 : 24),
              (start..<end).allSatisfy({ k in text[k].isHan || text[k].isASCIIDigit && (numbered || ordinal(k))
                  || MeetingRule.nameMarks.contains(text[k]) || quoted && text[k] == " " })
        else { return nil }
        return Span(start, end)
    }

    /// The place a clause before the verb's own ends with (…赴|中国医学科学院病原生物学研究所,考察…), where nothing but
    /// words like 并 stands between that comma and the verb: where its lead starts, and the place. Not after 在: 在…,
    /// sets a scene (在新的起点上,考察…), it does not go somewhere.
    func placeEndingClause(before clause: Int, verb: Int, _ sentence: Span, _ context: ExtractionContext) -> (lead: Int, place: Span)? {
        let text = context.text
        var e = verb
        while e > clause, let n = context.lexicons.attendanceFillers.longest(in: text, at: e, limit: clause) { e -= n }
        guard e == clause, clause > sentence.start, text[clause - 1] == "," else { return nil }
        let end = clause - 1
        for k in stride(from: end - 2, through: max(sentence.start, end - 24), by: -1) {
            guard text[k].isHan || MeetingRule.nameMarks.contains(text[k]) else { return nil }
            // The lead that ends at k, the longer first (来到天津, not 来|到天津).
            if let lead = context.lexicons.tourLeads.first(where: { text.matches($0, at: k - $0.unicodeScalars.count + 1) }), lead != "在" {
                let place = Span(k + 1, end)
                return place.length >= 2 ? (k - lead.unicodeScalars.count + 1, place) : nil
            }
        }
        return nil
    }
}
