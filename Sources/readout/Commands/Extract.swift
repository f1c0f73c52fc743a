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
        """
    )

    @Argument(help: "A text or HTML file (UTF-8 or GB18030), a .jsonl/.jsonl.gz corpus, or - for stdin.")
    var file: String

    @Flag(help: "Print the paragraphs (title, meta, heading, body, chrome) instead of the facts.")
    var segments = false

    @OptionGroup var output: FormatOptions

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        do {
            var sources: [SourceArticle] = []
            if CorpusReader.isCorpus(file) {
                try CorpusReader(path: file).forEach({ sources.append($0) }, onError: { FileHandleOutput.stderr("error: \($0)\n") })
            } else {
                sources = [try InputReader.readFile(file)]
            }
            let extractor = try lexiconOptions.extractor()
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
