/// An article as the store takes it: its entities numbered once, and every alias, triple and qualifier
/// pointing at those numbers. Built on the extracting cores, so that the single writer only maps each
/// number to a stored id and runs its statements; the segments the rules read are dropped here, not there.
public struct StorableArticle: Sendable {
    public let hash: String
    public let title: String
    public let date: Day?
    public let text: String
    /// The article's distinct entities; the first is the article itself.
    let entities: [EntityKey]
    /// Their hash values, computed here rather than on the writer (hash values hold within one process).
    let entityHashes: [Int]
    let aliases: [Alias]
    let triples: [Triple]

    struct Alias: Sendable { let entity: Int32, text: String }

    struct Triple: Sendable {
        let subject: Int32
        let predicate: String
        /// An index into `entities`, or -1 when the object is `literal`.
        let object: Int32
        let literal: String?
        let span: Span
        let rule: String
        let qualifiers: [Qualifier]
    }

    public init(_ read: ReadArticle) {
        hash = read.contentHash ?? SHA256.hex(read.cleanText)
        title = read.title
        date = read.date
        text = read.cleanText
        var numbers: [EntityKey: Int32] = [:]
        var entities: [EntityKey] = []
        func number(_ key: EntityKey) -> Int32 {
            if let n = numbers[key] { return n }
            let n = Int32(entities.count)
            numbers[key] = n
            entities.append(key)
            return n
        }
        _ = number(read.article)
        struct Seen: Hashable { let entity: Int32, text: String }
        var seen = Set<Seen>()
        var aliases: [Alias] = []
        func alias(_ entity: Int32, _ text: String) {
            if seen.insert(Seen(entity: entity, text: text)).inserted { aliases.append(Alias(entity: entity, text: text)) }
        }
        let extraction = read.extraction
        for m in extraction.mentions {
            let n = number(m.entity)
            if m.surface != m.entity.name { alias(n, m.surface) }
        }
        for (key, names) in extraction.aliases.sorted(by: { $0.key < $1.key }) {
            let n = number(key)
            for name in names { alias(n, name) }
        }
        triples = extraction.facts.map { f in
            var object: Int32 = -1, literal: String?
            switch f.object {
            case .entity(let key): object = number(key)
            case .literal(let value): literal = value
            }
            return Triple(subject: number(f.subject), predicate: f.predicate, object: object, literal: literal,
                          span: f.span, rule: f.rule, qualifiers: f.qualifiers)
        }
        self.entities = entities
        entityHashes = entities.map(\.hashValue)
        self.aliases = aliases
    }
}
