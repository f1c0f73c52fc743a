import ArgumentParser
import ReadoutKit

struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The graph, or one entity's neighbourhood, as Graphviz DOT.",
        discussion: """
        Examples:
          readout dot > graph.dot && dot -Tsvg graph.dot -o graph.svg
          readout dot --focus 李克强 --depth 2
        """
    )

    @Option(help: "Centre the picture on this entity.") var focus: String?
    @Option(help: "How many steps from the focus to include.") var depth: Int = 2
    @OptionGroup var store: StoreOptions

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            FileHandleOutput.stdout(try DotWriter(focus: focus, depth: depth).render(graph))
        } catch { throw fail("\(error)") }
    }
}
