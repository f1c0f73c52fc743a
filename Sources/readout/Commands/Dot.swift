import ArgumentParser
import ReadoutKit

struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The graph, or one entity's neighbourhood, as Graphviz DOT.",
        discussion: """
        Examples:
          readout dot > graph.dot && dot -Tsvg graph.dot -o graph.svg
          readout dot --focus 李克强 --depth 2
          readout dot --focus 李克强 --render svg -o likeqiang.svg
        """
    )

    @Option(help: "Centre the picture on this entity.") var focus: String?
    @Option(help: "How many steps from the focus to include.") var depth: Int = 2
    @Option(help: "With --focus, keep at most this many nodes, nearest first.") var maxNodes: Int = 400
    @Option(help: "Run Graphviz and write svg or png instead of DOT (needs -o).") var render: RenderFormat?
    @Option(name: .shortAndLong, help: "The file to write the rendered picture to.") var output: String?
    @OptionGroup var store: StoreOptions

    enum RenderFormat: String, ExpressibleByArgument, CaseIterable { case svg, png }

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more, not \(maxNodes)") }
        if render != nil && output == nil { throw ValidationError("--render needs -o FILE") }
        if output != nil && render == nil { throw ValidationError("-o needs --render svg or png") }
    }

    func run() throws {
        if let output, StoreFile.isPart(of: store.db, output) {
            throw fail("\(output): is the store (\(store.db)) or one of its files; write the picture elsewhere")
        }
        do {
            let graph = Graph(store: try store.openForReading())
            let dot = try DotWriter(focus: focus, depth: depth, maxNodes: maxNodes).render(graph)
            guard let render, let output else { FileHandleOutput.stdout(dot); return }
            try Graphviz.render(dot, format: render.rawValue, to: output)
        } catch { throw fail("\(error)") }
    }
}
