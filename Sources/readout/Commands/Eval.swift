import ArgumentParser
import ReadoutKit

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score the extractor against a folder of articles with hand-written *.expected.json files.",
        discussion: """
        Prints precision, recall and F1 of attendees, persons and statistics, and the recall of titles and
        enumeration items, per article and micro-averaged.
        Examples:
          readout eval fixtures/dev
          readout eval fixtures/dev --verbose
        """
    )

    @Argument(help: "A folder of NNN.jsonl (or .txt) articles with NNN.expected.json beside each.") var folder: String
    @Flag(help: "List what each article missed and what it found extra.") var verbose = false

    @OptionGroup var lexiconOptions: LexiconOptions

    func run() throws {
        do {
            let results = try DevSetEvaluator(extractor: lexiconOptions.extractor()).evaluate(folder: folder)
            FileHandleOutput.stdout(DevSetEvaluator.report(results, verbose: verbose).text)
        } catch { throw fail("\(error)") }
    }
}
