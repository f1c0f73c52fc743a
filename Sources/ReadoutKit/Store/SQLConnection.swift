/// What the queries need of a database: rows of a query with bound values, one read transaction, a time limit.
/// SQLite (`Database`) and PostgreSQL (`PostgresConnection`) give it; the queries, written once, do not know which
/// they run on.
public protocol SQLConnection: AnyObject {
    /// What messages call the store: its path, or its URL without a password.
    var path: String { get }
    /// Runs a query with bound values and collects its rows.
    func rows(_ sql: String, _ values: [SQLValue]) throws -> [[SQLValue]]
    /// Runs a query and hands each row to `body`, columns read on demand.
    func each(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws
    /// `each` for answers of any length (an export's millions of rows): never all of it in memory at once. Inside
    /// `read`, for one state of the store throughout.
    func stream(_ sql: String, _ values: [SQLValue], _ body: (any SQLRow) throws -> Void) throws
    /// Runs `body` in one read transaction: its statements see one state of the store. Inside one already, it just runs.
    func read<T>(_ body: () throws -> T) throws -> T
    /// Runs `body` with its statements stopped after `seconds`; the error names the limit.
    func withTimeLimit<T>(_ seconds: Double, _ body: () throws -> T) throws -> T
}

extension SQLConnection {
    public func rows(_ sql: String) throws -> [[SQLValue]] { try rows(sql, []) }
    public func each(_ sql: String, _ body: (any SQLRow) throws -> Void) throws { try each(sql, [], body) }
    public func stream(_ sql: String, _ body: (any SQLRow) throws -> Void) throws { try stream(sql, [], body) }
}

/// One row of a query's answer, its columns read by index (from 0) or by name.
public protocol SQLRow {
    func text(_ i: Int32) -> String?
    func int(_ i: Int32) -> Int64
    func isNull(_ i: Int32) -> Bool
    /// A text column decoded straight to scalars.
    func scalars(_ i: Int32) -> [Unicode.Scalar]
    /// The index of a result column by its name (as the query names it, `AS` included).
    func column(named name: String) -> Int32?
    func row() -> [SQLValue]
}

extension SQLRow {
    /// A text column by its name: a query's columns can then change order without its readers changing.
    public func text(_ name: String) -> String? { column(named: name).flatMap { text($0) } }
}
