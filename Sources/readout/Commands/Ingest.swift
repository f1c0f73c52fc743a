import ArgumentParser
import Foundation
import ReadoutKit

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract and store files, folders (recursively) and JSON Lines corpora; - reads stdin.",
        discussion: """
        Each document is stored in one transaction; the same text twice is stored
        once, as its earliest copy (by date, then record id), whichever comes first.
        Examples:
          readout ingest fixtures/pingan-2020-changanwang.txt
          readout ingest articles/ --db news.sqlite
          readout ingest xwlb-2012-2018.jsonl.gz --text-field html
          zcat xwlb-2012-2018.jsonl.gz | head -50 | readout ingest -
          readout extract --format jsonl xwlb-2012-2018.jsonl.gz | readout ingest --facts -
        Folders skip README*, LICENSE*, COPYING* and names beginning with . (name one to read it). stdin is read
        as JSON Lines when its first line is a record with a text field, or with --jsonl. With --facts the inputs
        are what `readout extract --format jsonl` wrote (on other machines, say): stored as they are, not extracted again.
        """
    )

    @Argument(help: "Files, folders, .jsonl or .jsonl.gz corpora, or - for stdin.")
    var paths: [String]

    @OptionGroup var store: StoreOptions
    @OptionGroup var lexiconOptions: LexiconOptions

    @Option(help: "Corpus field(s) holding the article text or HTML, first found wins.")
    var textField: [String] = ["html", "text", "content", "body"]
    @Option(help: "Corpus field holding the record id.") var idField = "id"
    @Option(help: "Corpus field holding the article date (resolves 今天, 今年).") var dateField = "date"
    @Option(help: "Corpus field holding the title.") var titleField = "title"
    @Option(help: "Corpus field holding the article's URL (kept on the document, shown with its facts).") var urlField = "url"
    @Flag(help: "Read stdin and the files named as JSON Lines corpora, whatever they look like or are called.") var jsonl = false
    @Flag(help: "The inputs are facts lines from readout extract --format jsonl (files, .gz, or - for stdin): store them without extracting again.") var facts = false
    @Flag(help: "Also print the writer's time (wall and CPU, and the part spent ending the load: building indexes, or on PostgreSQL refreshing statistics) and its rate in triples per second.") var timing = false

    func validate() throws {
        if paths.isEmpty { throw ValidationError("give at least one file, folder or corpus") }
    }

    func run() throws {
        let db: any GraphStore
        let extractor: Extractor
        do {
            extractor = try lexiconOptions.extractor()
            db = try store.openForWriting("ingest")
        } catch { throw fail("\(error)") }
        let ingester = Ingester(store: db, extractor: extractor, fields: CorpusFields(text: textField, id: idField, date: dateField, title: titleField, url: urlField))
        ingester.jsonLines = jsonl
        ingester.factsLines = facts
        let progress = ProgressBar(total: Ingester.inputSize(paths))
        ingester.onMessage = { progress.clear(); say($0) }
        ingester.onProgress = { progress.update(done: $0.bytesRead, documents: $0.stored + $0.unchanged + $0.replaced, triples: $0.triples) }
        ingester.ingest(paths: paths)
        progress.clear()
        var finished: Error?
        do { try db.finishWriting() } catch { finished = error }
        let summary = ingester.summary
        say("ingested into \(store.db): \(summary.line)")
        if timing {
            FileHandleOutput.stderr(String(format: "writer: %.2f s storing (%.2f s CPU; %.2f s of it %@), %.0f triples/s\n",
                                           summary.writeSeconds, summary.writeCPUSeconds, summary.indexSeconds, db.ingestEnding as NSString, summary.storingRate))
        }
        if let finished { throw fail("\(finished)") }
        if summary.errors > 0 { throw ExitCode.failure }
    }
}
