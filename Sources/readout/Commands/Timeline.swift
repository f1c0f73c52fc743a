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
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try runQuery(store, output, page, columns: TimelineQuery.columns) { graph in
            try graph.requireKnown(name, types: [.person], kind: "person")
            return try TimelineQuery(name: name).run(graph)
        }
    }
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
    @Option(help: "How many steps to walk (1 to \(Walks.maxDepth)).") var depth: Int = 1
    @Option(help: "Only walk along these predicates (repeatable).") var predicate: [String] = []
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if !(1...Walks.maxDepth).contains(depth) { throw ValidationError("--depth must be 1 to \(Walks.maxDepth), not \(depth)") }
        try PredicateArgument.validate(predicate)
    }
    func run() throws {
        try runQuery(store, output, page, columns: StoredFact.columns) { graph in
            try graph.requireKnown(name)
            return try Walks(graph: graph).neighbors(of: name, depth: depth, predicates: predicate)
        }
    }
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
    @Option(help: "The longest path to look for (1 to \(Walks.maxDepth)).") var maxDepth: Int = 4
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        if !(1...Walks.maxDepth).contains(maxDepth) { throw ValidationError("--max-depth must be 1 to \(Walks.maxDepth), not \(maxDepth)") }
    }

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            try graph.requireKnown(from)
            try graph.requireKnown(to)
            // A page counts paths, not their steps.
            let paths = page.page(try Walks(graph: graph).paths(from: from, to: to, maxDepth: maxDepth, limit: page.offset + (page.limit ?? 5)))
            switch output.format {
            case .json: FileHandleOutput.stdout(JSONValue.array(paths.map(JSONValue.array)).serialized(pretty: true) + "\n")
            default:
                let numbered = paths.enumerated().flatMap { k, steps in
                    steps.map { step -> JSONValue in
                        guard case .object(let fields) = step else { return step }
                        return .object([("path", .number(Double(page.offset + k + 1)))] + fields)
                    }
                }
                printRecords(numbered, output, limited: page.limit != nil, columns: ["path"] + StoredFact.columns)
            }
        } catch let error as ExitCode { throw error } catch { throw fail("\(error)") }
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
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { try PredicateArgument.validate(predicate.map { [$0] } ?? []) }

    func run() throws {
        try runQuery(store, output, page, columns: StoredFact.columns) { graph in
            if let subject { try graph.requireExact(subject) }
            if let object { try graph.requireKnownOrLiteral(object) }
            return try TriplesQuery(subject: subject, predicate: predicate, object: object, limit: page.needed).run(graph)
        }
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
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    var parts: (subject: String?, predicate: String?, object: String?) {
        (subject ?? fact.first, predicate ?? (fact.count > 1 ? fact[1] : nil), object ?? (fact.count > 2 ? fact[2] : nil))
    }

    func validate() throws {
        if fact.count > 3 { throw ValidationError("give at most SUBJECT PREDICATE OBJECT") }
        if fact.isEmpty && subject == nil && predicate == nil && object == nil { throw ValidationError("say which fact: SUBJECT [PREDICATE [OBJECT]]") }
        try PredicateArgument.validate(parts.predicate.map { [$0] } ?? [])
    }

    func run() throws {
        let (s, p, o) = parts
        try runQuery(store, output, page, columns: WhyQuery.columns) { graph in
            if let s { try graph.requireExact(s) }
            if let o { try graph.requireKnownOrLiteral(o) }
            return try WhyQuery(subject: s, predicate: p, object: o, limit: page.needed).run(graph)
        }
    }
}
