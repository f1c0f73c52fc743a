import ArgumentParser
import Foundation
import ReadoutKit

/// Times the read queries in-process (no process start-up in the numbers) for `scripts/bench`.
struct BenchmarkQueries: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark-queries",
        abstract: "Time the read queries on a database: median and p99 over many runs, database warm.",
        shouldDisplay: false
    )
    @OptionGroup var store: StoreOptions
    @Option(help: "Runs per query.") var runs: Int = 200
    @Option(help: "Only the queries whose label starts with this (for profiling one).") var only: String?

    func run() throws {
        do {
            let graph = Graph(store: try store.openForReading())
            // The busiest meeting, person and goal of this database, found once, before timing.
            let busiest = try Busiest(graph)
            let meeting = busiest.meeting, people = busiest.people, goal = busiest.goal
            let busy = people.first ?? "", other = people.count > 1 ? people[1] : busy
            // The series with the most instances, and its last two main reports.
            var series = ""
            if case .string(let name)? = try SeriesQuery().run(graph).first?["series"] { series = name }
            let lastTwo = try DiffQuery.consecutive(series: series, from: nil, to: nil, in: graph).last
            // The year with the most attendance facts.
            let year = try graph.db.rows("""
                SELECT substr(d.date, 1, 4) AS y FROM triple t JOIN document d ON d.id = t.document
                WHERE t.predicate = 'attended' AND d.date IS NOT NULL GROUP BY y ORDER BY count(*) DESC, y LIMIT 1
                """).first?.first?.string ?? "2013"
            // Each case: its label, whether it is heavy (timed a tenth as often: it reads a hub or a year), its body.
            let cases: [(String, Bool, () throws -> Int)] = [
                ("attendees of one meeting (\(meeting))", false, { try AttendeesQuery(meeting: meeting).run(graph).count }),
                ("attendees of a meeting series, all articles (\(busiest.series))", false, { try AttendeesQuery(meeting: busiest.series).run(graph).count }),
                // Every meeting of a year: a read that no name narrows (what each row needs is looked up by the pair).
                ("attendees of every meeting in \(year)", true, { try AttendeesQuery(from: "\(year)-01-01", to: "\(year)-12-31").run(graph).count }),
                ("show of a busy person (\(busy), first 100 facts)", false, { try ShowQuery(name: busy, limit: 100).run(graph).count }),
                ("trace of one goal (\(goal))", false, { try TraceQuery(name: goal).run(graph).count }),
                ("path between two officials (\(busy) → \(other))", true, { try Walks(graph: graph).paths(from: busy, to: other, maxDepth: 4).count }),
                ("triples -p attended (first 100)", false, { try TriplesQuery(predicate: "attended", limit: 100).run(graph).count }),
                ("dot --focus \(busy) --depth 2", true, { try DotWriter(focus: busy, depth: 2).render(graph).count }),
                ("series of one meeting (\(series))", false, { try SeriesQuery(name: series).run(graph).count }),
                ("trace of that series, a tree per report", true, { try OutlineTrace(meeting: series).run(graph).count }),
                ("diff of its last two instances", false, { try lastTwo.map { try DiffQuery(a: $0.0, b: $0.1).run(graph).serialized().count } ?? 0 }),
            ]
            for (name, heavy, body) in cases where only.map({ name.hasPrefix($0) }) ?? true {
                _ = try body()
                var times: [Double] = []
                var size = 0
                for _ in 0..<(heavy ? max(10, runs / 10) : runs) {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    size = try body()
                    times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6)
                }
                times.sort()
                let median = times[times.count / 2], p99 = times[min(times.count - 1, Int(Double(times.count) * 0.99))]
                FileHandleOutput.stdout(String(format: "  %-62@ median %7.3f ms   p99 %7.3f ms   (%d results)\n", name as NSString, median, p99, size))
            }
        } catch { throw fail("\(error)") }
    }
}
