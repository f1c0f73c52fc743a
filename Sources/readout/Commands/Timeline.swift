import ArgumentParser
import ReadoutKit

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "A person's meetings in date order, with role and the titles held then.",
        discussion: """
        Examples:
          readout timeline 李克强
          readout timeline 李克强 --format json
        """
    )
    @Argument(help: "A person's name or alias.") var name: String
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws { try runQuery(store, output) { try TimelineQuery(name: name).run($0) } }
}

struct Neighbors: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The facts around an entity, up to N steps away.",
        discussion: """
        Examples:
          readout neighbors 李克强 --depth 1
          readout neighbors 国务院常务会议 --depth 2 --predicate attended --predicate presided_over
        """
    )
    @Argument(help: "An entity's name or alias.") var name: String
    @Option(help: "How many steps to walk.") var depth: Int = 1
    @Option(help: "Only walk along these predicates (repeatable).") var predicate: [String] = []
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { if depth < 1 { throw ValidationError("--depth must be 1 or more") } }
    func run() throws { try runQuery(store, output) { try Walks(graph: $0).neighbors(of: name, depth: depth, predicates: predicate) } }
}

struct Path: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The shortest paths between two entities, each a list of facts, shortest first.",
        discussion: """
        Examples:
          readout path 李克强 马凯
          readout path 马凯 中华人民共和国国务院 --max-depth 3 --format json
        """
    )
    @Argument(help: "Where the path starts.") var from: String
    @Argument(help: "Where the path ends.") var to: String
    @Option(help: "The longest path to look for.") var maxDepth: Int = 4
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { if maxDepth < 1 { throw ValidationError("--max-depth must be 1 or more") } }

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            let paths = try Walks(graph: graph).paths(from: from, to: to, maxDepth: maxDepth)
            switch output.format {
            case .json: FileHandleOutput.stdout(JSONValue.array(paths.map(JSONValue.array)).serialized(pretty: true) + "\n")
            default:
                let numbered = paths.enumerated().flatMap { k, steps in
                    steps.map { step -> JSONValue in
                        guard case .object(let fields) = step else { return step }
                        return .object([("path", .number(Double(k + 1)))] + fields)
                    }
                }
                FileHandleOutput.stdout(Renderer.render(numbered, as: output.format))
            }
        } catch { throw fail("\(error)") }
    }
}

struct Triples: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The pattern lookup: triples by subject, predicate and object (any of them).",
        discussion: """
        Examples:
          readout triples --predicate attended
          readout triples --subject 李克强 --predicate title --format csv
          readout triples --object 中共中央政法委员会
        """
    )
    @Option(name: .shortAndLong, help: "Subject name or alias.") var subject: String?
    @Option(name: .shortAndLong, help: "Predicate, e.g. attended, title, serves.") var predicate: String?
    @Option(name: .shortAndLong, help: "Object name, alias or literal value.") var object: String?
    @Option(help: "At most this many facts.") var limit: Int?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") } }

    func run() throws {
        try runQuery(store, output) { try TriplesQuery(subject: subject, predicate: predicate, object: object, limit: limit).run($0) }
    }
}

struct Why: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Why a fact is there: the rule, its description and examples, the matched text and sentence.",
        discussion: """
        Examples:
          readout why 马凯 presided_over 全国就业创业工作表彰大会
          readout why --predicate cited_statistic --format json
        """
    )
    @Argument(help: "Subject, predicate and object of the fact (any may be left out with the options).") var fact: [String] = []
    @Option(name: .shortAndLong, help: "Subject name or alias.") var subject: String?
    @Option(name: .shortAndLong, help: "Predicate.") var predicate: String?
    @Option(name: .shortAndLong, help: "Object name or literal.") var object: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if fact.count > 3 { throw ValidationError("give at most SUBJECT PREDICATE OBJECT") }
        if fact.isEmpty && subject == nil && predicate == nil && object == nil { throw ValidationError("say which fact: SUBJECT [PREDICATE [OBJECT]]") }
    }

    func run() throws {
        let s = subject ?? fact.first, p = predicate ?? (fact.count > 1 ? fact[1] : nil), o = object ?? (fact.count > 2 ? fact[2] : nil)
        try runQuery(store, output) { try WhyQuery(subject: s, predicate: p, object: o).run($0) }
    }
}
