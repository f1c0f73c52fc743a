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
          zcat corpus.jsonl.gz | readout extract --format jsonl - | readout ingest --facts - --db readout.sqlite

        With --format jsonl, each article is one line of JSON on stdout, in input order: its origin, hash, title,
        date, url, clean text, entities, aliases and facts with spans and rules, which `readout ingest --facts` stores
        without extracting again. Articles are read and extracted a chunk at a time, so memory stays that of one
        chunk however long the input: a map task for GNU parallel --pipe, Hadoop streaming or Spark's RDD.pipe.
        """
    )

    @Argument(help: "A text or HTML file (UTF-8 or GB18030), a .jsonl/.jsonl.gz corpus, or - for stdin.")
    var file: String

    @Flag(help: "Print the paragraphs (title, meta, heading, body, chrome) instead of the facts.")
    var segments = false

    @Flag(help: "Read the file or stdin as a JSON Lines corpus, whatever it looks like or is called (stdin is one anyway when its first line is a record with a text field).")
    var jsonl = false

    @Option(help: ArgumentHelp("What origins call stdin: NAME#id for a corpus line (name the file the lines came from, for a map task); -#id when not given.", valueName: "NAME"))
    var stdinName: String?

    @Option(help: "With --format jsonl: articles extracted together, the most held in memory at once.")
    var chunk = 1024

    @Flag(help: "Print only counts and speed on stderr: documents, characters, facts, MB/s of extraction.")
    var summary = false

    @OptionGroup var output: FormatOptions

    @OptionGroup var lexiconOptions: LexiconOptions

    func validate() throws {
        if chunk < 1 { throw ValidationError("--chunk must be 1 or more, not \(chunk)") }
    }

    func run() throws {
        do {
            let report: (InputError) -> Void = { say("error: \($0)") }
            // Every article of the input, one at a time: a corpus is read line by line, never whole.
            func eachSource(_ read: (SourceArticle) -> Void) throws {
                // A corpus line read from stdin is -#id, a text stdin (or stdin#part-N): named as --stdin-name says.
                func body(_ source: SourceArticle) {
                    guard let name = stdinName, file == "-" else { return read(source) }
                    var named = source
                    for prefix in ["-", "stdin"] where source.origin == prefix || source.origin.hasPrefix(prefix + "#") {
                        named.origin = name + source.origin.dropFirst(prefix.count)
                    }
                    read(named)
                }
                if file == "-" {
                    let reader = try LineReader(path: "-")
                    if try jsonl || CorpusReader.looksLikeCorpus(reader) {
                        try CorpusReader(reader).forEach(body, onError: report)
                    } else {
                        body(try InputReader.readAll(reader))
                    }
                } else if jsonl || CorpusReader.isCorpus(file) {
                    try CorpusReader(path: file).forEach(body, onError: report)
                } else {
                    body(try InputReader.readFile(file))
                }
            }
            if output.format == .jsonl && !segments && !summary {
                try writeFactsLines(try eachSource); return
            }
            var sources: [SourceArticle] = []
            try eachSource { sources.append($0) }
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
        } catch let error as ExitCode { throw error } catch {
            throw fail("\(error)")
        }
    }

    /// One facts line per article on stdout, in input order, a chunk at a time; an article with no text is said on
    /// stderr and has no line (an ingest would not store it).
    func writeFactsLines(_ eachSource: ((SourceArticle) -> Void) throws -> Void) throws {
        let chunks = ChunkExtraction(try lexiconOptions.extractor()) { sources, reads in
            var out = ""
            for (source, read) in zip(sources, reads) {
                guard let read else { say("warning: \(source.origin): empty, no facts"); continue }
                out += FactsLine.encode(read, origin: source.origin) + "\n"
            }
            FileHandleOutput.stdout(out)
        }
        chunks.chunkSize = chunk
        try eachSource { chunks.add($0) }
        chunks.flush()
    }
}
