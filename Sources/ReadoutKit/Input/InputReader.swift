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

    /// A file in parts of about `partSize` bytes, cut at blank lines (or, failing that, at line ends); each part
    /// is one article, `path#part-N`. A part that is not text stops the file with the byte offset in the file.
    public static func readParts(_ path: String, partSize: Int = 4 << 20, _ body: (SourceArticle) throws -> Void) throws {
        let reader = try LineReader(path: path)
        var bytes: [UInt8] = []
        var offset = 0, part = 0
        func emit() throws {
            guard !bytes.isEmpty else { return }
            part += 1
            do {
                try body(SourceArticle(text: try Decoder.decode(bytes), origin: "\(path)#part-\(part)"))
            } catch let error as DecodeError {
                if case .notText(let byte) = error { throw InputError("\(path): not text (byte \(offset + byte))") }
                throw error
            }
            offset += bytes.count
            bytes.removeAll(keepingCapacity: true)
        }
        while let line = try reader.next() {
            let blank = line.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
            if bytes.count >= partSize && blank || bytes.count >= 2 * partSize { try emit() }
            bytes.append(contentsOf: line)
            bytes.append(0x0A)
        }
        try emit()
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
