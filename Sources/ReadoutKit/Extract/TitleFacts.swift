/// A person's title as a triple, and the body it names: 中央政法委书记 → leads 中共中央政法委员会.
enum TitleFacts {
    /// Prepositions that open a clause before a title (,在湖北省委书记李鸿忠陪同下, 由中共中央政治局委员…主持): no part of it.
    static let openers: ScalarSet = ScalarSet("在由")

    static func record(_ person: EntityKey, title written: Span, _ context: inout ExtractionContext) {
        let text = context.text
        var span = written
        while span.length > 2, Self.openers.contains(text[span.start]) { span.start += 1 }
        let title = context.doc.slice(span)
        context.fact(person, Predicate.title, literal: title, span)
        guard let n = context.lexicons.titles.longest(in: text, at: span.end), n < span.length else { return }
        var bodySpan = Span(bodyStart(Span(span.start, span.end - n), persons: context.personSpans, text, context.lexicons), span.end - n)
        // 原军事科学院院长: 原 as a word of its own says the post was held before (not 原子能, nor the place 原平市).
        if bodySpan.length > 3, OrganizationRule.formerMark(at: bodySpan.start, limit: bodySpan.end, text, context.lexicons) { bodySpan.start += 1 }
        let word = text.slice(span.end - n, span.end)
        var body = context.doc.slice(bodySpan)
        guard body.unicodeScalars.count >= 2, body.unicodeScalars.allSatisfy({ $0.isHan || "()".unicodeScalars.contains($0) }) else { return }
        // 中国常驻联合国代表, 欧盟驻委大使: the body after 驻 is where the post is held, not the body it serves; the
        // title names no body of its own.
        if let k = (bodySpan.start..<bodySpan.end).last(where: { text[$0] == "驻" }), k + 1 < bodySpan.end,
           context.lexicons.organizationTrie.longest(in: text, at: k + 1, limit: bodySpan.end) == bodySpan.end - k - 1
            || context.lexicons.placeLength(in: text, at: k + 1, limit: bodySpan.end) == bodySpan.end - k - 1 { return }
        // 北美五大工程院院士: a count makes a kind of body; the title names none.
        if OrganizationRule.count(bodySpan.start, bodySpan.end, text, context.lexicons).counted { return }
        // 中国移动广西公司原党委委员: 原 says the post was held before; the body is 中国移动广西公司党委.
        if let k = OrganizationRule.formerPost(bodySpan.start, bodySpan.end, text, context.lexicons) {
            // 咸阳市原市委: the local short form after it repeats the place's last character (咸阳市委).
            let rest = k + 2 < bodySpan.end && text[k + 1] == text[k - 1] ? k + 2 : k + 1
            body = context.doc.slice(Span(bodySpan.start, k)) + context.doc.slice(Span(rest, bodySpan.end))
        }
        let known = context.lexicons.organizations[body] != nil
        // 社区党支部书记, 连队党支部书记: the title names a kind of body, none.
        if !known, let k = OrganizationRule.kindHeadLength(endingAt: bodySpan.end, after: bodySpan.start, atLeast: 2, text, context.lexicons),
           OrganizationRule.namesOnlyAKind(bodySpan, kindLength: k, text, context.lexicons) { return }
        let suffix = context.lexicons.orgSuffixes.longest(in: text, at: bodySpan.end, limit: bodySpan.start) ?? 0
        // A suffix alone or after a word that is no place (党组, 该局, 一局) names no body; a local short form (省委,
        // 区法院, 镇党委) is the body of the place the article is about, as its readers take it.
        guard known || suffix > 0 && (bodySpan.length > suffix + 1
            || bodySpan.length == suffix + 1 && context.lexicons.localHeads.contains(text[bodySpan.start])
            || suffix >= 2 && bodySpan.length == suffix && Lexicons.adminSuffixes.contains(text[bodySpan.start])) else { return }
        let org = body == context.doc.slice(bodySpan) ? context.mentionBody(bodySpan) : context.mention(.organization, body, bodySpan)
        let leads = context.lexicons.headTitles.contains(word) && !text.matches("副", at: bodySpan.end)
        context.fact(person, leads ? Predicate.leads : Predicate.memberOf, org, span)
    }

    /// Where the body of a title starts: after a 的 where a name follows (到访的古巴国务委员会; not 中央党的群众路线
    /// 教育实践活动领导小组) or a person named in front (任命…为), after the last verb before names where a known
    /// body follows it (邀请外交部, 专访商务部; not 推进海南全面深化改革开放领导小组, named by its task), and past
    /// verbs, prepositions and adverbs in front.
    static func bodyStart(_ span: Span, persons: [Span], _ text: TextBuffer, _ lex: Lexicons) -> Int {
        // A name of its own after it: a known body, a word that heads names, or (after 的) a place.
        func named(_ k: Int, place: Bool) -> Bool {
            lex.organizationTrie.longest(in: text, at: k, limit: span.end) != nil || lex.bodyHeads.longest(in: text, at: k, limit: span.end) != nil
                || place && lex.placeLength(in: text, at: k, limit: span.end) != nil
        }
        var s = span.start
        if let k = (span.start..<span.end).last(where: { text[$0] == "的" }), named(k + 1, place: true) { s = k + 1 }
        if let p = persons.last(where: { $0.end > s && $0.end < span.end && $0.start >= span.start }) { s = p.end }
        var k = span.end
        while k > s {
            if let v = lex.verbsBeforeNameEnding.longest(in: text, at: k, limit: s), v >= 2, named(k, place: false) { s = k; break }
            k -= 1
        }
        guard s < span.end else { return span.end }
        // 当天国务院总理: a time in front is no part of the body.
        while let t = lex.timeWords.longest(in: text, at: s, limit: span.end), s + t < span.end { s += t }
        let head = BodyNameWords(text, s, span.end, lex)
        let start = head.start(text, lex)
        // 德国最大商业银行|德意志银行首席执行官: a description in front, as a body's mention reads it.
        guard let n = lex.orgSuffixes.longest(in: text, at: span.end, limit: start) else { return start }
        // Only for bodies of a kind (银行, 公司): 上海合作组织地区反恐怖机构|执行委员会 is one name.
        guard OrganizationRule.kindHeadLength(endingAt: span.end, after: start, atLeast: n, text, lex) != nil else { return start }
        return head.afterDescription(from: start, suffix: Span(span.end - n, span.end), ofKind: true, text, lex)
    }
}
