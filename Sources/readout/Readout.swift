import ArgumentParser
import Foundation
import ReadoutKit

@main
struct Readout: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "readout",
        abstract: "Turn Chinese official news into a knowledge graph you can question.",
        version: "readout \(ReadoutVersion.release) (store schema \(Store.schemaVersion), on PostgreSQL \(PostgresStore.schemaVersion))",
        subcommands: [Ingest.self, Extract.self, Attendees.self, Series.self, Diff.self, Trace.self, Entities.self, Show.self, Dot.self, Timeline.self, Neighbors.self, Path.self, Triples.self, Why.self, Export.self, Reextract.self, Eval.self, Serve.self, BenchmarkQueries.self, LexiconsCommand.self]
    )

    static var commandNames: [String] { configuration.subcommands.map { $0._commandName } + ["help"] }

    /// ArgumentParser's own entry, with this tool's voice for mistakes: one line, `error: …`, lower case like every
    /// other error, naming the command's help; a misspelt command gets the nearest names.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let first = arguments.first, !first.hasPrefix("-"), !commandNames.contains(first) {
            let near = Spelling.nearest(first, in: commandNames.filter { $0 != "help" })
            FileHandleOutput.stderr("error: unknown command '\(TerminalText.escaped(first))'" + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)")
                                    + "; commands: " + commandNames.filter { $0 != "help" }.joined(separator: ", ") + "\n")
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        do {
            var command = try parseAsRoot(arguments)
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                FileHandleOutput.stdout(fullMessage(for: error) + "\n")   // --help, --version
                Foundation.exit(0)
            }
            let text = message(for: error).split(separator: "\n").first.map(String.init) ?? ""
            if !text.isEmpty {
                let command = arguments.first.flatMap { commandNames.contains($0) ? "readout \($0)" : nil } ?? "readout"
                FileHandleOutput.stderr("error: \(TerminalText.escaped(lowercasedOpening(text))) (see '\(command) --help')\n")
            }
            Foundation.exit(code.rawValue)
        }
    }

    /// "Unknown option '--frm'" → "unknown option '--frm'": a capital only where a sentence of ArgumentParser's begins.
    static func lowercasedOpening(_ s: String) -> String {
        guard let first = s.first, first.isUppercase, s.dropFirst().first?.isLowercase == true else { return s }
        return first.lowercased() + s.dropFirst()
    }
}
