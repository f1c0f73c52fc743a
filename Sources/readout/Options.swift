import ArgumentParser
import Foundation
import ReadoutKit

/// `--db` for every command.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The store: an SQLite file, or a PostgreSQL URL (postgresql://user@host:port/database). Default: $READOUT_DB, else readout.sqlite.")
    var db: String = ProcessInfo.processInfo.environment["READOUT_DB"].flatMap { $0.isEmpty ? nil : $0 } ?? "readout.sqlite"

    func openForReading() throws -> any GraphStore {
        let store = try StoreLocation.openForReading(db)
        if let file = store as? Store, (try? file.indexesPending) == true {
            say("warning: \(db): its indexes are not built yet (an ingest is loading it, or was cut short: run `readout ingest` again); queries will be slow")
        }
        return store
    }
    /// Opens the store for `command`. An SQLite file is held by the command's writer lock until it ends (waiting for
    /// another writer first); a PostgreSQL store takes any number of writers at once.
    func openForWriting(_ command: String) throws -> any GraphStore {
        if StoreLocation.isPostgres(db) { return try PostgresStore(url: db) }
        return try Store(path: db, readOnly: false, lockedFor: command) { say($0) }
    }

    /// The SQLite store, for the commands that only it has; a PostgreSQL URL gets one line saying so.
    func openSQLiteForWriting(_ command: String) throws -> Store {
        guard !StoreLocation.isPostgres(db) else { throw StoreError("\(PostgresConnection.withoutPassword(db)): \(command) works on an SQLite store only") }
        return try Store(path: db, readOnly: false, lockedFor: command) { say($0) }
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

/// `--format` for every read command, and `--wide` for tables.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, jsonl (one record a line) or csv.")
    var format: OutputFormat = .table
    @Flag(help: "Tables: print every cell whole (on a terminal, cells are cut to fit its width).") var wide = false

    /// The width a table must fit: the terminal's when stdout is one, else $COLUMNS when set; none with --wide.
    var tableWidth: Int? { wide ? nil : terminalWidth() }
}

/// The terminal's width when stdout is one, else $COLUMNS when set (for scripts that want a width), else none.
func terminalWidth(stderr: Bool = false) -> Int? {
    var size = winsize()
    let fd: Int32 = stderr ? 2 : 1
    if isatty(fd) != 0, ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return ProcessInfo.processInfo.environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
}

/// `--limit` and `--offset` for every read command: a page of the answer's rows (trees, for trace; paths, for path).
struct PageOptions: ParsableArguments {
    @Option(help: "At most this many rows.") var limit: Int?
    @Option(help: "Skip this many rows first.") var offset: Int = 0

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be 1 or more, not \(limit)") }
        if offset < 0 { throw ValidationError("--offset must be 0 or more, not \(offset)") }
    }

    /// How many rows a query needs to produce for this page (nil: all).
    var needed: Int? { limit.map { $0 > Int.max - offset ? Int.max : $0 + offset } }

    func page<T>(_ rows: [T]) -> [T] { Array(rows.dropFirst(offset).prefix(limit ?? Int.max)) }
}

/// A table on a terminal shows this many rows unless --limit says otherwise; piped output is never cut.
let terminalRows = 200

/// `--predicate` values: one of the predicates the rules write, or an error that names the nearest and all of them.
enum PredicateArgument {
    static func validate(_ values: [String]) throws {
        for p in values where !Predicate.all.contains(p) {
            let near = Spelling.nearest(p, in: Predicate.all)
            throw ValidationError("unknown predicate '\(p)'" + (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)")
                                  + "; predicates: " + Predicate.all.joined(separator: ", "))
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// One message line on stderr, escaped for the terminal (it may name files and corpus names).
func say(_ message: String) { FileHandleOutput.stderr(TerminalText.escaped(message) + "\n") }

/// One line on stderr: `error: …`, escaped for the terminal (a file name or a corpus name may hold ESC).
func fail(_ message: String) -> ExitCode {
    FileHandleOutput.stderr("error: \(TerminalText.escaped(message))\n")
    return ExitCode.failure
}

enum FileHandleOutput {
    static func stderr(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
    static func stdout(_ s: String) { FileHandle.standardOutput.write(Data(s.utf8)) }
}

/// Opens the store read-only, runs a query, and prints a page of its records in the chosen format (`columns` head a
/// CSV of none). A table on a terminal stops at `terminalRows` unless a --limit is given, and says so.
func runQuery(_ store: StoreOptions, _ output: FormatOptions, _ page: PageOptions, columns: [String] = [],
              _ query: (Graph) throws -> [JSONValue]) throws {
    do {
        let graph = Graph(store: try store.openForReading())
        printRecords(page.page(try query(graph)), output, limited: page.limit != nil, columns: columns)
    } catch let error as ExitCode { throw error } catch { throw fail("\(error)") }
}

/// Prints records as runQuery does.
/// `limited`: the user asked for a number of rows, so a terminal gets them all.
func printRecords(_ records: [JSONValue], _ output: FormatOptions, limited: Bool, columns: [String] = []) {
    var shown = records
    if output.format == .table, !limited, isatty(1) != 0, records.count > terminalRows {
        shown = Array(records.prefix(terminalRows))
        FileHandleOutput.stderr("(\(terminalRows) of \(records.count) rows shown: --limit and --offset page through them; piped output has all)\n")
    }
    FileHandleOutput.stdout(Renderer.render(shown, as: output.format, columns: columns, width: output.tableWidth))
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
