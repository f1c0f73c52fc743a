import CSQLite
import Foundation

/// A store's failure, with the database's own message and, from SQLite, its result code or, from PostgreSQL, its
/// SQLSTATE (23505 a unique constraint, 40P01 a deadlock, 57014 a query cancelled, 08… the connection).
public struct StoreError: Error, CustomStringConvertible {
    public let message: String
    /// SQLite's extended result code, when SQLite failed.
    public let code: Int32?
    /// PostgreSQL's SQLSTATE, when PostgreSQL failed.
    public let state: String?
    public init(_ message: String, code: Int32? = nil, state: String? = nil) { self.message = message; self.code = code; self.state = state }
    public var description: String { message }

    /// The store itself failed (a full disk, an I/O error, a file gone read-only or damaged, a lock), not the
    /// document being written: every document after it would fail the same way.
    public var isStorageFailure: Bool {
        guard let code else { return false }
        return [SQLITE_FULL, SQLITE_IOERR, SQLITE_READONLY, SQLITE_CANTOPEN, SQLITE_CORRUPT, SQLITE_NOTADB, SQLITE_NOMEM,
                SQLITE_BUSY, SQLITE_LOCKED].contains(code & 0xff)
    }
}

let SQLITE_TRANSIENT_SWIFT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// One SQLite connection and the only way to open and end its transactions: `read {}`, `write {}` and
/// `savepoint {}` commit when their body returns and roll back when it throws, on every path. Values are always
/// bound, never spliced into SQL. Shaped after GRDB's `DatabaseQueue.inTransaction` and its `Statement`.
public final class Database: SQLConnection {
    let handle: OpaquePointer
    public let path: String

    /// Before the first connection: no memory statistics, whose global mutex every allocation would take.
    private static let configured: Bool = {
        _ = readout_sqlite_disable_memstatus()
        return true
    }()

    /// How long a statement waits for another connection's lock before `database is locked`: 30 s, or
    /// READOUT_BUSY_TIMEOUT seconds.
    static let busyTimeout: Int32 = {
        guard let s = ProcessInfo.processInfo.environment["READOUT_BUSY_TIMEOUT"], let seconds = Double(s), seconds >= 0 else { return 30_000 }
        return Int32(min(seconds, 86_400) * 1000)
    }()

    /// `immutable`: a store in a folder this user cannot write (no -shm can be made beside it), read as a file no one
    /// changes.
    public init(path: String, readOnly: Bool, immutable: Bool = false) throws {
        _ = Self.configured
        var db: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        var name = path
        if immutable {
            flags |= SQLITE_OPEN_URI
            var components = URLComponents()
            components.scheme = "file"
            components.path = path
            components.queryItems = [URLQueryItem(name: "immutable", value: "1")]
            name = components.string ?? path
        }
        let rc = sqlite3_open_v2(name, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close(db) }
            throw StoreError("\(path): \(message)", code: rc)
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, Self.busyTimeout)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    /// Runs `body` with its statements stopped after `seconds` (SQLite's progress handler, checked every few
    /// thousand steps): a query of a server cannot hold the store for long. The error names the limit.
    public func withTimeLimit<T>(_ seconds: Double, _ body: () throws -> T) throws -> T {
        let deadline = Unmanaged.passRetained(Deadline(DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)))
        defer { sqlite3_progress_handler(handle, 0, nil, nil); deadline.release() }
        sqlite3_progress_handler(handle, 4_000, { context in
            DispatchTime.now().uptimeNanoseconds > Unmanaged<Deadline>.fromOpaque(context!).takeUnretainedValue().end ? 1 : 0
        }, deadline.toOpaque())
        do { return try body() } catch let e as StoreError where e.code == SQLITE_INTERRUPT {
            throw StoreError("the query took longer than \(seconds) s and was stopped", code: SQLITE_INTERRUPT)
        }
    }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    /// True outside any transaction.
    public var isAutocommit: Bool { sqlite3_get_autocommit(handle) != 0 }

    public func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &err) != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? lastError
            sqlite3_free(err)
            throw StoreError("\(path): \(message)", code: sqlite3_extended_errcode(handle))
        }
    }

    // MARK: transactions

    /// Runs `body` in one read transaction: its statements see one state of the database (an export is not cut by
    /// a commit in between) and take the file's locks once, not each. Inside a transaction already, it just runs.
    public func read<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { return try body() }
        try cached("BEGIN").runBound()
        return try finish(body)
    }

    /// Runs `body` in one write transaction, taking the write lock first (BEGIN IMMEDIATE: a reader never has to
    /// be upgraded, so two writers wait for each other instead of failing). Write transactions do not nest: a
    /// part of one that may fail alone is a `savepoint`.
    public func write<T>(_ body: () throws -> T) throws -> T {
        guard isAutocommit else { throw StoreError("\(path): a write transaction inside another (a Readout bug, please report it)") }
        try cached("BEGIN IMMEDIATE").runBound()
        return try finish(body)
    }

    /// Runs `body` inside the running transaction so that it is undone alone when it throws; the transaction goes on.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        guard !isAutocommit else { throw StoreError("\(path): a savepoint outside a transaction (a Readout bug, please report it)") }
        try cached("SAVEPOINT part").runBound()
        do {
            let value = try body()
            try cached("RELEASE part").runBound()
            return value
        } catch {
            try? cached("ROLLBACK TO part").runBound()
            try? cached("RELEASE part").runBound()
            throw error
        }
    }

    /// Commits after `body`, or rolls back when it (or the commit) throws.
    private func finish<T>(_ body: () throws -> T) throws -> T {
        do {
            let value = try body()
            try cached("COMMIT").runBound()
            return value
        } catch {
            if !isAutocommit { try? execute("ROLLBACK") }
            throw error
        }
    }

    // MARK: statements

    public func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil) == SQLITE_OK, let stmt else {
            throw StoreError("\(path): \(lastError)", code: sqlite3_extended_errcode(handle))
        }
        return Statement(stmt, connection: self)
    }

    private var cache: [String: Statement] = [:]

    /// A prepared statement kept for the life of the connection: for the statements run again and again.
    /// The cache is bounded (statements with a literal in their text would otherwise pile up).
    public func cached(_ sql: String) throws -> Statement {
        if let s = cache[sql] { return s }
        let s = try prepare(sql)
        if cache.count >= 256 { cache = cache.filter { $0.value.stepping } }
        cache[sql] = s
        return s
    }

    /// The cached statement for `sql`, or a fresh one while the cached one is stepping through rows: a query run
    /// inside the loop over its own rows must not reset the outer cursor.
    private func idle(_ sql: String) throws -> Statement {
        let s = try cached(sql)
        return s.stepping ? try prepare(sql) : s
    }

    /// Runs a query with bound values and collects its rows. Its statement is prepared once per connection.
    public func rows(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]] {
        var out: [[SQLValue]] = []
        try statements(sql, values) { out.append($0.row()) }
        return out
    }

    /// Runs a query and hands each row to `body` as it comes, columns read on demand: for the loops that
    /// would otherwise build thousands of values they do not keep.
    public func each(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        try statements(sql, values, body)
    }

    /// SQLite steps through an answer row by row already.
    public func stream(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        try statements(sql, values, body)
    }

    /// `each` with the statement itself at each row.
    func statements(_ sql: String, _ values: [SQLValue], _ body: (Statement) throws -> Void) throws {
        let stmt = try idle(sql)
        stmt.stepping = true
        defer { stmt.stepping = false; stmt.reset() }
        try stmt.bind(values)
        while try stmt.step() { try body(stmt) }
    }

    public var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
}

/// A value to bind or read back.
public enum SQLValue: Equatable, Sendable {
    /// Ids as one JSON array, read by `json_each` (PostgreSQL: an array, see PostgresDialect).
    public static func ids<S: Sequence>(_ ids: S) -> SQLValue where S.Element == Int64 {
        .text("[" + ids.map(String.init).joined(separator: ",") + "]")
    }

    case null, integer(Int64), real(Double), text(String)

    public var string: String? { if case .text(let s) = self { return s }; if case .integer(let i) = self { return String(i) }; return nil }
    public var int: Int64? { if case .integer(let i) = self { return i }; return nil }
}

/// A prepared statement; reset and re-bound for each use.
public final class Statement: SQLRow {
    let stmt: OpaquePointer
    unowned let connection: Database
    /// True while `Database.each` walks its rows.
    var stepping = false

    init(_ stmt: OpaquePointer, connection: Database) { self.stmt = stmt; self.connection = connection }
    deinit { sqlite3_finalize(stmt) }

    public func bind(_ values: [SQLValue]) throws {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
        for (k, v) in values.enumerated() {
            let i = Int32(k + 1)
            let rc: Int32
            switch v {
            case .null: rc = sqlite3_bind_null(stmt, i)
            case .integer(let x): rc = sqlite3_bind_int64(stmt, i, x)
            case .real(let x): rc = sqlite3_bind_double(stmt, i, x)
            case .text(let s): bind(i, s); rc = SQLITE_OK
            }
            guard rc == SQLITE_OK else { throw StoreError("\(connection.path): \(connection.lastError)", code: sqlite3_extended_errcode(connection.handle)) }
        }
    }

    /// Advances; true while a row is ready.
    public func step() throws -> Bool {
        switch sqlite3_step(stmt) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw StoreError("\(connection.path): \(connection.lastError)", code: sqlite3_extended_errcode(connection.handle))
        }
    }

    /// Ready to run again, bindings cleared; a read it was part of ends.
    public func reset() {
        sqlite3_reset(stmt)
        sqlite3_clear_bindings(stmt)
    }

    /// Binds, runs to completion, and resets.
    public func run(_ values: [SQLValue]) throws {
        try bind(values)
        while try step() {}
        sqlite3_reset(stmt)
    }

    /// Binding without building an array of values: for the insert loop.
    @inline(__always) public func bind(_ i: Int32, _ value: Int64) { sqlite3_bind_int64(stmt, i, value) }
    /// Text by its UTF-8 bytes and length: no C string is made (a short Swift string has none to lend).
    @inline(__always) public func bind(_ i: Int32, _ value: String) {
        var value = value
        _ = value.withUTF8 { bytes in
            if let base = bytes.baseAddress {
                sqlite3_bind_text(stmt, i, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), SQLITE_TRANSIENT_SWIFT)
            } else {
                sqlite3_bind_text(stmt, i, "", 0, SQLITE_TRANSIENT_SWIFT)   // no address would read as NULL
            }
        }
    }
    @inline(__always) public func bindNull(_ i: Int32) { sqlite3_bind_null(stmt, i) }
    /// Text SQLite reads where it lies, without a copy: `bytes` must stay put until the statement is bound
    /// again or its bindings cleared (the writer's insert loop, over one article's buffer of texts).
    @inline(__always) func bindUnretained(_ i: Int32, _ bytes: UnsafePointer<UInt8>, count: Int32) {
        sqlite3_bind_text(stmt, i, UnsafeRawPointer(bytes).assumingMemoryBound(to: CChar.self), count, nil)   // SQLITE_STATIC
    }
    /// Forgets the values bound: after a loop bound with `bindUnretained`, before its buffer goes.
    public func clearBindings() { sqlite3_clear_bindings(stmt) }

    /// Binds text without SQLite copying it, for as long as `body` runs (which must step and reset the
    /// statement): for a document's text, the one large value of an ingest.
    public func bindBorrowed(_ i: Int32, _ value: String, _ body: () throws -> Void) throws {
        var value = value
        try value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { bind(i, ""); try body(); return }
            bindUnretained(i, base, count: Int32(bytes.count))
            defer { sqlite3_bind_null(stmt, i) }   // the pointer is not kept past this call
            try body()
        }
    }

    /// Runs a statement bound with the methods above, and resets it.
    public func runBound() throws {
        let rc = sqlite3_step(stmt)
        sqlite3_reset(stmt)
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw StoreError("\(connection.path): \(connection.lastError)", code: sqlite3_extended_errcode(connection.handle)) }
    }

    /// A text column decoded straight to scalars, without a String in between.
    public func scalars(_ i: Int32) -> [Unicode.Scalar] {
        guard let text = sqlite3_column_text(stmt, i) else { return [] }
        return [Unicode.Scalar](utf8: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(stmt, i))))
    }

    public func int(_ i: Int32) -> Int64 { sqlite3_column_int64(stmt, i) }
    /// The index of a result column by its name (as the query names it, `AS` included).
    public func column(named name: String) -> Int32? {
        (0..<sqlite3_column_count(stmt)).first { String(cString: sqlite3_column_name(stmt, $0)) == name }
    }
    public func isNull(_ i: Int32) -> Bool { sqlite3_column_type(stmt, i) == SQLITE_NULL }
    public func text(_ i: Int32) -> String? {
        guard let text = sqlite3_column_text(stmt, i) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(stmt, i))), as: UTF8.self)
    }

    public func row() -> [SQLValue] {
        (0..<sqlite3_column_count(stmt)).map { column($0) }
    }

    func column(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(stmt, i) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(stmt, i))
        case SQLITE_FLOAT: return .real(sqlite3_column_double(stmt, i))
        case SQLITE_NULL: return .null
        default: return .text(text(i) ?? "")   // by its length: a text may hold a NUL
        }
    }
}

/// When a time-limited statement is stopped (Database.withTimeLimit), in the clock's nanoseconds.
private final class Deadline { let end: UInt64; init(_ end: UInt64) { self.end = end } }
