/// The most connected meeting, people and goal of a database: what a benchmark or a demo asks about.
public struct Busiest: Sendable {
    public let meeting: String
    public let people: [String]
    public let goal: String

    public init(_ graph: Graph) throws {
        meeting = try graph.db.rows("""
            SELECT m.name FROM triple t JOIN entity m ON m.id = t.object WHERE t.predicate = 'attended'
            GROUP BY t.object ORDER BY count(*) DESC LIMIT 1
            """).first?.first?.string ?? ""
        people = try graph.db.rows("""
            SELECT s.name FROM triple t JOIN entity s ON s.id = t.subject WHERE t.predicate = 'attended' AND s.type = 'Person'
            GROUP BY t.subject ORDER BY count(*) DESC LIMIT 2
            """).compactMap { $0.first?.string }
        goal = try graph.db.rows("""
            SELECT o.name FROM triple t JOIN entity o ON o.id = t.object WHERE t.predicate = 'serves' GROUP BY t.object ORDER BY count(*) DESC LIMIT 1
            """).first?.first?.string ?? ""
    }
}
