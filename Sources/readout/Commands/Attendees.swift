import ArgumentParser
import ReadoutKit

struct Attendees: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Everyone who attended: all meetings, or those whose name contains MEETING.",
        discussion: """
        People come with the titles the same article gives them, their roles (出席, 主持, 讲话 …) and venue;
        unnamed groups (各专项组组长) have kind "group". Rows come in date order, so a series (one name over many
        documents: 国务院常务会议) reads as its instances, earliest first. Each row says the event's kind (meeting_kind: 会议, 会见,
        仪式 …) and, where the text names no event and it is named after the headline, named_from "headline".
        Examples:
          readout attendees
          readout attendees 平安中国建设工作会议 --format json
          readout attendees --kind 会见 --from 2024-01-01
        """
    )

    @Argument(help: "Part of a meeting's name.") var meeting: String?
    @Option(help: "Only this document (its path or corpus id).") var document: String?
    @Option(help: "Only meetings on or after this year or date (2014, 2014-06-01).") var from: String?
    @Option(help: "Only meetings on or before this year or date.") var to: String?
    @Option(help: "Only events of this kind: 会议, 会见, 会谈, 通话, 演讲, 仪式, 调研, 学习, 论坛, 宴会, 活动 …") var kind: String?
    @OptionGroup var page: PageOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: FormatOptions

    func validate() throws { try DateBound.validate(from: from, to: to) }

    func run() throws {
        try runQuery(store, output, page, columns: AttendeesQuery.columns) { graph in
            if let meeting { try graph.requireKnown(meeting, types: [.meeting], kind: "meeting") }
            let rows = try AttendeesQuery(meeting: meeting, document: document, from: DateBound.lower(from), to: DateBound.upper(to), kind: kind).run(graph)
            // An empty answer for a kind no event of the store has is a misspelling, not "none attended".
            if rows.isEmpty, let kind {
                let kinds = try graph.literals(of: Predicate.kind)
                if !kinds.contains(kind) { throw ValidationError("no event of kind '\(kind)' in this store; kinds: \(kinds.joined(separator: ", "))") }
            }
            return rows
        }
    }
}
