import Foundation

/// Which fields of a JSON Lines record hold what. The defaults fit the bundled CCTV corpus.
public struct CorpusFields: Sendable {
    public var text: [String]
    public var id: String
    public var date: String
    public var title: String
    /// Where the article was published: kept on the document, so that a fact can be cited.
    public var url: String

    public init(text: [String] = ["html", "text", "content", "body"], id: String = "id", date: String = "date", title: String = "title",
                url: String = "url") {
        self.text = text; self.id = id; self.date = date; self.title = title; self.url = url
    }
}

/// Streams the articles of a JSON Lines corpus (plain or gzip), one record per line.
public struct CorpusReader {
    public let path: String
    public let fields: CorpusFields
    /// The input already opened (stdin, once looked at), or nil to open `path`.
    let reader: LineReader?

    public init(path: String, fields: CorpusFields = CorpusFields()) { self.path = path; self.fields = fields; reader = nil }

    /// A corpus read from an input already open: stdin, whose first line was looked at to tell that it is one.
    /// Its articles are `stdin#ID`, and its errors `stdin:LINE: …`.
    public init(_ reader: LineReader, fields: CorpusFields = CorpusFields()) {
        self.reader = reader; self.fields = fields
        path = reader.name
    }

    /// Whether an input is JSON Lines: its first byte that is not blank is `{`, and its first line a JSON object
    /// with one of the text fields. Nothing is consumed.
    public static func looksLikeCorpus(_ reader: LineReader, fields: CorpusFields = CorpusFields()) throws -> Bool {
        guard let line = try reader.peekObjectLine(),
              let record = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else { return false }
        return fields.text.contains { record[$0] is String }
    }

    public static func isCorpus(_ path: String) -> Bool {
        path.hasSuffix(".jsonl") || path.hasSuffix(".jsonl.gz") || path.hasSuffix(".ndjson") || path.hasSuffix(".ndjson.gz")
    }

    /// Calls `body` with each article; a bad line is reported through `onError` and skipped. `position`: the bytes of
    /// the file read so far (compressed bytes, for a .gz), after each line.
    public func forEach(_ body: (SourceArticle) throws -> Void, onError: (InputError) -> Void, position: (Int) -> Void = { _ in }) throws {
        let reader = try self.reader ?? LineReader(path: path)
        var lineNumber = 0
        while let line = try reader.next() {
            lineNumber += 1
            position(reader.offset)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            do {
                try body(try article(line, lineNumber))
            } catch let error as InputError {
                onError(error)
            }
        }
    }

    func article(_ line: [UInt8], _ number: Int) throws -> SourceArticle {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(line)) } catch {
            throw InputError("\(path):\(number): not a JSON object")
        }
        guard let record = object as? [String: Any] else { throw InputError("\(path):\(number): not a JSON object") }
        guard let text = fields.text.lazy.compactMap({ record[$0] as? String }).first else {
            throw InputError("\(path):\(number): no text field (\(fields.text.joined(separator: ", ")))")
        }
        let id = (record[fields.id] as? String) ?? (record[fields.id] as? Int).map(String.init) ?? String(number)
        let date = (record[fields.date] as? String).flatMap(Day.init(parsing:))
        let title = record[fields.title] as? String
        let url = (record[fields.url] as? String).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        return SourceArticle(text: text, title: title, date: date, origin: "\(path)#\(id)", url: url)
    }
}
