/// What the words before a body's suffix say (OrganizationRule): which words in front are no part of the name
/// (赞扬中刚友好医院, 维持方舱医院), and whether the phrase names one body or a kind of them (小型通讯公司,
/// 县域农村商业银行). Read from a segmentation of the phrase into words of the general vocabulary.
struct BodyNameWords {
    let words: [Word]

    init(_ text: TextBuffer, _ start: Int, _ end: Int, _ lex: Lexicons) {
        words = lex.segmenter.words(text, start, end)
    }

    /// Kinds of words that do not begin a name: a verb, an adverb, a pronoun, a preposition, a conjunction, a
    /// particle. Times are cut by time_words.txt: the vocabulary's times include brands (现代汽车集团).
    static let frontKinds: Set<WordClass> = [.verb, .adverb, .pronoun, .preposition, .conjunction, .particle]
    /// A word written at least this often (log frequency) is a word of the language, not a rare reading of a name's
    /// characters: 兴发 and 联信 (in names of companies) are verbs of the vocabulary too.
    static let commonWord: Float = 3.9      // e⁴ ≈ 50
    static let everydayVerb: Float = 6.9    // e⁷ ≈ 1,000
    static let everydayNoun: Float = 8.0    // e⁸ ≈ 3,000: 小米 and 曙光 are rarer, 社区 and 军事 more common

    /// Where the name starts once the words in front that begin none are cut off. The last word before the suffix
    /// stays (兴发集团); a single character goes only before a longer word (要完善, but 顺德 is two characters
    /// the vocabulary does not join).
    func start(from start: Int? = nil, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var k = words.firstIndex(where: { $0.start >= start ?? 0 }) ?? words.count
        guard k < words.count else { return start ?? 0 }
        while k + 1 < words.count, isFront(words[k], text, lex), words[k].length > 1 || words[k + 1].length > 1 { k += 1 }
        return words[k].start
    }

    func isFront(_ w: Word, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        // A verb that comes before names (当选为, 视频连线; verbs_before_name.txt), however rarely it is written.
        if w.length > 1, lex.verbsBeforeName.contains(text, w.start, w.end) { return true }
        // 发挥好|中央金融工作委员会: a character that completes the verb before it.
        if w.length == 1, lex.verbComplements.contains(text, w.start, w.end) { return true }
        guard let kind = w.kind, Self.frontKinds.contains(kind) else { return false }
        if lex.placeLength(in: text, at: w.start, limit: w.end + 4) != nil { return false }
        if w.length == 1 { return true }
        return w.logFrequency >= Self.commonWord
    }

    /// Where the name of a body of a kind (a company, a hospital, a university) starts at the latest: after the
    /// last common verb or function word of two characters or more before the suffix (胡锦涛赞扬中刚友好医院,
    /// 袭击者携带炸弹闯入莫伊大学) where the words after it name one by themselves. Bodies named by what they do
    /// (推广应用研究所) are not asked.
    func afterLastDeed(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var after = start
        for (k, w) in words.enumerated() where w.start >= start && k + 1 < words.count && w.length > 1 && isFront(w, text, lex) {
            // A verb right after a mark, a place or a known body is a word of the name (国家开发投资公司, 纽约联合
            // 爱迪生电力公司), unless a new name starts after it (美国旧金山发生韩国韩亚航空公司).
            if k > 0, names(words[k - 1], text, lex), !names(words[k + 1], text, lex) { continue }
            // Only where what follows names one by itself: 水电开发有限公司 keeps its 开发.
            if nameOne(from: words[k + 1].start, text, lex) { after = words[k + 1].start }
        }
        return after
    }

    /// What a place that opens the phrase and a verb of its deed after it say (广东|加快|方舱医院, 以色列|袭击|医院,
    /// 武汉|重建|湖北省委; clause_verbs.txt): the place is the clause's subject, and a name starts after the verb only
    /// where the words after it name one by themselves. `nil` where none does (a kind, or nothing but the suffix);
    /// the start unchanged where the phrase is no such clause (泰国选举委员会, 北京市排水集团: verbs that name what a
    /// body does are not listed).
    func afterPlaceVerb(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        guard var k = words.firstIndex(where: { $0.start == start }) else { return start }
        // The places in front (广东省|深圳市), each ending where a word does.
        var places = 0
        while k < words.count, let m = lex.placeLength(in: text, at: words[k].start, limit: words.last!.end),
              let e = words[k...].firstIndex(where: { $0.end >= words[k].start + m }) {
            k = e + 1; places += 1
        }
        guard places > 0, k < words.count, lex.clauseVerbs.longest(in: text, at: words[k].start, limit: words[k].end) == words[k].length else { return start }
        guard k + 1 < words.count, nameOne(from: words[k + 1].start, text, lex) else { return nil }
        return words[k + 1].start
    }

    /// Where the second of two bodies joined by a verb starts (中国银联联合农业银行, 中央广播电视总台联合国家文物局,
    /// 中央赠送澳门特区政府): after a verb of joining_verbs.txt, written as a word of its own, that follows a body's
    /// suffix or a known body, where the words after it name one by themselves.
    func afterJoiningVerb(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var after = start
        for w in words where w.start > start && w.end < (words.last?.end ?? 0) {
            guard lex.joiningVerbs.longest(in: text, at: w.start, limit: w.end) == w.length else { continue }
            let bodyBefore = lex.orgSuffixes.longest(in: text, at: w.start, limit: start) != nil
                || lex.organizationsEnding.longest(in: text, at: w.start, limit: start) != nil
                || lex.bodyNameMarks.contains(text, start, w.start)
            if bodyBefore, nameOne(from: w.end, text, lex) { after = w.end }
        }
        return after
    }

    /// Where a name joined by 和, 与 or 及 starts, when the 和 at `k` joins two words of one name before its suffix
    /// (全国政协社会和法制委员会, 老挝公共工程与运输部, 美国海关及边境保护局, 海南省旅游和文化广电体育厅): two to six
    /// characters after it, none a
    /// stop or a place, and before it a common noun of two to four characters that follows a place, a body, a stop or
    /// the start. Nil when the 和 joins two bodies or places (公安部和国家安全部, 中国和美国政府).
    static let joinedWordFloor: Float = 4.0
    static func joinedName(across k: Int, suffixStart: Int, floor: Int, _ text: TextBuffer, _ lex: Lexicons) -> Int? {
        guard k > floor, k < suffixStart, text[k] == "和" || text[k] == "与" || text[k] == "及", (2...6).contains(suffixStart - k - 1),
              (k + 1..<suffixStart).allSatisfy({ text[$0].isHan && !OrganizationRule.stops.contains(text[$0]) }),
              lex.placeLength(in: text, at: k + 1, limit: suffixStart) == nil,
              // 路透社和益普索集团, 香港居民和特别行政区政府: a company, a government, a university after 和 is a body of its own.
              lex.kindHeads.longest(in: text, at: suffixStart, limit: text.count) == nil, !text.matches("政府", at: suffixStart),
              lex.orgSuffixes.longest(in: text, at: suffixStart - 1, limit: k + 1) == nil else { return nil }
        // Five or six characters after it, unless they open with a word of kinds, a place or an abbreviation of places
        // (全国性|行业协会, 中俄|议会合作委员会 are bodies of their own; 文化|广电体育, 国际贸易|促进 join).
        if suffixStart - k - 1 > 4, let first = lex.segmenter.words(text, k + 1, suffixStart).first,
           [.proper, .place, .lexicon, .adjective].contains(first.kind) || lex.genericBodies.contains(text, first.start, first.end)
            || lex.bodyDeterminers.contains(text, first.start, first.end) { return nil }
        // The words before it: one or two common nouns (社会, 公共|工程, 国际贸易), four characters at most.
        let words = lex.segmenter.words(text, max(floor, k - 8), k)
        // 中信银行和海尔集团, 北海舰队和东海舰队: a body before 和 is a body of its own.
        // 行政长官和特别行政区政府, 武术学校和孔子学院: nor is a title, a group or a kind of body; and a known body after
        // 和 is one of its own (加蓬国民议会和参议院).
        // 新西兰警方及外交贸易部: a side (警方, 中方, 校方) before it is an actor of its own.
        guard words.last?.end == k, text[k - 1] != "方", lex.orgSuffixes.longest(in: text, at: k, limit: floor) == nil,
              lex.organizationsEnding.longest(in: text, at: k, limit: floor) == nil, lex.titles.longest(in: text, at: k, limit: floor) == nil,
              lex.groupHeads.longest(in: text, at: k, limit: floor) == nil, !lex.kindHeads.contains(text, words.last!.start, k),
              !lex.categoryHeads.contains(text, words.last!.start, k), lex.organizationTrie.longest(in: text, at: k + 1, limit: text.count) == nil
        else { return nil }
        var start: Int?
        for w in words.reversed() {
            // Common words (社会, 公共工程, 海洋, 网络安全), written e^4 ≈ 55 times or more: a rare one is a body's short name
            // (首钢与新世界公司).
            // A noun of four characters is no short name, however rarely the vocabulary writes it (人力资源和社会保障局).
            guard [.noun, .verbalNoun, .adjective, .place, .proper].contains(w.kind), w.length >= 2, k - w.start <= 4,
                  w.logFrequency >= Self.joinedWordFloor || (w.length == 4 && w.kind == .noun),
                  lex.placeLength(in: text, at: w.start, limit: k) == nil,
                  !(w.start..<w.end).contains(where: { OrganizationRule.stops.contains(text[$0]) }) else { break }
            let s = w.start
            let clean = s == floor || !text[s - 1].isHan || OrganizationRule.stops.contains(text[s - 1])
                || lex.orgSuffixes.longest(in: text, at: s, limit: floor) != nil || lex.organizationsEnding.longest(in: text, at: s, limit: floor) != nil
                || (lex.foreignPlaces.longest(in: text, at: s, limit: floor) ?? 0) >= 2
                || (2...4).contains { n in s - n >= floor && lex.chinaPlaces.longest(in: text, at: s - n, limit: s) == n }
                // 沈阳市|工业和信息化局: a place the lexicon knows without its 市 (省, 县 …).
                || (3...6).contains { n in s - n >= floor && lex.placeWithSuffixLength(in: text, at: s - n, limit: s) == n }
                // 中央|网络安全和信息化委员会: a mark of a state body before it.
                || (2...3).contains { n in s - n >= floor && lex.bodyNameMarks.contains(text, s - n, s) }
            if clean { start = s }
        }
        return start
    }

    /// A word that begins or carries a name: a mark (国家), a place, a body of the lexicons.
    func names(_ w: Word, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        lex.bodyNameMarks.contains(text, w.start, w.end) || w.kind == .place || w.kind == .lexicon
            || lex.placeLength(in: text, at: w.start, limit: w.end) != nil
    }

    /// Where the name starts after a description in front (中央企业中国大唐集团, 美国智库布鲁金斯学会,
    /// 土耳其半官方通讯社安纳多卢通讯社, 巴西最大媒体集团环球集团): after the last describing word
    /// (body_descriptors.txt) or an earlier copy of the suffix, when the words after it name one body.
    /// Kinds of words that describe what a body is like (最大, 廉价, 知名), not which one it is.
    static let qualities: Set<WordClass> = [.adjective, .adverb, .particle]

    func afterDescription(from start: Int, suffix: Span, ofKind: Bool, _ text: TextBuffer, _ lex: Lexicons) -> Int {
        var after = start
        for (k, w) in words.enumerated() where w.start >= start && k + 1 < words.count {
            // A copy of the suffix describes only for bodies of a kind (集团…集团, not 委员会常务委员会) and only
            // where a name follows it (not 集团)公司).
            // Another place after the copy names a branch (北京儿童医院保定医院), not a body described (伊朗国家通讯社
            // 伊朗伊斯兰共和国通讯社).
            // A word that ends in the suffix copies it too where only places and words of quality stand before it
            // (德国最大商业银行|德意志银行, 廉价航空公司…), not a parent (解放军总医院|第一附属医院, …股份有限公司|金贸公司).
            let copy = ofKind && (w.length == suffix.length || words[..<k].allSatisfy { v in v.start < start || Self.qualities.contains(v.kind ?? .other)
                    || lex.placeLength(in: text, at: v.start, limit: v.end) == v.length })
                && w.length >= suffix.length
                && (0..<suffix.length).allSatisfy { text[w.end - suffix.length + $0] == text[suffix.start + $0] } && text[w.end].isHan
                && !branchPlace(after: w.end, suffix: suffix, text, lex)
            let describes = copy || lex.bodyDescriptors.contains(text, w.start, w.end)
            // 汽车制造商通用汽车公司: after a trader (…商), two characters or more before the suffix name the firm, common
            // words or not (a trader's association, 汽车制造商协会, stays whole).
            let trader = describes && text[w.end - 1] == "商" && suffix.start - words[k + 1].start >= 2
            if describes, trader || nameOne(from: words[k + 1].start, text, lex) { after = words[k + 1].start }
        }
        return after
    }

    /// Does a place other than the one the phrase opens with follow at `k`, with no describing word before (拉美最大
    /// 传媒集团巴西环球集团 is described)?
    func branchPlace(after k: Int, suffix: Span, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        guard let m = lex.placeLength(in: text, at: k, limit: suffix.start), let first = words.first,
              !words.contains(where: { $0.end <= k && lex.bodyDescriptors.contains(text, $0.start, $0.end) }) else { return false }
        return !(0..<m).allSatisfy { first.start + $0 < k && text[first.start + $0] == text[k + $0] }
    }

    /// One common noun alone before the suffix (技师学院, 药业公司, 小米集团): a brand or a kind, as the words before
    /// the phrase tell (OrganizationRule.kindBefore).
    func isOneCommonNoun(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let rest = words.filter { $0.start >= start }
        // A noun the vocabulary seldom sees (首钢, 中金, 大渡口) is a name.
        guard rest.count == 1, let w = rest.first, w.kind == .noun, w.length >= 2, w.logFrequency >= Self.commonWord else { return false }
        return lex.placeLength(in: text, at: w.start, limit: w.end) == nil && !lex.bodyNameMarks.contains(text, w.start, w.end)
    }

    /// A verb of every day alone before the suffix (维护银行, 开放大学, 完善纪委, 审查公司): a deed, not a name.
    func isOnlyAVerb(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let rest = words.filter { $0.start >= start }
        guard rest.count == 1, let w = rest.first, w.kind == .verb || w.kind == .verbalNoun, w.length > 1 else { return false }
        return w.logFrequency >= Self.everydayVerb
    }

    /// Whether the words from `start` name one body rather than a kind: a place, a proper noun or a known body
    /// among them, a word of a state or a country (body_name_marks.txt: 中央音乐学院), characters the vocabulary
    /// does not hold or join (洺源, 广汽, 莫伊), a local short
    /// form (市公安局), or one word alone that is no trade (小米集团, 曙光公司). Common words only make a kind.
    func nameOne(from start: Int, _ text: TextBuffer, _ lex: Lexicons) -> Bool {
        let rest = words.filter { $0.start >= start }
        guard let first = rest.first else { return false }
        // A body that names one opens the name: its parent (清华|大学|经济管理学院, not 县域农村商业|银行|要完善纪委).
        if let k = rest.indices.dropFirst().first(where: { lex.orgSuffixes.contains(text, rest[$0].start, rest[$0].end) }),
           BodyNameWords(text, first.start, rest[k].start, lex).nameOne(from: first.start, text, lex) { return true }
        if first.length == 1, Lexicons.adminSuffixes.contains(text[first.start]) { return true }
        for (k, w) in rest.enumerated() {
            switch w.kind {
            // 外国, 城市: the vocabulary's kinds of place name none (not_local_places.txt).
            case .place?: if !lex.notLocalPlaces.contains(text, w.start, w.end) { return true }
            case .lexicon?, nil: return true
            // A proper noun of every day (通讯, 和平) is a common word.
            case .proper?: if w.logFrequency < Self.everydayVerb { return true }
            default: break
            }
            // A place by its shape: a word and 省, 市, 县, 区 or 州 (景谷县人民医院); a word the vocabulary seldom sees
            // and one of them (景谷|县), not a common word (全国|县医院).
            if w.length >= 3, Lexicons.adminSuffixes.contains(text[w.end - 1]) { return true }
            if w.length == 1, k > 0, Lexicons.adminSuffixes.contains(text[w.start]),
               rest[k - 1].logFrequency < Self.commonWord { return true }
            // An ordinal names one (第四军医大学).
            if w.kind == .numeral, text[w.start] == "第" { return true }
            // A mark of one character (中) only at the head of the name (中石油集团; not 县级中医院).
            if lex.bodyNameMarks.contains(text, w.start, w.end), w.length > 1 || k == 0 { return true }
            if lex.placeLength(in: text, at: w.start, limit: w.end) != nil { return true }
            // A body written as one word, more than its suffix, is the parent (众议院|情报委员会; not 委员会|党组).
            if w.length >= 3, let n = lex.orgSuffixes.longest(in: text, at: w.end, limit: w.start), n < w.length { return true }
            // A number of parties heads a name (三方联络小组, 七十七国集团; party_counters.txt), not other counts (首家, 九成).
            if k == 0, w.kind == .numeral, w.length >= 2, lex.partyCounters.contains(text[w.end - 1]) { return true }
            // Two countries written with a character each (中日友好协会, 中俄…委员会).
            if k == 0, w.length == 2, lex.bodyNameMarks.contains(text, w.start, w.start + 1), lex.bodyNameMarks.contains(text, w.start + 1, w.end) { return true }
            // Two characters the vocabulary does not join: a brand or a foreign name (广汽集团, 莫伊大学), unless both
            // are verbs or words of grammar (住进医院).
            if k + 1 < rest.count, w.length == 1, rest[k + 1].length == 1,
               !(Self.frontKinds.contains(w.kind ?? .noun) && Self.frontKinds.contains(rest[k + 1].kind ?? .noun)) { return true }
        }
        // A body of its own before the suffix is the parent (清华大学党委).
        if rest.count >= 2, let last = rest.last, lex.orgSuffixes.contains(text, last.start, last.end) { return true }
        // A brand is a noun, or a word the vocabulary seldom sees (兴发集团), but no adjective (有限公司) and no
        // suffix (集团公司).
        // A noun of every day (国家, 军事, 社区) is no brand: 国家集团, 社区养老院 are kinds.
        if rest.count == 1, let w = rest.first, [.proper, .other].contains(w.kind) || w.kind == .noun && w.logFrequency < Self.everydayNoun
            || w.logFrequency < Self.commonWord {
            return !lex.tradeWords.contains(text, w.start, w.end) && !lex.genericBodies.contains(text, w.start, w.end)
                && !lex.orgSuffixes.contains(text, w.start, w.end)
        }
        return false
    }
}
