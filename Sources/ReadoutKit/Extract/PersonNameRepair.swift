/// A name read with a word glued to it (王晨一同, 克里专门, 马克·吕特依然, 巴育时) where the same article names the
/// person more often without it: the shorter name is the person's. Runs after the rules, on one article's names;
/// a name said more often than its prefix (罗富和 three times, 罗富 once) is left as it is. A word before names glued in
/// front (向乔石) goes the same way where the article writes the name alone too; so does a last character that every
/// time opens a verb or adverb written very often that runs on in the text (加尼|正在, 祖马|共同, 陈冬|正在).
enum PersonNameRepair {
    static func apply(to extraction: inout Extraction, _ lexicons: Lexicons, text: TextBuffer) {
        var said: [String: Int] = [:]
        for m in extraction.mentions where m.entity.type == .person { said[m.entity.name, default: 0] += 1 }
        var shorter = gluedAtEnd(extraction.mentions, lexicons, text)
        for (name, count) in said where shorter[name] == nil {
            let scalars = Array(name.unicodeScalars)
            guard scalars.count >= 3 else { continue }
            // The longest proper prefix of two characters or more that is a name here, with at most four more after it.
            for k in stride(from: scalars.count - 1, through: max(2, scalars.count - 4), by: -1) {
                let prefix = String(String.UnicodeScalarView(scalars[0..<k]))
                // What follows must be a word glued on, not more of a foreign name: 乌赫那|·呼日勒苏赫, 穆萨|耶娃,
                // 乌赫那·呼|日勒苏赫 (a character that spells foreign names starts no glued word).
                let rest = scalars[k...]
                // 李强于(当地时间), 纳吉布于, 刘洋常(来到): a preposition or adverb of one character is glued on, whatever it could
                // spell.
                let preposition = rest.count == 1 && [.preposition, .adverb].contains(lexicons.segmenter.vocabulary.kind(TextBuffer(scalars: Array(rest)), 0, 1))
                if "·-—".unicodeScalars.contains(rest.first!) || lexicons.transliteration.contains(rest.first!) && !preposition { continue }
                // …and a word that follows names or ends given names (专访, 出席, 作了, 将): not the rest of a name.
                let tail = TextBuffer(scalars: Array(rest))
                guard !name.unicodeScalars.contains("·") && lexicons.notGivenCharacters.contains(rest.first!) || lexicons.nameFollowers.longest(in: tail, at: 0) != nil
                        || lexicons.verbsBeforeName.longest(in: tail, at: 0) != nil || lexicons.timeWords.longest(in: tail, at: 0) != nil
                        || preposition else { continue }
                if let n = said[prefix], n > count, scalars[k - 1] != "·" { shorter[name] = prefix; break }
            }
        }
        // 向乔石, 和李克强: a word before names glued in front of a name the article also writes alone is that word.
        for name in said.keys where shorter[name] == nil {
            let scalars = Array(name.unicodeScalars)
            guard scalars.count >= 3, !name.contains("·") else { continue }
            let rest = String(String.UnicodeScalarView(scalars[1...]))
            guard said[rest] != nil, lexicons.surnames.contains(scalars[1]) || rest.unicodeScalars.count >= 3 else { continue }
            let front = TextBuffer(scalars: [scalars[0]])
            let kind = lexicons.segmenter.vocabulary.kind(front, 0, 1)
            if NameReader.beforeName.contains(scalars[0]) || kind == .preposition || kind == .conjunction { shorter[name] = rest }
        }
        guard !shorter.isEmpty else { return }
        // Names that lose a glued word only to leave a common word (海军 of 海军陆战队, 游客 of 游客们) are dropped with
        // their facts: what was read was no name at all.
        let dropped = Set(shorter.filter { NameReader(text: TextBuffer($0.value), lexicons: lexicons).isCommonWord(0, $0.value.unicodeScalars.count) }.keys)
        if !dropped.isEmpty {
            extraction.mentions.removeAll { $0.entity.type == .person && dropped.contains($0.entity.name) }
            extraction.facts.removeAll { fact in
                fact.subject.type == .person && dropped.contains(fact.subject.name)
                    || { if case .entity(let key) = fact.object { return key.type == .person && dropped.contains(key.name) }; return false }()
            }
            for name in dropped { shorter[name] = nil }
        }
        apply(shorter, to: &extraction)
    }

    /// Kinds of words that, written very often (e^8.5 ≈ 5,000: 正在, 坐在, 共同), take a name's last character when
    /// they start on it and run on past it.
    static let gluedKinds: Set<WordClass> = [.verb, .adverb, .time, .preposition]
    /// Adverbs and words of time (一同, 生前) take it from any name when written e^6.5 ≈ 650 times or more (not a count:
    /// 刘结一|行).
    static let gluedKindsAfterGiven: Set<WordClass> = [.adverb, .time]
    static let gluedKindsAfterDot: Set<WordClass> = [.time]
    static let gluedAdverbFloor: Float = 6.5
    static let gluedFloor: Float = 8.5

    /// Names of three characters or more whose every mention in the article ends in the first character of such a word
    /// (or in 时 closing a clause): the name is one character shorter. A name also written cleanly (李克强 of 李克强调研
    /// and of 李克强说) keeps its end.
    static func gluedAtEnd(_ mentions: [Mention], _ lexicons: Lexicons, _ text: TextBuffer) -> [String: String] {
        var glued: [String: Bool] = [:]
        let vocabulary = lexicons.segmenter.vocabulary
        for m in mentions where m.entity.type == .person {
            let name = m.entity.name
            guard glued[name] != false else { continue }
            // A mention of the name with its title (党校教授崔海坐) says nothing of where the name ends.
            guard m.surface == name else { continue }
            let e = m.span.end
            guard e > 0 else { continue }
            // A name with a · keeps two characters or more in its last part and gives its last one to a word of time
            // only (吉米·萨维尔|生前, 卡斯特罗|本月; not 萨尔基相|对我国, which reads as 萨尔基|相对 too).
            let lastPart = name.split(separator: "·").last.map { $0.unicodeScalars.count } ?? 0
            let kinds = name.contains("·") ? Self.gluedKindsAfterDot : Self.gluedKindsAfterGiven
            // A Chinese given name may end in the first character of a verb (李连成|为, 李连成|就): there only an adverb
            // or a word of time takes it (陈冬|正在, 汪海江|更加, 劳尔|一同); a transliteration gives way to verbs too.
            let transliterated = NameReader(text: text, lexicons: lexicons).isTransliterated(m.span.start, e)
            // 会见…毛雷尔时, : 时 closing a clause of time.
            if name.unicodeScalars.count >= 3, lastPart >= 3, text[e - 1] == "时", e == text.count || !text[e].isHan { glued[name] = true; continue }
            // A word of two characters or more that follows names right after it (刘结一|同志) says it ends there.
            glued[name] = name.unicodeScalars.count >= 3 && lastPart >= 3 && e < text.count
                && (lexicons.nameFollowers.longest(in: text, at: e) ?? 0) < 2
                && (2...Vocabulary.maxLength).contains { n in
                    guard e - 1 + n <= text.count, let word = vocabulary.entry(text, e - 1, e - 1 + n) else { return false }
                    if kinds.contains(word.kind) { return word.logFrequency >= Self.gluedAdverbFloor }
                    return transliterated && !name.contains("·") && Self.gluedKinds.contains(word.kind) && word.logFrequency >= Self.gluedFloor
                }
        }
        var shorter: [String: String] = [:]
        for (name, isGlued) in glued where isGlued {
            shorter[name] = String(String.UnicodeScalarView(name.unicodeScalars.dropLast()))
        }
        return shorter
    }

    static func apply(_ shorter: [String: String], to extraction: inout Extraction) {
        for i in extraction.mentions.indices where extraction.mentions[i].entity.type == .person {
            let m = extraction.mentions[i]
            guard let to = shorter[m.entity.name] else { continue }
            extraction.mentions[i].entity.name = to
            if m.surface == m.entity.name {
                let cut = m.entity.name.unicodeScalars.count - to.unicodeScalars.count
                extraction.mentions[i].surface = to
                if m.entity.name.hasPrefix(to) { extraction.mentions[i].span.end -= cut } else { extraction.mentions[i].span.start += cut }
            }
        }
        for i in extraction.facts.indices {
            if extraction.facts[i].subject.type == .person, let to = shorter[extraction.facts[i].subject.name] { extraction.facts[i].subject.name = to }
            if case .entity(var key) = extraction.facts[i].object, key.type == .person, let to = shorter[key.name] {
                key.name = to
                extraction.facts[i].object = .entity(key)
            }
        }
        // Two readings of one name may now state the same triple from the same place: keep it once.
        var seen = Set<Fact>()
        extraction.facts.removeAll { !seen.insert($0).inserted }
    }
}
