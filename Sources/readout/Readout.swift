import ArgumentParser
import ReadoutKit

@main
struct Readout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn Chinese official news into a knowledge graph you can question.",
        version: "readout \(ReadoutVersion.release) (store schema \(Store.schemaVersion))",
        subcommands: [Ingest.self, Extract.self, Attendees.self, Trace.self, Entities.self, Show.self, Dot.self, Timeline.self, Neighbors.self, Path.self, Triples.self, Why.self, Export.self, Reextract.self, Eval.self, BenchmarkQueries.self, LexiconsCommand.self]
    )
}
