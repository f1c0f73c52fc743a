import ArgumentParser
import ReadoutKit

struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Goal ← task ← sub-task trees: all of them, or from the node whose name contains NAME.",
        discussion: """
        The children of a node are what serves it or is part of it. Trees that serve no goal
        (mechanisms, methods, principles) are roots of their own.
        Examples:
          readout trace
          readout trace 社会更安定 --format json
        """
    )

    @Argument(help: "Part of a goal's or task's name.") var name: String?
    @Option(help: "Only this document (its path or corpus id).") var document: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let graph: Graph
        do { graph = Graph(store: try store.openForReading()) } catch { throw fail("\(error)") }
        do {
            let forest = try TraceQuery(name: name, document: document).run(graph)
            switch output.format {
            case .json: FileHandleOutput.stdout(Renderer.render(forest, as: .json))
            case .csv: FileHandleOutput.stdout(Renderer.csv(TraceQuery.rows(forest)))
            case .table: FileHandleOutput.stdout(TraceQuery.outline(forest))
            }
        } catch { throw fail("\(error)") }
    }
}
