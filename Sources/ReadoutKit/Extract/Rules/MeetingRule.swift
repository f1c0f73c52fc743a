/// Finds the meeting an article reports: a name ending in 会议/座谈会/全会 … before 召开/举行 (or after 主持召开),
/// with its date (resolved against the article's date) and place (在京 → 北京).
public struct MeetingRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "meeting",
        summary: "A meeting name before 在…召开/举行, or after 主持召开; its date and place.",
        examples: [
            // A long name is read to its start (MeetingRule.nameStart); who holds the event is no part of it.
            Example("国务院天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组召开第一次全体会议。由国家版权局与世界知识产权组织合作举办的第四届版权金奖颁奖仪式今天举行。",
                    yields: ["文章 reports 国务院天津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组第一次全体会议", "文章 reports 第四届版权金奖颁奖仪式"],
                    forbids: ["文章 reports 津港“8·12”瑞海公司危险品仓库特别重大火灾爆炸事故调查组第一次全体会议"]),
            // A verb inside a book title (《在…》) is part of the name.
            Example("纪念毛泽东同志《在延安文艺座谈会上的讲话》发表70周年座谈会在京举行。",
                    yields: ["文章 reports 纪念毛泽东同志《在延安文艺座谈会上的讲话》发表70周年座谈会"],
                    forbids: ["文章 reports 延安文艺座谈会上的讲话》发表70周年座谈会"]),
            // A 、 inside a quoted phrase is part of the name.
            Example("全面推进“三证合一、一照一码”登记制度改革工作全国电视电话会议8日在京召开。",
                    yields: ["文章 reports 全面推进“三证合一、一照一码”登记制度改革工作全国电视电话会议"],
                    forbids: ["文章 reports 一照一码”登记制度改革工作全国电视电话会议"]),
            // A description before 的 is no part of an event's name; a figure or a name keeps it one.
            Example("俄罗斯9日举行一年一度的阅兵式。国务院举行隆重的国庆招待会。中共中央举行纪念毛泽东同志诞辰120周年的座谈会。",
                    yields: ["文章 reports 阅兵式(2020-11-12)", "文章 reports 国庆招待会", "文章 reports 纪念毛泽东同志诞辰120周年的座谈会"],
                    forbids: ["文章 reports 一年一度的阅兵式", "文章 reports 隆重的国庆招待会"]),
            Example("11月6日,全国农田水利建设工作会议在京召开。",
                    yields: ["全国农田水利建设工作会议 held_on 2020-11-06", "全国农田水利建设工作会议 held_in 北京", "文章 reports 全国农田水利建设工作会议"]),
            Example("国务院总理李克强3月4日主持召开国务院常务会议,部署加快发展。", yields: ["文章 reports 国务院常务会议", "国务院常务会议 held_on 2020-03-04"]),
            Example("中央经济工作会议12月16日至18日在北京举行。", yields: ["中央经济工作会议 held_in 北京", "中央经济工作会议 held_on 2020-12-16"]),
            Example("中国共产党第十九次全国代表大会今天上午在北京开幕。", yields: ["中国共产党第十九次全国代表大会 held_on 2020-11-12"]),
            // A press conference a session holds is the event, named with its session (sitting_words.txt: 记者会).
            Example("全国政协十二届四次会议今天下午举行记者会,邀请委员回答记者提问。",
                    yields: ["文章 reports 全国政协十二届四次会议记者会"]),
            // The body that holds it is no part of the name (name_stop_verbs.txt: 举办).
            Example("香港特区政府举办《基本法》颁布三十周年网上研讨会8日下午举行。新加坡工商界举办的欢迎晚宴今晚举行。",
                    yields: ["文章 reports 《基本法》颁布三十周年网上研讨会"], forbids: ["文章 reports 香港特区政府举办", "的欢迎晚宴"]),
            // A lecture the standing committee holds after its sitting is an event of its own (meeting_words.txt: 专题讲座).
            Example("十三届全国人大常委会第三十五次会议6月24日在北京闭幕。闭幕会后,十三届全国人大常委会举行第二十九讲专题讲座,栗战书委员长主持。",
                    yields: ["文章 reports 十三届全国人大常委会第二十九讲专题讲座"]),
            // 宣布 before 大会开幕 is what the chair did, no part of the event's name.
            Example("中国妇女第十三次全国代表大会23日在北京开幕。大会主席团常务主席沈跃跃宣布大会开幕。黄晓薇作报告。",
                    yields: ["文章 reports 中国妇女第十三次全国代表大会"], forbids: ["宣布大会"]),
            Example("会议认真学习贯彻党的十九届五中全会精神。", yields: ["文章 mentions 党的十九届五中全会"]),
            Example("国务院17日在北京人民大会堂隆重举行全国就业创业工作表彰大会。",
                    yields: ["全国就业创业工作表彰大会 held_on 2020-11-17", "全国就业创业工作表彰大会 held_in 北京"], date: "2020-11-18"),
            Example("第八届两岸经贸文化论坛今天上午在黑龙江省哈尔滨市隆重开幕。", yields: ["第八届两岸经贸文化论坛 held_in 哈尔滨"]),
            Example("国务院今天上午在中南海紫光阁举行宪法宣誓仪式。", yields: ["文章 reports 宪法宣誓仪式", "宪法宣誓仪式 held_on 2020-11-12"]),
            Example("中央政法工作会议13日至14日在北京召开。", yields: ["文章 reports 中央政法工作会议", "中央政法工作会议 held_in 北京"], date: nil),
            // A sitting of a session is the event, named with the session.
            Example("十三届全国人大五次会议5日上午在人民大会堂举行第二次全体会议。政协第十三届全国委员会常务委员会第九次会议6日下午举行全体会议,汪洋出席。",
                    yields: ["文章 reports 十三届全国人大五次会议第二次全体会议", "十三届全国人大五次会议第二次全体会议 held_on 2020-11-05",
                             "文章 reports 政协第十三届全国委员会常务委员会第九次会议全体会议"],
                    forbids: ["文章 reports 十三届全国人大五次会议 ", "文章 reports 第二次全体会议"]),
            // The body an ordinal session belongs to may come before a topic (就…) and the verb; 就 inside a word is none.
            Example("中共中央政治局2月22日下午就完善金融服务、防范金融风险举行第十三次集体学习。中国就业促进会举行第三次会员大会。",
                    yields: ["文章 reports 中共中央政治局第十三次集体学习", "中共中央政治局第十三次集体学习 held_on 2020-02-22"],
                    forbids: ["文章 reports 第十三次集体学习", "文章 reports 业促进会举行第三次会员大会"]),
            Example("省部级主要领导干部专题研讨班1日下午在中央党校(国家行政学院)结业。",
                    yields: ["文章 reports 省部级主要领导干部专题研讨班", "省部级主要领导干部专题研讨班 held_on 2020-11-01"]),
            Example("各地要召开专题会议进行部署。", forbids: ["reports", "held_on"]),
            Example("胡锦涛在宁夏调研期间专门召开这次座谈会。", forbids: ["文章 reports 这次座谈会"]),
            Example("中央财经领导小组今年以来已经召开14次会议。", forbids: ["reports"]),
            Example("国务院6月9日下午进行第二次专题学习。", yields: ["文章 reports 国务院第二次专题学习"]),
            // A shorter name that ends an event reported before is that event again, not a new one cut from it.
            Example("政协第十三届全国委员会第三十四次主席会议17日在京召开。主席会议举行了2020年第一次集体学习。",
                    yields: ["文章 reports 政协第十三届全国委员会第三十四次主席会议"], forbids: ["文章 reports 主席会议"]),
            Example("全国政协十四届二次会议闭幕会10日上午在人民大会堂举行。王沪宁出席开幕会和闭幕会。",
                    yields: ["文章 reports 全国政协十四届二次会议闭幕会"], forbids: ["文章 reports 会和闭幕会", "文章 reports 全国政协十四届二次会议 "]),
            Example("中共中央政治局28日召开会议,分析研究当前经济形势和经济工作。", yields: ["文章 reports 中共中央政治局会议", "中共中央政治局会议 held_on 2020-10-28"]),
            Example("各地要召开会议,研究部署。", forbids: ["reports"]),
            Example("各地进行第二次全面检查。", forbids: ["reports"]),
            Example("中共中央在中南海举行民主协商会。", yields: ["文章 reports 民主协商会"]),
            Example("胡锦涛提议召开二十国集团卫生部长会议。", yields: ["文章 mentions 二十国集团卫生部长会议"], forbids: ["reports"]),
            Example("会议决定,今年召开国务院廉政工作会议。", forbids: ["reports"]),
            Example("十四届全国人大一次会议主席团11日下午在北京人民大会堂举行第八次会议。",
                    yields: ["文章 reports 十四届全国人大一次会议主席团第八次会议", "十四届全国人大一次会议主席团第八次会议 held_in 北京"]),
            Example("第四届东方经济论坛将于9月在符拉迪沃斯托克举行。", forbids: ["reports"]),
            // A name of generic words only (盛大, 欢迎; generic_event_modifiers.txt) is this article's event of that name:
            // the date (and headline) tell it apart from every other 欢迎晚宴; its kind is still read from the name.
            Example("越共中央总书记阮富仲和国家主席张晋创举行的盛大欢迎晚宴。",
                    yields: ["文章 reports 盛大欢迎晚宴(2020-11-12)", "盛大欢迎晚宴(2020-11-12) kind 宴会"], forbids: ["文章 reports 盛大欢迎晚宴"]),
            // A headline's meeting starts after a double dash, a person and their title; a name never runs back over 直播.
            Example("为构建开放型世界经济作出贡献——胡锦涛主席上合组织青岛峰会讲话引起热烈反响\n胡锦涛主席在会上发表重要讲话。",
                    yields: ["文章 reports 上合组织青岛峰会"], forbids: ["文章 reports 胡锦涛主席上合组织青岛峰会", "文章 reports 共赢——胡锦涛主席上合组织青岛峰会"]),
            Example("第十七次中国——东盟领导人会议在内比都举行。", yields: ["文章 reports 第十七次中国——东盟领导人会议"]),
            Example("本台将现场直播中国人民抗日战争暨世界反法西斯战争胜利70周年纪念大会。",
                    forbids: ["文章 reports 本台将现场直播中国人民抗日战争暨世界反法西斯战争胜利70周年纪念大会"]),
            Example("第九届中国-东盟商务与投资峰会暨2012中国-东盟自贸区论坛开幕式21日在南宁举行。",
                    yields: ["文章 reports 第九届中国-东盟商务与投资峰会暨2012中国-东盟自贸区论坛开幕式"]),
            // A ceremony named by a deed done to someone keeps its 向 (ceremony_deeds.txt); a message sent to an event does not.
            Example("烈士纪念日向人民英雄敬献花篮仪式30日上午在北京天安门广场隆重举行。胡锦涛向第十届中国国际园林博览会开幕式致贺信。",
                    yields: ["文章 reports 烈士纪念日向人民英雄敬献花篮仪式"], forbids: ["文章 reports 人民英雄敬献花篮仪式", "胡锦涛向第十届"]),
            // A headline's meeting whose spirit is spread (meeting_aftermath.txt) is no event the article reports.
            Example("[视频]中央宣讲团在各地宣讲党的十九届六中全会精神\n中央宣讲团成员肖培在安徽合肥作宣讲报告。",
                    forbids: ["reports 各地宣讲党的十九届六中全会"]),
            // A dateline run into the first sentence is no part of the name.
            Example("央视网消息(新闻联播)纪念五四运动100周年大会4月30日上午在北京人民大会堂隆重举行。",
                    yields: ["文章 reports 纪念五四运动100周年大会"], forbids: ["新闻联播)纪念"]),
            // A day in brackets after a word of time stands between the name and the verb.
            Example("澳门特别行政区第十四届全国人大代表选举会议第二次全体会议今天(12月12日)在澳门举行。",
                    yields: ["文章 reports 澳门特别行政区第十四届全国人大代表选举会议第二次全体会议"]),
            // An event whose purpose the clause after it states is named by it (purpose_leads.txt), not by a description or
            // its organisers; one with a name of its own keeps it.
            Example("中共中央、国务院、中央军委3日上午在人民大会堂举行座谈会,纪念中国人民抗日战争暨世界反法西斯战争胜利75周年。首都各界人士举行简短而庄严的仪式,纪念孙中山先生逝世99周年。中共中央举行纪念邓小平同志诞辰110周年座谈会,纪念伟人。",
                    yields: ["文章 reports 纪念中国人民抗日战争暨世界反法西斯战争胜利75周年座谈会", "文章 reports 纪念孙中山先生逝世99周年仪式",
                             "文章 reports 纪念邓小平同志诞辰110周年座谈会"],
                    forbids: ["中央军委座谈会", "纪念伟人"]),
            // A deed and a ceremony are named with the body that holds them; a ceremony with a name of its own keeps it.
            Example("北京大学今天(2月25日)举行揭牌仪式。国务院举行宪法宣誓仪式。",
                    yields: ["文章 reports 北京大学揭牌仪式", "文章 reports 宪法宣誓仪式"],
                    forbids: ["文章 reports 揭牌仪式", "文章 reports 国务院宪法宣誓仪式"]),
            // A speaker's own meeting (我同…举行…会晤) is in their words, not reported (event_hedges.txt).
            Example("金正恩表示,双方取得进展。我同总书记同志继承这一良好传统,举行卓有成效的历史性会晤。", forbids: ["reports"]),
            // An event held for the guest who attends it is named by its host (MeetingRule.heldBy); not a place or a long name.
            Example("当晚,胡锦涛出席了拉赫蒙举行的隆重欢迎宴会。李强出席在人民大会堂举行的庆祝大会。",
                    yields: ["文章 reports 拉赫蒙举行的隆重欢迎宴会", "文章 reports 庆祝大会"],
                    forbids: ["文章 reports 隆重欢迎宴会", "在人民大会堂举行的庆祝大会"]),
        ]
    )

    public init() {}


    public func apply(to context: inout ExtractionContext) {
        for sentence in context.doc.sentences {
            findHeld(in: sentence.span, &context)
        }
        if context.mainMeeting == nil { meetingInTitle(&context) }
        findSessions(&context)
    }

    /// NAME (date)(在PLACE)召开, or 主持召开NAME.
    func findHeld(in span: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let verbs = context.lexicons.meetingVerbs + context.lexicons.sessionVerbs   // meeting_verbs.txt, session_verbs.txt
        // A cheap test of the first character before the literal words.
        let verbStarts = ScalarSet(verbs.compactMap { $0.unicodeScalars.first })
        var i = span.start
        while i < span.end - 1 {
            guard verbStarts.contains(text[i]), let verb = verbs.first(where: { text.matches($0, at: i) }) else { i += 1; continue }
            let verbLength = verb.unicodeScalars.count
            // 开幕式, 闭幕会: a word of an event's name, not its verb.
            if verb.hasSuffix("幕"), text.matches("式", at: i + verbLength) || text.matches("会", at: i + verbLength) { i += verbLength; continue }
            let session = context.lexicons.sessionVerbs.contains(verb)
            if session, !text.matches("第", at: i + verbLength) { i += verbLength; continue }
            if var found = (session ? nil : nameBefore(i, span, &context)) ?? nameAfter(i + verbLength, i, span, &context) {
                if found.day == nil { found.day = leadingDay(before: found.name.start, span, &context) }
                // 十三届全国人大五次会议…举行第二次全体会议: the sitting the session holds is the event, named with it.
                if found.body == nil, found.name.end <= i, let sitting = sitting(after: i + verbLength, span, context) {
                    found = Found(name: sitting, day: found.day, place: found.place, body: found.name)
                }
                record(found, span, &context)
            }
            i += verbLength
        }
    }

    /// 第二次全体会议, 全体会议, 闭幕会 right after a session's verb (of `sitting_words.txt`, with an ordinal before it).
    func sitting(after start: Int, _ span: Span, _ context: ExtractionContext) -> Span? {
        let text = context.text
        var s = start
        if text.matches("了", at: s) { s += 1 }
        var k = s
        if text.matches("第", at: k) {
            k += 1
            while k < span.end, Numerals.isNumeral(text[k]) || text[k].isASCIIDigit { k += 1 }
            guard k > s + 1, text.matches("次", at: k) else { return nil }
            k += 1
        }
        guard let n = context.lexicons.sittingWords.longest(in: text, at: k, limit: span.end) else { return nil }
        let end = k + n
        // The whole clause: 举行全体会议,审议… (not 举行全体会议开幕式 or …全体会议的筹备).
        guard end >= span.end || !text[end].isHan else { return nil }
        return Span(s, end)
    }

    /// `body`: the body an ordinal session belongs to, written before the verb (主席团…举行第八次会议).
    struct Found { var name: Span; var day: (Day, Span)?; var place: (String, Span)?; var body: Span? = nil }

    func nameBefore(_ verb: Int, _ span: Span, _ context: inout ExtractionContext) -> Found? {
        let text = context.text
        var e = verb
        var place: (String, Span)?
        var day: (Day, Span)?
        // 在京 / 在北京 / 于北京 right before the verb.
        for k in stride(from: verb - 1, through: max(span.start, verb - 20), by: -1) where text[k] == "在" || text[k] == "于" {
            let p = Span(k + 1, verb)
            // 在中央党校(国家行政学院): the second name in brackets is the same place.
            var raw = text.slice(p)
            if let open = raw.firstIndex(of: "("), raw.hasSuffix(")") { raw = String(raw[..<open]) }
            guard p.length > 0, raw.unicodeScalars.count <= 10, raw.unicodeScalars.allSatisfy({ $0.isHan }) else { break }
            place = (Self.city(raw, context.lexicons), p)
            e = k
            break
        }
        // Dates and time words between name and verb: 3月4日, 今天, 12月16日至18日.
        var moved = true
        while moved {
            moved = false
            if let n = context.lexicons.timeWordsBefore.longest(in: text, at: e, limit: span.start), n > 0 {
                if let (d, dn) = context.dates.day(in: text, at: e - n), dn == n { day = (d, Span(e - n, e)) }
                e -= n; moved = true; continue
            }
            // 今天(12月12日): the day in brackets after a word of time.
            if e - 4 > span.start, text[e - 1] == ")", let open = (max(span.start, e - 14)..<(e - 1)).last(where: { text[$0] == "(" }),
               DateReader.dayLength(in: text, at: open + 1) == e - 2 - open {
                if let (d, _) = context.dates.day(in: text, at: open + 1) { day = (d, Span(open + 1, e - 1)) }
                e = open; moved = true; continue
            }
            // Skipped even where the article's date is unknown and the day cannot be resolved.
            for back in stride(from: 11, through: 2, by: -1) where e - back >= span.start {
                if let n = DateReader.dayLength(in: text, at: e - back), n <= back {
                    let tail = text.slice(e - back + n, e)
                    if tail.isEmpty || tail.hasPrefix("至") || tail.hasPrefix("-") {
                        if let (d, _) = context.dates.day(in: text, at: e - back) { day = (d, Span(e - back, e - back + n)) }
                        e -= back; moved = true; break
                    }
                }
            }
        }
        guard let n = context.lexicons.meetingWords.longest(in: text, at: e, limit: span.start) else { return nil }
        let s = Self.nameStart(before: e - n, span.start, text, context.lexicons, limit: e - 40)
        // A date in front of the name: 11月6日,全国农田水利建设工作会议… or 3日,…
        if day == nil { day = leadingDay(before: s, span, &context) }
        let name = stripLeading(Span(s, e), text, context)
        guard name.length > n || name.length >= 3 else { return nil }
        return Found(name: name, day: day, place: place)
    }

    /// 主持召开国务院常务会议, 隆重举行全国…表彰大会: the name follows the verb. After 主持 the name may
    /// run on (…会议,部署…); otherwise it must be the whole rest of the clause.
    func nameAfter(_ start: Int, _ verb: Int, _ span: Span, _ context: inout ExtractionContext) -> Found? {
        let text = context.text, lexicons = context.lexicons
        let presided = text.matches("主持", at: verb - 2)
        var end = Clauses.clauseEnd(text, from: start, ceiling: span.end)
        // A headline's parts are set apart by spaces: 中共中央政治局召开会议 中共中央总书记…主持会议.
        if let space = text.find(" ", from: start, to: end) { end = space }
        var best: Int?
        for e in stride(from: end, to: start + 1, by: -1) where lexicons.meetingWords.longest(in: text, at: e, limit: start) != nil {
            best = e; break
        }
        guard let e = best, presided || e == end else { return nil }
        let name = Span(start, e)
        let place = placeBefore(verb, span, context)
        // 主席团11日下午在北京人民大会堂举行第八次会议: an ordinal session is the body's, named with it; so is a bare
        // 会议 a body holds (中共中央政治局28日召开会议 → 中共中央政治局会议).
        let word = lexicons.meetingWords.longest(in: text, at: e, limit: start) ?? 0
        let bare = word >= name.length
        guard bare || e - start >= 4 else { return nil }
        // 北大屿山医院香港感染控制中心今天举行启用仪式: a deed and a ceremony say what it is done to only with the body
        // that holds it (…感染控制中心启用仪式).
        let deedWords = lexicons.segmenter.words(text, start, e - word)
        let deedOnly = !bare && deedWords.count == 1 && [.verb, .verbalNoun].contains(deedWords[0].kind)
        var body: Span?
        if text.matches("第", at: start) || (bare || deedOnly) && !presided {
            var b = place.map { $0.1.start - 1 } ?? verb
            // 中共中央政治局2月22日下午就完善金融服务、防范金融风险举行第十三次集体学习: the topic is between body and verb.
            if let topic = Self.topicLead(before: b, span, text, lexicons) { b = topic }
            var moved = true
            while moved {
                moved = false
                if let n = lexicons.timeWordsBefore.longest(in: text, at: b, limit: span.start), n > 0 { b -= n; moved = true; continue }
                // 今天(2月25日): a day in brackets after the time word.
                if b - 1 > span.start, text[b - 1] == ")", let open = (max(span.start, b - 14)..<b - 1).last(where: { text[$0] == "(" }),
                   DateReader.dayLength(in: text, at: open + 1) == b - 2 - open { b = open; moved = true; continue }
                for back in stride(from: 11, through: 2, by: -1) where b - back >= span.start && DateReader.dayLength(in: text, at: b - back) == back {
                    b -= back; moved = true; break
                }
            }
            let a = Self.nameStart(before: b, span.start, text, lexicons, limit: b - 30)
            if b - a >= 3, lexicons.orgSuffixes.longest(in: text, at: b, limit: a) != nil || "团会组局".unicodeScalars.contains(text[b - 1]) { body = Span(a, b) }
        }
        if bare && body == nil { return nil }
        return Found(name: name, day: nil, place: place, body: body)
    }

    /// Where 就 (on the topic of) opens a phrase before the verb of its clause, written as a word of its own (not
    /// in 就业, 成就).
    static func topicLead(before verb: Int, _ span: Span, _ text: TextBuffer, _ lexicons: Lexicons) -> Int? {
        let clause = Clauses.clauseStart(text, before: verb, floor: max(span.start, verb - 60))
        return lexicons.segmenter.alone("就", text, clause, verb).last.flatMap { $0 > clause ? $0 : nil }
    }

    /// 在北京人民大会堂 / 在京 just before a verb.
    func placeBefore(_ verb: Int, _ span: Span, _ context: ExtractionContext) -> (String, Span)? {
        let text = context.text
        var v = verb
        for adverb in ["隆重", "主持"] where text.matches(adverb, at: v - 2) { v -= 2 }
        for k in stride(from: v - 1, through: max(span.start, v - 14), by: -1) where text[k] == "在" || text[k] == "于" {
            let p = Span(k + 1, v)
            guard p.length > 0, (p.start..<p.end).allSatisfy({ text[$0].isHan }) else { return nil }
            return (Self.city(text.slice(p), context.lexicons), p)
        }
        return nil
    }

    /// The city of a place as written: 京 → 北京, 北京人民大会堂 → 北京, 黑龙江省哈尔滨市 → 哈尔滨.
    static func city(_ place: String, _ lexicons: Lexicons) -> String {
        if let known = lexicons.places[place] { return known }
        for (venue, city) in lexicons.venuesLongestFirst where place.containsBytes(venue) { return city }
        var rest = Substring(place)
        for marker in ["自治区", "省"] {
            if let r = rest.range(of: marker), r.upperBound < rest.endIndex { rest = rest[r.upperBound...] }
        }
        if let r = rest.range(of: "市"), r.lowerBound > rest.startIndex { return String(rest[..<r.lowerBound]) }
        return String(rest)
    }

    /// Marks a meeting's name may hold: 中国-东盟博览会, 纪念…《在延安文艺座谈会上的讲话》发表80周年座谈会.
    static let nameMarks = ScalarSet("()“”·《》-—")

    /// Where a meeting's name starts, back from its last word: over characters of a name, not over the verbs
    /// that come before one (李克强出席|…论坛, 国务院召开|…会议; name_stop_verbs.txt).
    /// A name that runs past `limit` (国务院天津港“8·12”瑞海公司危险品仓库…调查组第一次全体会议) is read on to
    /// where it starts, when that is at most `overrun` characters further; else it is cut at the limit.
    static func nameStart(before i: Int, _ floor: Int, _ text: TextBuffer, _ lexicons: Lexicons, limit: Int, overrun: Int = 24) -> Int {
        var s = i
        var inTitle = 0   // how many 《 are still open walking back: a verb inside a book title is part of it
        var inQuote = 0   // the same for “: a double dash inside a quote is part of the name
        // 烈士纪念日向人民英雄敬献花篮仪式: a ceremony named by a deed done to someone keeps the 向 before them.
        let honours = lexicons.ceremonyDeeds.contains { d in text.matches(d, at: i - d.unicodeScalars.count) }
        func walk(to bound: Int) {
            while s > max(floor, bound), text[s - 1].isHan || text[s - 1].isASCIIDigit || Self.nameMarks.contains(text[s - 1])
                    || text[s - 1] == "、" && insideQuote(s - 1, floor, i, text) {
                if inTitle == 0, lexicons.nameStopVerbs.longest(in: text, at: s, limit: floor) != nil, !(honours && text[s - 1] == "向") { return }
                // 新加坡工商界举办的|欢迎晚宴: nor over the 的 after such a verb.
                if inTitle == 0, text[s - 1] == "的", s - 1 > floor, lexicons.nameStopVerbs.longest(in: text, at: s - 1, limit: floor) != nil { return }
                // ——: a headline's parts are set apart by a double dash (…共赢——胡锦涛主席上合组织青岛峰会); one dash
                // joins a name (中国—东盟博览会), and so does a double one after a place (中国——东盟领导人会议) or inside
                // a quote (“辉煌成就——庆祝…成就展”开幕式).
                if inTitle == 0, inQuote == 0, text[s - 1] == "—", s - 2 >= floor, text[s - 2] == "—",
                   !(2...4).contains(where: { s - 2 - $0 >= floor && lexicons.placeLength(in: text, at: s - 2 - $0, limit: s - 2) == $0 }) { return }
                if text[s - 1] == "》" { inTitle += 1 } else if text[s - 1] == "《", inTitle > 0 { inTitle -= 1 }
                if text[s - 1] == "”" { inQuote += 1 } else if text[s - 1] == "“", inQuote > 0 { inQuote -= 1 }
                s -= 1
            }
        }
        walk(to: limit)
        guard s == limit, limit > floor else { return s }
        walk(to: limit - overrun)
        return s > max(floor, limit - overrun) || s == floor ? s : limit
    }

    /// Is position `k` inside a quoted phrase that closes before `end` (推进“三证合一、一照一码”登记制度改革…会议)?
    static func insideQuote(_ k: Int, _ floor: Int, _ end: Int, _ text: TextBuffer) -> Bool {
        guard let open = (max(floor, k - 20)..<k).last(where: { text[$0] == "“" || text[$0] == "”" }), text[open] == "“" else { return false }
        return (k..<end).contains { text[$0] == "”" }
    }

    /// The meeting a headline names without a verb (…在新疆干部大会上传达…); used when the body names none.
    func meetingInTitle(_ context: inout ExtractionContext) {
        guard let title = context.doc.title else { return }
        let text = context.text
        var best: Span?
        let described = Self.describedGuests(in: title, text, context.lexicons)
        for e in stride(from: title.end, to: title.start + 3, by: -1) {
            guard let n = context.lexicons.meetingWords.longest(in: text, at: e, limit: title.start) else { continue }
            // 宣讲党的十九届六中全会精神: the spirit of a meeting is what is spread, not an event the article reports.
            if context.lexicons.meetingAftermath.contains(where: { text.matches($0, at: e) }) { continue }
            var s = Self.nameStart(before: e - n, title.start, text, context.lexicons, limit: e - 40)
            // 胡锦涛主席上合组织青岛峰会(讲话): the name starts after a person's name and the title written after it.
            let names = context.names
            if let k = (s + 2..<max(s + 2, e - n)).last(where: { context.lexicons.titlesForward.longest(in: text, at: $0, limit: e - n) != nil
                    && names.nameStart(endingAt: $0, floor: s) != nil }) {
                s = k + context.lexicons.titlesForward.longest(in: text, at: k, limit: e - n)!
            }
            // 为出席中非合作论坛北京峰会的国际贵宾举行欢迎宴会: an event that describes guests (出席X的) is what they came
            // for, not what the article reports.
            if described.contains(e) { continue }
            if e - s > n, e - s >= 4 { best = Span(s, e); break }
        }
        guard let name = best else { return }
        context.mainMeeting = context.report(text.slice(name), name)
    }

    /// Where a headline describes people by an event they attend (为出席…峰会的国际贵宾, guest_leads.txt before the
    /// verb): from the verb to its 的.
    static func describedGuests(in title: Span, _ text: TextBuffer, _ lex: Lexicons) -> Range<Int> {
        for v in title.start..<title.end where lex.attendanceTrie.longest(in: text, at: v, limit: title.end) != nil
            && lex.guestLeads.longest(in: text, at: v, limit: title.start) != nil {
            if let de = (v..<min(title.end, v + 30)).first(where: { text[$0] == "的" }), !(v..<de).contains(where: { !text[$0].isHan && text[$0] != "“" && text[$0] != "”" }) {
                return v..<(de + 1)
            }
        }
        return title.start..<title.start
    }

    func leadingDay(before s: Int, _ span: Span, _ context: inout ExtractionContext) -> (Day, Span)? {
        let text = context.text
        let clause = Clauses.clauseStart(text, before: max(span.start, s - 1), floor: span.start)
        for k in clause..<max(clause, s) {
            if let (d, n) = context.dates.day(in: text, at: k) { return (d, Span(k, k + n)) }
        }
        return nil
    }

    /// Drops subjects and time words glued before a name: 国务院总理李克强3月4日主持召开… has its own path;
    /// here 据悉、今天 and leading dates go.
    func stripLeading(_ span: Span, _ text: TextBuffer, _ context: ExtractionContext) -> Span {
        var s = span.start
        // 央视网消息(新闻联播)纪念五四运动100周年大会: a dateline run into the name (dateline_words.txt, then its source).
        for w in context.lexicons.datelineWords {
            guard let at = text.find(w + "(", from: s, to: min(span.end, s + 10)),
                  let close = (at..<min(span.end, at + 16)).first(where: { text[$0] == ")" }), close + 1 < span.end else { continue }
            s = close + 1
        }
        while s < span.end {
            if let (_, n) = context.dates.day(in: text, at: s) { s += n; continue }
            // 今天(4月26日)上午: the day in brackets after a time word.
            if text[s] == "(", let close = text.find(")", from: s, to: span.end), context.dates.day(in: text, at: s + 1)?.1 == close - s - 1 { s = close + 1; continue }
            if let n = context.lexicons.timeWords.longest(in: text, at: s), s + n < span.end { s += n; continue }
            break
        }
        return Span(s, span.end)
    }

    func record(_ found: Found, _ sentence: Span, _ context: inout ExtractionContext) {
        let text = context.text
        var found = found
        // 出席了拉赫蒙举行的隆重欢迎宴会, 出席托卡耶夫为与会代表团团长举行的欢迎宴会: an event someone holds for the guest who
        // attends it is named by its host, as the text names it (AttendanceRule.object), not by a bare word and the headline.
        // Only for a short name after it (欢迎宴会, 欢迎仪式): a long one names the event by itself.
        if found.body == nil, found.name.end - found.name.start <= 9, let host = Self.heldBy(before: found.name.start, sentence, context) { found.name.start = host }
        // 举行的盛大欢迎晚宴, 举行了…: the name starts after the particle.
        while found.name.length > 3, text[found.name.start] == "的" || text[found.name.start] == "了" { found.name.start += 1 }
        // 一年一度的阅兵式, 隆重的国庆招待会: a description before 的 is no part of the name (a bare event word left is told
        // apart by the article's tag); 纪念…120周年的座谈会, with a figure or a name in it, stays one.
        if let de = (found.name.start..<found.name.end).last(where: { text[$0] == "的" }), de > found.name.start, found.body == nil,
           !(found.name.start..<found.name.end).contains(where: { Self.quoteMarks.contains(text[$0]) }),
           context.lexicons.meetingWords.longest(in: text, at: found.name.end, limit: de + 1) != nil, text.slice(de + 1, found.name.end) != "会议",
           Self.describes(Span(found.name.start, de), text, context) {
            found.name.start = de + 1
        }
        // 由…联合主办的中哈“丝路剧场”开播仪式: who holds the event is no part of its name (host_verbs.txt).
        if found.name.length > 6, text[found.name.start] == "由", found.body == nil,
           let de = (found.name.start + 3..<found.name.end - 2).first(where: { text[$0] == "的" && context.lexicons.hostVerbs.longest(in: text, at: $0, limit: found.name.start) != nil }) {
            found.name.start = de + 1
        }
        // 召开这次座谈会: the event named before, not a new one; 召开14次会议: a count of meetings, not one.
        if context.lexicons.eventDeterminers.longest(in: text, at: found.name.start) != nil { return }
        var k = found.name.start
        while k < found.name.end, text[k].isASCIIDigit || Numerals.isNumeral(text[k]) { k += 1 }
        if k > found.name.start, k < found.name.end, text[k] == "次" || text[k] == "场" || text[k] == "个" { return }
        var name = (found.body.map(context.doc.slice) ?? "") + context.doc.slice(found.name)
        // 举行简短而庄严的仪式,纪念孙中山先生逝世99周年; 中共中央、国务院、中央军委举行座谈会,纪念…75周年: an event whose
        // purpose the clause after it states is named by it (纪念孙中山先生逝世99周年仪式), not by a description or its
        // organisers.
        // Only a bare word, one after a description (…的仪式) or after its organisers: 升旗仪式 keeps its own name.
        if let purpose = Self.purpose(after: found.name.end, sentence, context), !name.contains(text.slice(purpose.start, purpose.start + 2)),
           let word = context.lexicons.meetingWords.longest(in: text, at: found.name.end, limit: found.name.start),
           found.body != nil || found.name.length == word || text[found.name.end - word - 1] == "的" {
            name = context.doc.slice(purpose) + text.slice(found.name.end - word, found.name.end)
            found.body = nil
        }
        // 胡锦涛提议召开二十国集团卫生部长会议, X指出,…召开…: an event spoken of is mentioned, not reported.
        if spokenOf(Span(sentence.start, found.body?.start ?? found.name.start), &context) {
            let event = context.mention(.meeting, name, found.name)
            context.fact(context.article, Predicate.mentions, event, found.name)
            return
        }
        let meeting = context.report(name, found.name)
        if context.mainMeeting == nil { context.mainMeeting = meeting }
        if let (day, span) = found.day { context.fact(meeting, Predicate.heldOn, literal: day.description, span) }
        if let (place, span) = found.place {
            let p = context.mention(.place, place, span)
            context.fact(meeting, Predicate.heldIn, p, span)
        }
    }

    /// The clause of purpose right after an event's name (,纪念…周年 / ,庆祝…): what the event is held for, or nil.
    static func purpose(after e: Int, _ sentence: Span, _ context: ExtractionContext) -> Span? {
        let text = context.text
        guard e + 3 < sentence.end, text[e] == ",", context.lexicons.purposeLeads.contains(where: { text.matches($0, at: e + 1) }) else { return nil }
        let end = Clauses.clauseEnd(text, from: e + 1, ceiling: sentence.end)
        guard (4...40).contains(end - e - 1), (e + 1..<end).allSatisfy({ text[$0].isHan || text[$0].isASCIIDigit || Self.nameMarks.contains(text[$0]) }) else { return nil }
        return Span(e + 1, end)
    }

    /// Where "HOST(为…)举行的" starts when a verb of attending (出席, 参加) opens it in the clause: the host and 举行的
    /// are the event's name, nil otherwise.
    static func heldBy(before start: Int, _ sentence: Span, _ context: ExtractionContext) -> Int? {
        let text = context.text
        guard start - 3 > sentence.start, text.matches("举行的", at: start - 3) || text.matches("举行", at: start - 2) && text[start] == "的" else { return nil }
        let held = text[start] == "的" ? start - 2 : start - 3
        let clause = Clauses.clauseStart(text, before: held, floor: sentence.start)
        guard let (k, n) = (clause..<held).lazy.compactMap({ k -> (Int, Int)? in
            guard let n = context.lexicons.attendanceTrie.longest(in: text, at: k, limit: held),
                  context.lexicons.attendance[text.slice(k, k + n)]?.kind == .attend else { return nil }
            return (k, n)
        }).first else { return nil }
        var host = k + n
        if text[host] == "了" { host += 1 }
        // Not a place or an organiser (在人民大会堂举行的, 由…举行的).
        guard (2...16).contains(held - host), !"在于由".unicodeScalars.contains(text[host]),
              (host..<held).allSatisfy({ text[$0].isHan || text[$0] == "·" }) else { return nil }
        return host
    }

    /// Marks around a title or a quoted phrase, or a dash before one: a 的 inside belongs to it.
    static let quoteMarks: ScalarSet = ScalarSet("“”《》—")

    /// Is text[span] a description only: no figure, quote, title mark, person, place, body or word the vocabulary
    /// does not hold?
    static func describes(_ span: Span, _ text: TextBuffer, _ context: ExtractionContext) -> Bool {
        // Four characters at most (一年一度, 丰富多彩, 隆重热烈): longer, it is a clause of the name (…学习贯彻党的…).
        guard span.length <= 4, text[span.end - 1] != "党", (span.start..<span.end).allSatisfy({ text[$0].isHan && !Numerals.isNumeral(text[$0]) || text[$0] == "一" }),
              ExtractionContext.spans(context.personSpans, within: span).isEmpty else { return false }
        return context.lexicons.segmenter.words(text, span.start, span.end).allSatisfy { w in
            w.kind != nil && w.kind != .place && w.kind != .proper && w.kind != .lexicon && context.lexicons.placeLength(in: text, at: w.start, limit: w.end) == nil
        }
    }

    /// Does the text before an event's name hedge it (提议, 将) or report someone's words (指出, 强调)?
    func spokenOf(_ before: Span, _ context: inout ExtractionContext) -> Bool {
        let text = context.text, lex = context.lexicons
        return (before.start..<before.end).contains { k in
            lex.eventHedges.longest(in: text, at: k, limit: before.end) != nil
                || lex.attendanceTrie.longest(in: text, at: k, limit: before.end).flatMap { lex.attendance[text.slice(k, k + $0)] }?.kind == .remark
        }
    }

    /// Numbered party sessions: 党的十九届五中全会, 十八届三中全会.
    func findSessions(_ context: inout ExtractionContext) {
        let text = context.text
        for sentence in context.doc.sentences {
            var i = sentence.span.start
            while let hit = text.find("中全会", from: i, to: sentence.span.end) {
                i = hit + 3
                var s = hit - 1
                guard s >= sentence.span.start, Numerals.isNumeral(text[s]) else { continue }
                while s > sentence.span.start, Numerals.isNumeral(text[s - 1]) { s -= 1 }
                guard s > sentence.span.start, text[s - 1] == "届" else { continue }
                s -= 1
                while s > sentence.span.start, Numerals.isNumeral(text[s - 1]) { s -= 1 }
                for prefix in ["党的", "中共", "中国共产党第"] where s >= prefix.unicodeScalars.count && text.matches(prefix, at: s - prefix.unicodeScalars.count) {
                    s -= prefix.unicodeScalars.count; break
                }
                let span = Span(s, hit + 3)
                let meeting = context.mention(.meeting, context.doc.slice(span), span)
                context.fact(context.article, Predicate.mentions, meeting, span)
            }
        }
    }
}
