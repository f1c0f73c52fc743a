/// A store of documents and their facts, on SQLite (`Store`, one file) or PostgreSQL (`PostgresStore`, a server
/// several machines write to at once): what an ingest writes into and what `Graph` reads from.
public protocol GraphStore: AnyObject {
    /// What messages call the store: a file's path, or a URL without its password.
    var path: String { get }
    /// The connection the queries read through.
    var reader: any SQLConnection { get }
    /// Stores articles: each document whole or absent, the same text twice stored once.
    func ingest(_ batch: [(StorableArticle, String)]) throws -> [Result<IngestOutcome, Error>]
    /// Made ready for an ingest; what it answers ends the ingest (SQLite: a bulk load's deferred indexes built;
    /// PostgreSQL: statistics refreshed after a load that grew the store by a tenth), nil when nothing need.
    func beginIngest() throws -> (() throws -> Void)?
    /// What that ending may do, in a few words for `ingest --timing`.
    var ingestEnding: String { get }
    /// Ends a writing command: what it wrote is where a reader of the store finds it.
    func finishWriting() throws
}

/// What an ingest did with one document: stored it; found its text stored already; or found it stored from a copy
/// this one precedes (`CopyPrecedence`) and put this one's metadata and facts in its place.
public enum IngestOutcome: Equatable, Sendable { case stored(triples: Int), unchanged, replaced(triples: Int) }

/// Opens a store by where it is: a PostgreSQL URL (postgresql://…) or an SQLite file's path.
public enum StoreLocation {
    public static func isPostgres(_ location: String) -> Bool { PostgresConnection.isURL(location) }

    public static func openForReading(_ location: String) throws -> any GraphStore {
        isPostgres(location) ? try PostgresStore(url: location, readOnly: true) : try Store(path: location, readOnly: true)
    }
}
