/// One extraction rule: an identifier, a one-line description, and the examples that pin its behaviour.
public protocol ExtractionRule: Sendable {
    static var description: RuleDescription { get }
    init()
    /// Reads the document and records what it finds in the context.
    func apply(to context: inout ExtractionContext)
}

extension ExtractionRule {
    public var identifier: String { Self.description.identifier }
}

/// What a rule is, for `readout why` and for the example tests.
public struct RuleDescription: Sendable {
    public let identifier: String
    public let summary: String
    public let examples: [Example]
    /// The rules whose findings this one reads (attendance reads the meeting the meeting rule named): its examples
    /// pass with it and these alone.
    public let reads: [String]

    public init(identifier: String, summary: String, examples: [Example], reads: [String] = []) {
        self.identifier = identifier; self.summary = summary; self.examples = examples; self.reads = reads
    }
}

/// A sentence and the triples a rule must (or must not) draw from it.
/// Triples are written `subject predicate object`, separated by single spaces; `forbids` holds predicates that must
/// not be drawn at all, or whole triples that must not be.
public struct Example: Sendable {
    public let text: String
    public let yields: [String]
    public let forbids: [String]
    /// The article date the example is read against (resolves 今年, 11月10日).
    public let date: String?
    public let file: String
    public let line: Int

    public init(_ text: String, yields: [String] = [], forbids: [String] = [], date: String? = "2020-11-12",
                file: String = #filePath, line: Int = #line) {
        self.text = text; self.yields = yields; self.forbids = forbids; self.date = date
        self.file = file; self.line = line
    }
}
