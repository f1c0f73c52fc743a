import ArgumentParser
import Foundation
import ReadoutKit

/// `--db` for every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The database file.")
    var db: String = "readout.sqlite"

    func openForReading() throws -> Store {
        let store = try Store(path: db, readOnly: true)
        if (try? store.indexesPending) == true {
            FileHandleOutput.stderr("warning: \(db): its indexes are not built yet (an ingest is loading it, or was cut short: run `readout ingest` again); queries will be slow\n")
        }
        return store
    }
    /// Opens the store for `command`, which holds its writer lock until it ends (waiting for another writer first).
    func openForWriting(_ command: String) throws -> Store {
        try Store(path: db, readOnly: false, lockedFor: command) { FileHandleOutput.stderr("\($0)\n") }
    }
}

/// `--lexicons DIR` for the commands that extract: a copy of the built-in word lists, extended by the user.
struct LexiconOptions: ParsableArguments {
    @Option(help: "A folder of lexicon files to use instead of the built-in ones (copy them from `readout lexicons --path`).")
    var lexicons: String?

    func extractor() throws -> Extractor {
        guard let dir = lexicons ?? ProcessInfo.processInfo.environment["READOUT_LEXICONS"] else { return Extractor() }
        return Extractor(lexicons: try Lexicons.load(from: URL(fileURLWithPath: dir)))
    }
}

/// `--format` for every read command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: OutputFormat = .table
}

extension OutputFormat: ExpressibleByArgument {}

/// One line on stderr: `error: …`.
func fail(_ message: String) -> ExitCode {
    FileHandleOutput.stderr("error: \(message)\n")
    return ExitCode.failure
}

enum FileHandleOutput {
    static func stderr(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    static func stdout(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
}

/// Opens the store read-only, runs a query, and prints its records in the chosen format.
func runQuery(_ store: StoreOptions, _ output: FormatOptions, _ query: (Graph) throws -> [JSONValue]) throws {
    do {
        let graph = Graph(store: try store.openForReading())
        FileHandleOutput.stdout(Renderer.render(try query(graph), as: output.format))
    } catch { throw fail("\(error)") }
}
