import ArgumentParser
import ReadoutKit

@main
struct Readout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn Chinese official news into a knowledge graph you can question.",
        subcommands: [Extract.self]
    )
}
