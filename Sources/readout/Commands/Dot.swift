import ArgumentParser
import ReadoutKit

struct Dot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The graph, or one entity's neighbourhood, as Graphviz DOT.",
        discussion: """
        Around each node, at most --per-group neighbours of one kind (the same
        predicate, the same type) are drawn, the weightiest; one summary node
        counts the rest ("+385 more Meeting (attended)"). What is summarised or
        dropped by --max-nodes is said in one note on stderr. Labels are cut at
        40 characters, the whole name in the tooltip.
        Examples:
          readout dot > graph.dot && dot -Tsvg graph.dot -o graph.svg
          readout dot --focus 李克强 --depth 2
          readout dot --focus 李克强 --render svg -o likeqiang.svg
          readout dot --focus 李克强 --depth 1 --per-group 30 --render png -o li.png
          readout dot --render svg -o all.svg --timeout 300
        """
    )

    @Option(help: "Centre the picture on this entity.") var focus: String?
    @Option(help: "How many steps from the focus to include.") var depth: Int = 2
    @Option(help: "With --focus, keep at most this many nodes, nearest first.") var maxNodes: Int = 400
    @Option(help: "Around each node, draw at most this many neighbours of one kind; a summary node counts the rest.") var perGroup: Int = 15
    @Option(help: "Run Graphviz and write svg or png instead of DOT (needs -o).") var render: RenderFormat?
    @Option(name: .shortAndLong, help: "The file to write the rendered picture to.") var output: String?
    @Option(help: "With --render, stop Graphviz after this many seconds.") var timeout: Double = Graphviz.defaultTimeout
    @OptionGroup var store: StoreOptions

    enum RenderFormat: String, ExpressibleByArgument, CaseIterable { case svg, png }

    func validate() throws {
        if !(0...Walks.maxDepth).contains(depth) { throw ValidationError("--depth must be 0 to \(Walks.maxDepth), not \(depth)") }
        if maxNodes < 1 { throw ValidationError("--max-nodes must be 1 or more, not \(maxNodes)") }
        if perGroup < 1 { throw ValidationError("--per-group must be 1 or more, not \(perGroup)") }
        if !(timeout > 0) { throw ValidationError("--timeout must be a number of seconds above 0, not \(timeout)") }
        if render != nil && output == nil { throw ValidationError("--render needs -o FILE") }
        if output != nil && render == nil { throw ValidationError("-o needs --render svg or png") }
    }

    func run() throws {
        if let output, StoreFile.isPart(of: store.db, output) {
            throw fail("\(output): is the store (\(store.db)) or one of its files; write the picture elsewhere")
        }
        do {
            let graph = Graph(store: try store.openForReading())
            if let focus { try graph.requireKnown(focus) }
            let picture = try DotWriter(focus: focus, depth: depth, maxNodes: maxNodes, perGroup: perGroup).picture(graph)
            if let notice = picture.notice { say("note: \(notice)") }
            guard let render, let output else { FileHandleOutput.stdout(picture.dot); return }
            try Graphviz.render(picture.dot, format: render.rawValue, to: output, timeout: timeout)
        } catch let error as ExitCode { throw error } catch { throw fail("\(error)") }
    }
}
