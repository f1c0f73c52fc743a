import ArgumentParser
import ReadoutKit

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Every fact about one entity, with the document and the sentence it came from.",
        discussion: """
        NAME is matched against names and aliases (中央政法委 finds 中共中央政法委员会); when nothing has
        that name, entities whose name contains it are shown.
        Examples:
          readout show 李克强
          readout show 中央政法委 --format json
        """
    )

    @Argument(help: "An entity's name or alias.") var name: String
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try runQuery(store, output, page, columns: StoredFact.columns) { graph in
            try graph.requireKnown(name)
            return try ShowQuery(name: name, limit: page.needed).run(graph)
        }
    }
}
