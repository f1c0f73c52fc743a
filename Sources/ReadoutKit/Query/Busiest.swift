/// The most connected meeting, people and goal of a database: what a benchmark or a demo asks about.
public struct Busiest: Sendable {
    public let meeting: String
    public let people: [String]
    public let goal: String

    /// The meeting name with the most attendance facts over all articles: a series held again and again
    /// (国务院常务会议), whose attendees span many articles.
    public let series: String
    /// The document (origin) that holds `meeting`.
    public let meetingDocument: String

    public init(_ graph: Graph) throws {
        // One meeting: the most attended meeting written about in a single article.
        let one = try graph.db.rows("""
            SELECT m.name, min(d.origin) FROM triple t JOIN entity m ON m.id = t.object JOIN document d ON d.id = t.document
            WHERE t.predicate = 'attended' AND NOT EXISTS (SELECT 1 FROM triple x WHERE x.object = t.object AND x.predicate = 'attended' AND x.document <> t.document)
            GROUP BY m.id ORDER BY count(DISTINCT t.subject) DESC, m.name LIMIT 1
            """).first
        meeting = one?[0].string ?? ""
        meetingDocument = one?[1].string ?? ""
        series = try graph.db.rows("""
            SELECT m.name FROM triple t JOIN entity m ON m.id = t.object WHERE t.predicate = 'attended'
            GROUP BY m.id ORDER BY count(*) DESC, m.id LIMIT 1
            """).first?.first?.string ?? ""
        people = try graph.db.rows("""
            SELECT s.name FROM triple t JOIN entity s ON s.id = t.subject WHERE t.predicate = 'attended' AND s.type = 'Person'
            GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 2
            """).compactMap { $0.first?.string }
        goal = try graph.db.rows("""
            SELECT o.name FROM triple t JOIN entity o ON o.id = t.object WHERE t.predicate = 'serves' GROUP BY o.id ORDER BY count(*) DESC, o.id LIMIT 1
            """).first?.first?.string ?? ""
    }
}
