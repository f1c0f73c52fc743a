/// A person's title as a triple, and the body it names: 中央政法委书记 → leads 中共中央政法委员会.
enum TitleFacts {
    /// Title words that make their holder the head of the body.
    static let headWords: Set<String> = ["书记", "总书记", "组长", "主任", "部长", "主席", "总理", "院长", "局长", "厅长", "省长", "市长",
                                          "县长", "检察长", "行长", "董事长", "总经理", "会长", "理事长", "社长", "台长", "校长", "司令员",
                                          "秘书长", "委员长", "署长", "总裁", "主任委员", "党组书记"]

    static func record(_ person: EntityKey, title span: Span, _ context: inout ExtractionContext) {
        let text = context.text
        let title = context.doc.slice(span)
        context.fact(person, Predicate.title, literal: title, span)
        guard let n = context.lexicons.titles.longest(in: text, at: span.end), n < span.length else { return }
        let bodySpan = Span(bodyStart(Span(span.start, span.end - n), text, context.lexicons), span.end - n)
        let word = text.slice(span.end - n, span.end)
        let body = context.doc.slice(bodySpan)
        guard body.unicodeScalars.count >= 2, body.unicodeScalars.allSatisfy({ $0.isHan || "()".unicodeScalars.contains($0) }) else { return }
        let isBody = context.lexicons.organizations[body] != nil || context.lexicons.orgSuffixes.longest(in: text, at: bodySpan.end) != nil
        guard isBody else { return }
        let org = context.mention(.organization, body, bodySpan)
        let leads = headWords.contains(word) && !text.matches("副", at: bodySpan.end)
        context.fact(person, leads ? Predicate.leads : Predicate.memberOf, org, span)
    }

    /// Where the body of a title starts: after a 的 (到访的古巴国务委员会), after the last verb before names
    /// (邀请外交部, 本台记者专访商务部), and past verbs, prepositions and adverbs in front (由越共中央政治局).
    static func bodyStart(_ span: Span, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var s = span.start
        if let k = (span.start..<span.end).last(where: { text[$0] == "的" }) { s = k + 1 }
        var k = span.end
        while k > s {
            if let v = lex.verbsBeforeNameEnding.longest(in: text, at: k, limit: s), v >= 2 { s = k; break }
            k -= 1
        }
        guard s < span.end else { return span.end }
        return BodyNameWords(text, s, span.end, lex).start(text, lex)
    }
}
