/// Recurring events: a meeting's name reported on two or more days (中央农村工作会议 each December, 国务院常务会议 each
/// week), so a user finds what to compare. An instance is one day of the meeting; its report is the document that
/// says most about it that day (others that day are counted, not listed).
public struct SeriesQuery: GraphQuery {
    /// A meeting's name (exact), or part of it: then its instances, one row each; nil: every series, one row each.
    public var name: String?
    /// Instances on or after / before these dates (2016-12-14), inclusive.
    public var from: String?
    public var to: String?
    /// Series with fewer instances than this are not listed.
    public var minInstances: Int

    public init(name: String? = nil, from: String? = nil, to: String? = nil, minInstances: Int = 2) {
        self.name = name; self.from = from; self.to = to; self.minInstances = minInstances
    }

    /// The keys of a series row, and of an instance row.
    public static let columns = ["series", "instances", "first", "last", "reports"]
    public static let instanceColumns = ["series", "date", "document", "title", "url", "reports", "facts"]

    /// How long after a meeting a report that gives no date of its own may still be about that instance (less for a
    /// series that meets more often).
    static let followUpDays = 45

    /// Days between two dates (yyyy-mm-dd); nil when either is not one.
    static func days(from a: String, to b: String) -> Int? {
        guard let x = Day(parsing: a), let y = Day(parsing: b) else { return nil }
        return y.ordinal - x.ordinal
    }

    /// A report: its origin, title, url and facts about the meeting, and its id in the store (what a diff reads).
    struct Report { let document: String; let title: String; let url: String?; let facts: Int; let id: Int64 }
    struct Instance { var day: String; var report: Report; var reports: Int }

    public func answer(_ graph: Graph) throws -> [JSONValue] {
        let series = try instances(graph)
        if name != nil {
            return series.flatMap { s in
                s.instances.map { i in
                    JSONValue.object([("series", .string(s.series)), ("date", .string(i.day)), ("document", .string(i.report.document)),
                                      ("title", .string(i.report.title)), ("url", i.report.url.map(JSONValue.string) ?? .null),
                                      ("reports", .number(Double(i.reports))), ("facts", .number(Double(i.report.facts)))])
                }
            }
        }
        return series.map { s -> (Int, String, JSONValue) in
            let list = s.instances
            return (list.count, s.series, .object([("series", .string(s.series)), ("instances", .number(Double(list.count))),
                                                   ("first", .string(list.first!.day)), ("last", .string(list.last!.day)),
                                                   ("reports", .number(Double(list.reduce(0) { $0 + $1.reports })))]))
        }.sorted { ($1.0, $0.1) < ($0.0, $1.1) }.map(\.2)
    }

    /// The series asked for, each with its instances in date order (those in the range; a series asked for by name
    /// whatever their number, the others when they have at least `minInstances`).
    func instances(_ graph: Graph) throws -> [(series: String, instances: [Instance])] {
        let exact = try name.map { try graph.hasEntity(named: $0, types: [.meeting]) } ?? false
        // Every fact that reports a meeting, as subject (states, held_on) or object (attended), counted per document;
        // a document that only mentions it (学习贯彻…全会精神) reports no instance.
        // A whole name is looked up by the name index; a part of one, or none, by reading every meeting's name.
        // Facts are counted per meeting and document before their names and titles are joined: a lookup a report,
        // not a lookup a fact.
        let match = name == nil ? "TRUE" : exact ? "e.name = ?1" : "instr(e.name, ?1) > 0"
        let found = try graph.db.rows("""
            WITH f(m, d) AS (
                SELECT t.object, t.document FROM triple t JOIN entity e ON e.id = t.object WHERE e.type = 'Meeting' AND t.predicate NOT IN ('mentions', 'cites')
                  AND \(match)
                UNION ALL
                SELECT t.subject, t.document FROM triple t JOIN entity e ON e.id = t.subject WHERE e.type = 'Meeting' AND t.predicate NOT IN ('mentions', 'cites')
                  AND \(match))
            SELECT g.m, e.name, d.origin, d.title, d.url,
                   (SELECT h.literal FROM triple h WHERE h.subject = g.m AND h.predicate = 'held_on' AND h.document = g.d LIMIT 1),
                   d.date, g.facts, d.id
            FROM (SELECT m, d, count(*) AS facts FROM f GROUP BY m, d) AS g JOIN entity e ON e.id = g.m JOIN document d ON d.id = g.d
            """, name.map { [.text($0)] } ?? [])
        // By name (bytes, as SQL compares them), meeting, day, most facts first, then stored first; reports without a
        // day are left out. Sorted here, not in SQL: ordering by the day there looks its held_on up once more a row.
        // A report's day is the one the text says the meeting was held (held_on), else its own date.
        struct Key { let name: String, meeting: Int64, day: String, facts: Int64, document: Int64, row: Int }
        let rows = found.indices.compactMap { i -> Key? in
            let r = found[i]
            guard let day = r[5].string ?? r[6].string else { return nil }
            return Key(name: r[1].string ?? "", meeting: r[0].int ?? 0, day: day, facts: r[7].int ?? 0, document: r[8].int ?? 0, row: i)
        }.sorted { a, b in
            if a.name != b.name { return a.name.utf8.lexicographicallyPrecedes(b.name.utf8) }
            if a.meeting != b.meeting { return a.meeting < b.meeting }
            if a.day != b.day { return a.day.utf8.lexicographicallyPrecedes(b.day.utf8) }
            return a.facts != b.facts ? a.facts > b.facts : a.document < b.document
        }
        var order: [Int64] = []
        var names: [Int64: String] = [:]
        var instances: [Int64: [Instance]] = [:]
        var undated: [Int64: [(day: String, report: Report)]] = [:]
        // Per meeting, its days in order; per day, the report with most facts first. A report that gives no day of its
        // own (a commentary the days after) joins the instance held within the weeks before it, and only stands alone
        // when there is none.
        for key in rows {
            let r = found[key.row], m = key.meeting, day = key.day
            if names[m] == nil { order.append(m); names[m] = r[1].string ?? "" }
            let report = Report(document: r[2].string ?? "", title: r[3].string ?? "", url: r[4].string, facts: Int(key.facts), id: key.document)
            guard r[5].string != nil else { undated[m, default: []].append((day, report)); continue }
            if let k = instances[m]?.lastIndex(where: { $0.day == day }) { instances[m]![k].reports += 1 }
            else { instances[m, default: []].append(Instance(day: day, report: report, reports: 1)) }
        }
        for (m, reports) in undated {
            // Within the weeks after an annual meeting, within a few days after a weekly one: half the usual gap.
            let held = instances[m] ?? []
            let gaps = zip(held, held.dropFirst()).compactMap { Self.days(from: $0.day, to: $1.day) }.sorted()
            let window = gaps.isEmpty ? Self.followUpDays : min(Self.followUpDays, gaps[gaps.count / 2] / 2)
            for (day, report) in reports {
                if let k = instances[m]?.lastIndex(where: { $0.day <= day && Self.days(from: $0.day, to: day).map { $0 <= window } == true }) {
                    instances[m]![k].reports += 1
                } else if let k = instances[m]?.firstIndex(where: { $0.day == day }) {
                    instances[m]![k].reports += 1
                } else {
                    instances[m, default: []].append(Instance(day: day, report: report, reports: 1))
                }
            }
            instances[m]!.sort { $0.day < $1.day }
        }
        // The range picks instances once they are grouped: a commentary in January on December's meeting is no
        // instance of its own when the range starts in January.
        for m in order {
            instances[m] = instances[m]?.filter { i in from.map { i.day >= $0 } ?? true && to.map { i.day <= $0 } ?? true }
        }
        // A series asked for by name is listed whatever its number of instances.
        return order.filter { (instances[$0]?.count ?? 0) >= (name == nil ? minInstances : 1) }.map { (names[$0]!, instances[$0]!) }
    }
}
