import ArgumentParser
import ReadoutKit

struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Goal ← task ← sub-task trees: of a meeting (each report of it, in date order), of one document, or from the goal or task whose name contains NAME.",
        discussion: """
        With the name of a meeting, one tree per document that reports it: the goals it states with the tasks
        that serve them, then each list under the clause that announces it, its items in order, their parts.
        Otherwise the children of a node are what serves it or is part of it; trees that serve no goal
        (mechanisms, methods, principles) are roots of their own.
        Examples:
          readout trace 中央经济工作会议 --from 2016 --to 2018
          readout trace 中央经济工作会议 --document VIDE1TJ1sAImqmGApo8EjUaJ161216
          readout trace --from 2016-12-14 --to 2016-12-16     (every meeting's statements, by document)
          readout trace 中央经济工作会议 --from 2017 --to 2017 --render svg -o cewc2017.svg
          readout trace 社会更安定 --format json
        """
    )

    @Argument(help: "A meeting's name, or part of a goal's or task's name.") var name: String?
    @Option(help: "Only this document (its path or corpus id).") var document: String?
    @Option(help: "Only documents dated on or after this year or date (2016, 2016-12-14).") var from: String?
    @Option(help: "Only documents dated on or before this year or date.") var to: String?
    @Option(help: "Output format: table, json, csv or dot.") var format: TraceFormat = .table
    @Option(help: "Run Graphviz and write svg or png instead (needs -o).") var render: Dot.RenderFormat?
    @Option(name: .shortAndLong, help: "The file to write the rendered picture to.") var output: String?
    @OptionGroup var page: PageOptions
    @Option(help: "With --render, stop Graphviz after this many seconds.") var timeout: Double = Graphviz.defaultTimeout
    @OptionGroup var store: StoreOptions
    @Flag(help: "Tables: print every line whole.") var wide = false

    enum TraceFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv, dot }

    func validate() throws {
        try DateBound.validate(from: from, to: to)
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
            // A meeting is traced by its whole name; a goal or task by its name or part of it.
            var forest = try OutlineTrace.forest(name: name, document: document, from: DateBound.lower(from), to: DateBound.upper(to), in: graph)
            forest = page.page(forest)   // a page of trees (documents, for a meeting)
            if let render, let output { try Graphviz.render(TraceDot.render(forest), format: render.rawValue, to: output, timeout: timeout); return }
            switch format {
            case .json: FileHandleOutput.stdout(Renderer.render(forest, as: .json))
            case .csv: FileHandleOutput.stdout(Renderer.csv(TraceQuery.rows(forest), columns: TraceQuery.rowColumns))
            case .table:
                let width = wide ? nil : terminalWidth()
                FileHandleOutput.stdout(TraceQuery.outline(forest).split(separator: "\n", omittingEmptySubsequences: false)
                    .map { line in width.map { Renderer.cut(String(line), to: $0) } ?? String(line) }.joined(separator: "\n"))
            case .dot: FileHandleOutput.stdout(TraceDot.render(forest))
            }
        } catch let error as ExitCode { throw error } catch { throw fail("\(error)") }
    }
}
