import ArgumentParser
import ReadoutKit

struct Attendees: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Everyone who attended: all meetings, or those whose name contains MEETING.",
        discussion: """
        People come with the titles the same article gives them, their roles (出席, 主持, 讲话 …) and venue;
        unnamed groups (各专项组组长) have kind "group".
        Examples:
          readout attendees
          readout attendees 平安中国建设工作会议 --format json
        """
    )

    @Argument(help: "Part of a meeting's name.") var meeting: String?
    @Option(help: "Only this document (its path or corpus id).") var document: String?
    @Option(help: "Only meetings on or after this date (YYYY-MM-DD).") var from: String?
    @Option(help: "Only meetings on or before this date (YYYY-MM-DD).") var to: String?
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        try runQuery(store, output) { graph in
            try AttendeesQuery(meeting: meeting, document: document, from: from, to: to).run(graph)
        }
    }
}
