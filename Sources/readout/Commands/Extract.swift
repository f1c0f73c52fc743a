import ArgumentParser
import Foundation
import ReadoutKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract facts from one file without storing them; prints each fact with its span and rule.",
        discussion: """
        Examples:
          readout extract fixtures/pingan-2020-changanwang.txt
          readout extract article.html --format json
          zcat xwlb-2012-2018.jsonl.gz | head -3 | readout extract -
        """
    )

    @Argument(help: "A text or HTML file (UTF-8 or GB18030), a .jsonl/.jsonl.gz corpus, or - for stdin.")
    var file: String

    @Flag(help: "Print the paragraphs (title, meta, heading, body, chrome) instead of the facts.")
    var segments = false

    @Flag(help: "Read the file or stdin as a JSON Lines corpus, whatever it looks like or is called (stdin is one anyway when its first line is a record with a text field).")
    var jsonl = false

    @Flag(help: "Print only counts and speed on stderr: documents, characters, facts, MB/s of extraction.")
    var summary = false

    @OptionGroup var output: FormatOptions

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        do {
            var sources: [SourceArticle] = []
            let report: (InputError) -> Void = { say("error: \($0)") }
            if file == "-" {
                let reader = try LineReader(path: "-")
                if try jsonl || CorpusReader.looksLikeCorpus(reader) {
                    try CorpusReader(reader).forEach({ sources.append($0) }, onError: report)
                } else {
                    sources = [try InputReader.readAll(reader)]
                }
            } else if jsonl || CorpusReader.isCorpus(file) {
                try CorpusReader(path: file).forEach({ sources.append($0) }, onError: report)
            } else {
                sources = [try InputReader.readFile(file)]
            }
            let extractor = try lexiconOptions.extractor()
            if summary {
                let started = Date()
                var characters = 0, bytes = 0, facts = 0
                for source in sources {
                    let read = extractor.read(source)
                    characters += read.document.text.count; bytes += source.text.utf8.count; facts += read.extraction.facts.count
                }
                let seconds = Date().timeIntervalSince(started)
                FileHandleOutput.stderr(String(format: "%d documents, %d characters, %.1f MB UTF-8, %d facts in %.2f s: %.1f MB/s, %.0f characters/s\n",
                                               sources.count, characters, Double(bytes) / 1e6, facts, seconds, Double(bytes) / 1e6 / seconds, Double(characters) / seconds))
                return
            }
            let records = sources.flatMap { source -> [JSONValue] in
                let read = extractor.read(source)
                if segments {
                    return read.document.paragraphs.map { p in
                        .object([("kind", .string(p.kind.rawValue)), ("start", .number(Double(p.span.start))),
                                 ("end", .number(Double(p.span.end))), ("text", .string(read.document.slice(p.span)))])
                    }
                }
                return FactsReport.records(read).map { record in
                    guard case .object(let fields) = record, sources.count > 1 else { return record }
                    return .object([("document", .string(source.origin))] + fields)
                }
            }
            FileHandleOutput.stdout(Renderer.render(records, as: output.format))
        } catch {
            throw fail("\(error)")
        }
    }
}
