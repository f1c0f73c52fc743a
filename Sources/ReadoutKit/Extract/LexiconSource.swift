import Foundation

/// Where lexicon files are read from: the copy built into the binary, or a folder the user gives (`--lexicons`).
public enum LexiconSource: Sendable {
    case builtIn
    case folder(URL)

    /// The built-in lexicon files by name (surnames.txt …), as embedded at build time: string literals in the binary,
    /// not copies. (Foundation's searches index a literal by UTF-16 offset from its start, quadratic on 3 MB: search a
    /// native copy, `String(decoding: Array(text.utf8), as: UTF8.self)`.)
    public static let builtInFiles: [String: String] = {
        var files: [String: String] = [:]
        for (key, text) in EmbeddedResources.files where key.hasPrefix("Lexicons/") {
            files[String(key.dropFirst("Lexicons/".count))] = text
        }
        return files
    }()

    /// A file's bytes; a lexicon that cannot be read is an error naming it.
    func data(_ name: String) throws -> Data {
        switch self {
        case .builtIn:
            guard let text = Self.builtInFiles[name] else { throw LexiconError(file: path(name), line: 0, message: "cannot read lexicon") }
            return Data(text.utf8)
        case .folder(let dir):
            guard let data = try? Data(contentsOf: dir.appendingPathComponent(name)) else {
                let missing = !FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path) && Self.builtInFiles[name] != nil
                throw LexiconError(file: path(name), line: 0, message: missing
                    ? "cannot read lexicon: the folder lacks it (copied from an older readout? `readout lexicons --copy DIR` writes the current files)"
                    : "cannot read lexicon")
            }
            return data
        }
    }

    func text(_ name: String) throws -> String {
        guard let text = String(data: try data(name), encoding: .utf8) else { throw LexiconError(file: path(name), line: 0, message: "not UTF-8") }
        return text
    }

    /// How messages name a file: its path, or `built-in/NAME`.
    func path(_ name: String) -> String {
        switch self {
        case .builtIn: return "built-in/" + name
        case .folder(let dir): return dir.appendingPathComponent(name).path
        }
    }

    /// Writes the built-in files into `folder` (created if need be), for a user to copy and extend.
    public static func writeBuiltIn(to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in builtInFiles { try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8) }
    }
}
