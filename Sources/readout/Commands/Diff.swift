import ArgumentParser
import Foundation
import ReadoutKit

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "What changed between consecutive instances of a meeting series, or between two reports.",
        discussion: """
        Compares the formulations each report holds (“三农”, 乡村振兴战略), the tasks each gives (要加强…, 坚持…:
        kept, reworded with their similarity, moved, added, dropped), who attended and statistics cited in both, every
        line with its sentence. A series' instances are those `readout series NAME` lists, each with its main report.
        Two events are each a meeting and a year or day (NAME@2016, NAME@2016-12-14: the one instance then), or a report.
        Examples:
          readout diff 中央农村工作会议 --from 2021 --to 2022
          readout diff 中央经济工作会议@2016 中央经济工作会议@2018
          readout diff 中央经济工作会议 --format markdown > changes.md
          readout diff --document VIDE1TJ1 --document VIDECg6I --format json
        """
    )

    @Argument(help: ArgumentHelp("A meeting series (see `readout series`), or two events: NAME@YEAR or NAME@DATE, or a report.",
                                 valueName: "series-or-events")) var events: [String] = []
    @Option(help: "Only instances on or after this year or date.") var from: String?
    @Option(help: "Only instances on or before this year or date.") var to: String?
    @Option(name: .customLong("document"), help: "A report to compare (its path or corpus id, or part of it); give two.") var documents: [String] = []
    @Option(help: "Output format: table, json or markdown.") var format: DiffFormat = .table
    @Option(help: "The least similarity (0–1, Dice over character pairs) at which two directives are one, reworded.") var threshold: Double = 0.4
    @Flag(help: "Tables: print every cell whole.") var wide = false
    @OptionGroup var store: StoreOptions

    enum DiffFormat: String, ExpressibleByArgument, CaseIterable { case table, json, markdown }

    var series: String? { events.count == 1 ? events[0] : nil }

    func validate() throws {
        try DateBound.validate(from: from, to: to)
        if events.count > 2 { throw ValidationError("give a series, or two events, not \(events.count)") }
        if events.isEmpty && documents.count != 2 { throw ValidationError("give a series (readout diff 中央农村工作会议 --from 2021 --to 2022) or two --document") }
        if !events.isEmpty && !documents.isEmpty { throw ValidationError("give a series or two --document, not both") }
        if events.count == 2 && (from != nil || to != nil) { throw ValidationError("--from and --to pick instances of one series; two events carry their own dates") }
        for e in events where e.contains("@") {
            let date = String(e[e.index(after: e.lastIndex(of: "@")!)...])
            if !DateBound.isValid(date) { throw ValidationError("an event's date is a year (2016) or a date (2016-12-14), not '\(date)' in '\(e)'") }
        }
        if !(threshold > 0 && threshold <= 1) { throw ValidationError("--threshold must be above 0 and at most 1, not \(threshold)") }
    }

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            let pairs: [(Int64, Int64)]
            if let series {
                try graph.requireKnown(series, types: [.meeting], kind: "meeting")
                pairs = try DiffQuery.consecutive(series: series, from: DateBound.lower(from), to: DateBound.upper(to), in: graph)
                if pairs.isEmpty { throw StoreError("\(series) has fewer than two instances\(from != nil || to != nil ? " in that range" : "") (see readout series \(series))") }
            } else if events.count == 2 {
                pairs = [(try event(events[0], graph), try event(events[1], graph))]
            } else {
                pairs = [(try DiffQuery.document(named: documents[0], in: graph), try DiffQuery.document(named: documents[1], in: graph))]
            }
            let diffs = try pairs.map { try DiffQuery(a: $0.0, b: $0.1, threshold: threshold).run(graph) }
            switch format {
            case .json: FileHandleOutput.stdout(JSONValue.array(diffs).serialized(pretty: true) + "\n")
            case .markdown: FileHandleOutput.stdout(DiffReport.markdown(diffs, series: series))
            case .table: FileHandleOutput.stdout(Renderer.table(DiffReport.rows(diffs), width: wide ? nil : terminalWidth()))
            }
        } catch let error as ExitCode { throw error } catch { throw fail("\(error)") }
    }

    /// The main report of an event: NAME@YEAR or NAME@DATE, the one instance of the meeting then; else a report.
    func event(_ text: String, _ graph: Graph) throws -> Int64 {
        guard let at = text.lastIndex(of: "@") else { return try DiffQuery.document(named: text, in: graph) }
        let name = String(text[..<at]), date = String(text[text.index(after: at)...])
        try graph.requireKnown(name, types: [.meeting], kind: "meeting")
        return try DiffQuery.instance(of: name, from: DateBound.lower(date)!, to: DateBound.upper(date)!, in: graph)
    }

}
