import Foundation

/// An article as it arrives: its text (plain or HTML) and what its source says about it.
public struct SourceArticle: Sendable {
    public var text: String
    public var title: String?
    public var date: Day?
    /// Where it came from: a path, or path#id for a corpus line.
    public var origin: String
    /// Where it was published (a corpus record's url); nil when the source does not say.
    public var url: String?
    /// A stored document read again (reextract): its text is the clean text, title at its head, and `title` the
    /// name it was stored under. Nothing is stripped or prepended, so it reads exactly as it did when stored.
    public var isStored = false

    public init(text: String, title: String? = nil, date: Day? = nil, origin: String, url: String? = nil) {
        self.text = text; self.title = title; self.date = date; self.origin = origin; self.url = url
    }
}

/// The result of reading one article: its clean text, its segments, and the facts found in it.
public struct ReadArticle: Sendable {
    public var cleanText: String
    public var document: SegmentedDocument
    public var extraction: Extraction
    public var title: String
    public var date: Day?
    public var article: EntityKey
    /// Where it was published: the source's url, or the address an HTML page gives as its own (canonical, og:url).
    public var url: String?
    /// The SHA-256 of the clean text, when it was computed off the writer's thread.
    public var contentHash: String?
}

/// Runs the pipeline text → clean text → segments → facts. Pure: no store, no I/O.
public struct Extractor: Sendable {
    public let lexicons: Lexicons
    let segmenter: Segmenter
    let rules: [any ExtractionRule]

    public init(lexicons: Lexicons = .builtIn, rules: [any ExtractionRule.Type] = RuleRegistry.rules) {
        self.lexicons = lexicons
        self.segmenter = Segmenter(chrome: ChromeFilter(words: lexicons.chrome, unpunctuatedEnds: lexicons.unpunctuatedEnds))
        self.rules = rules.map { $0.init() }
    }

    /// Decodes nothing: `source.text` is already a String. HTML is stripped, the text normalised, then read.
    public func read(_ source: SourceArticle) -> ReadArticle {
        // One pass from String to scalars; the stages work on scalar arrays and the clean String is built once.
        var body = source.text.scalarArray
        var url = source.url
        // A title that comes apart from the page (a corpus record's) may carry references too (&#8226;, CDATA).
        var sourceTitle = source.title
        if !source.isStored {
            sourceTitle = sourceTitle.map(lexicons.htmlEntities.decode)
            if HTMLStripper.looksLikeHTML(source.text) {
                if url == nil { url = HTMLStripper.canonicalURL(source.text, entities: lexicons.htmlEntities) }
                body = HTMLStripper.strip(scalars: body, entities: lexicons.htmlEntities)
            }
            if let title = sourceTitle, !title.isEmpty { body = Array(title.unicodeScalars) + ["\n", "\n"] + body }
        }
        let scalars = Normaliser.normalise(scalars: body)
        let buffer = TextBuffer(scalars: scalars)
        let clean = buffer.string
        let doc = segmenter.segment(buffer)
        let title = sourceTitle.map(Normaliser.normalise) ?? doc.title.map(doc.slice) ?? source.origin
        var context = ExtractionContext(doc: doc, lexicons: lexicons, articleDate: source.date, articleName: title)
        if source.date == nil, let day = Self.dateFromMeta(doc) { context.setArticleDate(day) }
        for rule in rules {
            context.rule = rule.identifier
            rule.apply(to: &context)
        }
        PersonNameRepair.apply(to: &context.extraction, lexicons, text: buffer)
        return ReadArticle(cleanText: clean, document: doc, extraction: context.extraction, title: title,
                           date: context.dates.articleDate, article: context.article, url: url, contentHash: nil)
    }

    /// The article's date from its metadata line (时间:2020-11-12), read before the rules so they can resolve 今年.
    static func dateFromMeta(_ doc: SegmentedDocument) -> Day? {
        for p in doc.paragraphs where p.kind == .meta {
            if let (day, _) = ArticleMetadataRule.date(in: p.span, doc.text) { return day }
        }
        return nil
    }
}
