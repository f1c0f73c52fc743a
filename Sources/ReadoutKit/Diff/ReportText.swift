import Foundation

/// A report read for a diff: its directives (the clauses that call for something: 要加强职业培训, 坚持农业农村优先发展)
/// and its formulations (phrases it quotes: “三农”), each with the sentence it stands in.
public struct ReportText {
    public struct Item: Sendable {
        /// As written in the clause.
        public let text: String
        /// What is compared: the text without its leads (一是, 要, 同时 …) and punctuation.
        public let key: String
        public let sentence: String
    }

    public let directives: [Item]
    public let formulations: [Item]

    public init(_ text: String, words: DirectiveWords = .builtIn) {
        var directives: [Item] = [], formulations: [Item] = []
        for sentence in Self.sentences(text) {
            for phrase in Self.quoted(sentence) where !formulations.contains(where: { $0.key == phrase }) {
                formulations.append(Item(text: phrase, key: phrase, sentence: sentence))
            }
            for clause in Self.clauses(sentence) {
                guard let body = Self.directive(clause, words) else { continue }
                let key = Self.key(body, words)
                guard key.count >= 2, !directives.contains(where: { $0.key == key }) else { continue }
                directives.append(Item(text: body, key: key, sentence: sentence))
            }
        }
        self.directives = directives
        self.formulations = formulations
    }

    static let sentenceEnds: Set<Character> = ["。", "!", "?", "！", "？", ";", "；", "\n"]
    static let clauseEnds: Set<Character> = [",", "，", ":", "："]

    /// Sentences with their stop; quotes never split.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = [], current = "", depth = 0
        for c in text {
            current.append(c)
            if c == "“" { depth += 1 } else if c == "”" { depth = max(0, depth - 1) }
            if depth == 0, sentenceEnds.contains(c) {
                let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
                if s.count > 1 { out.append(s) }
                current = ""
            }
        }
        let s = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.count > 1 { out.append(s) }
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

    /// The clause as a directive, a speaker's frame cut off (部长强调要… → 要…); nil when it calls for nothing: a
    /// frame alone (会议指出), no policy verb at its head and no modal in it, or what was done (…了…).
    static func directive(_ clause: String, _ words: DirectiveWords) -> String? {
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
        if !modal && text.contains("了") { return nil }
        if modal || words.policyVerbs.contains(where: { opened.hasPrefix($0) }) { return text }
        return nil
    }

    /// Whether a modal stands in the text, words that only contain one (重要, 主要) left out.
    static func hasModal(_ text: String, _ words: DirectiveWords) -> Bool {
        var t = text
        for w in words.notModals where t.contains(w) { t = t.replacingOccurrences(of: w, with: "・") }
        return words.modals.contains { t.contains($0) }
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
