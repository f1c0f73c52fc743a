import Foundation

/// One connection to a PostgreSQL server through libpq: queries written in SQLite's SQL (`PostgresDialect`), values
/// always bound (sent apart from the statement, never spliced into it), transactions that commit when their body
/// returns and roll back when it throws, COPY for bulk loads.
public final class PostgresConnection: SQLConnection {
    let pq: LibPQ
    let conn: LibPQ.Conn
    /// The URL without its password, for messages.
    public let path: String
    private var inTransaction = false
    private var translated: [String: PostgresDialect.Translation] = [:]

    public init(url: String) throws {
        let pq: LibPQ
        switch LibPQ.shared {
        case .success(let library): pq = library
        case .failure(let error): throw error
        }
        self.pq = pq
        path = Self.withoutPassword(url)
        guard let conn = pq.connectdb(url) else { throw StoreError("\(path): cannot connect (out of memory)") }
        guard pq.status(conn) == LibPQ.connectionOK else {
            let message = pq.errorMessage(conn).map { String(cString: $0) } ?? "cannot connect"
            pq.finish(conn)
            throw StoreError("\(path): \(message.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " "))")
        }
        self.conn = conn
        // Notices (a table that already exists, say) are not errors and not the user's business.
        _ = pq.setNoticeProcessor(conn, { _, _ in }, nil)
        // The planner is told what Readout's queries are: short index walks over a store that sits in memory, where a
        // random page costs about what a sequential one does (random_page_cost 4 made it scan all entities to join
        // 6,000 facts: 120 ms for what lookups do in 16); and too short for parallel workers or JIT, which cost more
        // to start than they save (workers slowed a hub's neighbours by half). Plans are kept per statement after
        // PostgreSQL's five trial runs (its default), except for queries that take id lists (see `run(sqlite:)`).
        try execute("""
            SET client_encoding = 'UTF8'; SET random_page_cost = 1.1; SET max_parallel_workers_per_gather = 0; SET jit = off
            """)
    }

    deinit { pq.finish(conn) }

    /// postgresql://user:secret@host/db → postgresql://user@host/db.
    public static func withoutPassword(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = nil
        return parts.string ?? url
    }

    /// Whether a `--db` value names a PostgreSQL store rather than an SQLite file.
    public static func isURL(_ location: String) -> Bool {
        location.hasPrefix("postgresql://") || location.hasPrefix("postgres://")
    }

    // MARK: running statements

    /// One statement's answer, cleared when it goes.
    final class Answer {
        let pq: LibPQ
        let result: LibPQ.Result
        init(_ pq: LibPQ, _ result: LibPQ.Result) { self.pq = pq; self.result = result }
        deinit { pq.clear(result) }
        var count: Int32 { pq.ntuples(result) }
        var columns: Int32 { pq.nfields(result) }
    }

    /// Runs `sql` (in PostgreSQL's SQL) with values sent as text beside it, each declared bigint, double precision
    /// or text as it is (a NULL is written into the statement by `postgres(_:_:)`); throws the server's message (with
    /// its SQLSTATE) on failure.
    func run(_ sql: String, _ values: [SQLValue], prepared: Bool = true) throws -> Answer {
        let types: [UInt32] = values.map { v in
            switch v {
            case .integer: return 20
            case .real: return 701
            case .text: return 25
            case .null: return 25   // not in the statement (written NULL there), but declared all the same
            }
        }
        var texts: [String?] = values.map { v in
            switch v {
            case .null: return nil
            case .integer(let i): return String(i)
            case .real(let d): return String(d)
            case .text(let s): return s
            }
        }
        guard values.count <= Int(Int16.max) else { throw StoreError("\(path): too many values") }
        let name = prepared ? try statement(sql, types) : nil
        let result: LibPQ.Result? = try withCStrings(&texts) { pointers in
            if let name { return pq.execPrepared(conn, name, Int32(values.count), pointers, nil, nil, 0) }
            return sql.withCString { statement in
                types.withUnsafeBufferPointer { pq.execParams(conn, statement, Int32(values.count), $0.baseAddress, pointers, nil, nil, 0) }
            }
        }
        guard let result else { throw StoreError("\(path): \(lastError)") }
        let answer = Answer(pq, result)
        try check(answer)
        return answer
    }

    private var statements: [String: String] = [:]

    /// The name of `sql` prepared with these types of values: parsed once per connection, its plan kept once
    /// PostgreSQL finds a generic one as good as those made for the values (planning was a third of a point query).
    private func statement(_ sql: String, _ types: [UInt32]) throws -> String {
        let key = types.map(String.init).joined(separator: ",") + ";" + sql
        if let name = statements[key] { return name }
        if statements.count >= 512 {
            try execute("DEALLOCATE ALL")
            statements = [:]
        }
        let name = "readout_\(statements.count)"
        guard let result = types.withUnsafeBufferPointer({ pq.prepare(conn, name, sql, Int32(types.count), $0.baseAddress) }) else {
            throw StoreError("\(path): \(lastError)")
        }
        try check(Answer(pq, result))
        statements[key] = name
        return name
    }

    /// The C strings of `texts` (NULL for nil), alive while `body` runs.
    private func withCStrings<T>(_ texts: inout [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>?) throws -> T) throws -> T {
        var buffers: [UnsafeMutablePointer<CChar>?] = texts.map { $0.map { strdup($0) } ?? nil }
        defer { buffers.forEach { free($0) } }
        return try buffers.withUnsafeMutableBufferPointer { b in
            try b.baseAddress.map { base in
                try base.withMemoryRebound(to: UnsafePointer<CChar>?.self, capacity: b.count) { try body($0) }
            } ?? body(nil)
        }
    }

    private var lastError: String {
        (pq.errorMessage(conn).map { String(cString: $0) } ?? "failed").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private func check(_ answer: Answer) throws {
        let status = pq.resultStatus(answer.result)
        guard status != LibPQ.commandOK, status != LibPQ.tuplesOK, status != LibPQ.copyIn else { return }
        let message = (pq.resultErrorMessage(answer.result).map { String(cString: $0) } ?? "failed")
            .trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ")
        let state = pq.resultErrorField(answer.result, LibPQ.sqlState).map { String(cString: $0) }
        throw StoreError("\(path): \(message)", state: state ?? "")
    }

    /// Runs statements with no values (several, separated by semicolons).
    public func execute(_ sql: String) throws {
        guard let result = pq.exec(conn, sql) else { throw StoreError("\(path): \(lastError)") }
        try check(Answer(pq, result))
    }

    /// The PostgreSQL text of a query written in SQLite's SQL for these values, translated once per connection.
    func postgres(_ sql: String, _ values: [SQLValue]) -> String { translation(sql, values).sql }

    func translation(_ sql: String, _ values: [SQLValue]) -> PostgresDialect.Translation {
        let nulls = Set(values.indices.filter { values[$0] == .null }.map { $0 + 1 })
        let key = nulls.isEmpty ? sql : sql + "\u{0}" + nulls.sorted().map(String.init).joined(separator: ",")
        if let t = translated[key] { return t }
        let t = PostgresDialect.translation(sql, nulls: nulls)
        if translated.count > 512 { translated = [:] }
        translated[key] = t
        return t
    }

    /// Runs a query written in SQLite's SQL: prepared once and its plan kept, unless it takes a list of ids.
    private func run(sqlite sql: String, _ values: [SQLValue]) throws -> Answer {
        let t = translation(sql, values)
        return try run(t.sql, values, prepared: !t.takesIDList)
    }

    public func rows(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]] {
        let answer = try run(sqlite: sql, values)
        let types = (0..<answer.columns).map { pq.ftype(answer.result, $0) }
        return (0..<answer.count).map { r in
            (0..<answer.columns).map { c in Row.value(pq, answer.result, r, c, types[Int(c)]) }
        }
    }

    /// Rows a cursor fetches at a time: an export of millions of facts holds a few thousand in memory.
    static let fetchSize = 5000
    private var cursors = 0

    public func each(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        let answer = try run(sqlite: sql, values)
        let row = Row(answer)
        for r in 0..<answer.count {
            row.index = r
            try body(row)
        }
    }

    /// The rows through a cursor, a few thousand at a time, in a read transaction (or the one running); `body` may run
    /// queries of its own meanwhile.
    public func stream(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws {
        try read {
            cursors += 1
            let name = "readout_rows_\(cursors)"
            _ = try run("DECLARE \(name) NO SCROLL CURSOR FOR " + postgres(sql, values), values, prepared: false)
            defer { try? execute("CLOSE \(name)") }
            while true {
                let answer = try run("FETCH \(Self.fetchSize) FROM \(name)", [], prepared: false)
                let row = Row(answer)
                for r in 0..<answer.count {
                    row.index = r
                    try body(row)
                }
                if answer.count < Self.fetchSize { break }
            }
        }
    }

    /// A row of an answer, moved along it by `each`.
    final class Row: SQLRow {
        let answer: Answer
        var index: Int32 = 0
        init(_ answer: Answer) { self.answer = answer }

        func text(_ i: Int32) -> String? {
            guard answer.pq.getisnull(answer.result, index, i) == 0, let v = answer.pq.getvalue(answer.result, index, i) else { return nil }
            return String(decoding: UnsafeRawBufferPointer(start: v, count: Int(answer.pq.getlength(answer.result, index, i))), as: UTF8.self)
        }
        func int(_ i: Int32) -> Int64 { Self.value(answer.pq, answer.result, index, i, answer.pq.ftype(answer.result, i)).int ?? 0 }
        func isNull(_ i: Int32) -> Bool { answer.pq.getisnull(answer.result, index, i) != 0 }
        func scalars(_ i: Int32) -> [Unicode.Scalar] { Array((text(i) ?? "").unicodeScalars) }
        func column(named name: String) -> Int32? {
            (0..<answer.columns).first { answer.pq.fname(answer.result, $0).map { String(cString: $0) } == name }
        }
        func row() -> [SQLValue] {
            (0..<answer.columns).map { Self.value(answer.pq, answer.result, index, $0, answer.pq.ftype(answer.result, $0)) }
        }

        /// A value as SQLite would give it: integers (and booleans, as 0 and 1) as integers, floating point as reals,
        /// a numeric (PostgreSQL's sum of integers) as an integer when it has no fraction, the rest as text.
        static func value(_ pq: LibPQ, _ result: LibPQ.Result, _ r: Int32, _ c: Int32, _ type: UInt32) -> SQLValue {
            guard pq.getisnull(result, r, c) == 0, let v = pq.getvalue(result, r, c) else { return .null }
            let text = String(decoding: UnsafeRawBufferPointer(start: v, count: Int(pq.getlength(result, r, c))), as: UTF8.self)
            switch type {
            case 20, 21, 23, 26: return Int64(text).map(SQLValue.integer) ?? .text(text)
            case 16: return .integer(text == "t" ? 1 : 0)
            case 700, 701: return Double(text).map(SQLValue.real) ?? .text(text)
            case 1700: return Int64(text).map(SQLValue.integer) ?? Double(text).map(SQLValue.real) ?? .text(text)
            default: return .text(text)
            }
        }
    }

    // MARK: transactions

    public func read<T>(_ body: () throws -> T) throws -> T {
        guard !inTransaction else { return try body() }
        // One snapshot for the whole body, as SQLite's read transaction gives.
        try execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        return try finish(body)
    }

    /// Runs `body` in one write transaction.
    public func write<T>(_ body: () throws -> T) throws -> T {
        guard !inTransaction else { throw StoreError("\(path): a write transaction inside another (a Readout bug, please report it)") }
        try execute("BEGIN")
        return try finish(body)
    }

    /// Runs `body` inside the running transaction so that it is undone alone when it throws; the transaction goes on.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        guard inTransaction else { throw StoreError("\(path): a savepoint outside a transaction (a Readout bug, please report it)") }
        try execute("SAVEPOINT part")
        do {
            let value = try body()
            try execute("RELEASE SAVEPOINT part")
            return value
        } catch {
            try? execute("ROLLBACK TO SAVEPOINT part")
            try? execute("RELEASE SAVEPOINT part")
            throw error
        }
    }

    private func finish<T>(_ body: () throws -> T) throws -> T {
        inTransaction = true
        defer { inTransaction = false }
        do {
            let value = try body()
            try execute("COMMIT")
            return value
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    public func withTimeLimit<T>(_ seconds: Double, _ body: () throws -> T) throws -> T {
        try execute("SET statement_timeout = \(Int(seconds * 1000))")
        defer { try? execute("SET statement_timeout = 0") }
        do { return try body() } catch let e as StoreError where e.state == "57014" {
            throw StoreError("the query took longer than \(seconds) s and was stopped")
        }
    }

    // MARK: bulk load

    /// COPY … FROM STDIN: `copy` names the table and columns, `data` is PostgreSQL's text format (one row a line,
    /// columns apart by tabs, `\N` for NULL: `PostgresCopy`).
    func copy(_ copy: String, _ data: [UInt8]) throws {
        guard !data.isEmpty else { return }
        _ = try run("COPY \(copy) FROM STDIN", [])
        let sent = data.withUnsafeBufferPointer { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = min(1 << 20, bytes.count - offset)
                let ok = UnsafeRawPointer(bytes.baseAddress! + offset).withMemoryRebound(to: CChar.self, capacity: n) { pq.putCopyData(conn, $0, Int32(n)) }
                guard ok == 1 else { return false }
                offset += n
            }
            return true
        }
        _ = pq.putCopyEnd(conn, sent ? nil : "readout could not send the rows")
        while let result = pq.getResult(conn) {
            try check(Answer(pq, result))
        }
    }
}
