/// Local short forms of bodies: 县委, 市政协, 区法院, 县人大常委会, a level of place written alone and then a body
/// every place of that level has (local_body_words.txt). Readers take one as the body of the place the article named
/// last at that level, and so does Readout: 清水县…县委 → 清水县委, the short form kept as an alias (a store of many
/// articles would otherwise hold one 县委 for every county). Where the article names no such place, the short
/// form stays as written.
enum LocalBodies {
    /// The length of the local short form at `k`, its level and the longest body word after it, or nil. The level
    /// stands alone: at the start, after a mark or a word of grammar (、县政府, 和县政协), or after a verb, adverb or
    /// time that ends there (列席|县人大, 由|市政府); never after characters that may end a place's name the lexicons
    /// lack (清浦|区人民法院, 公主岭|市委) or a word it ends (城市, 全县, 自治区).
    static func length(at k: Int, limit: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        guard k + 1 < limit, Self.levels.contains(text[k]), !(k >= 2 && text.matches("自治", at: k - 2)) else { return nil }
        if k > 0, text[k - 1].isHan, !OrganizationRule.boundaryAfter.contains(text[k - 1]) {
            guard let last = lex.segmenter.words(text, max(0, k - 4), k).last, last.end == k, last.length >= 2,
                  let kind = last.kind, Self.wordKindsBefore.contains(kind),
                  lex.segmenter.vocabulary.kind(text, k - 1, k + 1) == nil else { return nil }
        }
        return lex.localBodyWords.longest(in: text, at: k + 1, limit: limit).map { $0 + 1 }
    }

    /// Levels a short form names its place by. Not 州: a city's name may end in it (杭州, 广州), and 州水利局 is
    /// no body of 杭州.
    static let levels: ScalarSet = ScalarSet("省市县区")

    /// Kinds of the word a local short form may follow: what the clause says of the body, not part of its name.
    static let wordKindsBefore: Set<WordClass> = [.verb, .adverb, .preposition, .conjunction, .particle, .time]

    /// The place of level `level` (省, 市, 县, 区 or 州) the article named last before `k`, with its level: 清水县,
    /// 湖北省, 宁夏回族自治区. Also what 全省, 全市 … stand for (StatisticRule.wholeRegion).
    static func place(of level: Unicode.Scalar, before k: Int, _ context: ExtractionContext) -> String? {
        let text = context.text, lex = context.lexicons
        var i = k - 1
        while i >= 0 {
            if var n = lex.placeLength(in: text, at: i, limit: k) ?? lex.localPlaceLength(in: text, at: i, limit: k) {
                // 内蒙古, not 蒙古: read backwards, the place is the longest that ends here.
                let end = i + n
                if let j = (max(0, i - 3)..<i).first(where: { j in j + (lex.placeLength(in: text, at: j, limit: k) ?? 0) == end }) { i = j; n = end - j }
                if text[i + n - 1] == level { return text.slice(i, i + n) }
                if i + n < k, text[i + n] == level { return text.slice(i, i + n + 1) }
                // 西藏自治区, 广西壮族自治区, 新疆维吾尔自治区: a people's name may stand before 自治区.
                if level == "区", let m = (0...3).first(where: { m in i + n + m + 3 <= k && text.matches("自治区", at: i + n + m) }) {
                    return text.slice(i, i + n + m + 3)
                }
            }
            i -= 1
        }
        return nil
    }

    /// The body a span that opens with a local short form names (清水县 + 委, 开封市 + 委宣传部), or nil when the span
    /// opens with none or the article names no place of its level before it.
    static func resolved(_ span: Span, _ context: ExtractionContext) -> String? {
        let text = context.text
        // 自治区政府, 自治区党委: 自治区 alone stands for the region the article named last (宁夏回族自治区).
        if text.matches(Self.region, at: span.start), span.length > 4 { return resolved(bare: span, context) }
        guard length(at: span.start, limit: span.end, text, context.lexicons) != nil else { return nil }
        return named(level: text[span.start], rest: span.start + 1, span, context)
    }

    /// The place of `level` the article named last before `span`, and the body words from `rest` on.
    static func named(level: Unicode.Scalar, rest: Int, _ span: Span, _ context: ExtractionContext) -> String? {
        place(of: level, before: span.start, context).map { $0 + context.text.slice(rest, span.end) }
    }

    /// The body a span that opens with a level alone names (bareLevel: 县|农业局 → 清水县农业局, 自治区|政府 → 宁夏回族
    /// 自治区政府), or nil when it opens with none or the article names no place of its level before it.
    static func resolved(bare span: Span, _ context: ExtractionContext) -> String? {
        guard let (level, rest) = bareLevel(at: span.start, before: span.end, context.text, context.lexicons) else { return nil }
        return named(level: level, rest: rest, span, context)
    }

    /// The level a name starting at `s` opens with when it stands alone for its place (县|农业局, 自治区|政府, 市|委宣传部;
    /// not 市场|监管局, 区分, 县域: words of their own), and where the body word after it starts.
    static func bareLevel(at s: Int, before e: Int, _ text: TextBuffer, _ lex: Lexicons) -> (Unicode.Scalar, Int)? {
        let region = Self.region.unicodeScalars.count
        if text.matches(Self.region, at: s), s + region + 1 < e { return ("区", s + region) }
        guard s + 2 < e, levels.contains(text[s]) else { return nil }
        if lex.segmenter.vocabulary.kind(text, s, s + 2) != nil, lex.localBodyWords.longest(in: text, at: s + 1, limit: e) == nil { return nil }
        return (text[s], s + 1)
    }

    /// An autonomous region written alone (自治区政府), a short form of level 区.
    static let region = "自治区"
}

extension ExtractionContext {
    /// Records a body named by `span`, by the name of its place where the span is a local short form (县委 →
    /// 清水县委, also written 县委); `resolved` when the caller has read it already. Returns its key.
    mutating func mentionBody(_ span: Span, resolved: String? = nil) -> EntityKey {
        guard let full = resolved ?? LocalBodies.resolved(span, self) else { return mention(.organization, doc.slice(span), span) }
        let key = mention(.organization, full, span)
        if extraction.aliases[key] == nil { extraction.aliases[key] = [doc.slice(span)] }
        return key
    }
}
