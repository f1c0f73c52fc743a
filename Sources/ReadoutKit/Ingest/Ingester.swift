import Foundation

/// What one ingest run did.
public struct IngestSummary: Sendable {
    public var stored = 0
    public var unchanged = 0
    /// Texts stored before from a later copy, now held as this ingest's (CopyPrecedence).
    public var replaced = 0
    public var triples = 0
    public var warnings = 0
    public var errors = 0
    /// Documents not tried after the store failed (a full disk).
    public var notStored = 0
    /// Time the writer spent storing, for the storing rate: wall time, and the CPU time of its thread.
    public var writeSeconds = 0.0
    public var writeCPUSeconds = 0.0
    /// Of the writer's time, the part spent ending the load (`GraphStore.ingestEnding`: the indexes a bulk load deferred, statistics).
    public var indexSeconds = 0.0
    /// Bytes of the input files (as on disk: compressed, for a .gz) read by the time the stored documents were.
    public var bytesRead = 0

    public var line: String {
        "\(stored) stored, \(unchanged) unchanged, " + (replaced > 0 ? "\(replaced) in place of a later copy, " : "") + "\(triples) triples, \(warnings) warnings, \(errors) errors"
            + (notStored > 0 ? ", \(notStored) not stored after the store failed" : "")
    }

    /// Triples per second of the writer alone.
    public var storingRate: Double { writeSeconds > 0 ? Double(triples) / writeSeconds : 0 }
}

/// Reads files, folders and corpora, extracts the articles on every core, and stores them from one writer:
/// articles are extracted in chunks while the chunk before is being written; each document is whole or absent.
/// A bad input is reported and skipped; the others go on.
public final class Ingester: @unchecked Sendable {
    public let store: any GraphStore
    public let extractor: Extractor
    public let fields: CorpusFields
    /// Read stdin, and the files named on the command line, as JSON Lines corpora whatever they look like or are
    /// called (`--jsonl`). Without it stdin is one when its first line is a record with a text field.
    public var jsonLines = false
    /// The inputs are facts lines (`readout extract --format jsonl`), stored as they are without extracting again.
    public var factsLines = false
    public var onMessage: (String) -> Void = { _ in }
    public var onProgress: (IngestSummary) -> Void = { _ in }
    public private(set) var summary = IngestSummary()

    static let textExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "md", ""]

    /// Articles extracted together; also the most a write transaction holds.
    public var chunkSize: Int { get { chunks.chunkSize } set { chunks.chunkSize = newValue } }
    /// The articles read so far, extracted a chunk at a time and handed to the writer.
    private lazy var chunks = ChunkExtraction(extractor) { [unowned self] sources, reads in
        store(zip(sources, reads).map { ($0.origin, $1) })
    }
    private struct FolderID: Hashable { let device: UInt64, inode: UInt64 }
    private var visited = Set<FolderID>()
    private let writer = WriterThread(name: "readout.writer")
    private let inFlight = DispatchSemaphore(value: 1)
    /// Set on the writer's thread when the store itself failed: later batches are not tried.
    private var storeFailed = false
    /// Bytes of the inputs read so far, on the reader's thread; handed to the writer with each chunk.
    private var inputBytes = 0

    public init(store: any GraphStore, extractor: Extractor = Extractor(), fields: CorpusFields = CorpusFields()) {
        self.store = store; self.extractor = extractor; self.fields = fields
    }

    deinit { writer.stop() }

    public func ingest(paths: [String]) {
        // The store made ready (an empty SQLite store takes a bulk load), and what ends that at the end.
        var finish: (() throws -> Void)?
        writer.sync { [self] in timedWrite { finish = try store.beginIngest() } }
        // Reading and extracting run on a thread of our own (and the pool's), all at a lowered priority, so that
        // the writer never waits for a core; the caller's thread only waits, its priority untouched.
        let done = DispatchSemaphore(value: 0)
        let reader = Thread { [self] in
            ExtractionPriority.lowerCurrentThread()
            for path in paths { ingest(path: path, explicit: true) }
            flush()
            done.signal()
        }
        reader.stackSize = 16 << 20
        reader.start()
        done.wait()
        writer.sync { [self] in
            let before = summary.writeSeconds
            timedWrite { try finish?() }
            summary.indexSeconds += summary.writeSeconds - before
        }
    }

    /// Runs a step of storing on the writer's queue, counting its time; a failure is reported, not thrown.
    private func timedWrite(_ body: () throws -> Void) {
        let started = DispatchTime.now().uptimeNanoseconds, startedCPU = Self.threadCPUSeconds()
        defer {
            summary.writeSeconds += Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            summary.writeCPUSeconds += Self.threadCPUSeconds() - startedCPU
        }
        do { try body() } catch { self.error("\(store.path): \(error)") }
    }

    /// The bytes `ingest(paths:)` will read, for a progress bar: files, corpora and the files a folder holds that
    /// would be read; nil when stdin is among them (its size is unknown).
    public static func inputSize(_ paths: [String]) -> Int? {
        var total = 0
        for path in paths {
            if path == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                guard let walk = FileManager.default.enumerator(atPath: path) else { continue }
                while let name = walk.nextObject() as? String {
                    let child = (path as NSString).appendingPathComponent(name)
                    if CorpusReader.isCorpus(child) || textExtensions.contains((name as NSString).pathExtension.lowercased()) {
                        total += (try? FileManager.default.attributesOfItem(atPath: child)[.size] as? Int) ?? 0
                    }
                }
            } else {
                total += (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            }
        }
        return total
    }

    func ingest(path: String, explicit: Bool) {
        if factsLines { ingestFacts(path); return }
        if path == "-" { ingestStdin(); return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            error("\(path): no such file or folder"); return
        }
        if isDirectory.boolValue {
            // Each real folder once, by its device and inode: a link back up the tree must not walk it forever.
            var info = stat()
            guard stat(path, &info) == 0 else { error("\(path): cannot read folder"); return }
            guard visited.insert(FolderID(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))).inserted else { return }
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                error("\(path): cannot read folder"); return
            }
            for name in names.sorted() where !skipsInFolder(name) {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory)
                if childIsDirectory.boolValue || CorpusReader.isCorpus(child) || Self.textExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    ingest(path: child, explicit: false)
                }
            }
            return
        }
        if CorpusReader.isCorpus(path) || explicit && jsonLines { ingestCorpus(path) } else { ingestFile(path) }
    }

    /// Whether a folder's walk passes a file or folder by: names beginning with `.`, and those beginning with a
    /// word of skipped_files.txt (README.md, LICENSE) that no letter follows. Named on the command line, it is read.
    func skipsInFolder(_ name: String) -> Bool {
        if name.hasPrefix(".") { return true }
        let upper = name.uppercased()
        return extractor.lexicons.skippedFiles.contains { word in
            upper.hasPrefix(word.uppercased()) && !(upper.dropFirst(word.count).first?.isLetter ?? false)
        }
    }

    /// stdin: a JSON Lines corpus when `--jsonl` says so or its first line is a record with a text field, else
    /// text read in parts.
    func ingestStdin() {
        do {
            let reader = try LineReader(path: "-")
            if try jsonLines || CorpusReader.looksLikeCorpus(reader, fields: fields) {
                try CorpusReader(reader, fields: fields).forEach({ store($0) }, onError: { self.error($0.message) })
            } else {
                try InputReader.readParts(reader) { store($0) }
            }
        } catch {
            self.error("\(error)")
        }
    }

    func ingestFile(_ path: String) {
        do {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            if size > InputReader.largeFile {
                try InputReader.readParts(path) { store($0) }
                return
            }
            let source = try InputReader.readFile(path)
            inputBytes += size
            store(source)
        } catch {
            self.error("\(error)")
        }
    }

    func ingestCorpus(_ path: String) {
        do {
            let before = inputBytes
            try CorpusReader(path: path, fields: fields).forEach({ store($0) }, onError: { self.error($0.message) },
                                                                 position: { self.inputBytes = before + $0 })
        } catch {
            self.error("\(error)")
        }
    }

    /// Facts lines, a chunk at a time decoded on every core (the text's hash checked) and handed to the writer; a
    /// bad line is reported with its number and skipped.
    func ingestFacts(_ path: String) {
        var isDirectory: ObjCBool = false
        if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            error("\(path): a folder; --facts reads files of facts lines (readout extract --format jsonl)"); return
        }
        do {
            let reader = try LineReader(path: path)
            var lines: [(number: Int, bytes: [UInt8])] = [], bytes = 0, number = 0
            func decode() {
                let decoded = ChunkExtraction.onEveryCore(lines) { line in Result { try FactsLine.decode(line.bytes) } }
                var items: [(String, StorableArticle?)] = []
                for (line, result) in zip(lines, decoded) {
                    switch result {
                    case .success(let (article, origin)): items.append((origin, article))
                    case .failure(let e): error("\(reader.name):\(line.number): \(e)")
                    }
                }
                lines = []; bytes = 0
                store(items)
            }
            while let line = try reader.next() {
                number += 1
                inputBytes = reader.offset
                if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
                lines.append((number, line)); bytes += line.count
                if lines.count >= chunkSize || bytes > chunks.chunkBytes { decode() }
            }
            if !lines.isEmpty { decode() }
        } catch {
            self.error("\(error)")
        }
    }

    func store(_ source: SourceArticle) { chunks.add(source) }

    func flush() { chunks.flush() }

    /// Hands an extracted chunk to the writer, which stores it while the next chunk is read and extracted.
    private func store(_ items: [(origin: String, article: StorableArticle?)]) {
        let bytesRead = inputBytes
        inFlight.wait()
        writer.async { [self] in
            defer { inFlight.signal() }
            summary.bytesRead = bytesRead
            var batch: [(StorableArticle, String)] = []
            for (origin, read) in items {
                guard let read else {
                    summary.warnings += 1
                    onMessage("warning: \(origin): empty, nothing stored")
                    continue
                }
                batch.append((read, origin))
            }
            if storeFailed { summary.notStored += batch.count; onProgress(summary); return }
            timedWrite {
                do {
                    for (outcome, item) in zip(try store.ingest(batch), batch) {
                        switch outcome {
                        case .success(.stored(let n)): summary.stored += 1; summary.triples += n
                        case .success(.unchanged): summary.unchanged += 1
                        case .success(.replaced(let n)): summary.replaced += 1; summary.triples += n
                        case .failure(let e): error("\(item.1): \(e)")
                        }
                    }
                } catch {
                    // The store failed, not a document (a full disk): said once, and nothing more is tried.
                    storeFailed = true
                    self.error("\(error): stopped storing (\(batch.count) documents of this batch not stored)")
                }
            }
            onProgress(summary)
        }
    }

    static func threadCPUSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    func error(_ message: String) {
        writerSafe { [self] in
            summary.errors += 1
            onMessage("error: \(message)")
        }
    }

    /// Messages and counts change on the writer's thread only.
    private func writerSafe(_ body: @escaping () -> Void) {
        if writer.isCurrent { body() } else { writer.sync(body) }
    }
}
