import Foundation

/// Articles gathered into chunks and extracted on every core, each chunk handed on whole and in input order: the
/// reading side of an ingest, and of `readout extract --format jsonl`, whose memory is one chunk however long the input.
public final class ChunkExtraction {
    public let extractor: Extractor
    /// Articles extracted together; a chunk is bounded by count and by size, so one huge document does not wait for
    /// a thousand others.
    public var chunkSize = 1024, chunkBytes = 8 << 20
    /// Each chunk: its articles, and what each became (nil for one with no text once its markup is gone).
    private let onChunk: ([SourceArticle], [StorableArticle?]) -> Void
    private var pending: [SourceArticle] = []
    private var pendingBytes = 0

    public init(_ extractor: Extractor, onChunk: @escaping ([SourceArticle], [StorableArticle?]) -> Void) {
        self.extractor = extractor; self.onChunk = onChunk
    }

    public func add(_ source: SourceArticle) {
        pending.append(source)
        pendingBytes += source.text.utf8.count
        if pending.count >= chunkSize || pendingBytes > chunkBytes { flush() }
    }

    /// Extracts what is pending, on every core, and hands it on.
    public func flush() {
        guard !pending.isEmpty else { return }
        let sources = pending
        pending = []; pendingBytes = 0
        onChunk(sources, Self.extract(sources, extractor))
    }

    /// Each article read and numbered for the store on the extracting cores, at a lowered priority (the writer of
    /// an ingest is the one serial stage and should never wait for a core).
    static func extract(_ sources: [SourceArticle], _ extractor: Extractor) -> [StorableArticle?] {
        onEveryCore(sources) { read($0, extractor) }
    }

    /// `transform` of each item, on every core at a lowered priority, in the items' order.
    static func onEveryCore<Item: Sendable, Result>(_ items: [Item], _ transform: @Sendable (Item) -> Result) -> [Result] {
        let slots = ResultSlots<Result>(count: items.count)
        let queue = WorkQueue(count: items.count)
        DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { _ in
            ExtractionPriority.lowerCurrentThread()
            while let k = queue.take() { slots.set(k, transform(items[k])) }
        }
        return slots.values.map { $0! }
    }

    /// nil for an article with no text once its markup is gone.
    static func read(_ source: SourceArticle, _ extractor: Extractor) -> StorableArticle? {
        let read = extractor.read(source)
        if read.cleanText.unicodeScalars.allSatisfy(\.isWhitespace) { return nil }
        return StorableArticle(read)   // the hash and the numbering on the extracting cores, not the writer's
    }
}

/// One slot per article of a chunk, filled from several threads at once.
final class ResultSlots<Value>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ value: Value) { lock.lock(); storage[k] = value; lock.unlock() }
    var values: [Value?] { lock.lock(); defer { lock.unlock() }; return storage }
}
