/// A leader who sent 重要指示/批示 (or 贺信) about a matter: `instructed`, which is not attendance.
public struct InstructionRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "instruction",
        summary: "NAME(对TOPIC)作出重要指示/批示: the person instructed on the topic.",
        examples: [
            Example("会前,胡锦涛总书记对全国就业工作作出重要指示。", yields: ["胡锦涛 instructed 全国就业"], forbids: ["attended"]),
            Example("李克强作出批示。", yields: ["李克强 instructed 会议"]),
            Example("会议传达了重要指示精神。", forbids: ["instructed"]),
            // A foreign name known from earlier in the article, in full and in short: the full one.
            Example("胡锦涛会见利比里亚总统埃伦·约翰逊·瑟利夫。瑟利夫总统表示感谢。埃伦·约翰逊·瑟利夫致信祝贺。",
                    yields: ["埃伦·约翰逊·瑟利夫 instructed 会议"]),
        ],
        reads: ["official"]
    )

    public init() {}


    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        let names = context.names
        let verbScalars = context.lexicons.instructionVerbs.map { Array($0.unicodeScalars) }   // instruction_verbs.txt
        for sentence in context.doc.sentences {
            for verb in verbScalars {
                var from = sentence.span.start
                while let at = text.find(verb, from: from, to: sentence.span.end) {
                    from = at + verb.count
                    let clause = Clauses.clauseStart(text, before: at, floor: sentence.span.start)
                    var topic: Span?
                    var nameEnd = at
                    if let dui = text.find("对", from: clause, to: at) {
                        var e = at
                        if text.matches("工作", at: e - 2) { e -= 2 }
                        if e > dui + 1 { topic = Span(dui + 1, e) }
                        nameEnd = dui
                    }
                    // The person: a name right before 对/作出, after an optional title such as 总书记.
                    var e = nameEnd
                    if let n = context.lexicons.titles.longest(in: text, at: e, limit: clause), n <= 3 { e -= n }
                    guard let s = names.nameStart(endingAt: e, floor: clause) ?? knownName(endingAt: e, clause, context) else { continue }
                    let person = context.mention(.person, text.slice(s, e), Span(s, e))
                    let object: FactObject = topic.map { .literal(text.slice($0)) } ?? .entity(context.meetingForReference())
                    context.fact(person, Predicate.instructed, object, Span(s, from))
                }
            }
        }
    }

    /// The start of the longest person already named in the article that ends at `e` (埃伦·约翰逊·瑟利夫 rather
    /// than 瑟利夫): the longest, so that the answer does not hang on the order of a set.
    func knownName(endingAt e: Int, _ floor: Int, _ context: ExtractionContext) -> Int? {
        var best: Int?
        for name in context.knownPersons {
            let n = name.unicodeScalars.count
            if e - n >= floor, n > (best.map { e - $0 } ?? 0), context.text.matches(name, at: e - n) { best = e - n }
        }
        return best
    }
}
