import ArgumentParser
import Foundation
import ReadoutKit

struct LexiconsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicons",
        abstract: "Check a folder of lexicon files, or print where the built-in ones are.",
        discussion: """
        The rules read word lists, never facts: surnames, title words, organisation suffixes, verbs of
        attendance, statistic verbs and units, page-chrome words. To extend them, copy the folder, edit
        the files, and pass --lexicons DIR (or set READOUT_LEXICONS) to ingest, extract and eval.
        Examples:
          cp -r "$(readout lexicons --path)" my-lexicons && readout lexicons my-lexicons
          readout ingest corpus.jsonl.gz --lexicons my-lexicons
        """
    )

    @Argument(help: "A folder of lexicon files to validate.") var folder: String?
    @Flag(help: "Print the folder of the built-in lexicons.") var path = false

    func run() throws {
        if path || folder == nil { FileHandleOutput.stdout(Lexicons.bundledDirectory.path + "\n"); return }
        do {
            _ = try Lexicons.load(from: URL(fileURLWithPath: folder!))
            FileHandleOutput.stderr("\(folder!): lexicons are valid\n")
        } catch { throw fail("\(error)") }
    }
}
