/// Reads a run of people as officials write them: titles joined by 、 before one name, bare names that share
/// the title before them, a title after a name (张德江委员长), comma-separated groups, and unnamed groups
/// (各专项组组长、副组长; 中共中央、国务院有关部门负责人).
struct PeopleList {
    struct Person { var name: Span; var titles: [Span] }
    struct Group { var name: String; var span: Span }

    var persons: [Person] = []
    var groups: [Group] = []
    /// Where the list really starts: pieces before it did not read as people.
    var start: Int

    init(_ region: Span, names: NameReader) {
        let text = names.text
        start = region.start
        var pendingTitles: [Span] = []
        var sharedTitles: [Span] = []
        var pendingGroups: [Span] = []
        var unknown: Span?
        var unknownPieces = 0   // how many pieces `unknown` runs over
        func reset(after span: Span) {
            persons.removeAll(); groups.removeAll(); pendingTitles = []; pendingGroups = []; sharedTitles = []
            start = span.end
        }
        for clause in Clauses.split(text, region, at: [","]) {
            sharedTitles = []
            let clausePieces = Self.pieces(clause, names)
            let bareNames = clausePieces.filter { names.split($0) == (nil, $0) }.count
            for piece in clausePieces {
                var (title, name) = names.split(piece)
                // In a run of bare names, a short piece with a surname the lexicon lacks is still a name (向巴平措).
                if title == nil, name == nil, bareNames >= 2, Self.couldBeName(piece, names) { name = piece }
                // 中央和国家机关有关部门、各省区市、新疆生产建设兵团负责同志: unknown pieces in a row all wait for the
                // group word that may end the last. Until it does, a list with no one in it yet starts after them;
                // people read before them stay (伍戈等专家和徐工集团、浙江泰隆银行、美团网负责人).
                if let u = unknown, title == nil, name == nil {
                    if persons.isEmpty { reset(after: u) }
                    unknown = Span(u.start, piece.end); unknownPieces += 1
                    continue
                }
                if let u = unknown {
                    unknown = nil
                    defer { unknownPieces = 0 }
                    // 中共中央、国务院有关部门负责人: an unknown piece before a group word belongs to the group.
                    if name == nil, let t = title { title = Span(u.start, t.end); start = min(start, u.start) }
                    // 乍得总统代比 after titled people, 约旦国王阿卜杜拉二世 before one: a titled person whose name did not
                    // read is passed over, not a sign that the people around it are none.
                    else if unknownPieces == 1, !persons.isEmpty || title != nil && name != nil, Self.titledPerson(u, names) {}
                    else { reset(after: u) }
                }
                switch (title, name) {
                case (let t?, let n?):
                    let after = t.start >= n.end
                    let titles = pendingTitles + (after ? [t] : Self.splitJoined(t, text))
                    persons.append(Person(name: n, titles: titles))
                    sharedTitles = after ? [] : titles; pendingTitles = []; pendingGroups = []
                case (nil, let n?):
                    persons.append(Person(name: n, titles: pendingTitles.isEmpty ? sharedTitles : pendingTitles))
                    if !pendingTitles.isEmpty { sharedTitles = pendingTitles }
                    pendingTitles = []; pendingGroups = []
                case (let t?, nil):
                    pendingTitles.append(contentsOf: Self.splitJoined(t, text)); pendingGroups.append(t)
                case (nil, nil):
                    unknown = piece; unknownPieces = 1
                }
            }
            // 于广州、…、张兴凯等12位常委: the title after the count is the title of each bare name of the clause.
            if let t = Self.titleAfterCount(clause, names) {
                for i in persons.indices where persons[i].titles.isEmpty && persons[i].name.start >= clause.start && persons[i].name.end <= t.start {
                    persons[i].titles = [t]
                }
            }
            if let u = unknown, clause.end > u.end { reset(after: u); unknown = nil }
            flushGroups(&pendingGroups, text, names.lexicons)
            pendingTitles = []
        }
        if let u = unknown { reset(after: u) }
    }

    /// A piece that reads as a title and a name the reader could not confirm: a title word ends inside it, a short
    /// run of characters after it that could be a name (受委员长会议委托 is none: 议 is no character of names).
    static func titledPerson(_ piece: Span, _ names: NameReader) -> Bool {
        let text = names.text
        guard piece.length >= 3 else { return false }
        return (max(piece.start + 2, piece.end - 8)..<piece.end).contains { k in
            (k..<piece.end).allSatisfy({ text[$0].isHan }) && !(k + 1..<piece.end).contains(where: { names.notGiven.contains(text[$0]) && !Self.keptInName.contains(text[$0]) })
                && names.lexicons.titles.longest(in: text, at: k, limit: piece.start) != nil
        }
    }

    /// Characters of clauses are never in names, however a name is written: those that give no Chinese name, less
    /// the ones a transliteration, a surname or a title may hold (日 and 代: 乌日图; 曾; 主, 副, 总 of a title).
    static let keptInName: ScalarSet = ScalarSet("年月日员记席任同主副总兼代表率行们曾")

    static func couldBeName(_ piece: Span, _ names: NameReader) -> Bool {
        let text = names.text, lex = names.lexicons
        // A surname the lexicon lacks (斯泽夫) is taken in a three-character piece that holds no character of clauses
        // and is no word of the vocabulary.
        func unlistedSurname() -> Bool {
            piece.length == 3 && !(piece.start..<piece.end).contains { names.notGiven.contains(text[$0]) }
                && lex.segmenter.vocabulary.logFrequency(text, piece.start, piece.end) == nil
                && lex.segmenter.vocabulary.logFrequency(text, piece.start, piece.start + 2) == nil
        }
        return piece.length >= 2 && piece.length <= 4 && (piece.start..<piece.end).allSatisfy { text[$0].isHan }
            && (lex.surnames.contains(text[piece.start]) || lex.compoundSurnames.contains(text, piece.start, min(piece.end, piece.start + 2)) || unlistedSurname())
            && !lex.notNames.contains(text.slice(piece)) && lex.titles.longest(in: text, at: piece.end, limit: piece.start) == nil
            && lex.groupHeads.longest(in: text, at: piece.end, limit: piece.start) == nil
            && lex.orgSuffixes.longest(in: text, at: piece.end, limit: piece.start) == nil
            && lex.organizations[text.slice(piece)] == nil
            // 王沪宁、栗战书和安徽省、中央有关部门负责同志: a place is no name, however its first character reads;
            // nor is a four-character piece that opens with a place (沈阳机床, 武汉爱帝; 向巴平措 is a name).
            // A name in transliteration that ends in a foreign place's name is one (科罗马).
            && !names.isPlace(piece.start, piece.end, whole: names.isTransliterated(piece.start, piece.end))
            && !(piece.length == 4 && names.isPlace(piece.start, piece.start + 2))
            // 白云电器: four characters ending in a common noun name a firm or a thing, not a person.
            && !(piece.length == 4 && names.isCommonWord(piece.end - 2, piece.end, at: NameReader.gluedWord, kinds: [.noun, .verbalNoun]))
    }

    /// The 、 pieces of a clause; a piece joined by 和/及/以及 splits where its left part is a person.
    static func pieces(_ clause: Span, _ names: NameReader) -> [Span] {
        let text = names.text
        var out: [Span] = []
        for piece in Clauses.split(text, clause, at: ["、"]) {
            var rest = piece
            var k = rest.start + 2
            while k < rest.end - 1 {
                // Not inside a longer word (古巴共和国, 中华人民共和国): 和 there joins nothing.
                for joiner in ["以及", "和", "及", "与"] where text.matches(joiner, at: k) && !Self.insideWord(k, clause, names)
                    && !NameReader.endsNameBeforeComrade(text, at: k, limit: clause.end) {
                    let left = Span(rest.start, k)
                    let right = rest.end - k - joiner.unicodeScalars.count
                    if right >= 2, names.split(left).name != nil {
                        out.append(left)
                        rest = Span(k + joiner.unicodeScalars.count, rest.end)
                        k = rest.start + 1
                        break
                    }
                }
                k += 1
            }
            // 胡锦涛等党和国家领导同志: what follows 等 describes the people before it, up to a word that joins
            // another item to the list (伍戈等专家和|徐工集团、…负责人).
            var joined: Span?
            if let deng = (rest.start + 2..<max(rest.start + 2, rest.end - 1)).first(where: { text[$0] == "等" }),
               names.split(Span(rest.start, deng)).name != nil, names.split(Span(deng + 1, rest.end)).name == nil {
                for k in deng + 2..<max(deng + 2, rest.end - 2) where !Self.insideWord(k, clause, names) {
                    if let n = names.lexicons.listJoiners.longest(in: text, at: k, limit: rest.end), rest.end - k - n >= 2 {
                        joined = Span(k + n, rest.end); break
                    }
                }
                rest.end = deng
            }
            if rest.length > 0 { out.append(rest) }
            if let joined { out.append(joined) }
        }
        return out
    }

    /// The title after 等 and a count of people at the end of a clause's names (…张兴凯等12位常委, …等5名委员).
    static func titleAfterCount(_ clause: Span, _ names: NameReader) -> Span? {
        let text = names.text
        guard let last = Clauses.split(text, clause, at: ["、"]).last,
              let deng = (last.start + 2..<max(last.start + 2, last.end - 2)).first(where: { text[$0] == "等" }) else { return nil }
        var k = deng + 1
        while k < last.end, text[k].isASCIIDigit || Numerals.isNumeral(text[k]) { k += 1 }
        guard k > deng + 1, k < last.end, "位名".unicodeScalars.contains(text[k]) else { return nil }
        k += 1
        guard let n = names.lexicons.titlesForward.longest(in: text, at: k, limit: last.end), n >= 2 else { return nil }
        return Span(k, k + n)
    }

    /// Is the character at `k` inside a word of three or four characters the general vocabulary holds?
    static func insideWord(_ k: Int, _ clause: Span, _ names: NameReader) -> Bool {
        let vocabulary = names.lexicons.segmenter.vocabulary
        for (before, after) in [(1, 2), (2, 1), (1, 3), (2, 2), (3, 1)] where k - before >= clause.start && k + after <= clause.end {
            if vocabulary.kind(names.text, k - before, k + after) != nil { return true }
        }
        return false
    }

    /// 国务委员兼外交部长 → two titles.
    static func splitJoined(_ span: Span, _ text: TextBuffer) -> [Span] {
        var out: [Span] = []
        var s = span.start
        var i = span.start
        while i < span.end {
            if text[i] == "兼", i > s { out.append(Span(s, i)); s = i + 1 }
            i += 1
        }
        if s < span.end { out.append(Span(s, span.end)) }
        return out
    }

    /// 办公室主任、副主任 → 办公室主任, 办公室副主任: a bare title word takes the body of the group before it.
    mutating func flushGroups(_ pending: inout [Span], _ text: TextBuffer, _ lexicons: Lexicons) {
        var body = ""
        for var span in pending {
            // 以及国务院有关部门负责同志: the conjunction that joins the group to the list is no part of it.
            if let n = lexicons.listJoiners.longest(in: text, at: span.start, limit: span.end), n < span.length - 1,
               lexicons.segmenter.words(text, span.start, span.end).first?.length == n {
                span = Span(span.start + n, span.end)
            }
            let whole = text.slice(span)
            let head = lexicons.titles.longest(in: text, at: span.end, limit: span.start) ?? lexicons.groupHeads.longest(in: text, at: span.end, limit: span.start) ?? 0
            if head == span.length || (span.length - head <= 1 && whole.hasPrefix("副")) {
                groups.append(Group(name: body + whole, span: span))
            } else {
                body = text.slice(span.start, span.end - head)
                groups.append(Group(name: whole, span: span))
            }
        }
        pending = []
    }
}
