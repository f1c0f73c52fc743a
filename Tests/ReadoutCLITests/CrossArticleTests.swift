import Foundation
import Testing

/// Issue 4: questions across a corpus, on the built binary, with the development set as a small corpus.
@Suite(.serialized) struct CrossArticleTests {
    static let db: String = {
        let path = try! CLI.temporaryDirectory().appendingPathComponent("corpus.sqlite").path
        let r = try! CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/dev").path,
                              CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func json(_ args: String...) throws -> [[String: Any]] { try CLI.json(args + ["--db", Self.db]) as! [[String: Any]] }

    @Test func oneEntityForAnOfficialUnderSeveralTitlesOverTheYears() throws {
        #expect(try json("entities", "--type", "Person", "--name", "李克强").map { $0["name"] as! String } == ["李克强"])
        let timeline = try json("timeline", "李克强")
        let dates = timeline.map { $0["date"] as! String }
        #expect(dates == dates.sorted())
        // 2012: vice premier; 2014: premier. One person, the title of the day.
        let in2012 = timeline.first { ($0["date"] as! String).hasPrefix("2012-07-17") }
        #expect(in2012?["meeting"] as? String == "全国就业创业工作表彰大会")
        #expect((in2012?["titles"] as? [String])?.contains("国务院副总理") == true)
        let in2014 = timeline.first { ($0["date"] as! String).hasPrefix("2014-07-31") }
        #expect(in2014?["roles"] as? [String] == ["主持"])
        #expect((in2014?["titles"] as? [String])?.contains("国务院总理") == true)
    }

    @Test func titledFormsOfANameAreAliases() throws {
        let li = try json("entities", "--type", "Person", "--name", "李克强")
        let aliases = li.first?["aliases"] as? [String] ?? []
        #expect(aliases.contains("国务院总理李克强") && aliases.contains("国务院副总理李克强"))
        #expect(try json("show", "国务院总理李克强").contains { $0["subject"] as? String == "李克强" })
    }

    @Test func twoFormsOfABodyMergeAndTwoBodiesDoNot() throws {
        let politburo = try json("entities", "--type", "Organization", "--name", "中央政治局")
        #expect(politburo.filter { ($0["aliases"] as! [String]).contains("中央政治局") }.map { $0["name"] as! String } == ["中共中央政治局"])
        // 中央政法委 in the worked example is the body the lexicon calls 中共中央政法委员会.
        let show = try json("show", "中央政法委")
        #expect(show.contains { $0["object"] as? String == "中共中央政法委员会" && $0["predicate"] as? String == "leads" })
        // The NPC and its Standing Committee are two bodies, each with its own short form.
        let npc = try json("entities", "--type", "Organization", "--name", "全国人大")
        let names = Set(npc.map { $0["name"] as! String })
        #expect(names.contains("全国人民代表大会") && names.contains("全国人民代表大会常务委员会"))
        #expect(npc.first { $0["name"] as? String == "全国人民代表大会" }?["aliases"] as? [String] == ["全国人大"])
    }

    @Test func showGivesDocumentDateAndSentence() throws {
        let facts = try json("show", "马凯")
        let presided = facts.first { $0["predicate"] as? String == "presided_over" }
        #expect(presided?["object"] as? String == "全国就业创业工作表彰大会")
        #expect(presided?["date"] as? String == "2012-07-17")
        #expect((presided?["sentence"] as? String)?.hasSuffix("马凯主持会议。") == true)
        #expect((presided?["document"] as? String)?.hasSuffix("002-VIDE1355098172885766.jsonl#VIDE1355098172885766") == true)
    }

    @Test func triplesIsThePatternLookup() throws {
        let byPredicate = try json("triples", "--predicate", "presided_over", "--object", "全国就业创业工作表彰大会")
        #expect(byPredicate.map { $0["subject"] as! String } == ["马凯"])
        let literal = try json("triples", "--predicate", "held_on", "--object", "2020-11-10")
        #expect(literal.map { $0["subject"] as! String } == ["平安中国建设工作会议"])
        let none = try CLI.run(["triples", "--subject", "马凯", "--predicate", "held_on", "--db", Self.db, "--format", "json"])
        #expect(none.status == 0 && none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let unknown = try CLI.run(["triples", "--subject", "没有这个人", "--db", Self.db, "--format", "json"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: no entity named 没有这个人"))
    }

    @Test func neighborsAndPathWalkTheGraph() throws {
        let near = try json("neighbors", "马凯", "--depth", "1")
        #expect(near.contains { $0["subject"] as? String == "温家宝" } == false)
        #expect(near.contains { $0["subject"] as? String == "马凯" && $0["predicate"] as? String == "attended" })
        let two = try json("neighbors", "马凯", "--depth", "2", "--predicate", "attended")
        #expect(two.contains { $0["subject"] as? String == "温家宝" && $0["object"] as? String == "全国就业创业工作表彰大会" })
        #expect(two.allSatisfy { $0["predicate"] as? String == "attended" })
        let paths = try CLI.json(["path", "温家宝", "马凯", "--db", Self.db]) as! [[[String: Any]]]
        #expect(!paths.isEmpty)
        #expect(paths[0].count == 2)
        #expect(paths[0].first?["subject"] as? String == "温家宝" && paths[0].last?["subject"] as? String == "马凯")
        // The row formats number each step by its path (they once failed with an unparsed options struct).
        let csv = try CLI.run(["path", "温家宝", "马凯", "--db", Self.db, "--format", "csv"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let lines = csv.stdout.split(whereSeparator: \.isNewline).map(String.init)
        #expect(lines.first?.hasPrefix("path,subject,predicate,object,document,sentence") == true)
        #expect(lines.dropFirst().prefix(2).map { $0.split(separator: ",").prefix(2).joined(separator: ",") } == ["1,温家宝", "1,马凯"])
        let table = try CLI.run(["path", "温家宝", "马凯", "--db", Self.db])
        #expect(table.status == 0 && table.stdout.contains("温家宝") && table.stdout.contains("马凯"), "\(table.stderr)")
    }

    @Test func whyNamesTheRuleItsExamplesAndTheMatchedText() throws {
        let why = try json("why", "郭声琨", "attended", "平安中国建设工作会议")
        #expect(why.count == 1)
        #expect(why.first?["rule"] as? String == "attendance")
        #expect(why.first?["matched"] as? String == "郭声琨")
        let examples = why.first?["rule_examples"] as? [String] ?? []
        #expect(!examples.isEmpty)
        #expect((why.first?["sentence"] as? String)?.contains("郭声琨出席会议并讲话") == true)
    }

    /// Numbers that would mean nothing are refused with what is wanted, not read as "no limit" or "(none)".
    @Test func limitsAndCapsMustBePositive() throws {
        for (args, message) in [(["show", "马凯", "--limit=-1"], "--limit must be 1 or more, not -1"),
                                (["triples", "--predicate", "attended", "--limit", "0"], "--limit must be 1 or more, not 0"),
                                (["dot", "--focus", "马凯", "--max-nodes=-5"], "--max-nodes must be 1 or more, not -5"),
                                (["dot", "-o", "x.svg"], "-o needs --render svg or png")] {
            let r = try CLI.run(args + ["--db", Self.db])
            #expect(r.status != 0 && r.stderr.contains(message), "\(args): \(r.stderr)")
        }
        #expect(try json("show", "马凯", "--limit", "2").count == 2)
    }

    @Test func attendeesAndTraceFilterByDocumentAndDate() throws {
        let in2014 = try json("attendees", "--from", "2014-01-01", "--to", "2014-12-31")
        #expect(!in2014.isEmpty)
        #expect(in2014.allSatisfy { ($0["date"] as! String).hasPrefix("2014") })
        // A year bounds from its first day to its last; a date that is no date is refused, with what is wanted.
        #expect(try json("attendees", "--from", "2014", "--to", "2014").count == in2014.count)
        for bad in ["2014-13-45", "yesterday", "2014-02-29"] {
            let r = try CLI.run(["attendees", "--from", bad, "--db", Self.db])
            #expect(r.status != 0 && r.stderr.contains("--from takes a year (2016) or a date (2016-12-14), not '\(bad)'"))
        }
        let oneDocument = try json("attendees", "--document", "pingan-2020-changanwang.txt")
        #expect(Set(oneDocument.map { $0["meeting"] as! String }) == ["平安中国建设工作会议"])
        let trace = try json("trace", "--document", "pingan-2020-changanwang.txt")
        #expect(trace.contains { $0["name"] as? String == "社会更安定" })
    }

    @Test func exportsParseWithARealRDFParser() throws {
        let rapper = ["/usr/bin/rapper", "/usr/local/bin/rapper"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #expect(rapper != nil, "rapper is not installed: apt-get install raptor2-utils")
        let dir = try CLI.temporaryDirectory()
        for (format, parser) in [("ntriples", "ntriples"), ("turtle", "turtle")] {
            let out = try CLI.run(["export", "--format", format, "--db", Self.db])
            #expect(out.status == 0)
            #expect(out.stdout.contains("<http://readout.example/entity/Person/马凯>"))
            let file = dir.appendingPathComponent("graph.\(format)")
            try out.stdout.write(to: file, atomically: true, encoding: .utf8)
            guard let rapper else { continue }
            let parsed = try CLI.runProgram(URL(fileURLWithPath: rapper), ["-i", parser, "-c", file.path])
            #expect(parsed.status == 0, "\(format): \(parsed.stderr)")
            #expect(parsed.stderr.contains("Parsing returned"))
        }
        let jsonl = try CLI.run(["export", "--format", "jsonl", "--db", Self.db]).stdout.split(separator: "\n")
        let first = try JSONSerialization.jsonObject(with: Data(jsonl[0].utf8)) as! [String: Any]
        #expect(first.keys.contains("rule") && first.keys.contains("start"))
        let csv = try CLI.run(["export", "--format", "csv", "--db", Self.db]).stdout
        #expect(csv.hasPrefix("subject,subject_type,predicate,object,object_type,document,date,start,end,rule,url\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count - 2 == jsonl.count)
    }

    @Test func aNeighbourhoodRendersWithGraphviz() throws {
        let dot = try CLI.run(["dot", "--focus", "马凯", "--depth", "2", "--db", Self.db])
        #expect(dot.status == 0 && dot.stdout.contains("cluster_") && dot.stdout.contains("legend"))
        let svg = try CLI.temporaryDirectory().appendingPathComponent("makai.svg").path
        let rendered = try CLI.run(["dot", "--focus", "马凯", "--depth", "2", "--render", "svg", "-o", svg, "--db", Self.db])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        #expect((try? String(contentsOfFile: svg, encoding: .utf8))?.contains("马凯") == true)
    }

    @Test func twoPeopleOfOneNameAreToldApartByARuleAndARuleChangeUndoesIt() throws {
        let dir = try CLI.temporaryDirectory()
        try "民政工作会议召开\n\n民政部部长王勇出席会议。".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try "安全生产工作会议召开\n\n国务院安委会副主任王勇出席会议。".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let lexicons = dir.appendingPathComponent("lexicons")
        let builtIn = try CLI.run(["lexicons", "--path"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.copyItem(atPath: builtIn, toPath: lexicons.path)
        let rules = lexicons.appendingPathComponent("person_distinctions.txt")
        try (String(contentsOf: rules, encoding: .utf8) + "王勇\t民政部\t王勇(民政部)\n").write(to: rules, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("p.sqlite").path
        #expect(try CLI.run(["ingest", dir.appendingPathComponent("a.txt").path, dir.appendingPathComponent("b.txt").path, "--db", db, "--lexicons", lexicons.path]).status == 0)
        let split = (try CLI.json(["entities", "--type", "Person", "--name", "王勇", "--db", db]) as! [[String: Any]]).map { $0["name"] as! String }
        #expect(Set(split) == ["王勇", "王勇(民政部)"])
        // Without the rule, the two are one entity again.
        #expect(try CLI.run(["reextract", "--db", db]).status == 0)
        let merged = (try CLI.json(["entities", "--type", "Person", "--name", "王勇", "--db", db]) as! [[String: Any]]).map { $0["name"] as! String }
        #expect(merged == ["王勇"])
    }

    @Test func reextractKeepsTheStoreWhole() throws {
        let dir = try CLI.temporaryDirectory()
        let path = dir.appendingPathComponent("re.sqlite").path
        #expect(try CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--db", path]).status == 0)
        let before = try CLI.json(["attendees", "--db", path]) as! [[String: Any]]
        let r = try CLI.run(["reextract", "--db", path])
        #expect(r.status == 0 && r.stderr.contains("re-extracted 1 documents"))
        let after = try CLI.json(["attendees", "--db", path]) as! [[String: Any]]
        #expect(after.map { $0["name"] as! String } == before.map { $0["name"] as! String })
    }

    /// A series is its instances in date order, whatever order the documents were stored in.
    @Test func aSeriesListsItsInstancesInDateOrder() throws {
        let path = try CLI.temporaryDirectory().appendingPathComponent("series.sqlite").path
        let dev = CLI.packageRoot.appendingPathComponent("fixtures/dev")
        let files = ["029-VIDEux9VfvQ1N1vCIaALcNah180530.jsonl", "001-VIDE1355098167081536.jsonl", "015-VIDE1435144500264355.jsonl"]
        let r = try CLI.run(["ingest"] + files.map { dev.appendingPathComponent($0).path } + ["--db", path])
        #expect(r.status == 0, "\(r.stderr)")
        let rows = try CLI.json(["attendees", "国务院常务会议", "--db", path]) as! [[String: Any]]
        #expect(rows.map { $0["date"] as? String } == ["2012-07-04", "2015-06-24", "2018-05-30"])
        #expect(rows.map { $0["name"] as? String } == ["温家宝", "李克强", "李克强"])
        #expect(rows.allSatisfy { $0["meeting"] as? String == "国务院常务会议" && $0["roles"] as? [String] == ["主持"] })
    }
}
