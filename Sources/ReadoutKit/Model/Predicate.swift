/// The relation names of the graph: snake_case English, as in DESIGN.md.
public enum Predicate {
    public static let attended = "attended"
    public static let presidedOver = "presided_over"
    public static let spokeAt = "spoke_at"
    public static let instructed = "instructed"
    public static let title = "title"
    public static let memberOf = "member_of"
    public static let leads = "leads"
    public static let heldOn = "held_on"
    public static let heldIn = "held_in"
    public static let reports = "reports"
    /// An event's kind (会议, 会见, 仪式 …), from the word its name ends in.
    public static let kind = "kind"
    /// `headline` where the text names no event and the event is named after the article's headline.
    public static let namedFrom = "named_from"
    public static let publishedBy = "published_by"
    public static let publishedOn = "published_on"
    public static let editedBy = "edited_by"
    public static let cites = "cites"
    public static let serves = "serves"
    public static let partOf = "part_of"
    public static let states = "states"
    public static let mentions = "mentions"
    public static let establishes = "establishes"
    public static let citedStatistic = "cited_statistic"
    public static let subject = "subject"
    public static let value = "value"
    public static let unit = "unit"
    public static let direction = "direction"
    public static let period = "period"
    public static let qualifier = "qualifier"
    public static let fromValue = "from_value"

    /// Every predicate the rules write, for validating a user's --predicate and naming the valid ones.
    public static let all: [String] = [
        attended, presidedOver, spokeAt, instructed, title, memberOf, leads, heldOn, heldIn, reports, kind, namedFrom, publishedBy, publishedOn, editedBy, cites, serves, partOf, states, mentions, establishes, citedStatistic, subject, value, unit, direction, period, qualifier, fromValue,
    ]
}
