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
            Example("中共中央政治局常委、国务院总理李强10月22日至24日在宁夏、内蒙古调研。",
                    yields: ["李强 attended 李强在宁夏、内蒙古调研", "李强在宁夏、内蒙古调研 held_in 宁夏", "李强在宁夏、内蒙古调研 held_in 内蒙古"]),
            Example("中共中央总书记、国家主席、中央军委主席胡锦涛6日视察东部战区机关。",
                    yields: ["胡锦涛 attended 胡锦涛视察东部战区机关", "胡锦涛视察东部战区机关 kind 调研"]),
            Example("连日来,胡锦涛总书记在中国人民大学考察时发表重要讲话。", yields: ["胡锦涛 attended 胡锦涛在中国人民大学考察"], forbids: ["连日来 attended"]),
            Example("省财政厅组织多个调研组深入滩区调研。", forbids: ["attended", "reports"]),
            Example("全国人大常委会副委员长丁仲礼在座谈会上介绍了调研情况。", forbids: ["reports"]),
            Example("胡锦涛视察驻澳部队并发表重要讲话。", yields: ["胡锦涛 attended 胡锦涛视察驻澳部队"]),
            Example("世界卫生组织的专家将对三个省市进行考察。", forbids: ["attended", "reports"]),
            Example("李强将于下周在广东调研。", forbids: ["attended", "reports"]),
            Example("春节前夕,胡锦涛专程来到这里考察。", forbids: ["胡锦涛来到这里考察"]),
        ]
    )

    public init() {}

    /// The kind of a tour's event.
    static let kind = "调研"

    public func apply(to context: inout ExtractionContext) {
        context.bodyThenHeadline { span, context in read(span, &context) }
    }

    func read(_ span: Span, _ context: inout ExtractionContext) {
        let text = context.text, lex = context.lexicons
        var i = span.start
        while i < span.end {
            guard let n = lex.inspectionVerbs.longest(in: text, at: i, limit: span.end) else { i += 1; continue }
            defer { i += n }
            // 陪同考察 is the companions' (the encounter rule reads it); 考察团, 调研组, 调研报告 are no tours.
            if text.matches("陪同", at: i - 2) || lex.inspectionNouns.longest(in: text, at: i + n, limit: span.end) != nil { continue }
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
        for k in stride(from: i - 1, through: max(clause, i - 16), by: -1) {
            // 在宁夏、内蒙古调研: places in a list.
            guard text[k].isHan || text[k] == "、" else { break }
            if let p = ["来到", "在", "到", "赴"].first(where: { text.matches($0, at: k - $0.unicodeScalars.count + 1) }) {
                let s = k - p.unicodeScalars.count + 1
                if k + 1 < i { place = Span(k + 1, i); hostEnd = s }
                break
            }
        }
        if var p = place {
            // 在座谈会上介绍了调研 is no tour; 来到…陆港进行调研 is one, at the 陆港.
            if (p.start..<p.end).contains(where: { text[$0] == "的" || text[$0] == "上" && $0 > p.start && "会式坛议".unicodeScalars.contains(text[$0 - 1]) }) { return }
            for filler in ["进行", "开展"] where p.length > 2 && text.matches(filler, at: p.end - 2) { p.end -= 2 }
            place = p
        }
        var object: Span?
        if place == nil {
            // 视察东部战区机关: a body after the verb, to the end of the clause.
            guard verb == "视察" else { return }
            let start = text.matches("了", at: i + n) ? i + n + 1 : i + n   // 视察了服贸会展馆
            var end = Clauses.clauseEnd(text, from: start, ceiling: sentence.end)
            // 视察驻澳部队并发表重要讲话: the body ends before what the host did next.
            for stop in ["并", "时", "后"] { if let at = text.find(stop, from: start + 2, to: end) { end = at } }
            guard end - start >= 2, end - start <= 16, (start..<end).allSatisfy({ text[$0].isHan }) else { return }
            object = Span(start, end)
        }
        guard var hosts = EncounterRule().people(before: hostEnd, sentence, &context),
              !AttendanceRule.announced(Span(hosts.persons.last!.name.end, i), text) else { return }
        // …HOST在出席…后,在A、B陪同下,先后来到…考察: the people of 陪同下 are the companions; the host is the sentence's topic.
        if let with = text.find("陪同下", from: hosts.persons[0].name.end, to: hostEnd),
           case let companions = Clauses.clauseStart(text, before: with, floor: sentence.start), text[companions] == "在", hosts.start >= companions {
            guard let topic = EncounterRule().topic(before: companions, sentence, &context) else { return }
            hosts = topic
        }
        // 来到这里考察: a word that stands for a place named elsewhere (arrival_words.txt no_place) names no tour of its
        // own; it is the tour reported before, if any.
        if let p = place, context.lexicons.arrivalNoPlaces.contains(text.slice(p)) {
            if let tour = context.lastReported(before: i, kind: Self.kind) { EncounterRule().attend(hosts, tour, role: verb, &context) }
            return
        }
        let host = text.slice(hosts.persons[0].name)
        let name: String
        if place != nil { name = "\(host)\(text.slice(hostEnd, i + n))" }
        else { name = "\(host)\(verb)\(text.slice(object!))" }
        let end = object?.end ?? i + n
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
}
