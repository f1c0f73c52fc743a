/// The formulations (提法) of a sentence: the set phrases a reader compares year by year. Three readings, each with
/// sentences it must and must not read (`examples`, run as tests):
/// - quoted: every phrase in “” (“三农”, “菜篮子”);
/// - named: a name ending in a formulation head (乡村振兴战略, 乡村建设行动, 新发展理念, 耕地红线), run back from the
///   head to a policy verb, a modal or a stop character, over the words kept whole (落实党的二十大精神 → 党的二十大精神);
/// - parallel: an enumeration whose items share a shape and a character in one place (农业高质高效、乡村宜居宜业、
///   农民富裕富足; 藏粮于地、藏粮于技), cut to that shape.
public enum Formulations {
    public enum Reading: String, Sendable { case quoted, named, parallel }

    public struct Phrase: Equatable, Sendable {
        public let text: String
        public let reading: Reading
        /// Its parts: one, or the items of a parallel phrase (which counts as present wherever all of them are).
        public var parts: [String] { reading == .parallel ? text.split(separator: "、").map(String.init) : [text] }
    }

    public static let examples: [(sentence: String, yields: [String], forbids: [String])] = [
        ("要真正落实“菜篮子”市长负责制。", ["菜篮子"], []),
        ("全面实施乡村振兴战略，组织实施好乡村建设行动。", ["乡村振兴战略", "乡村建设行动"], ["实施乡村振兴战略", "实施好乡村建设行动"]),
        ("全面贯彻落实党的二十大精神。", ["党的二十大精神"], ["落实党的二十大精神"]),
        ("锚定建设农业强国目标。", ["农业强国"], ["建设农业强国"]),
        ("保持战略定力，坚持宏观政策连续性。", [], ["保持战略", "坚持宏观"]),
        ("要树立大农业观、大食物观。", ["大农业观", "大食物观"], ["树立大农业观", "大农业观、大食物观"]),
        ("坚持“房子是用来住的、不是用来炒的”定位。", ["房子是用来住的、不是用来炒的"], ["子是用来住的、不是用来炒的"]),
        ("促进农业高质高效、乡村宜居宜业、农民富裕富足。", ["农业高质高效、乡村宜居宜业、农民富裕富足"], ["促进农业高质高效"]),
        ("深入实施藏粮于地、藏粮于技战略。", ["藏粮于地、藏粮于技"], []),
        ("确保猪肉、蔬菜、水果等供给安全。", [], ["猪肉、蔬菜、水果"]),
        ("要加强职业培训，提高就业质量。", [], ["职业培训", "就业质量"]),
    ]

    public static func phrases(in sentence: String, words: DirectiveWords) -> [Phrase] {
        var out: [Phrase] = []
        func add(_ text: String, _ reading: Reading) {
            if !out.contains(where: { $0.text == text }) { out.append(Phrase(text: text, reading: reading)) }
        }
        for q in ReportText.quoted(sentence) { add(q, .quoted) }
        for n in named(sentence, words) { add(n, .named) }
        // A parallel phrase inside a quote (“房子是用来住的、不是用来炒的”) is the quote's.
        // Nor is one whose every item is a formulation of its own (大农业观、大食物观).
        for p in parallel(sentence) where !out.contains(where: { $0.reading == .quoted && $0.text.contains(p) }) {
            if !p.split(separator: "、").allSatisfy({ item in out.contains { $0.text == item } }) { add(p, .parallel) }
        }
        return out
    }

    /// Names ending in a formulation head, run back over Han characters and digits to a stop character (a kept word,
    /// formulation_kept_words.txt, run over whole), or
    /// to a policy verb, a modal or a common verb of two characters with at least two characters between it and the head.
    static func named(_ sentence: String, _ words: DirectiveWords) -> [String] {
        let chars = Array(sentence.unicodeScalars)
        var out: [String] = []
        for head in words.formulationHeads {
            let h = Array(head.unicodeScalars)
            var s = 0
            while s + h.count <= chars.count {
                defer { s += 1 }
                guard chars[s] == h[0], chars[s..<(s + h.count)].elementsEqual(h),
                      !words.formulationNotHeads.contains(where: { w in w.count > h.count && s + h.count >= w.count
                          && chars[(s + h.count - w.count)..<(s + h.count)].elementsEqual(w) }) else { continue }
                var i = s
                back: while i > 0, chars[i - 1].isHan || chars[i - 1].isASCIIDigit {
                    if s - i >= 2 {
                        for w in words.nameEnders where w.count <= i && chars[(i - w.count)..<i].elementsEqual(w) { break back }
                        if i >= 2, words.verbs.contains(Self.string(Array(chars[(i - 2)..<i]))) { break back }   // 树立大农业观
                    }
                    if let kept = words.formulationKeptWords.first(where: { $0.count <= i && chars[(i - $0.count)..<i].elementsEqual($0) }) {
                        i -= kept.count; continue
                    }
                    if words.formulationStops.contains(chars[i - 1]) { break }
                    i -= 1
                }
                // A short head alone (观, 精神) names nothing; one of three characters or more (总基调, 大变局) does.
                guard s - i >= 2 || (s == i && h.count >= 3) else { continue }
                // A verb and its object (保持战略定力, 推动战略) is no name.
                if words.verbs.contains(Self.string(Array(chars[i..<s]))) || words.nameEnders.contains(where: { chars[i..<s].elementsEqual($0) }) { continue }
                let name = Self.string(Array(chars[i..<(s + h.count)]))
                if !out.contains(name) { out.append(name) }
            }
        }
        return out
    }

    /// Enumerations of the same shape: three or more items, the inner ones of one length (two to eight characters) and
    /// all of one shape (`sameShape`), the outer ones cut to that length; or two items whose last and first
    /// characters of one length (three to six) agree in at least half their places.
    static func parallel(_ sentence: String) -> [String] {
        var out: [String] = []
        for clause in ReportText.clauses(sentence) where clause.contains("、") {
            let items = clause.split(separator: "、", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
            if items.count >= 3 {
                let inner = items.dropFirst().dropLast(), n = inner.first!.count
                guard (2...8).contains(n), inner.allSatisfy({ $0.count == n }), items.first!.count >= n, items.last!.count >= n else { continue }
                let all = [Array(items.first!.suffix(n))] + inner + [Array(items.last!.prefix(n))]
                guard all.allSatisfy({ $0.allSatisfy { $0.isHan } }), Self.sameShape(all) else { continue }
                out.append(all.map(Self.string).joined(separator: "、"))
            } else if items.count == 2 {
                for n in stride(from: 6, through: 3, by: -1) where items[0].count >= n && items[1].count >= n {
                    let x = Array(items[0].suffix(n)), y = Array(items[1].prefix(n))
                    guard x != y, (x + y).allSatisfy({ $0.isHan }) else { continue }
                    if 2 * zip(x, y).filter({ $0 == $1 }).count >= n { out.append(Self.string(x) + "、" + Self.string(y)); break }
                }
            }
        }
        return out
    }

    /// Items of one shape: a character shared in one place (乡村发展、乡村建设), or one character repeated in the same
    /// two places of each (农业高质高效、乡村宜居宜业: the third and fifth).
    static func sameShape(_ items: [[Unicode.Scalar]]) -> Bool {
        let n = items[0].count
        if (0..<n).contains(where: { k in Set(items.map { $0[k] }).count == 1 }) { return true }
        for p in 0..<n { for q in (p + 1)..<n where items.allSatisfy({ $0[p] == $0[q] }) { return true } }
        return false
    }

    static func string(_ scalars: [Unicode.Scalar]) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars)
        return s
    }
}
