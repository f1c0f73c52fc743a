import Foundation

/// Reads every stored document again with the current rules and lexicons: how a rule change (or a merge undone in
/// a lexicon) reaches what is already stored. Documents are read as they were stored (clean text, title), a chunk
/// at a time extracted on every core as an ingest does, and each is replaced in a transaction of its own
/// (`Store.replaceFacts`), which reads the facts it replaces inside that transaction.
public final class Reextractor {
    public let store: Store
    public let extractor: Extractor
    /// Documents extracted together.
    public var chunkSize = 512

    public init(store: Store, extractor: Extractor) {
        self.store = store; self.extractor = extractor
    }

    /// `progress`: documents done so far.
    public func run(progress: (Int) -> Void = { _ in }) throws -> (documents: Int, triples: Int) {
        try store.buildDeferredIndexes()
        let ids = try store.storedDocuments()
        var triples = 0, done = 0
        for start in stride(from: 0, to: ids.count, by: chunkSize) {
            let sources = try store.storedSources(Array(ids[start..<min(start + chunkSize, ids.count)]))
            for (stored, article) in zip(sources, ChunkExtraction.extract(sources.map(\.source), extractor)) {
                guard let article else { continue }
                triples += try store.replaceFacts(of: stored.id, with: article)
                done += 1
                progress(done)
            }
        }
        try store.removeUnusedEntities()
        return (ids.count, triples)
    }
}
