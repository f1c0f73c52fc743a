import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// Issue 15, pictures that fit: a hub's neighbourhood is summarised, DOT is safe for any text, and Graphviz
/// runs with a time limit, its messages passed on, never outliving readout. These render with Graphviz
/// (apt-get install graphviz fonts-noto-cjk).
@Suite(.serialized) struct DotFitTests {
    static let official = "李克强"

    /// 400 short articles, each a meeting of its own that the same official presided over: a hub of 400 meetings.
    static let hub: String = {
        let dir = try! CLI.temporaryDirectory()
        let topics = ["经济", "农业", "教育", "科技", "环保", "交通", "能源", "金融", "医疗", "就业",
                      "外贸", "水利", "文化", "体育", "住房", "旅游", "扶贫", "海洋", "航天", "气象"]
        var lines: [String] = []
        for i in 0..<400 {
            // Five years of 80 meetings; within a year, a month holds 7 meetings of different topics.
            let year = 2013 + i / 80, k = i % 80, month = k / 7 + 1, day = k % 7 * 4 + 1, topic = topics[k % 20]
            let name = ["\(year)年\(month)月\(topic)工作座谈会", "\(year)年\(month)月\(topic)工作会议", "第\(i + 1)次国务院常务会议"][i % 3]
            let record: [String: String] = [
                "id": "a\(i)", "date": String(format: "%04d-%02d-%02d", year, month, day), "title": "\(official)主持召开\(name)",
                "html": "\(month)月\(day)日，国务院总理\(official)在北京主持召开\(name)，部署\(topic)工作。",
            ]
            lines.append(String(decoding: try! JSONSerialization.data(withJSONObject: record, options: [.sortedKeys]), as: UTF8.self))
        }
        let corpus = dir.appendingPathComponent("hub.jsonl")
        try! (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("hub.sqlite").path
        let r = try! CLI.run(["ingest", corpus.path, "--db", db])
        precondition(r.status == 0 && r.stderr.contains("400 stored"), r.stderr)
        return db
    }()

    /// Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), after checking the signature.
    static func pngSize(_ path: String) throws -> (width: Int, height: Int) {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(data.count > 24 && Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] && String(decoding: data[12..<16], as: UTF8.self) == "IHDR")
        func int(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    /// The node lines of a DOT text that stand inside a `subgraph cluster_…` (the legend's aside).
    static func clustered(_ dot: String) -> [String] {
        var depth = 0, out: [String] = []
        for line in dot.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if line.hasPrefix("subgraph cluster_legend") { depth += 100; continue }
            if line.hasPrefix("subgraph cluster_") { depth += 1; continue }
            if line == "}" && depth > 0 { depth -= depth >= 100 ? 100 : 1; continue }
            if depth > 0 && depth < 100 && line.hasPrefix("n") { out.append(line) }
        }
        return out
    }

    @Test func theSyntheticCorpusIsOneOfficialAtFourHundredMeetings() throws {
        let rows = try CLI.json(["attendees", "--db", Self.hub]) as! [[String: Any]]
        let his = rows.filter { $0["name"] as? String == Self.official }
        #expect(his.count == 400)
        #expect(Set(his.map { $0["meeting"] as! String }).count == 400)
        #expect(his.allSatisfy { ($0["roles"] as? [String])?.contains("主持") == true })
    }

    @Test func aHubsNeighbourhoodIsSummarisedAndItsPictureFits() throws {
        let png = try CLI.temporaryDirectory().appendingPathComponent("hub.png").path
        let r = try CLI.run(["dot", "--focus", Self.official, "--depth", "1", "--render", "png", "-o", png, "--db", Self.hub])
        #expect(r.status == 0, "\(r.stderr)")
        // 400 meetings and the State Council he leads: 15 meetings are drawn, the other 385 counted.
        #expect(r.stderr.contains("note: 385 of 401 neighbours of 李克强 summarised (--per-group 15)\n"))
        let size = try Self.pngSize(png)
        #expect(size.height <= 4000 && size.width <= 6000, "\(size)")

        let dot = try CLI.run(["dot", "--focus", Self.official, "--depth", "1", "--db", Self.hub])
        #expect(dot.status == 0 && dot.stderr == "note: 385 of 401 neighbours of 李克强 summarised (--per-group 15)\n")
        #expect(dot.stdout.contains("[label=\"+385 more Meeting (attended)\\nall by year:\\n"))
        // The summary counts the whole group by year: its 400 meetings.
        let label = dot.stdout.components(separatedBy: "[label=\"+385 more Meeting (attended)\\nall by year:\\n")[1].prefix { $0 != "\"" }
        let counts = label.components(separatedBy: "\\n").flatMap { $0.components(separatedBy: "  ") }.map { Int($0.split(separator: " ").last!)! }
        #expect(counts.reduce(0, +) == 400, "\(label)")
        #expect(dot.stdout.components(separatedBy: "shape=doubleoctagon, fillcolor=").count - 1 == 15 + 1)   // and the legend's
        #expect(dot.stdout.contains("size=\"60,40\""))
        // He is drawn once, outside every meeting's cluster.
        #expect(dot.stdout.components(separatedBy: "[label=\"李克强\"").count == 2)
        #expect(!Self.clustered(dot.stdout).contains { $0.contains("label=\"李克强\"") })

        let wider = try CLI.run(["dot", "--focus", Self.official, "--depth", "1", "--per-group", "30", "--db", Self.hub])
        #expect(wider.stdout.contains("[label=\"+370 more Meeting (attended)\\n") && wider.stderr.contains("370 of 401 neighbours"))
        // What --max-nodes drops is said too, and counted in the summaries.
        let capped = try CLI.run(["dot", "--focus", Self.official, "--depth", "1", "--max-nodes", "10", "--db", Self.hub])
        #expect(capped.stderr == "note: 392 of 401 neighbours of 李克强 summarised (--per-group 15); --max-nodes 10 dropped 7 nodes\n")
        #expect(capped.stdout.contains("[label=\"+391 more Meeting (attended)\\n") && capped.stdout.contains("[label=\"+1 more Organization (leads)\\n"))
        // The whole graph: each meeting is linked only to hubs (him, and 北京 where it was held), so it is drawn only
        // when a hub keeps it; both hubs keep the same 15 (those with the most facts linking them).
        let whole = try CLI.run(["dot", "--db", Self.hub])
        #expect(whole.stderr == "note: 385 of 400 neighbours of 北京, 385 of 401 of 李克强 summarised (--per-group 15)\n")
        #expect(whole.stdout.contains("[label=\"+385 more Meeting (attended)\\n") && whole.stdout.contains("[label=\"+385 more Meeting (held_in)\\n"))
        #expect(whole.stdout.components(separatedBy: "shape=doubleoctagon, fillcolor=").count - 1 == 15 + 1)
        #expect(try CLI.run(["dot", "--per-group", "0", "--db", Self.hub]).stderr == "error: --per-group must be 1 or more, not 0 (see 'readout dot --help')\n")
    }

    /// A web page's list offers a next page only when there is one: the hub's 134 座谈会 are three pages of 50 and
    /// one of 34; the page that ends exactly at the last has no next link.
    @Test func aListsPagerEndsWhereTheListDoes() throws {
        let server = Served(db: Self.hub)
        func page(_ offset: Int) throws -> (rows: Int, next: Bool) {
            let body = try server.get("/?q=%E5%BA%A7%E8%B0%88%E4%BC%9A&type=Meeting&offset=\(offset)").body
            return (body.components(separatedBy: "工作座谈会</a></td><td>Meeting</td>").count - 1, body.contains("后50条"))
        }
        #expect(try page(0) == (50, true))
        #expect(try page(34) == (50, true))
        #expect(try page(84) == (50, false))
        #expect(try page(100) == (34, false))
    }

    /// The web view's graph page (issue 17) summarises the same hub, says so in words rather than options, and its
    /// summary node links to the hub's facts.
    @Test func theGraphPageSummarisesAHubInWords() throws {
        let page = try Served(db: Self.hub).get("/graph?name=" + Self.official.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)
        #expect(page.status == 200)
        #expect(page.body.contains("388 of 401 neighbours of 李克强 summarised (12 of each kind drawn)"), "\(page.body.prefix(2000))")
        #expect(!page.body.contains("--per-group"))
        #expect(page.body.contains(">+388 more Meeting (attended)</text>") && page.body.contains(">2013: 80 &#160;2014: 80"))
        // Twelve meetings drawn, each linking to its event page; the summary to the official's page.
        let links = page.body.components(separatedBy: "xlink:href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        #expect(links.filter { $0.hasPrefix("/event?name=") }.count == 12)
        #expect(links.filter { $0 == "/entity?name=%E6%9D%8E%E5%85%8B%E5%BC%BA" }.count == 2)   // him, and his summary
    }

    @Test func aHugeTitleAndCharactersXMLForbidsStillGiveAWellFormedPicture() throws {
        let dir = try CLI.temporaryDirectory()
        let long = "关于加快推进" + String(repeating: "数字经济高质量发展", count: 666) + "的工作会议"
        let records: [[String: String]] = [
            ["id": "long", "date": "2016-05-04", "title": long, "html": "5月4日，国务院总理李克强在北京主持召开\(long)。"],
            ["id": "odd", "date": "2016-05-05", "title": "国务院常务会议",
             "html": "5月5日，国务院总理李克强主持召开国务院常务会议，审议通过《关于\u{FFFE}推进\u{FFFF}物流\u{1}发展的\"意见\\》。"],
        ]
        let corpus = dir.appendingPathComponent("odd.jsonl")
        try records.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
            .write(to: corpus, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("odd.sqlite").path
        #expect(try CLI.run(["ingest", corpus.path, "--db", db]).status == 0)
        // The store keeps the names as written: a 6,005-character meeting, a document with U+FFFE and U+FFFF in it.
        let meetings = try CLI.json(["entities", "--type", "Meeting", "--db", db]) as! [[String: Any]]
        #expect(meetings.contains { $0["name"] as? String == long })
        let documents = try CLI.json(["entities", "--type", "Document", "--db", db]) as! [[String: Any]]
        #expect(documents.map { $0["name"] as! String } == ["关于\u{FFFE}推进\u{FFFF}物流\u{1}发展的\"意见\\"])

        let dot = try CLI.run(["dot", "--db", db])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("label=\"\(long.prefix(39))…\""))
        #expect(dot.stdout.contains("tooltip=\"\(long.prefix(999))…\""))
        #expect(dot.stdout.contains("label=\"关于推进物流发展的\\\"意见\\\\\""))
        #expect(!dot.stdout.unicodeScalars.contains { $0.value == 0xFFFE || $0.value == 0xFFFF || $0.value == 1 })
        #expect(dot.stdout.split(separator: "\n").allSatisfy { $0.utf8.count < 16384 })

        let svg = dir.appendingPathComponent("odd.svg")
        let rendered = try CLI.run(["dot", "--render", "svg", "-o", svg.path, "--db", db])
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let parser = XMLParser(data: try Data(contentsOf: svg))
        #expect(parser.parse(), "the SVG is not well-formed XML: \(String(describing: parser.parserError))")
        #expect(try String(contentsOf: svg, encoding: .utf8).contains("关于推进物流发展的&quot;意见\\"))
    }

    /// A stand-in for Graphviz: a shell script that says something on stderr, then does what `body` says. Its stdout
    /// (which it shares with readout) goes to /dev/null, so that if it outlived readout it could not hold the test's
    /// pipe open until it ended, and would be found still running.
    static func fakeGraphviz(_ body: String) throws -> String {
        let script = try CLI.temporaryDirectory().appendingPathComponent("fake-dot").path
        try "#!/bin/sh\nexec >/dev/null\necho 'Warning: the fake Graphviz speaks' >&2\n\(body)\n".write(toFile: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script)
        return script
    }

    /// The running processes whose command line contains `text`.
    static func processes(containing text: String) -> [String] {
        let ids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int($0) != nil } ?? []
        return ids.compactMap { id in
            guard let data = FileManager.default.contents(atPath: "/proc/\(id)/cmdline") else { return nil }
            let line = String(decoding: data.map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self)
            return line.contains(text) ? "\(id): \(line)" : nil
        }
    }

    /// Whether a process has ended (gone, or a zombie not yet reaped).
    static func hasEnded(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].trimmingCharacters(in: .whitespaces).hasPrefix("Z")
    }

    /// Runs `readout dot … --render svg` with a fake Graphviz that sleeps; `act` is called with readout's pid once the
    /// sleep has started. Returns when readout itself has ended, with the processes then left that the fake started:
    /// Foundation's own wait would also wait for them (they hold a descriptor it watches), hiding them.
    static func runWithSleepingGraphviz(_ arguments: [String], act: (pid_t) -> Void = { _ in }) throws -> (status: Int32, stderr: String, left: [String]) {
        let marker = "30.\(Int.random(in: 100_000...999_999))"
        let script = try fakeGraphviz("sleep \(marker)\n")
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["dot", "--focus", official, "--depth", "1", "--render", "svg", "-o", script + ".svg", "--db", hub] + arguments
        p.environment = ProcessInfo.processInfo.environment.merging(["READOUT_GRAPHVIZ": script]) { $1 }
        let errors = Pipe()
        p.standardError = errors
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Polled states, not timings: the sleep has started; readout has ended.
        for _ in 0..<600 where processes(containing: marker).isEmpty && !hasEnded(p.processIdentifier) { usleep(50_000) }
        #expect(!processes(containing: marker).isEmpty || hasEnded(p.processIdentifier))
        act(p.processIdentifier)
        for _ in 0..<600 where !hasEnded(p.processIdentifier) { usleep(50_000) }
        let left = processes(containing: marker) + processes(containing: script)
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self), left)
    }

    @Test func graphvizThatRunsTooLongIsStoppedWithEverythingItStarted() throws {
        let r = try Self.runWithSleepingGraphviz(["--timeout", "1"])
        #expect(r.status == 1)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") }
        #expect(errors == ["error: dot -Tsvg did not finish within 1 s and was stopped; draw less (--focus NAME --depth 1, a smaller --max-nodes or --per-group) or allow more time (--timeout SECONDS)"])
        #expect(r.stderr.contains("graphviz: Warning: the fake Graphviz speaks\n"))
        // Neither the script nor the sleep it started is left running.
        #expect(r.left.isEmpty, "\(r.left)")
    }

    @Test func interruptingReadoutStopsGraphvizAndWhatItStarted() throws {
        for (signal, status) in [(SIGTERM, 143), (SIGINT, 130)] {
            let r = try Self.runWithSleepingGraphviz([]) { kill($0, signal) }
            #expect(r.left.isEmpty, "\(r.left)")
            #expect(r.status == Int32(status) && r.stderr.hasSuffix("error: interrupted; dot -Tsvg stopped\n"), "\(r.status) \(r.stderr)")
        }
    }

    @Test func graphvizMessagesArePassedOnAndItsFailureIsOneErrorLine() throws {
        let out = try CLI.temporaryDirectory().appendingPathComponent("x.png").path
        let warns = try CLI.run(["dot", "--render", "png", "-o", out, "--db", Self.hub],
                                environment: ["READOUT_GRAPHVIZ": try Self.fakeGraphviz("cat > /dev/null")])
        #expect(warns.status == 0 && warns.stderr.hasSuffix("graphviz: Warning: the fake Graphviz speaks\n"), "\(warns.stderr)")
        let fails = try CLI.run(["dot", "--render", "png", "-o", out, "--db", Self.hub],
                                environment: ["READOUT_GRAPHVIZ": try Self.fakeGraphviz("echo 'Error: it broke' >&2; exit 3")])
        #expect(fails.status == 1)
        #expect(fails.stderr.contains("graphviz: Warning: the fake Graphviz speaks\ngraphviz: Error: it broke\n"))
        #expect(fails.stderr.split(separator: "\n").filter { $0.hasPrefix("error:") } == ["error: dot -Tpng failed (exit status 3); its messages are above, prefixed graphviz:"])
    }
}
