import ArgumentParser
import ReadoutKit

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Entities with their attributes, by type and name.",
        discussion: """
        Examples:
          readout entities --type Statistic --format json
          readout entities --type Person --name 郭
        """
    )

    @Option(help: "Only this type: \(EntityType.allCases.map(\.rawValue).joined(separator: ", ")).") var type: EntityType?
    @Option(help: "Only entities whose name or alias contains this text.") var name: String?
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try runQuery(store, output, page, columns: EntitiesQuery.columns) { graph in try EntitiesQuery(type: type, name: name).run(graph) }
    }
}

extension EntityType: ExpressibleByArgument {
    public init?(argument: String) {
        guard let t = EntityType.allCases.first(where: { $0.rawValue.lowercased() == argument.lowercased() }) else { return nil }
        self = t
    }
}
