/// Reads person names: a surname from the lexicon and one or two given-name characters, or a foreign name with ·.
/// Where a name ends is decided by what follows it (a title, a verb such as 出席, punctuation).
public struct NameReader {
    public let text: TextBuffer
    public let lexicons: Lexicons

    /// Characters that end no given name in running text, and that close no name (lexicon files).
    var notGiven: ScalarSet { lexicons.notGivenCharacters }
    var notLast: ScalarSet { lexicons.notLastCharacters }
    /// Words before names that no transliteration uses (让 and 以 do: 巴赫特让, 以撒).
    static let insideNoForeignName: ScalarSet = ScalarSet("由和与同对向在是了的及将给为被把受")
    /// Marks that end a name in a list (、) or a clause.
    static let listMarks: ScalarSet = ScalarSet("、,;。")
    /// Characters after which a name may start (以胡锦涛同志为总书记, 会见了王毅).
    static let beforeName: ScalarSet = ScalarSet("以由和与同对向在是了的及、将请给为让经被把受,:;。!?“”\"() \n")

    /// Is text[s..<e] shaped like a person's name?
    /// `delimited`: the name is known to end at `e` (a list piece), so any character may close it (魏凤和, 李作成).
    public func isName(_ s: Int, _ e: Int, delimited: Bool = false) -> Bool {
        let n = e - s
        guard s >= 0, e <= text.count, n >= 2 else { return false }
        if (s..<e).contains(where: { isJoiner($0) }) {
            guard n >= 3, n <= 24, text[s].isHan, text[e - 1].isHan, !Self.beforeName.contains(text[s]) else { return false }
            // Joined by hyphens alone (古里布-法基姆): every character a transliterating one.
            if !(s..<e).contains(where: { text[$0] == "·" }), !(s..<e).allSatisfy({ !text[$0].isHan || lexicons.transliteration.contains(text[$0]) }) { return false }
            // The last part ends before a word glued to it: 阿萨德在, 约瑟夫·艾伦评论, …·托乎提委员.
            if notLast.contains(text[e - 1]) || notGiven.contains(text[e - 1]) || text[e - 1] == "已"
                || lexicons.titles.longest(in: text, at: e, limit: s) != nil { return false }
            // …and so does every part after the first (迪亚斯-卡内尔|转达劳尔·卡斯特罗 is two names and a verb).
            var partStart = s
            for k in s...e where k == e || isJoiner(k) {
                if partStart > s, partStart + 2 < k, (partStart + 2..<k).contains(where: { followerSplits($0, k) || startsCommonWord(at: $0, limit: k) }) { return false }
                partStart = k + 1
            }
            // Transliterated parts are short: 劳尔·卡斯特罗·鲁斯, 帕巴拉·格列朗杰; seven or eight characters only when
            // all but one are transliterating ones (谢尔达尔·别尔德穆哈梅多夫).
            var part = 0
            var firstPart = true
            for k in s..<e {
                // A title or body inside the first part means the name started later (…会议主席劳尔·…).
                if firstPart, lexicons.titlesForward.longest(in: text, at: k, limit: e) != nil { return false }
                // 李克强向约翰·基: a word before names inside the first part means it started after that word.
                if firstPart, k > s, Self.insideNoForeignName.contains(text[k]) { return false }
                if isJoiner(k) { firstPart = false; guard part > 0 else { return false }; part = 0; continue }
                guard text[k].isHan else { return false }
                part += 1
                if part > 8 || part > 6 && (k + 1 - part...k).filter({ !lexicons.transliteration.contains(text[$0]) }).count > 1 { return false }
            }
            return true
        }
        // A title right before the candidate says a name comes: it decides several readings below.
        let titleBefore = lexicons.titles.longest(in: text, at: s, limit: max(0, s - 8)) != nil
        // 国家主席朱马里: right after a title, a given name that is also a country (马里) is still a name.
        func givenIsPlace() -> Bool {
            n == 3 && titleBefore && !Self.beforeName.contains(text[s]) && !lexicons.chinaPlaces.contains(text, s, e)
                && lexicons.foreignPlaces.longest(in: text, at: e, limit: s + 1) == 2
        }
        guard n <= 4, (s..<e).allSatisfy({ text[$0].isHan }), !isPlace(s, e) || givenIsPlace(), !placeRunsOn(s, e) else { return false }
        let surnameLength: Int
        if n >= 3, lexicons.compoundSurnames.contains(text, s, s + 2) { surnameLength = 2 }
        // 行政长官林郑月娥: a wife's surname before her own (Hong Kong, Macao), read only right after a title.
        // (Not two surnames that make a word written very often: 总书记关于诚信.)
        else if n == 4, lexicons.surnames.contains(text[s]), lexicons.surnames.contains(text[s + 1]), titleBefore,
                !isCommonWord(s + 2, e, at: Self.gluedWord), !isCommonWord(s, s + 2, at: Self.frontWord) {
            surnameLength = 2   // not 省长黄强视频: a common word (视频) is no given name
        }
        else if lexicons.surnames.contains(text[s]) { surnameLength = 1 }
        else { return false }
        if lexicons.notNames.contains(text, s, e) || lexicons.titlesForward.contains(text, s, e) || lexicons.organizationTrie.contains(text, s, e) { return false }
        // 国务院副总理韩正应邀赴…, 丁薛祥应邀: a last character that opens a word written after names (应邀, 同志) belongs
        // to that word, unless such a word follows the whole name (李克强调研).
        if n - surnameLength == 2, (lexicons.nameFollowers.longest(in: text, at: e - 1) ?? 0) >= 2,
           lexicons.nameFollowers.longest(in: text, at: e) == nil { return false }
        // 向总统和议员施压: two characters that make a verb written often are that verb, even after a title.
        if n == 2, isCommonWord(s, e, at: Self.commonName, kinds: [.verb]) { return false }
        // 习主席, 毛处长, 姚师傅: a surname and a title or a word of address are a way of naming someone, not a name.
        if lexicons.titlesForward.contains(text, s + surnameLength, e) || lexicons.addressWords.contains(text, s + surnameLength, e) { return false }
        // Unless a title says a name comes (国家主席朱马里): a surname character before a country (向德国), a country or
        // a province and one character (伊朗曾表示, 江苏淮安…抵达) are no name; a surname before a city of China is
        // (朱大庆).
        if n == 3, surnameLength == 1, !delimited, !titleBefore, lexicons.foreignPlacesForward.contains(text, s + 1, e)
            || lexicons.foreignPlacesForward.longest(in: text, at: s, limit: e) == 2 || lexicons.chinaPlaces.longest(in: text, at: s, limit: e) == 2 { return false }
        // 单位要, 高度重: an ordinary word at the front is no surname and given name; nor is a common verb or
        // adverb (回信中总书记), unless a title says a name comes.
        if n == 3, !delimited, lexicons.notNames.contains(text, s, s + 2) { return false }
        if n == 3, !delimited, s > 0, !titleBefore, isCommonWord(s, s + 2, at: Self.gluedWord, kinds: [.verb, .adverb]) { return false }
        // 总理政府工作报告, 农业部, 江苏淮安: a surname and a given character that make a word written very often
        // (e^8 ≈ 3,000: 政府, 农业, 江苏) open that word, title or list or not (王国强 keeps: 王国 is rarer).
        if n == 3, surnameLength == 1, isCommonWord(s, s + 2, at: Self.frontWord, kinds: Self.frontKinds) { return false }
        let given = n - surnameLength
        guard given >= 1, given <= 2 else { return false }
        // 时任包头, 缺席判处, 了解习: the first character closes a word before it; 古巴外交, 贝宁驻华: it closes a place.
        // A title just before the name decides (董事长江丙坤 is no 长江).
        if s > 0, !titleBefore,
           lexicons.surnameWordEnds.longest(in: text, at: s + 1, limit: max(0, s - 4)) != nil
            || (lexicons.foreignPlaces.longest(in: text, at: s + 1, limit: max(0, s - 6)) ?? 0) >= 2
            || (2...4).contains(where: { k in s + 1 - k >= 0 && lexicons.chinaPlaces.longest(in: text, at: s + 1 - k, limit: s + 1) == k }) { return false }
        // 会见桑给|巴尔总统, 伊朗|外长: no name is the tail of a place, nor runs into a title that starts inside it.
        if !titleBefore, isTailOfPlace(s, e) { return false }
        if titleRunsOn(s, e) { return false }
        // 《方案》: a title in book marks is no name.
        if s > 0, e < text.count, text[s - 1] == "《", text[e] == "》" { return false }
        // 应普京邀请, 很高兴应…邀请: 应 there means "at the invitation of".
        if let ying = (s..<e).first(where: { text[$0] == "应" }), text.find("邀请", from: ying + 1, to: min(text.count, ying + 26)) != nil { return false }
        // 向我新当选…: a given name opening with a personal pronoun is a word before that pronoun.
        if e > s + surnameLength, Self.pronouns.contains(text[s + surnameLength]) { return false }
        // 成员商讨应对: a surname and given character making a verb, and a last character opening a word with what follows,
        // are words glued across the clause, no name.
        if given == 2, !delimited, surnameLength == 1, e < text.count, isCommonWord(s, s + 2, at: Self.gluedWord, kinds: [.verb]),
           isCommonWord(e - 1, e + 1, at: Self.gluedWord, kinds: [.verb, .verbalNoun, .noun]) { return false }
        // 政府部门、商协会、企业: a given name that is a body's suffix (协会, 银行) ends a body's name, list or not.
        if given == 2, (lexicons.orgSuffixes.longest(in: text, at: e, limit: s + surnameLength) ?? 0) == 2 { return false }
        // 向中方: a given name that is an ordinary word.
        if given == 2, !delimited, lexicons.notNames.contains(text, s + surnameLength, e) { return false }
        // The general vocabulary (which holds no names of persons): a province or a city is a place (安徽省); in
        // running text a common noun is no name (战车, 诺基亚), nor a surname before one (向媒体, 江两岸).
        let vocabulary = lexicons.segmenter.vocabulary
        if vocabulary.kind(text, s, e) == .place, Lexicons.adminSuffixes.contains(text[e - 1]) { return false }
        if !delimited, let kind = vocabulary.kind(text, s, e), Self.commonKinds.contains(kind),
           (vocabulary.logFrequency(text, s, e) ?? 0) >= Self.commonName { return false }
        if given == 2, !delimited, let kind = vocabulary.kind(text, s + surnameLength, e), kind == .noun || kind == .verbalNoun || kind == .locative,
           (vocabulary.logFrequency(text, s + surnameLength, e) ?? 0) >= Self.commonGiven { return false }
        // 地处长江上游, 将于明天, 宣布前来: a given name that is a word of place, time or grammar written often (上游,
        // 明天, 只有, 本国) is that word after a character that only looks like a surname, title before it or not
        // (明明 and 一心 are given names: written less often, or adverbs).
        if given == 2, !delimited, let word = vocabulary.entry(text, s + surnameLength, e), let floor = Self.functionGiven[word.kind],
           word.logFrequency >= floor { return false }
        // 代表应具备, 代表回想起: a surname character that is itself a verb, preposition or adverb, before a verb written
        // often, is that word before a verb, title or not (杨发明 and 张合成 are names: 杨 and 张 are no such words).
        if given == 2, !delimited, surnameLength == 1, vocabulary.kind(text, s + 1, e) == .verb,
           (vocabulary.logFrequency(text, s + 1, e) ?? 0) >= Self.commonGiven,
           let front = vocabulary.kind(text, s, s + 1), Self.verbalKinds.contains(front) || front == .pronoun { return false }
        // 候任联大主席: a surname character that is itself a verb or preposition, before a place written often or a
        // known body, is that word before it (王长春 keeps: 王 is no such word). Not in a list or after a title: 司令员于长江,
        // 村委会主任向长江, 于广州、黄丽云 are names.
        if given == 2, surnameLength == 1, !delimited, !titleBefore, isVerbBeforePlace(s, e) { return false }
        // 向当选, 李出席: a given name that is a verb names follow is a surname character before that verb.
        if given == 2, !delimited, lexicons.nameFollowers.longest(in: text, at: s + surnameLength, limit: e) == 2 { return false }
        // A name whose end is known (a list piece) may hold any given character (王会生, 魏凤和); in running
        // text, characters that do not end names decide where it stops.
        if !delimited { for k in (s + surnameLength)..<e where notGiven.contains(text[k]) { return false } }
        if delimited, notLast.contains(text[e - 1]) { return false }
        return true
    }

    /// 来澳门, 任联大: a character that is a verb, preposition or pronoun before a place written often or a known body of two
    /// characters is that word before it, not a surname before a given name.
    func isVerbBeforePlace(_ s: Int, _ e: Int) -> Bool {
        let vocabulary = lexicons.segmenter.vocabulary
        // (加西亚 is a name: every character spells transliterations.)
        guard e - s == 3, let front = vocabulary.kind(text, s, s + 1), Self.verbalKinds.contains(front) || front == .pronoun,
              !isTransliterated(s, e) else { return false }
        return vocabulary.kind(text, s + 1, e) == .place && (vocabulary.logFrequency(text, s + 1, e) ?? 0) >= Self.placeGiven
            || lexicons.organizationTrie.contains(text, s + 1, e)
    }

    /// Kinds of vocabulary words that are no name in running text, and how often such a word must be written:
    /// e^5.7 ≈ 300 for the whole name (战车 906), e^7.6 ≈ 2,000 for a given name (媒体, 两岸; not 建国, a place).
    static let commonKinds: Set<WordClass> = [.noun, .verbalNoun, .verb, .proper, .other, .locative, .adverb, .numeral, .adjective]
    /// Kinds of words that are no given name, and how often such a word must be written: e^6.2 ≈ 500 (沿线 553), and
    /// e^7.6 ≈ 2,000 for words of time (明天 3,264; not 明明, 1,305).
    static let functionGiven: [WordClass: Float] = [.locative: 6.2, .conjunction: 6.2, .pronoun: 6.2, .preposition: 6.2, .particle: 6.2, .time: 7.6]
    static let commonName: Float = 5.7
    /// How often a place must be written to be no given name after a verb that looks like a surname: e^6 ≈ 400.
    static let placeGiven: Float = 6.0
    static let frontWord: Float = 8.0
    static let frontKinds: Set<WordClass> = [.noun, .verbalNoun, .verb, .adverb, .adjective, .time, .place, .preposition, .conjunction, .pronoun]
    static let pronouns: ScalarSet = ScalarSet("我你他她")
    static let commonGiven: Float = 7.6

    /// A word of the general vocabulary written often, and no proper noun: 特别 (of 特别代表) is no foreign name.
    func isCommonWord(_ s: Int, _ e: Int) -> Bool {
        let vocabulary = lexicons.segmenter.vocabulary
        guard let kind = vocabulary.kind(text, s, e), kind != .proper, kind != .place, kind != .lexicon else { return false }
        return (vocabulary.logFrequency(text, s, e) ?? 0) >= Self.commonName
    }

    /// A word that follows names starts at `k` inside a foreign name's last part, ending it there; one of a single
    /// character between transliterating ones spells the name instead (亚当斯, not 克里|当天).
    func followerSplits(_ k: Int, _ limit: Int) -> Bool {
        guard let n = lexicons.nameFollowers.longest(in: text, at: k, limit: limit) else { return false }
        let spells = k > 0 && k + 1 < limit && (k - 1...k + 1).allSatisfy { lexicons.transliteration.contains(text[$0]) }
        return n > 1 || !spells
    }

    /// The · of 劳尔·卡斯特罗, or a single hyphen or dash between the parts of one (布特罗斯-加利, 托宁—施密特).
    func isJoiner(_ k: Int) -> Bool {
        let c = text[k]
        if c == "·" { return true }
        guard c == "-" || c == "—" || c == "‐", k > 0, k + 1 < text.count else { return false }
        return text[k - 1].isHan && text[k + 1].isHan
    }

    /// A place, or a candidate ending in a foreign one: 张家口, 厄瓜多尔, 席美国 (出席美国…), 另据俄罗斯.
    /// `whole`: only a place written whole is one (科罗马 is a name that ends in 罗马; 于罗马 is not).
    public func isPlace(_ s: Int, _ e: Int, whole: Bool = false) -> Bool {
        lexicons.chinaPlaces.contains(text, s, e) || (lexicons.foreignPlaces.longest(in: text, at: e, limit: s) ?? 0) >= (whole ? e - s : 2)
    }

    /// A country or city that starts inside the candidate and runs past its end: 向英|国王室, 席中|俄… .
    func placeRunsOn(_ s: Int, _ e: Int) -> Bool {
        (s + 1..<e).contains { k in (lexicons.foreignPlacesForward.longest(in: text, at: k) ?? 0) > e - k }
    }

    /// A place of the vocabulary that starts before `s` and ends at `e`: 桑给巴尔 for 巴尔, 巴厘 for 厘.
    func isTailOfPlace(_ s: Int, _ e: Int) -> Bool {
        // 阿尔及|利亚总统: the places lexicon knows longer names than the vocabulary does.
        if s > 0, (lexicons.foreignPlaces.longest(in: text, at: e, limit: max(0, s - 8)) ?? 0) > e - s { return true }
        return s > 0 && e - s < Vocabulary.maxLength && (max(0, e - Vocabulary.maxLength)..<s).contains { lexicons.segmenter.vocabulary.kind(text, $0, e) == .place }
    }

    /// A title that starts inside the candidate and runs past its end: 伊朗外|长, 王毅外|长.
    func titleRunsOn(_ s: Int, _ e: Int) -> Bool {
        (s + 1..<e).contains { k in (lexicons.titlesForward.longest(in: text, at: k) ?? 0) > e - k }
    }

    /// The kind of the longest word written very often that starts at the character before `e` and runs past it
    /// (成为 for 马杜罗|成为).
    func wordAcrossEnd(_ e: Int, limit: Int) -> WordClass? {
        guard e > 0, e < limit else { return nil }
        for n in stride(from: min(Vocabulary.maxLength, limit - e + 1), through: 2, by: -1) where isCommonWord(e - 1, e - 1 + n, at: Self.acrossNameEnd) {
            return lexicons.segmenter.vocabulary.kind(text, e - 1, e - 1 + n)
        }
        return nil
    }
    static let verbalKinds: Set<WordClass> = [.verb, .adverb, .preposition, .conjunction]
    /// e^9 ≈ 8,000: 成为 (35,966), 却是; not 复出 (221) or 意在 (355), which names run into by chance.
    static let acrossNameEnd: Float = 9.0

    /// A common word of two characters or more written at `k` (必须, 定于, 开会, 博士, 视频): a transliterated part
    /// that runs into one ends before it (巴沙尔·阿萨德|必须留任, 特雷莎·梅|定于, 查尔斯·雷|开会).
    func startsCommonWord(at k: Int, limit: Int) -> Bool {
        // 希基|因涉嫌, 阿纳斯塔夏季斯: a word that starts with a transliterating character may be spelling the name.
        guard k < text.count, !lexicons.transliteration.contains(text[k]) else { return false }
        return (2...Vocabulary.maxLength).contains { n in k + n <= limit && isCommonWord(k, k + n, at: Self.gluedWord) }
    }

    /// A word of the general vocabulary of a common kind (noun, verb, adverb …) written at least e^`floor` times.
    func isCommonWord(_ s: Int, _ e: Int, at floor: Float, kinds: Set<WordClass> = gluedKinds) -> Bool {
        let vocabulary = lexicons.segmenter.vocabulary
        guard let kind = vocabulary.kind(text, s, e), kinds.contains(kind) else { return false }
        return (vocabulary.logFrequency(text, s, e) ?? 0) >= floor
    }
    static let gluedKinds: Set<WordClass> = [.noun, .verbalNoun, .verb, .adverb, .numeral, .adjective, .preposition, .conjunction, .pronoun]

    /// Common words from end to end (网站|消息): no foreign name, whatever title comes before it.
    func isCommonPhrase(_ s: Int, _ e: Int) -> Bool {
        lexicons.segmenter.words(text, s, e).allSatisfy { word in
            word.length >= 2 && word.kind.map { Self.gluedKinds.contains($0) } == true && word.logFrequency >= Self.gluedWord
        }
    }
    /// e^5 ≈ 150: 定于 (255), 必须, 博士; not the rare words transliterations spell by chance.
    static let gluedWord: Float = 5.0

    /// 魏凤和同志: 和 right before 同志 ends a name and joins nothing (not 胡锦涛和同志们, and comrades).
    static func endsNameBeforeComrade(_ text: TextBuffer, at k: Int, limit: Int) -> Bool {
        text[k] == "和" && k + 3 <= limit && text.matches("同志", at: k + 1) && (k + 3 == limit || text[k + 3] != "们")
    }

    /// Written in transliteration characters only, as a foreign name without a · must be (杜特尔特, not 弹劾).
    public func isTransliterated(_ s: Int, _ e: Int) -> Bool {
        (s..<e).allSatisfy { lexicons.transliteration.contains(text[$0]) }
    }

    /// A foreign name written without a · after a foreign leader's title (美国总统奥巴马在…): a run of transliteration
    /// characters, as long as it can be, that ends where names end and is no place.
    /// `shortest` and `ends` tell how short it may be and what must follow it (by default, what follows names).
    public func transliteratedNameLength(at i: Int, limit: Int, shortest: Int = 2, ends: ((Int) -> Bool)? = nil) -> Int? {
        var n = 0
        while i + n < limit, n < 6, lexicons.transliteration.contains(text[i + n]) { n += 1 }
        // 欧佩克, 欧盟曾: a known body is no foreign name.
        guard n >= shortest, lexicons.titlesForward.longest(in: text, at: i) == nil,
              lexicons.organizationTrie.longest(in: text, at: i, limit: limit) ?? 0 < 2 else { return nil }
        // 纳吉布于当地时间: a transliteration ends in 于 only where another transliterating character follows.
        for m in stride(from: n, through: shortest, by: -1) where (ends?(i + m) ?? endsName(at: i + m, limit: limit))
            && (text[i + m - 1] != "于" || i + m < limit && lexicons.transliteration.contains(text[i + m]) && !isCommonWord(i + m, min(limit, i + m + 2), at: Self.gluedWord))
            && !isPlace(i, i + m, whole: text[i] != "于") && !lexicons.notNames.contains(text, i, i + m) {
            return m
        }
        return nil
    }

    /// Does a name that ends at `j` end there: punctuation, a title, or a word that follows names?
    public func endsName(at j: Int, limit: Int) -> Bool {
        if j >= limit || j >= text.count { return true }
        let c = text[j]
        if !c.isHan { return !isJoiner(j) }
        return lexicons.nameFollowers.longest(in: text, at: j) != nil || lexicons.titlesForward.longest(in: text, at: j) != nil
    }

    /// The length of a name that starts at `i` and ends cleanly before `limit`.
    public func nameLength(at i: Int, limit: Int) -> Int? {
        if let foreign = foreignNameLength(at: i, limit: limit) { return foreign }
        for n in [3, 2, 4] where i + n <= limit && isName(i, i + n) && endsName(at: i + n, limit: limit) {
            // 魏宏陪同: a follower of two characters or more that starts inside the name ends it sooner.
            if n == 3, (lexicons.nameFollowers.longest(in: text, at: i + 2, limit: limit) ?? 0) >= 2, isName(i, i + 2) { return 2 }
            // 会见孔特时, : 时 closing a clause of time after a two-character name.
            if n == 3, text[i + 2] == "时", i + 3 >= limit || !text[i + 3].isHan, isName(i, i + 2) { return 2 }
            // 姜鹏正带领: 正 (now, just then) before a verb that follows names is no given-name character there; before a
            // word of time or of saying it is (吴光正日前…表示, 吴光正表示).
            if n == 3, text[i + 2] == "正", let f = lexicons.nameFollowers.longest(in: text, at: i + 3, limit: limit),
               lexicons.timeWords.longest(in: text, at: i + 3, limit: limit) == nil,
               lexicons.attendance[text.slice(i + 3, i + 3 + f)]?.kind != .remark, isName(i, i + 2) { return 2 }
            // 魏凤和、李作成: three characters up to a list mark are one name, though 和 also follows names.
            if n == 2, i + 3 < limit, Self.listMarks.contains(text[i + 3]), isName(i, i + 3, delimited: true) { return 3 }
            // 魏凤和作了说明, 康京和呼吁, 包信和先后发言: 和 right before a word of attendance, a word of two characters
            // that follows names, or an adverb of the clause joins nothing; it ends the name (not 汪洋和代表团, 郭佳和同事们).
            if n == 2, i + 3 < limit, text[i + 2] == "和", lexicons.attendanceTrie.longest(in: text, at: i + 3, limit: limit) != nil
                || (lexicons.nameFollowers.longest(in: text, at: i + 3, limit: limit) ?? 0) >= 2 || lexicons.clauseAdverbs.longest(in: text, at: i + 3, limit: limit) ?? 0 >= 2,
               isName(i, i + 3, delimited: true) { return 3 }
            if n == 2, i + 2 < limit, Self.endsNameBeforeComrade(text, at: i + 2, limit: limit), isName(i, i + 3, delimited: true) { return 3 }
            // 马杜罗|成为: a verb or adverb written very often that starts at the last character and runs on takes it
            // (not a rarer one, 黄孟复|出席, 伍廷意|在; nor an adjective or noun, 谢海平|等, 阎京华|表示); so does a word
            // that follows names (卢拉|致慰问电). The name is one shorter, or there is none.
            if n >= 3, wordAcrossEnd(i + n, limit: limit).map({ Self.verbalKinds.contains($0) }) == true
                || n == 3 && lexicons.nameFollowers.longest(in: text, at: i + 2, limit: i + 3) == 1 {
                return isName(i, i + n - 1) ? n - 1 : nil
            }
            return n
        }
        return nil
    }

    /// A name ending at `j` with a clean start before it.
    public func nameStart(endingAt j: Int, floor: Int) -> Int? {
        for n in [3, 2, 4] {
            let s = j - n
            guard s >= floor, isName(s, j) else { continue }
            if s == floor || Self.beforeName.contains(text[s - 1]) || lexicons.titles.longest(in: text, at: s) != nil { return s }
        }
        return nil
    }

    public func foreignNameLength(at i: Int, limit: Int) -> Int? {
        var j = i, lastDot: Int?
        while j < limit, text[j].isHan || isJoiner(j), j - i <= 24 {
            if !text[j].isHan { lastDot = j }
            j += 1
        }
        guard let dot = lastDot else { return nil }
        // The last part ends where a verb or title glued to it begins (…鲁斯将于, …鲁斯出席).
        var cut = j
        var k = dot + 2
        while k < j {
            // 约翰娜·西于尔扎多蒂: 于 between transliterating characters spells the name; before 当地时间 it does not.
            let spells = lexicons.transliteration.contains(text[k]) && k + 1 < j && lexicons.transliteration.contains(text[k + 1])
            // A common word ends the name only after a clean transliteration (特雷莎·梅|定于, not 英格利希到|机场).
            let glued = startsCommonWord(at: k, limit: limit) && isTransliterated(dot + 1, k)
            if notGiven.contains(text[k]) && !spells || followerSplits(k, j)
                || lexicons.titlesForward.longest(in: text, at: k) != nil || glued { cut = k; break }
            k += 1
        }
        return isName(i, cut) ? cut - i : nil
    }

    /// The same name before its title (同杜特尔特总统): back to a character names follow.
    public func foreignName(endingAt e: Int, floor: Int) -> Int? {
        guard let n = lexicons.titlesAfterName.longest(in: text, at: e), Self.leaderTitles.contains(text.slice(e, e + n)),
              lexicons.titleCompounds.longest(in: text, at: e) == nil else { return nil }
        var s = e
        while s > floor, e - s < 5, text[s - 1].isHan, !Self.beforeName.contains(text[s - 1]), !notGiven.contains(text[s - 1]) { s -= 1 }
        // 阿库福-阿多总统: a hyphenated name goes on before its last part.
        if s - 1 > floor, isJoiner(s - 1) {
            var k = s - 1
            while k > floor, e - k < 12, text[k - 1].isHan, lexicons.transliteration.contains(text[k - 1]) { k -= 1 }
            if k < s - 1, isName(k, e) { return k }
        }
        guard s == floor || Self.beforeName.contains(text[s - 1]) || !text[s - 1].isHan else { return nil }
        // 沙特萨勒曼国王: a country before the name is not part of it.
        if let p = lexicons.foreignPlacesForward.longest(in: text, at: s, limit: e), e - s - p >= 2 { s += p }
        // In running text only transliteration characters make a foreign name (杜特尔特总统, not 弹劾总统).
        return plausibleForeign(s, e) && isTransliterated(s, e) ? s : nil
    }

    /// Titles after which only foreign leaders are named (Chinese ones come with a surname the lexicon knows).
    static let leaderTitles: Set<String> = ["总统", "副总统", "首相", "国王", "女王", "王储", "亲王", "国务卿", "总督"]
    /// Last characters of places and bodies, not of people (美国总统, 中方代表).
    static let notForeignEnd: ScalarSet = ScalarSet("国省市州方部党会院局府邦岛洲前时其已则曾处厅署")
    /// First characters that make a word with a title before them (主席台, 主席团), or begin no name.
    static let notForeignStart: ScalarSet = ScalarSet("台团名签等会议部前后们")

    func plausibleForeign(_ s: Int, _ e: Int) -> Bool {
        guard e - s >= 2, !isPlace(s, e, whole: isTransliterated(s, e)), !isTailOfPlace(s, e), lexicons.organizationTrie.longest(in: text, at: s, limit: e) ?? 0 < 2, !Self.notForeignEnd.contains(text[e - 1]), !Self.notForeignStart.contains(text[s]), e - s <= 5 || e - s <= 8 && isTransliterated(s, e), !lexicons.notNames.contains(text, s, e), !isName(s, min(e, s + 3)) || e - s > 3, !isVerbBeforePlace(s, e) else { return false }
        // 总理政府工(作报告): a word written very often at the front opens that word, unless every character spells.
        if isCommonWord(s, s + 2, at: Self.frontWord, kinds: Self.frontKinds), !isTransliterated(s, e) { return false }
        return lexicons.orgSuffixes.longest(in: text, at: e, limit: s) == nil && lexicons.groupHeads.longest(in: text, at: e, limit: s) == nil
            && !(s..<e).contains { lexicons.titlesForward.longest(in: text, at: $0, limit: e) != nil }
    }

    /// Splits a list piece such as 国务院安委会副主任杨焕宁 into its title and its name.
    public func split(_ piece: Span) -> (title: Span?, name: Span?) {
        // A group first: 有关部门负责同志 ends in a group word, and its 同志 is part of it.
        if lexicons.groupHeads.longest(in: text, at: piece.end, limit: piece.start).map({ $0 > 2 || piece.length <= 2 }) == true {
            return (piece, nil)
        }
        var span = piece
        for tail in ["同志", "等"] where span.length > tail.count && text.matches(tail, at: span.end - tail.count) {
            span.end -= tail.count
        }
        if isName(span.start, span.end, delimited: true) { return (nil, span) }
        // 陪同考察的王沪宁: a description ending in 的, then the name.
        if let de = (span.start..<span.end).last(where: { text[$0] == "的" }), de > span.start, isName(de + 1, span.end, delimited: true) {
            return (nil, Span(de + 1, span.end))
        }
        if let dot = (span.start..<span.end).first(where: { isJoiner($0) }) {
            // The name starts after the last title word before the first ·.
            var start = span.start
            for p in stride(from: dot, through: span.start + 1, by: -1) where lexicons.titles.longest(in: text, at: p) != nil {
                start = p; break
            }
            if isName(start, span.end) { return (start > span.start ? Span(span.start, start) : nil, Span(start, span.end)) }
        }
        for n in [3, 2, 4] {
            let s = span.end - n
            guard s > span.start, isName(s, span.end, delimited: true), lexicons.titles.longest(in: text, at: s) != nil else { continue }
            return (Span(span.start, s), Span(s, span.end))
        }
        // A title after the name: 张德江委员长, 华建敏副委员长.
        for n in [3, 2, 4] where span.start + n < span.end && isName(span.start, span.start + n) {
            if let t = lexicons.titlesForward.longest(in: text, at: span.start + n), span.start + n + t == span.end {
                return (Span(span.start + n, span.end), Span(span.start, span.start + n))
            }
        }
        // A foreign name before its title: 迈特帕里总督 (all transliteration characters, a title of foreign leaders).
        for n in stride(from: min(8, span.length - 2), through: 2, by: -1) where isTransliterated(span.start, span.start + n) {
            if let t = lexicons.titlesForward.longest(in: text, at: span.start + n), span.start + n + t == span.end,
               lexicons.foreignTitles.longest(in: text, at: span.end, limit: span.start + n) == t, plausibleForeign(span.start, span.start + n) {
                return (Span(span.start + n, span.end), Span(span.start, span.start + n))
            }
        }
        // A foreign name after a title, without a surname to recognise it: 中非总统博齐泽.
        // Six to eight characters only in transliteration ones (格鲁埃夫斯基, 别尔德穆哈梅多夫).
        for n in [2, 3, 4, 5, 6, 7, 8] where span.end - n - 2 >= span.start {
            let s = span.end - n
            guard lexicons.foreignTitles.longest(in: text, at: s, limit: span.start) != nil, plausibleForeign(s, span.end),
                  (s..<span.end).allSatisfy({ text[$0].isHan && !notGiven.contains(text[$0]) }),
                  n >= 3 && isTransliterated(s, span.end) || !isName(s, min(s + 3, span.end)) && !isName(s, s + 2),
                  !lexicons.notNames.contains(text.slice(s, span.end)), !isCommonWord(s, span.end),
                  // 两度, 总统网站消息: common words, one or more, are no transliteration.
                  !isCommonPhrase(s, span.end),
                  lexicons.titlesForward.longest(in: text, at: s) == nil, lexicons.groupHeads.longest(in: text, at: span.end, limit: s) == nil,
                  // 总理|赴缅: a verb before names and places (赴, 回) starts no transliteration (让 does: 让-维尔迪耶).
                  lexicons.verbsBeforeName.longest(in: text, at: s, limit: span.end) == nil || lexicons.transliteration.contains(text[s]),
                  lexicons.orgSuffixes.longest(in: text, at: span.end, limit: s) == nil,
                  !(s..<span.end).contains(where: { lexicons.nameFollowers.longest(in: text, at: $0, limit: span.end) != nil
                      || lexicons.timeWords.longest(in: text, at: $0, limit: span.end) != nil }) else { continue }
            return (Span(span.start, s), Span(s, span.end))
        }
        // 斐济总理姆拜尼马拉马总理: a title again after a name that the rest reads as, with its title before it.
        if let t = (2...5).first(where: { span.length - $0 >= 4 && lexicons.titlesAfterName.longest(in: text, at: span.end - $0, limit: span.end) == $0 }) {
            let rest = Span(span.start, span.end - t)
            if case let (title?, name?) = split(rest), name.end == rest.end, title.start == rest.start { return (title, name) }
        }
        if lexicons.titles.longest(in: text, at: span.end) != nil || lexicons.groupHeads.longest(in: text, at: span.end) != nil {
            return (span, nil)
        }
        return (nil, nil)
    }
}
