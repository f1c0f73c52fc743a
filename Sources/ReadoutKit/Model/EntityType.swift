/// The kinds of things Readout puts in the graph.
public enum EntityType: String, CaseIterable, Sendable, Codable {
    case person = "Person"
    case organization = "Organization"
    case meeting = "Meeting"
    case document = "Document"
    case statistic = "Statistic"
    case goal = "Goal"
    case task = "Task"
    case principle = "Principle"
    case mechanism = "Mechanism"
    case place = "Place"
    case formulation = "Formulation"
    case article = "Article"
    /// An unnamed set of people that attended (各专项组组长).
    case group = "Group"
}
