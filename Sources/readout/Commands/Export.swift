import ArgumentParser
import Foundation
import ReadoutKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The whole graph for other tools: N-Triples, Turtle (with provenance), JSON Lines or CSV.",
        discussion: """
        Entities get stable IRIs (<http://readout.example/entity/Person/李克强>); each triple's document, span
        and rule sit on a reified rdf:Statement.
        Examples:
          readout export --format ntriples > graph.nt && rapper -i ntriples -c graph.nt
          readout export --format jsonl | head
        """
    )

    enum ExportFormat: String, ExpressibleByArgument, CaseIterable { case ntriples, turtle, jsonl, csv }

    @Option(help: "ntriples, turtle, jsonl or csv.") var format: ExportFormat = .ntriples
    @OptionGroup var store: StoreOptions

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            var buffer = ""
            func emit(_ s: String) {
                buffer += s
                if buffer.utf8.count > 1 << 16 { FileHandleOutput.stdout(buffer); buffer = "" }
            }
            // One read transaction: an ingest committing meanwhile cannot cut the export in two states.
            try graph.db.read { try write(graph, emit) }
            FileHandleOutput.stdout(buffer)
        } catch { throw fail("\(error)") }
    }

    private func write(_ graph: Graph, _ emit: (String) -> Void) throws {
        switch format {
        case .ntriples: try RDFWriter(graph: graph).write(.ntriples, emit)
        case .turtle: try RDFWriter(graph: graph).write(.turtle, emit)
        case .jsonl: try TableExport(graph: graph).records { emit($0.serialized() + "\n") }
        case .csv:
            var first = true
            try TableExport(graph: graph).records { record in
                let csv = Renderer.csv([record])
                // Each record renders with its header line; keep the header only once.
                emit(first ? csv : csv.range(of: "\r\n").map { String(csv[$0.upperBound...]) } ?? csv)
                first = false
            }
        }
    }
}
