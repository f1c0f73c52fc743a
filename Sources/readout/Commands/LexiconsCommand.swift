import ArgumentParser
import Foundation
import ReadoutKit

struct LexiconsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicons",
        abstract: "Check a folder of lexicon files, or write out the built-in ones to extend them.",
        discussion: """
        The rules read word lists, never facts: surnames, title words, organisation suffixes, verbs of
        attendance, statistic verbs and units, page-chrome words. They are built into the binary. To
        extend them, write them to a folder, edit the files, and pass --lexicons DIR (or set
        READOUT_LEXICONS) to ingest, extract and eval.
        Examples:
          readout lexicons --copy my-lexicons && readout lexicons my-lexicons
          cp -r "$(readout lexicons --path)" my-lexicons
          readout ingest corpus.jsonl.gz --lexicons my-lexicons
        """
    )

    @Argument(help: "A folder of lexicon files to validate.") var folder: String?
    @Flag(help: "Print a folder that holds the built-in lexicons (written to the user's cache folder once per version).") var path = false
    @Option(help: "Write the built-in lexicons into this folder.") var copy: String?

    func run() throws {
        do {
            if let copy {
                try LexiconSource.writeBuiltIn(to: URL(fileURLWithPath: copy))
                say("\(copy): \(LexiconSource.builtInFiles.count) lexicon files written")
            } else if path || folder == nil {
                FileHandleOutput.stdout(try Self.cachedBuiltIn().path + "\n")
            } else {
                _ = try Lexicons.load(from: URL(fileURLWithPath: folder!))
                say("\(folder!): lexicons are valid")
            }
        } catch { throw fail("\(error)") }
    }

    /// The built-in lexicons as files under $XDG_CACHE_HOME (or ~/.cache), in a folder named by their content, so a
    /// build with other lexicons never reads a stale copy.
    static func cachedBuiltIn() throws -> URL {
        let env = ProcessInfo.processInfo.environment
        let cache = env["XDG_CACHE_HOME"].map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        var hash: UInt64 = 0xcbf29ce484222325   // FNV-1a over names and contents
        for (name, text) in LexiconSource.builtInFiles.sorted(by: { $0.key < $1.key }) {
            for b in name.utf8 + [0] + text.utf8 + [0] { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        }
        let folder = cache.appendingPathComponent("readout/lexicons-\(ReadoutVersion.release)-\(String(hash, radix: 16))")
        if !FileManager.default.fileExists(atPath: folder.appendingPathComponent("surnames.txt").path) {
            let partial = folder.deletingLastPathComponent().appendingPathComponent(".partial-\(UUID().uuidString)")
            try LexiconSource.writeBuiltIn(to: partial)
            try? FileManager.default.moveItem(at: partial, to: folder)   // another process may have won the race
            try? FileManager.default.removeItem(at: partial)
        }
        return folder
    }
}
