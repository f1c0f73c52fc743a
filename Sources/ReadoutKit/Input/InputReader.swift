import Foundation

/// Why an input could not be read; the message names the file.
public struct InputError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads files as articles: bytes → decoded text, with the file's name as origin.
public enum InputReader {
    /// Files larger than this are read in parts, so memory stays bounded by a part, not by the file.
    public static let largeFile = 16 << 20

    /// A file (or `-`, stdin) in parts of about `partSize` bytes, cut at blank lines (or, failing that, at line
    /// ends, and inside a line longer than half a part after a 。); each part is one article, `path#part-N`, or `path`
    /// (`stdin`) when it is the only one. Memory is bounded by a part, not by the input. A part that is not text
    /// stops the file with the byte offset in the file.
    public static func readParts(_ path: String, partSize: Int = 4 << 20, _ body: (SourceArticle) throws -> Void) throws {
        try readParts(try LineReader(path: path), partSize: partSize, body)
    }

    /// The parts of an input already open (stdin, once looked at).
    public static func readParts(_ reader: LineReader, partSize: Int = 4 << 20, _ body: (SourceArticle) throws -> Void) throws {
        let name = reader.name
        var bytes: [UInt8] = []
        var held: [UInt8]?   // the first part, named once it is known whether another follows
        var offset = 0, part = 0
        func emit(_ bytes: [UInt8], origin: String) throws {
            do {
                try body(SourceArticle(text: try Decoder.decode(bytes), origin: origin))
            } catch let error as DecodeError {
                if case .notText(let byte) = error { throw InputError("\(name): not text (byte \(offset + byte))") }
                throw error
            }
            offset += bytes.count
        }
        func cut() throws {
            guard !bytes.isEmpty else { return }
            part += 1
            if part == 1 { held = bytes } else {
                if let first = held { try emit(first, origin: "\(name)#part-1"); held = nil }
                try emit(bytes, origin: "\(name)#part-\(part)")
            }
            bytes.removeAll(keepingCapacity: true)
        }
        var insideLine = false   // the last piece was cut from a long line (after a 。)
        while let (piece, endsLine) = try reader.nextPiece(limit: partSize / 2) {
            let blank = endsLine && piece.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            // A part ends at a blank line, or where a long line was cut, once it is long enough; and before it would
            // pass twice that length.
            if bytes.count >= partSize && (blank || insideLine) || bytes.count + piece.count + 1 > 2 * partSize { try cut() }
            bytes.append(contentsOf: piece)
            if endsLine { bytes.append(0x0A) }
            insideLine = !endsLine
        }
        try cut()
        if let only = held { try emit(only, origin: name) }
    }

    /// The rest of an input already open (stdin, once looked at) as one article.
    public static func readAll(_ reader: LineReader) throws -> SourceArticle {
        let name = reader.name
        do {
            return SourceArticle(text: try Decoder.decode(try reader.readToEnd()), origin: name)
        } catch let error as DecodeError {
            throw InputError("\(name): \(error)")
        }
    }

    /// One text or HTML file (or `-` for stdin) as one article.
    public static func readFile(_ path: String) throws -> SourceArticle {
        let bytes: [UInt8]
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw InputError("\(path): no such file") }
            guard !isDirectory.boolValue else { throw InputError("\(path): is a folder") }
            guard let data = FileManager.default.contents(atPath: path) else { throw InputError("\(path): cannot read") }
            bytes = Array(data)
        }
        do {
            let text = try Decoder.decode(bytes)
            return SourceArticle(text: text, origin: path == "-" ? "stdin" : path)
        } catch let error as DecodeError {
            throw InputError("\(path): \(error)")
        }
    }
}
