import Foundation

/// What one ingest run did.
public struct IngestSummary: Sendable {
    public var stored = 0
    public var unchanged = 0
    public var triples = 0
    public var warnings = 0
    public var errors = 0

    public var line: String {
        "\(stored) stored, \(unchanged) unchanged, \(triples) triples, \(warnings) warnings, \(errors) errors"
    }
}

/// Reads files, folders and corpora, extracts each article and stores it, one transaction per document.
/// A bad input is reported and skipped; the others go on.
public final class Ingester {
    public let store: Store
    public let extractor: Extractor
    public let fields: CorpusFields
    public var onMessage: (String) -> Void = { _ in }
    public var onProgress: (IngestSummary) -> Void = { _ in }
    public private(set) var summary = IngestSummary()

    static let textExtensions: Set<String> = ["txt", "text", "html", "htm", "xhtml", "md", ""]

    public init(store: Store, extractor: Extractor = Extractor(), fields: CorpusFields = CorpusFields()) {
        self.store = store; self.extractor = extractor; self.fields = fields
    }

    public func ingest(paths: [String]) {
        for path in paths { ingest(path: path, explicit: true) }
    }

    func ingest(path: String, explicit: Bool) {
        if path == "-" { ingestFile(path); return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            error("\(path): no such file or folder"); return
        }
        if isDirectory.boolValue {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                error("\(path): cannot read folder"); return
            }
            for name in names.sorted() where !name.hasPrefix(".") {
                let child = (path as NSString).appendingPathComponent(name)
                var childIsDirectory: ObjCBool = false
                FileManager.default.fileExists(atPath: child, isDirectory: &childIsDirectory)
                if childIsDirectory.boolValue || CorpusReader.isCorpus(child) || Self.textExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    ingest(path: child, explicit: false)
                }
            }
            return
        }
        if CorpusReader.isCorpus(path) { ingestCorpus(path) } else { ingestFile(path) }
    }

    func ingestFile(_ path: String) {
        do {
            let source = try InputReader.readFile(path)
            store(source)
        } catch {
            self.error("\(error)")
        }
    }

    func ingestCorpus(_ path: String) {
        do {
            try CorpusReader(path: path, fields: fields).forEach({ store($0) }, onError: { self.error($0.message) })
        } catch {
            self.error("\(error)")
        }
    }

    func store(_ source: SourceArticle) {
        let stripped = HTMLStripper.looksLikeHTML(source.text) ? HTMLStripper.strip(source.text) : source.text
        if stripped.allSatisfy(\.isWhitespace) {
            summary.warnings += 1
            onMessage("warning: \(source.origin): empty, nothing stored")
            return
        }
        let read = extractor.read(source)
        do {
            switch try store.ingest(read, origin: source.origin) {
            case .stored(let n): summary.stored += 1; summary.triples += n
            case .unchanged: summary.unchanged += 1
            }
        } catch {
            self.error("\(source.origin): \(error)")
        }
        onProgress(summary)
    }

    func error(_ message: String) {
        summary.errors += 1
        onMessage("error: \(message)")
    }
}
