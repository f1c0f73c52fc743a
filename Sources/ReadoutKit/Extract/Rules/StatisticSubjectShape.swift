/// The shape a statistic's subject must have before it is stored: a phrase that says what is measured, not the
/// fragment of a clause the figure happened to follow. Read by word (WordSegmenter) after the subject's span is
/// settled: trailing adverbs and times are trimmed (伊拉克造成的死亡人数|目前, 郑州|同时), so are leading words of when or
/// whether (目前|我国铁路营业里程), and a subject that still ends inside a clause (沙特麦加附近造成, 本届政协中, 国内环节
/// 可选择按), opens with the rest of one (是突尼斯公民) or with a word pointing back (这一数字), holds a person
/// (朱小红在给游客炒菜之余…), or names only whose figure it is (北流市, 我国) is no subject.
extension StatisticRule {
    /// Classes of words trimmed off a subject's end: they modify the verb that follows, not what is measured.
    static let trailingKinds: Set<WordClass> = [.adverb, .time, .conjunction]
    /// Classes of words that end no subject: a preposition, a locative or a pronoun leaves its phrase open.
    static let openEndKinds: Set<WordClass> = [.preposition, .locative, .pronoun]

    /// The subject trimmed to its shape, or nil when what is left says nothing of what is measured.
    func shaped(_ span: Span, persons: ArraySlice<Span>, _ context: ExtractionContext) -> Span? {
        let text = context.text, lex = context.lexicons
        var s = span
        var words = lex.segmenter.words(text, s.start, s.end)
        while words.count > 1, let last = words.last, let kind = last.kind, Self.trailingKinds.contains(kind) {
            words.removeLast(); s.end = last.start
            // 全员劳动生产率2019|年底: the year of a trimmed time goes with it.
            while s.end > s.start, text[s.end - 1].isASCIIDigit { s.end -= 1 }
            if let w = words.last, w.end > s.end { words.removeLast() }
        }
        // 目前|我国铁路营业里程, 一度|造成断电: a word of when or whether at the front says nothing of what is measured.
        while words.count > 1, let first = words.first,
              lex.statisticSubjectFillers.longest(in: text, at: first.start, limit: s.end) == first.length {
            words.removeFirst(); s.start = words[0].start
        }
        if words.count == 1, lex.statisticSubjectFillers.longest(in: text, at: s.start, limit: s.end) == s.length { return nil }
        guard let first = words.first, let last = words.last, s.length >= 2 else { return nil }
        if pointsBack(s, words, context) { return nil }
        if let kind = last.kind, Self.openEndKinds.contains(kind) { return nil }
        // The word must start where a word does (之列 after 名单, not 致 of 一致).
        if let n = lex.statisticSubjectEnds.longest(in: text, at: s.end, limit: s.start), words.contains(where: { $0.start == s.end - n }) { return nil }
        if words.count > 1, lex.statisticSubjectStarts.longest(in: text, at: s.start, limit: s.end) == first.length { return nil }
        if persons.contains(where: { $0.start < s.end && $0.end > s.start }) { return nil }
        if lex.ownersLength(in: text, at: s.start, limit: s.end) == s.length { return nil }
        return s
    }

    /// 这一数字在去年同期, 该工程水库, 黎巴嫩该武装: a subject that opens with a word pointing back, alone or right after
    /// whose it is, names what is measured only in a sentence before. 这 and 该 open a word of their own (该市, 这款); 其 and 此
    /// only alone (not 其他, 此外).
    func pointsBack(_ s: Span, _ words: [Word], _ context: ExtractionContext) -> Bool {
        let text = context.text, lex = context.lexicons
        let owner = lex.ownersLength(in: text, at: s.start, limit: s.end)
        let k = owner > 0 && owner < s.length ? s.start + owner : s.start
        guard let n = lex.statisticAnaphors.longest(in: text, at: k, limit: s.end), let word = words.first(where: { $0.start == k }) else { return false }
        return word.length == n || "这该".unicodeScalars.contains(text[k])
    }
}
