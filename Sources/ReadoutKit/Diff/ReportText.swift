import Foundation

/// A report read for a diff: its directives (the clauses that call for something: 要加强职业培训, 坚持农业农村优先发展)
/// and its formulations (“三农”, 乡村振兴战略: see `Formulations`), each with the sentence it stands in.
public struct ReportText {
    public struct Item: Sendable {
        /// As written in the clause.
        public let text: String
        /// What is compared: the text without its leads (一是, 要, 同时 …) and punctuation.
        public let key: String
        public let sentence: String
        /// What must stand in another report for it to say the item too: its text, or each item of a parallel phrase.
        public var parts: [String] = []
        /// Where the text stands in the document's stored text, in characters (Unicode scalars), as facts' spans.
        public var span: Span = Span(0, 0)
        /// Its place among the report's items of its kind, from 1.
        public var rank = 0
    }

    /// The text read, without its title.
    public let text: String
    public let directives: [Item]
    public let formulations: [Item]

    /// `offset`: the characters (Unicode scalars) of the stored text before `text` (its title), so spans are the store's.
    public init(_ text: String, offset: Int = 0, words: DirectiveWords = .builtIn) {
        var directives: [Item] = [], formulations: [Item] = []
        for (sentence, start) in Self.sentences(text) {
            // An item's span: its first place in the sentence at or after the previous item's.
            var from = sentence.startIndex
            func span(_ part: String) -> Span {
                guard let r = sentence.range(of: part, range: from..<sentence.endIndex) ?? sentence.range(of: part) else { return Span(start + offset, start + offset) }
                from = r.lowerBound
                let s = start + offset + sentence.unicodeScalars.distance(from: sentence.startIndex, to: r.lowerBound)
                return Span(s, s + part.unicodeScalars.count)
            }
            for phrase in Formulations.phrases(in: sentence, words: words) where !formulations.contains(where: { $0.key == phrase.text }) {
                from = sentence.startIndex
                formulations.append(Item(text: phrase.text, key: phrase.text, sentence: sentence, parts: phrase.parts, span: span(phrase.text),
                                         rank: formulations.count + 1))
            }
            from = sentence.startIndex
            let calls = Self.callsForSomething(sentence, words), directs = Self.directs(sentence, words)
            for clause in Self.clauses(sentence) {
                guard let body = Self.directive(clause, words, inSentenceThatCalls: calls, directs: directs) else { continue }
                let key = Self.key(body, words)
                guard key.count >= 2, !directives.contains(where: { $0.key == key }) else { continue }
                directives.append(Item(text: body, key: key, sentence: sentence, parts: [body], span: span(body), rank: directives.count + 1))
            }
        }
        self.text = text
        self.directives = directives
        self.formulations = formulations
    }

    /// Whether the report says an item of another: every part of it stands in the text, quoted or not.
    public func says(_ item: Item) -> Bool { item.parts.allSatisfy { text.contains($0) } }

    static let sentenceEnds: Set<Character> = ["。", "!", "?", "！", "？", ";", "；", "\n"]
    static let clauseEnds: Set<Character> = [",", "，", ":", "："]

    /// Sentences with their stop and where each starts (in Unicode scalars); quotes never split.
    static func sentences(_ text: String) -> [(String, Int)] {
        var out: [(String, Int)] = [], current = "", depth = 0, start = 0, offset = 0
        func close() {
            let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
            if s.count > 1 {
                let lead = current.unicodeScalars.prefix { CharacterSet.whitespacesAndNewlines.contains($0) }.count
                out.append((s, start + lead))
            }
            current = ""; start = offset
        }
        for c in text {
            current.append(c)
            offset += c.unicodeScalars.count
            if c == "“" { depth += 1 } else if c == "”" { depth = max(0, depth - 1) }
            if depth == 0, sentenceEnds.contains(c) { close() }
        }
        close()
        return out
    }

    /// The clauses of a sentence, without their stops; a quote is never split (“稳产保供,增产增收”).
    static func clauses(_ sentence: String) -> [String] {
        var out: [String] = [], current = "", depth = 0
        for c in sentence {
            if c == "“" { depth += 1 } else if c == "”" { depth = max(0, depth - 1) }
            if depth == 0, clauseEnds.contains(c) || sentenceEnds.contains(c) {
                if !current.isEmpty { out.append(current.trimmingCharacters(in: .whitespacesAndNewlines)) }
                current = ""
            } else { current.append(c) }
        }
        if !current.isEmpty { out.append(current.trimmingCharacters(in: .whitespacesAndNewlines)) }
        return out.filter { !$0.isEmpty }
    }

    /// The phrases quoted in a sentence, two to thirty characters, without a stop inside.
    static func quoted(_ sentence: String) -> [String] {
        var out: [String] = [], current: String?
        for c in sentence {
            if c == "“" { current = "" } else if c == "”" {
                if let q = current, (2...30).contains(q.count), !q.contains(where: { sentenceEnds.contains($0) }) { out.append(q) }
                current = nil
            } else { current?.append(c) }
        }
        return out
    }

    /// Whether a sentence calls for something: it holds a modal, or a speaker's frame opens it (会议强调, 部长指出).
    static func callsForSomething(_ sentence: String, _ words: DirectiveWords) -> Bool {
        hasModal(sentence, words) || opens(sentence, withOneOf: words.frames)
    }

    /// Whether every clause of a sentence may be called for: it holds a modal, or a directive frame opens it (会议强调).
    static func directs(_ sentence: String, _ words: DirectiveWords) -> Bool {
        hasModal(sentence, words) || opens(sentence, withOneOf: words.directiveFrames)
    }

    static func opens(_ sentence: String, withOneOf frames: [String]) -> Bool {
        frames.contains { f in sentence.range(of: f).map { sentence.distance(from: sentence.startIndex, to: $0.lowerBound) <= 12 } ?? false }
    }

    /// The clause as a directive, a speaker's frame cut off (部长强调要… → 要…); nil when it calls for nothing: a
    /// frame alone (会议指出), no policy verb at its head and no modal in it, or what was done (…了…). In a sentence
    /// that calls for something, a clause led by a common verb (after leads and adverbs: 扎实推进共同富裕) is one too.
    /// In a sentence that directs (a modal, or 会议强调), any clause of four characters or more is one, unless it
    /// states (…是…), opens as no task does (让…, 在…, 今年…) or with a number (2024年).
    static func directive(_ clause: String, _ words: DirectiveWords, inSentenceThatCalls calls: Bool = false, directs: Bool = false) -> String? {
        var body = Substring(clause)
        // A frame ends within a speaker's name and a few words (部长强调, 会议要求, 总理在讲话中指出); where a modal
        // comes before the frame word, the word is what is called for (要落实各项部署), not a frame.
        for frame in words.frames {
            if let r = body.range(of: frame), (1...12).contains(body.distance(from: body.startIndex, to: r.lowerBound)),
               !Self.hasModal(String(body[..<r.lowerBound]), words) {
                body = body[r.upperBound...]
                break
            }
        }
        let text = String(body).trimmingCharacters(in: .whitespacesAndNewlines)
        guard text.count >= 2 else { return nil }
        let opened = Self.strippingLeads(text, words)
        let modal = Self.hasModal(text, words)
        // What was done (保持了经济持续健康发展, 阐明了…要求) is a report, not a directive.
        if !modal && words.reportMarks.contains(where: { text.contains($0) }) { return nil }
        if modal || words.policyVerbs.contains(where: { opened.hasPrefix($0) }) { return text }
        // A purpose (让…), a setting (在…) or a time (今年…) calls for nothing, even when its first word is a verb.
        guard !words.notTaskOpeners.contains(where: { opened.hasPrefix($0) }) else { return nil }
        if calls, Self.ledByVerb(Self.strippingAdverbs(opened, words), words) { return text }
        if directs, opened.count >= 4, !words.statementMarks.contains(where: { opened.contains($0) }), !(opened.first?.isNumber ?? false),
           !words.frames.contains(where: { opened.hasSuffix($0) }) { return text }
        return nil
    }

    /// Whether a modal stands in the text, words that only contain one (重要, 主要) left out.
    static func hasModal(_ text: String, _ words: DirectiveWords) -> Bool {
        var t = text
        for w in words.notModals where t.contains(w) { t = t.replacingOccurrences(of: w, with: "・") }
        return words.modals.contains { t.contains($0) }
    }

    static func ledByVerb(_ text: String, _ words: DirectiveWords) -> Bool {
        (1...4).contains { n in text.count > n - 1 && words.verbs.contains(String(text.prefix(n))) }
    }

    /// The text without the adverbs that open it (扎实, 持续, 不折不扣), a verb never taken for one.
    static func strippingAdverbs(_ text: String, _ words: DirectiveWords) -> String {
        var s = Substring(text)
        outer: while true {
            for n in stride(from: 4, through: 1, by: -1) where s.count > n + 1 {
                let w = String(s.prefix(n))
                if words.adverbs.contains(w), !words.verbs.contains(w) { s = s.dropFirst(n); continue outer }
            }
            return String(s)
        }
    }

    static func strippingLeads(_ text: String, _ words: DirectiveWords) -> String {
        var s = Substring(text)
        var changed = true
        while changed {
            changed = false
            for lead in words.leads where s.hasPrefix(lead) && s.count > lead.count + 1 {
                s = s.dropFirst(lead.count); changed = true; break
            }
        }
        return String(s)
    }

    /// What two clauses are compared by: leads cut, punctuation, quotes and spaces dropped.
    static func key(_ text: String, _ words: DirectiveWords) -> String {
        String(strippingLeads(text, words).filter { !($0.isPunctuation || $0.isWhitespace || $0 == "“" || $0 == "”") })
    }
}
