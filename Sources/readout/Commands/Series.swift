import ArgumentParser
import ReadoutKit

struct Series: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Recurring events: meetings reported on two or more days, or one series' instances.",
        discussion: """
        Without NAME, every series with its number of instances (days), first and last date, most instances
        first. With NAME (a meeting's name, or part of it), one row per instance: the date, the report that says
        most about it that day (title, url) and how many reports that day had. Use it to find what to compare.
        Examples:
          readout series --min-instances 5
          readout series 中央经济工作会议
          readout series 国务院常务会议 --from 2014 --to 2014 --format csv
        """
    )

    @Argument(help: "A meeting's name, or part of it.") var name: String?
    @Option(help: "Only instances on or after this year or date (2014, 2014-06-01).") var from: String?
    @Option(help: "Only instances on or before this year or date.") var to: String?
    @Option(help: "Only series with at least this many instances.") var minInstances: Int = 2
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws {
        try DateBound.validate(from: from, to: to)
        if minInstances < 1 { throw ValidationError("--min-instances must be 1 or more, not \(minInstances)") }
    }

    func run() throws {
        try runQuery(store, output, page, columns: name == nil ? SeriesQuery.columns : SeriesQuery.instanceColumns) { graph in
            if let name { try graph.requireKnown(name, types: [.meeting], kind: "meeting") }
            return try SeriesQuery(name: name, from: DateBound.lower(from), to: DateBound.upper(to), minInstances: minInstances).run(graph)
        }
    }
}
