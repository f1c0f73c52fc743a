import Foundation

/// Why an input could not be read; the message names the file.
public struct InputError: Error, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// Reads files as articles: bytes → decoded text, with the file's name as origin.
public enum InputReader {
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
