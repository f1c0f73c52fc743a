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
    @Option(help: "A folder of lexicon files to use instead of the built-in ones (write them out with `readout lexicons --copy DIR`).")
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

/// A --from/--to value: a year, or a real calendar date; a year bounds from its first day or to its last.
enum DateBound {
    static func validate(from: String?, to: String?) throws {
        for (flag, value) in [("--from", from), ("--to", to)] {
            guard let value else { continue }
            guard isValid(value) else { throw ValidationError("\(flag) takes a year (2016) or a date (2016-12-14), not '\(value)'") }
        }
    }

    static func lower(_ s: String?) -> String? { s.map { $0.count == 4 ? "\($0)-01-01" : $0 } }
    static func upper(_ s: String?) -> String? { s.map { $0.count == 4 ? "\($0)-12-31" : $0 } }

    static func isValid(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 3, parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else { return false }
        guard parts.count == 3 else { return true }
        guard parts[1].count == 2, parts[2].count == 2, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m) else { return false }
        let days = [31, (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return (1...days).contains(d)
    }
}
