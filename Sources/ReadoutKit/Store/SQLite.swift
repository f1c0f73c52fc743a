import CSQLite
import Foundation

/// An SQLite failure, with the database's own message.
public struct StoreError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

let SQLITE_TRANSIENT_SWIFT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

/// A thin handle on one SQLite connection. Values are always bound, never spliced into SQL.
public final class Connection {
    let handle: OpaquePointer
    public let path: String

    /// Before the first connection: no memory statistics, whose global mutex every allocation would take.
    private static let configured: Bool = {
        _ = readout_sqlite_disable_memstatus()
        return true
    }()

    public init(path: String, readOnly: Bool) throws {
        _ = Self.configured
        var db: OpaquePointer?
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        let rc = sqlite3_open_v2(path, &db, flags | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            if let db { sqlite3_close(db) }
            throw StoreError("\(path): \(message)")
        }
        handle = db
        self.path = path
        sqlite3_busy_timeout(db, 30_000)
        sqlite3_extended_result_codes(db, 1)
    }

    deinit { sqlite3_close_v2(handle) }

    var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    public func execute(_ sql: String) throws {
        var err: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &err) != SQLITE_OK {
            let message = err.map { String(cString: $0) } ?? lastError
            sqlite3_free(err)
            throw StoreError("\(path): \(message)")
        }
    }

    public func prepare(_ sql: String) throws -> Statement {
        var stmt: OpaquePointer?
        guard sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &stmt, nil) == SQLITE_OK, let stmt else {
            throw StoreError("\(path): \(lastError)")
        }
        return Statement(stmt, connection: self)
    }

    private var cache: [String: Statement] = [:]

    /// A prepared statement kept for the life of the connection: for the statements run again and again.
    /// The cache is bounded (statements with a literal in their text would otherwise pile up).
    public func cached(_ sql: String) throws -> Statement {
        if let s = cache[sql] { return s }
        let s = try prepare(sql)
        if cache.count >= 256 { cache.removeAll() }
        cache[sql] = s
        return s
    }

    /// Runs a query with bound values and collects its rows. Its statement is prepared once per connection.
    public func rows(_ sql: String, _ values: [SQLValue] = []) throws -> [[SQLValue]] {
        let stmt = try cached(sql)
        defer { stmt.reset() }
        try stmt.bind(values)
        var out: [[SQLValue]] = []
        while try stmt.step() { out.append(stmt.row()) }
        return out
    }

    /// Runs a query and hands each row to `body` as it comes, columns read on demand: for the loops that
    /// would otherwise build thousands of values they do not keep.
    public func each(_ sql: String, _ values: [SQLValue] = [], _ body: (Statement) throws -> Void) throws {
        let stmt = try cached(sql)
        defer { stmt.reset() }
        try stmt.bind(values)
        while try stmt.step() { try body(stmt) }
    }

    /// Runs `body` in one read transaction: its statements see one state of the database and take the
    /// file's locks once, not each. Inside a transaction already, it just runs.
    public func reading<T>(_ body: () throws -> T) throws -> T {
        guard sqlite3_get_autocommit(handle) != 0 else { return try body() }
        try cached("BEGIN").runBound()
        defer { try? cached("COMMIT").runBound() }
        return try body()
    }

    public var lastInsertID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var changes: Int { Int(sqlite3_changes(handle)) }
}

/// A value to bind or read back.
public enum SQLValue: Equatable, Sendable {
    case null, integer(Int64), real(Double), text(String)

    public var string: String? { if case .text(let s) = self { return s }; if case .integer(let i) = self { return String(i) }; return nil }
    public var int: Int64? { if case .integer(let i) = self { return i }; return nil }
}

/// A prepared statement; reset and re-bound for each use.
public final class Statement {
    let stmt: OpaquePointer
    unowned let connection: Connection

    init(_ stmt: OpaquePointer, connection: Connection) { self.stmt = stmt; self.connection = connection }
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
            guard rc == SQLITE_OK else { throw StoreError("\(connection.path): \(connection.lastError)") }
        }
    }

    /// Advances; true while a row is ready.
    public func step() throws -> Bool {
        switch sqlite3_step(stmt) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw StoreError("\(connection.path): \(connection.lastError)")
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
        guard rc == SQLITE_DONE || rc == SQLITE_ROW else { throw StoreError("\(connection.path): \(connection.lastError)") }
    }

    /// A text column decoded straight to scalars, without a String in between.
    public func scalars(_ i: Int32) -> [Unicode.Scalar] {
        guard let text = sqlite3_column_text(stmt, i) else { return [] }
        return [Unicode.Scalar](utf8: UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(stmt, i))))
    }

    public func int(_ i: Int32) -> Int64 { sqlite3_column_int64(stmt, i) }
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
        default: return .text(String(cString: sqlite3_column_text(stmt, i)))
        }
    }
}
