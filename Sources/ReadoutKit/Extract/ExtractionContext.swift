/// What the rules share while they read one document: the text, the lexicons, the article's date,
/// and what earlier rules found (the meeting the article reports, the names already known).
public struct ExtractionContext {
    public let doc: SegmentedDocument
    public let lexicons: Lexicons
    public internal(set) var dates: DateReader
    public let article: EntityKey
    /// The meeting the article reports; 会议 and 出席会议 refer to it.
    public var mainMeeting: EntityKey?
    public internal(set) var extraction = Extraction()
    /// Person names confirmed by a strong pattern; later mentions of them are recognised anywhere.
    public var knownPersons: Set<String> = []
    var rule = ""
    private var seen = Set<FactKey>()
    private var seenKeys = Set<String>()

    struct FactKey: Hashable { let s: EntityKey; let p: String; let o: FactObject; let span: Span }

    public init(doc: SegmentedDocument, lexicons: Lexicons, articleDate: Day?, articleName: String) {
        self.doc = doc
        self.lexicons = lexicons
        self.dates = DateReader(articleDate: articleDate)
        self.article = EntityKey(.article, articleName)
    }

    public var text: TextBuffer { doc.text }
    public var names: NameReader { NameReader(text: doc.text, lexicons: lexicons) }

    public mutating func setArticleDate(_ day: Day) { dates = DateReader(articleDate: day) }

    /// Records that `span` names an entity; returns the entity's key.
    @discardableResult
    public mutating func mention(_ type: EntityType, _ name: String, _ span: Span) -> EntityKey {
        var key = EntityKey(type, canonical(type, name))
        if type == .person {
            knownPersons.insert(name)
            key.name = distinctPerson(name)
        }
        extraction.mentions.append(Mention(key, surface: doc.slice(span), span: span, rule: rule))
        if type == .organization, extraction.aliases[key] == nil, let short = lexicons.organizationAliases[key.name] {
            extraction.aliases[key] = short
        }
        return key
    }

    /// Where persons are named so far, in text order: rules that must not read a person into a body or a figure's
    /// subject take the persons of one sentence from it with `within`.
    public var personSpans: [Span] { spans(of: .person) }

    /// Where entities of one type are named so far, in text order.
    public func spans(of type: EntityType) -> [Span] {
        extraction.mentions.filter { $0.entity.type == type }.map(\.span).sorted { $0.start < $1.start }
    }

    /// The spans of a sorted list that start inside `range`, found by bisection.
    public static func spans(_ sorted: [Span], within range: Span) -> ArraySlice<Span> {
        var lo = 0, hi = sorted.count
        while lo < hi { let mid = (lo + hi) / 2; if sorted[mid].start < range.start { lo = mid + 1 } else { hi = mid } }
        var end = lo
        while end < sorted.count, sorted[end].start < range.end { end += 1 }
        return sorted[lo..<end]
    }

    /// True the first time a rule asks about `key` in this document: for "said twice, counted once".
    public mutating func firstTime(_ key: String) -> Bool { seenKeys.insert(key).inserted }

    /// Predicates more than one rule may state for the same span (a title read by the official and the
    /// attendance rules); only these are checked for repeats, which keeps the common path free of hashing.
    static let sharedPredicates: Set<String> = [Predicate.title, Predicate.memberOf, Predicate.leads, Predicate.mentions, Predicate.attended,
                                                Predicate.spokeAt, Predicate.presidedOver, Predicate.states, Predicate.partOf, Predicate.serves]

    /// Records a triple; the same triple from the same span is kept once.
    public mutating func fact(_ subject: EntityKey, _ predicate: String, _ object: FactObject, _ span: Span, _ qualifiers: [Qualifier] = []) {
        if Self.sharedPredicates.contains(predicate) {
            guard seen.insert(FactKey(s: subject, p: predicate, o: object, span: span)).inserted else { return }
        }
        extraction.facts.append(Fact(subject, predicate, object, span: span, rule: rule, qualifiers: qualifiers))
    }

    public mutating func fact(_ subject: EntityKey, _ predicate: String, _ object: EntityKey, _ span: Span, _ qualifiers: [Qualifier] = []) {
        fact(subject, predicate, .entity(object), span, qualifiers)
    }

    public mutating func fact(_ subject: EntityKey, _ predicate: String, literal: String, _ span: Span) {
        fact(subject, predicate, .literal(literal), span)
    }

    private var distinctions: [String: String] = [:]
    /// The events reported so far, in the order reported, and the kind of each: what `event(at:)` chooses from
    /// (kept here rather than searched for among all the facts at every attendance).
    private var reported: [(key: EntityKey, span: Span)] = []
    private var eventKinds: [EntityKey: String] = [:]

    /// A person whose name the lexicon says two people share: the one whose clue this article contains.
    mutating func distinctPerson(_ name: String) -> String {
        guard let options = lexicons.personDistinctions[name] else { return name }
        if let known = distinctions[name] { return known }
        let chosen = options.first { doc.text.find($0.clue, from: 0) != nil }?.name ?? name
        distinctions[name] = chosen
        return chosen
    }

    /// Joins short and long forms of a body (中央政法委 → 中共中央政法委员会) through the lexicon.
    public func canonical(_ type: EntityType, _ name: String) -> String {
        if type == .organization, let full = lexicons.organizations[name] { return full }
        return name
    }

    /// Reads the body's sentences, then the headline's only if the body gave no event: a headline names the body's
    /// event a second, shorter way (李强会见津巴布韦总统 over …会见来华出席…的津巴布韦总统姆南加古瓦).
    public mutating func bodyThenHeadline(_ read: (Span, inout ExtractionContext) -> Void) {
        let reported = reportCount
        let paragraphs = doc.paragraphs
        let (titles, body) = (doc.sentences.filter { paragraphs[$0.paragraph].kind == .title }, doc.sentences.filter { paragraphs[$0.paragraph].kind != .title })
        for sentence in body { read(sentence.span, &self) }
        if reportCount == reported {
            for sentence in titles { read(sentence.span, &self) }
        }
    }

    var reportCount: Int { reported.count }

    /// Records that the article reports an event named at `span`, with its kind; returns the event's key.
    @discardableResult
    public mutating func report(_ name: String, _ span: Span, kind: String? = nil) -> EntityKey {
        let (name, span) = doc.slice(span) == name ? quotedWhole(span) : (name, span)
        // 主席会议举行了… after 政协第十三届全国委员会第三十四次主席会议: a shorter name that ends an event reported
        // before it is that event, named again.
        // 庆祝大会暨就职典礼 after 庆祝香港回归祖国20周年大会暨香港特别行政区第五届政府就职典礼, 晋衔仪式 after
        // 中央军委晋升上将军衔仪式, 庆祝大会 after 庆祝中国共产党成立100周年大会: a name of four or more characters
        // written in order inside an earlier one that ends the same way is that event, named short.
        // A headline names the body's event short too (胡锦涛主持中央政治局集体学习 over 中共中央政治局第十三次集体学习),
        // though written before it.
        let length = name.unicodeScalars.count
        let inHeadline = doc.title.map { $0.start <= span.start && span.end <= $0.end } ?? false
        if let earlier = reported.last(where: { let said = untagged($0.key.name)
            return ($0.span.end <= span.start || inHeadline) && said.unicodeScalars.count > length + 1 && (said.hasSuffix(name) || length >= 4 && Self.abbreviates(name, said)) }) {
            extraction.mentions.append(Mention(earlier.key, surface: doc.slice(span), span: span, rule: rule))
            return earlier.key
        }
        // 欢迎晚宴, 中外媒体吹风会: a name of generic words only is this article's event of that name.
        let said = name
        let stored = isGeneric(said) && !articleTag.isEmpty ? "\(said)(\(articleTag))" : said
        let event = mention(.meeting, stored, span)
        fact(article, Predicate.reports, event, span)
        reported.append((event, span))
        if eventKinds[event] == nil {
            let kind = kind ?? lexicons.eventKind(said)
            eventKinds[event] = kind
            fact(event, Predicate.kind, literal: kind, span)
        }
        return event
    }

    /// The event an attendance at `position` belongs to: the last one the article reports before it, of `kind` when
    /// the text says which (出席会议 after a 会见 is at the 会议), else the article's meeting, else one named from the
    /// headline.
    /// `bare`: the word the text names the event by (出席签字仪式): where no event of its kind (other than 会议) is
    /// reported, the event is that word, told apart from others of its name by the article's headline and date.
    /// `named`: the name the text gives it around the verb (河南代表团审议), used where none of its kind is reported.
    public mutating func event(at position: Int, kind: String?, bare: (String, Span)? = nil, named: (String, Span)? = nil) -> EntityKey {
        var best: (key: EntityKey, end: Int)?
        // 参加考察活动: whatever event was reported before, of any kind.
        let kind = bare.map({ lexicons.genericEventWords.contains($0.0) }) == true && reported.contains(where: { $0.span.start <= position }) ? nil : kind
        // 参加上述活动 after 抵达…, 考察…: the activities of a visit, not the arrival that opened it (unless it is all
        // the article reports).
        let passing = kind == nil && reported.contains { $0.span.start <= position && eventKinds[$0.key] != Self.arrivalKind }
        for (key, span) in reported {
            // The last to end: a 会见 whose guest came 出席…运动会开幕式 ends after the 运动会 named inside it.
            guard span.start <= position, best.map({ span.end >= $0.end }) ?? true else { continue }
            if let kind, eventKinds[key] != kind { continue }
            if passing, eventKinds[key] == Self.arrivalKind { continue }
            best = (key, span.end)
        }
        if let best { return best.key }
        if let (name, span) = named { return report(name, span, kind: kind) }
        // 在第二届…高峰论坛开幕式上,…胡锦涛出席开幕式: the word the sentence wrote in full before.
        if let (word, span) = bare, word != "会议", let (name, full) = writtenInFull(word, before: span.start) { return report(name, full, kind: kind) }
        // 第十九届亚洲运动会23日晚在杭州隆重开幕 … 出席开幕式: the opening of the event reported last.
        // Not of a visit's program or a tour (会见 and 开幕式 are two events: 参加会见并出席开幕式).
        if let (word, span) = bare, lexicons.eventParts.contains(word),
           let last = reported.last(where: { $0.span.start <= position && !lexicons.eventParts.contains(where: $0.key.name.hasSuffix)
               && eventKinds[$0.key].map { !lexicons.aboveEventKinds.contains($0) && $0 != InspectionRule.kind && $0 != Self.arrivalKind } ?? true }) {
            return report(last.key.name + word, span, kind: kind)
        }
        if let (word, span) = bare, let kind, kind != "会议" { return articleEvent(word, span, kind: kind) }
        if let m = mainMeeting ?? (kind == nil ? reported.first?.key : nil) { return m }
        // 参加汇报会 where the text names no meeting: the 汇报会 of this article, not a 会议 named after its headline.
        if let (word, span) = bare, word != "会议", !articleTag.isEmpty { return articleEvent(word, span, kind: kind) }
        return meetingForReference()
    }

    /// The name an event word (开幕式) was written with earlier in its sentence: the characters of a name before the
    /// same word, longer than the word by three or more, a time in front left out (上午第二届…开幕式). Nil where the
    /// sentence writes the word bare only, or with a generic name (欢迎仪式).
    func writtenInFull(_ word: String, before position: Int) -> (String, Span)? {
        guard let sentence = doc.sentences.first(where: { $0.span.start <= position && position < $0.span.end })?.span else { return nil }
        let n = word.unicodeScalars.count
        var found: [Int] = []
        var k = sentence.start
        while let at = text.find(word, from: k, to: position) { found.append(at); k = at + 1 }
        for k in found.reversed() {
            // Times in front ((4月26日)上午) are no part of the name.
            let s = MeetingRule().stripLeading(Span(MeetingRule.nameStart(before: k, sentence.start, text, lexicons, limit: k - 40), k + n), text, self).start
            if k - s >= 3, !isGeneric(text.slice(s, k + n)) { return (text.slice(s, k + n), Span(s, k + n)) }
        }
        return nil
    }

    /// The tour reported before `event` with the same host (胡锦涛视察信息支援部队 … 胡锦涛会见…全体代表): the moment is
    /// one of the tour's, and those who 参加活动 were on the tour, as the article first reports it; a stop of the tour
    /// (李强来到查干湖考察) gives the tour the article first reports with its host (李强在吉林松原、长春考察). Not a
    /// guest's tour before the host's 会见 of him, nor a spouse's visit.
    func tour(holding event: EntityKey, before position: Int) -> EntityKey? {
        guard let at = reported.first(where: { $0.key == event })?.span.start else { return nil }
        let host = { (e: EntityKey) in self.extraction.facts.first { $0.predicate == Predicate.attended && $0.object == .entity(e) }?.subject }
        guard let moment = host(event) else { return nil }
        return reported.first { $0.span.start < at && $0.span.start <= position && eventKinds[$0.key] == InspectionRule.kind && host($0.key) == moment }?.key
    }

    /// The events of a visit's program (above_event_kinds.txt) reported before `position`, other than `last`, at
    /// which someone at `last` was found too: what 上述活动 covers besides the last event (会谈, 欢迎仪式 and 欢迎宴会
    /// of one visit share the guest).
    func eventsSharingPeople(with last: EntityKey, before position: Int) -> [EntityKey] {
        let at = { (event: EntityKey) in Set(self.extraction.facts.lazy.filter { $0.predicate == Predicate.attended && $0.object == .entity(event) }.map(\.subject)) }
        let people = at(last)
        guard !people.isEmpty else { return [] }
        var seen: Set<EntityKey> = [last]
        return reported.filter { $0.span.start <= position && eventKinds[$0.key].map(lexicons.aboveEventKinds.contains) == true && seen.insert($0.key).inserted }
            .map(\.key).filter { !at($0).isDisjoint(with: people) }
    }

    /// The event a bare word names in this article (签字仪式, 汇报会), told apart from others of its name by the
    /// article's headline and date.
    mutating func articleEvent(_ word: String, _ span: Span, kind: String?) -> EntityKey {
        report(articleTag.isEmpty ? word : "\(word)(\(articleTag))", span, kind: kind)
    }

    /// Whether an event's name is only generic modifiers and a meeting word (欢迎晚宴, 专题会, 全体会议); 会议 alone is
    /// the article's meeting and has its own path (meetingForReference).
    func isGeneric(_ name: String) -> Bool {
        guard name != "会议" else { return false }
        let text = TextBuffer(name)
        var k = 0
        while true {
            if lexicons.meetingWords.longest(in: text, at: text.count, limit: k) == text.count - k { return true }
            guard let n = lexicons.genericEventModifiers.longest(in: text, at: k, limit: text.count), k + n < text.count else { return false }
            k += n
        }
    }

    /// An event's name without the article's tag a generic name was given (欢迎晚宴(…) → 欢迎晚宴).
    func untagged(_ name: String) -> String {
        let tag = "(\(articleTag))"
        return !articleTag.isEmpty && name.hasSuffix(tag) ? String(name.dropLast(tag.count)) : name
    }

    /// The kind of an arrival on a visit (ArrivalRule): an event the visit's other activities pass over.
    static let arrivalKind = "抵达"

    /// Whether `short` is `long` with characters left out: each of its characters in order, the last two the same.
    static func abbreviates(_ short: String, _ long: String) -> Bool {
        let a = Array(short.unicodeScalars), b = Array(long.unicodeScalars)
        guard a.count >= 2, b.count > a.count, a.suffix(2) == b.suffix(2) else { return false }
        var k = 0
        for c in b where k < a.count && c == a[k] { k += 1 }
        return k == a.count
    }

    /// A name cut inside the quotes it holds takes them whole: “积极应对人口老龄化,促进人口均衡发展”专题协商会 (cut at
    /// the comma inside the quotes), “新加坡讲座” (cut before the closing mark).
    func quotedWhole(_ span: Span) -> (String, Span) {
        var span = span
        let opens = (span.start..<span.end).filter { text[$0] == "“" }.count, closes = (span.start..<span.end).filter { text[$0] == "”" }.count
        if closes > opens, let open = (max(0, span.start - 40)..<span.start).last(where: { text[$0] == "“" }),
           !(open..<span.start).contains(where: { text[$0] == "”" || text[$0] == "。" }) {
            span.start = open
        } else if opens > closes, span.end < text.count, text[span.end] == "”" {
            span.end += 1
        }
        return (doc.slice(span), span)
    }

    /// Whether every person of a list is one the article names as a person (a mention of the official rule's), not a
    /// reading of the words before a verb alone (韩正走|进…, 严寒|看望…).
    func namesEveryone(_ list: PeopleList) -> Bool {
        let spans = personSpans
        return list.persons.allSatisfy { Self.spans(spans, within: $0.name).contains($0.name) }
    }

    /// Whether the article reports any event before `position`.
    public func hasReported(before position: Int) -> Bool { reported.contains { $0.span.start <= position } }

    /// The first event of `kind` the article reports before `position`, if any.
    public func firstReported(before position: Int, kind: String) -> EntityKey? {
        reported.first { $0.span.start <= position && eventKinds[$0.key] == kind }?.key
    }

    /// The last event of `kind` the article reports before `position`, if any (unlike `event(at:)`, never another).
    public func lastReported(before position: Int, kind: String) -> EntityKey? {
        reported.last { $0.span.start <= position && eventKinds[$0.key] == kind }?.key
    }

    /// The last event reported before `position` whose kind is none of `kinds`.
    public func lastReported(before position: Int, except kinds: Set<String>) -> EntityKey? {
        reported.last { $0.span.start < position && !kinds.contains(eventKinds[$0.key] ?? "") }?.key
    }

    /// What tells an event named by a bare word apart from others of its name: the article's headline and date.
    var articleTag: String {
        [article.name == "文章" ? "" : article.name, dates.articleDate?.description ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
    }

    /// The meeting 会议 refers to: the article's own, or, when the text names none, one named after the headline
    /// and its date (so that unnamed meetings of different articles, even of one headline, stay apart), marked
    /// `named_from headline`.
    /// A headline that says what kind of event it reports (李克强同瓦努阿图总理举行会谈, 胡锦涛会见日本首相特使) names it
    /// by that word and kind (会谈(…), 会见(…)), not 会议(…).
    public mutating func meetingForReference() -> EntityKey {
        if let m = mainMeeting { return m }
        let (word, kind) = headlineEventWord() ?? ("会议", "会议")
        var name = word
        if !article.name.isEmpty && article.name != "文章" { name = "\(word)(\(articleTag))" }
        let m = EntityKey(.meeting, name)
        mainMeeting = m
        if let title = doc.title, title.length > 0 {
            fact(m, Predicate.namedFrom, literal: "headline", title)
            fact(m, Predicate.kind, literal: kind, title)
        }
        return m
    }

    /// The first word of the headline that names an event of a kind other than 会议 (会谈, 会见, 宴会: event_kinds.txt).
    func headlineEventWord() -> (String, String)? {
        guard let title = doc.title, title.length >= 2 else { return nil }
        for k in title.start + 2...title.end {
            guard let n = lexicons.eventKindWords.longest(in: text, at: k, limit: title.start),
                  let kind = lexicons.eventKinds[text.slice(k - n, k)], kind != "会议" else { continue }
            return (text.slice(k - n, k), kind)
        }
        return nil
    }
}
