import Foundation
import Testing

/// The acceptance test of issue 2: ingest the worked example with the built binary and compare every answer
/// with what a careful reader found (fixtures/pingan-2020-changanwang.expected.json).
@Suite(.serialized) struct WorkedExampleTests {
    static let fixture = CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path
    static let expected: [String: Any] = {
        let url = CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.expected.json")
        return try! JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }()
    static let db: String = {
        let path = try! CLI.temporaryDirectory().appendingPathComponent("pingan.sqlite").path
        let r = try! CLI.run(["ingest", fixture, "--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func query(_ args: String...) throws -> [[String: Any]] {
        try CLI.json(args + ["--db", Self.db]) as! [[String: Any]]
    }

    var expectedAttendees: [String: Any] { Self.expected["attendees"] as! [String: Any] }

    @Test func attendeesAreExactlyTheEightNamedOfficialsPlusTheGroups() throws {
        let rows = try query("attendees")
        let persons = rows.filter { $0["kind"] as? String == "person" }.map { $0["name"] as! String }
        #expect(persons == expectedAttendees["persons"] as! [String])
        for name in expectedAttendees["not_attendees"] as! [String] { #expect(!persons.contains(name)) }
        #expect(Set(rows.map { $0["meeting"] as! String }) == ["平安中国建设工作会议"])
        let groups = rows.filter { $0["kind"] as? String == "group" }.map { $0["name"] as! String }
        for group in expectedAttendees["groups_lenient"] as! [String] {
            #expect(groups.contains { $0.hasSuffix(group) }, "group \(group) in \(groups)")
        }
        let venues = Dictionary(grouping: rows.filter { $0["kind"] as? String == "group" }, by: { $0["venue"] as? String ?? "" }).mapValues(\.count)
        #expect(venues == ["主会场": 5, "分会场": 3])
    }

    @Test func rolesAndSpeakers() throws {
        let rows = try query("attendees", "平安中国建设")
        let spoke = rows.filter { ($0["roles"] as! [String]).contains("讲话") }.map { $0["name"] as! String }
        #expect(spoke == expectedAttendees["spoke"] as! [String])
        #expect(rows.filter { $0["kind"] as? String == "person" }.allSatisfy { ($0["roles"] as! [String]).first == "出席" })
    }

    @Test func everyTitle() throws {
        let rows = try query("attendees")
        let expectedTitles = Self.expected["titles"] as! [String: [String]]
        for row in rows where row["kind"] as? String == "person" {
            let name = row["name"] as! String
            #expect(row["titles"] as! [String] == expectedTitles[name]!, "titles of \(name)")
        }
        // 习近平 did not attend but is titled 总书记 and instructed.
        let xi = try query("show", "习近平")
        #expect(xi.contains { $0["predicate"] as? String == "title" && $0["object"] as? String == "总书记" })
        let instructed = Self.expected["instructed"] as! [[String]]
        for pair in instructed {
            #expect(xi.contains { $0["predicate"] as? String == "instructed" && $0["subject"] as? String == pair[0] && $0["object"] as? String == pair[1] })
        }
        #expect(!xi.contains { $0["predicate"] as? String == "attended" })
    }

    @Test func everyPerson() throws {
        let persons = Set(try query("entities", "--type", "Person").map { $0["name"] as! String })
        let expected = Self.expected["persons"] as! [String: [String]]
        #expect(persons.isSuperset(of: expected["strict"]!))
        #expect(persons.subtracting(expected["strict"]!).subtracting(expected["optional"]!).isEmpty, "extra persons: \(persons)")
    }

    @Test func theThreeStatistics() throws {
        let stats = try query("entities", "--type", "Statistic").map { $0["attributes"] as! [String: Any] }
        let expected = Self.expected["statistics"] as! [[String: Any]]
        #expect(stats.count == expected.count)
        for e in expected {
            let match = stats.first { $0["subject"] as? String == e["subject"] as? String }
            #expect(match != nil, "statistic \(e["subject"]!)")
            guard let match else { continue }
            #expect(match["value"] as? Double == e["value"] as? Double)
            #expect(match["unit"] as? String == e["unit"] as? String)
            #expect(match["direction"] as? String == e["direction"] as? String)
            #expect(match["period"] as? String == e["period"] as? String)
        }
    }

    func tree() throws -> [[String: Any]] { try CLI.json(["trace", "--db", Self.db]) as! [[String: Any]] }

    /// (child, parent) pairs of the whole forest.
    func edges(_ forest: [[String: Any]]) -> Set<[String]> {
        var out = Set<[String]>()
        func walk(_ node: [String: Any]) {
            for child in node["children"] as! [[String: Any]] {
                out.insert([child["name"] as! String, node["name"] as! String]); walk(child)
            }
        }
        forest.forEach(walk)
        return out
    }

    @Test func theSixPrinciples() throws {
        let forest = try tree()
        let principles = Self.expected["principles"] as! [String: Any]
        let group = forest.first { $0["name"] as? String == principles["group"] as? String }
        #expect(group?["type"] as? String == "Principle")
        let items = (group?["children"] as? [[String: Any]] ?? []).map { $0["name"] as! String }
        #expect(items == principles["items"] as! [String])
    }

    @Test func theFourGoalsAndEveryServesAndPartOfPair() throws {
        let forest = try tree()
        let goals = forest.filter { $0["type"] as? String == "Goal" }.map { $0["name"] as! String }
        let expectedGoals = (Self.expected["goals"] as! [String: Any])["strict"] as! [String]
        #expect(Array(goals.prefix(4)) == expectedGoals)
        let found = edges(forest)
        for pair in (Self.expected["serves"] as! [[String]]) + (Self.expected["part_of"] as! [[String]]) {
            #expect(found.contains(pair), "\(pair[0]) → \(pair[1])")
        }
        // A goal's subtree: trace NAME starts there.
        let one = try CLI.json(["trace", "社会更安定", "--db", Self.db]) as! [[String: Any]]
        #expect(one.count == 1 && one[0]["name"] as? String == "社会更安定")
        #expect(edges(one) == [["防范化解重点领域风险", "社会更安定"], ["防范化解经济金融风险", "防范化解重点领域风险"],
                               ["防范化解社会矛盾风险", "防范化解重点领域风险"], ["防范化解个人极端风险", "防范化解重点领域风险"]])
    }

    @Test func theMechanisms() throws {
        let mechanisms = try query("entities", "--type", "Mechanism").map { $0["name"] as! String }
        let expected = Self.expected["mechanisms"] as! [String: [String]]
        for m in expected["strict"]! { #expect(mechanisms.contains(m), "mechanism \(m)") }
        for m in expected["recall"]! { #expect(mechanisms.contains { $0.hasSuffix(m) }, "mechanism phrase \(m)") }
    }

    @Test func organizationsEventsDocumentsAndTheArticle() throws {
        let orgs = try query("entities", "--type", "Organization")
        let names = Set(orgs.flatMap { [$0["name"] as! String] + ($0["aliases"] as! [String]) })
        let expected = Self.expected["organizations"] as! [String: [String]]
        for o in expected["strict"]! { #expect(names.contains(o), "organization \(o)") }
        for o in expected["forbidden"]! { #expect(!orgs.contains { $0["name"] as? String == o }, "not an organization: \(o)") }
        let meetings = Set(try query("entities", "--type", "Meeting").map { $0["name"] as! String })
        for e in (Self.expected["events"] as! [String: [String]])["strict"]! { #expect(meetings.contains(e)) }
        let documents = Set(try query("entities", "--type", "Document").map { $0["name"] as! String })
        for d in (Self.expected["documents"] as! [String: [String]])["strict"]! { #expect(documents.contains(d)) }

        let meeting = Self.expected["meeting"] as! [String: String]
        let facts = try query("show", meeting["name"]!)
        #expect(facts.contains { $0["predicate"] as? String == "held_on" && $0["object"] as? String == meeting["date"] })
        #expect(facts.contains { $0["predicate"] as? String == "held_in" && $0["object"] as? String == meeting["place"] })
        let article = Self.expected["article"] as! [String: String]
        let articleFacts = try query("show", article["title"]!)
        for (predicate, key) in [("published_by", "source"), ("published_on", "published"), ("edited_by", "editor")] {
            #expect(articleFacts.contains { $0["predicate"] as? String == predicate && $0["object"] as? String == article[key] }, "\(predicate)")
        }
    }

    @Test func dotRendersWithGraphviz() throws {
        let dot = try CLI.run(["dot", "--db", Self.db])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("fontname=\"Noto Sans CJK SC\""))
        #expect(dot.stdout.contains("subgraph cluster_"))
        #expect(dot.stdout.contains("label=\"郭声琨\""))
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("graph.dot")
        try dot.stdout.write(to: file, atomically: true, encoding: .utf8)
        let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #expect(graphviz != nil, "Graphviz is not installed: apt-get install graphviz fonts-noto-cjk")
        guard let graphviz else { return }
        let svg = try CLI.runProgram(URL(fileURLWithPath: graphviz), ["-Tsvg", file.path])
        #expect(svg.status == 0, "dot -Tsvg: \(svg.stderr)")
        #expect(svg.stdout.contains("<svg"))
        #expect(svg.stdout.contains("郭声琨"))
        // A neighbourhood renders too.
        let focus = try CLI.run(["dot", "--focus", "郭声琨", "--depth", "1", "--db", Self.db])
        #expect(focus.status == 0 && focus.stdout.contains("平安中国建设工作会议") && !focus.stdout.contains("label=\"防范化解经济金融风险\""))
    }
}
