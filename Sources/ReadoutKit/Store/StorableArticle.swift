/// An article as the store takes it: its entities numbered once, and every alias, triple and qualifier
/// pointing at those numbers. Built on the extracting cores, so that the single writer only maps each
/// number to a stored id and runs its statements; the segments the rules read are dropped here, not there.
///
/// The rows hold no strings of their own: their texts (predicates, literals, rules, aliases, qualifiers) lie
/// back to back in one byte buffer, bound to SQLite where they lie. The writer then neither copies a text
/// nor counts a reference per value, and freeing an article is a handful of buffers, not thousands of strings.
public struct StorableArticle: Sendable {
    public let hash: String
    /// The hash as the writer remembers it during a bulk load.
    let digest: ContentDigest
    public let title: String
    public let date: Day?
    /// Where it was published, when the source says.
    public let url: String?
    public let text: String
    /// The article's distinct entities; the first is the article itself.
    let entities: [EntityKey]
    /// Their hash values, computed here rather than on the writer (hash values hold within one process).
    let entityHashes: [Int]
    /// UTF-8 of every text the rows below point to.
    let texts: [UInt8]
    let aliases: [Alias]
    let triples: [Triple]
    let qualifiers: [Qualifier]

    /// A text in `texts`.
    struct TextRef: Sendable {
        let offset: Int32, count: Int32
    }

    struct Alias: Sendable { let entity: Int32, text: TextRef }

    struct Triple: Sendable {
        let subject: Int32
        /// An index into `entities`, or -1 when the object is `literal`.
        let object: Int32
        let predicate: TextRef
        let literal: TextRef
        let spanStart: Int32, spanEnd: Int32
        let rule: TextRef
        /// Indices into `qualifiers`.
        let qualifiers: Range<Int32>
    }

    struct Qualifier: Sendable { let key: TextRef, value: TextRef }

    /// A fact as the extractor or a facts line gives it, its entities numbered in the article's `entities`.
    struct Fact {
        enum Object { case entity(Int32), literal(String) }
        let subject: Int32; let predicate: String; let object: Object
        /// Start and end as given: the store's checks, not a Range, refuse an end before the start.
        let start: Int; let end: Int; let rule: String; let qualifiers: [(String, String)]
    }

    public init(_ read: ReadArticle) {
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
        var aliases: [(Int32, String)] = []
        func alias(_ entity: Int32, _ text: String) {
            if seen.insert(Seen(entity: entity, text: text)).inserted { aliases.append((entity, text)) }
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
        let facts = extraction.facts.map { f -> Fact in
            let object: Fact.Object
            switch f.object {
            case .entity(let key): object = .entity(number(key))
            case .literal(let value): object = .literal(value)
            }
            return Fact(subject: number(f.subject), predicate: f.predicate, object: object, start: f.span.start, end: f.span.end, rule: f.rule,
                        qualifiers: f.qualifiers.map { ($0.key, $0.value) })
        }
        self.init(hash: read.contentHash ?? SHA256.hex(read.cleanText), title: read.title, date: read.date, url: read.url,
                  text: read.cleanText, entities: entities, aliases: aliases, facts: facts)
    }

    /// An article from its parts: `entities` first the article itself, aliases and facts naming entities by their place.
    init(hash: String, title: String, date: Day?, url: String?, text: String, entities: [EntityKey], aliases: [(Int32, String)], facts: [Fact]) {
        self.hash = hash
        digest = ContentDigest(hash)
        self.title = title
        self.date = date
        self.url = url
        self.text = text
        var texts: [UInt8] = []
        func add(_ s: String) -> TextRef {
            let offset = Int32(texts.count)
            texts.append(contentsOf: s.utf8)
            return TextRef(offset: offset, count: Int32(texts.count) - offset)
        }
        self.aliases = aliases.map { Alias(entity: $0.0, text: add($0.1)) }
        var qualifiers: [Qualifier] = []
        var triples: [Triple] = []
        triples.reserveCapacity(facts.count)
        for f in facts {
            var object: Int32 = -1, literal = TextRef(offset: 0, count: 0)
            switch f.object {
            case .entity(let n): object = n
            case .literal(let value): literal = add(value)
            }
            let first = Int32(qualifiers.count)
            for q in f.qualifiers { qualifiers.append(Qualifier(key: add(q.0), value: add(q.1))) }
            triples.append(Triple(subject: f.subject, object: object, predicate: add(f.predicate), literal: literal,
                                  spanStart: Int32(f.start), spanEnd: Int32(f.end), rule: add(f.rule),
                                  qualifiers: first..<Int32(qualifiers.count)))
        }
        self.entities = entities
        entityHashes = entities.map(\.hashValue)
        self.texts = texts
        self.triples = triples
        self.qualifiers = qualifiers
    }
}

extension StorableArticle {
    /// A text of the article's buffer (a facts line and a COPY read them out).
    func text(_ ref: TextRef) -> String { String(decoding: texts[Int(ref.offset)..<Int(ref.offset + ref.count)], as: UTF8.self) }
}
