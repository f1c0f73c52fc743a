import Foundation
import Testing
import ReadoutKit

/// The command-line contract: data on stdout, one-line errors on stderr, `[]` for nothing, bad input skipped.
@Suite struct CommandLineTests {
    let dir = try! CLI.temporaryDirectory()
    var db: String { dir.appendingPathComponent("t.sqlite").path }

    @Test func queriesOnAnEmptyResultPrintAnEmptyArray() throws {
        let file = dir.appendingPathComponent("a.txt")
        try "全国安全生产工作会议召开\n\n11月10日,全国安全生产工作会议在京召开。杨晶、王勇出席会议。".write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        // A meeting it knows with nothing of the kind asked: an empty array. A meeting it does not know: an error (issue 15).
        let none = try CLI.run(["attendees", "安全生产", "--from", "2030", "--db", db, "--format", "json"])
        #expect(none.status == 0 && none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        let unknown = try CLI.run(["attendees", "没有这个会议", "--db", db, "--format", "json"])
        #expect(unknown.status == 1 && unknown.stdout.isEmpty && unknown.stderr == "error: no meeting named 没有这个会议\n")
        let rows = try CLI.json(["attendees", "安全生产", "--db", db]) as! [[String: Any]]
        #expect(rows.map { $0["name"] as! String } == ["杨晶", "王勇"])
        #expect(rows.allSatisfy { $0["meeting"] as? String == "全国安全生产工作会议" && $0["date"] as? String == "2024-11-10" || $0["date"] != nil })
    }

    @Test func aLoadCutShortIsNamedByQueriesAndFinishedByTheNextIngest() throws {
        let file = dir.appendingPathComponent("a.txt")
        try "全国安全生产工作会议召开\n\n11月10日,全国安全生产工作会议在京召开。杨晶、王勇出席会议。".write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        // What a load leaves when it is killed before the end: an index still to build.
        do {
            let store = try Database(path: db, readOnly: false)
            try store.execute("DROP INDEX triple_by_subject")
            try store.execute("INSERT INTO deferred_index(name, sql) SELECT 'triple_by_subject', 'CREATE INDEX triple_by_subject ON triple(subject, predicate, document, object)'")
        }
        let slow = try CLI.run(["attendees", "安全生产", "--db", db, "--format", "json"])
        #expect(slow.status == 0 && slow.stdout.contains("杨晶"))
        #expect(slow.stderr.contains("indexes are not built yet") && slow.stderr.split(separator: "\n").count == 1)
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        let fine = try CLI.run(["attendees", "安全生产", "--db", db, "--format", "json"])
        #expect(fine.status == 0 && fine.stderr.isEmpty)
    }

    @Test func aCorpusAndAFolderIngestAndReingestingChangesNothing() throws {
        let corpus = CLI.packageRoot.appendingPathComponent("fixtures/dev/002-VIDE1355098172885766.jsonl").path
        let first = try CLI.run(["ingest", corpus, CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--db", db])
        #expect(first.status == 0)
        #expect(first.stderr.contains("2 stored, 0 unchanged"))
        let again = try CLI.run(["ingest", corpus, "--db", db])
        #expect(again.stderr.contains("0 stored, 1 unchanged"))
        let rows = try CLI.json(["attendees", "表彰大会", "--db", db]) as! [[String: Any]]
        #expect(rows.first { $0["name"] as? String == "温家宝" }?["roles"] as? [String] == ["出席", "讲话"])
        #expect(rows.first { $0["name"] as? String == "马凯" }?["roles"] as? [String] == ["主持"])
        // The record's date resolves the meeting's.
        #expect(rows.first?["date"] as? String == "2012-07-17")
    }

    @Test func badInputIsNamedAndTheRestIsStored() throws {
        let good = dir.appendingPathComponent("good.txt")
        try "国务院常务会议召开\n\n国务院总理温家宝4日主持召开国务院常务会议。".write(to: good, atomically: true, encoding: .utf8)
        let binary = dir.appendingPathComponent("image.txt")
        try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0xFF]).write(to: binary)
        let empty = dir.appendingPathComponent("empty.txt")
        try "  \n\n ".write(to: empty, atomically: true, encoding: .utf8)
        let missing = dir.appendingPathComponent("missing.txt").path
        let r = try CLI.run(["ingest", binary.path, missing, empty.path, good.path, "--db", db])
        #expect(r.status != 0)
        let errors = r.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 2)
        #expect(errors.contains { $0 == "error: \(binary.path): not text (byte 4)" })
        #expect(errors.contains { $0.contains(missing) && $0.contains("no such file") })
        #expect(r.stderr.contains("warning: \(empty.path): empty, nothing stored"))
        let rows = try CLI.json(["attendees", "--db", db]) as! [[String: Any]]
        #expect(rows.map { $0["name"] as! String } == ["温家宝"])
        #expect(rows.first?["roles"] as? [String] == ["主持"])
    }

    @Test func gb18030AndHTMLGiveTheSameFactsAsUTF8() throws {
        let text = "全国安全生产工作会议召开\n\n11月10日,全国安全生产工作会议在京召开。国务院安委会副主任杨焕宁、黄明出席会议。"
        let utf8 = dir.appendingPathComponent("u.txt"), gb = dir.appendingPathComponent("g.txt"), html = dir.appendingPathComponent("h.html")
        try text.write(to: utf8, atomically: true, encoding: .utf8)
        try text.data(using: String.Encoding(rawValue: 0x8000_0632))!.write(to: gb)
        try ("<html><head><style>p{}</style><script>var x='出席会议';</script></head><body><p>全国安全生产工作会议召开</p>"
             + "<p>11月10日,全国安全生产工作会议在京召开。国务院安委会副主任杨焕宁、黄明出席会议。</p></body></html>").write(to: html, atomically: true, encoding: .utf8)
        func facts(_ url: URL) throws -> [String] {
            (try CLI.json(["extract", url.path]) as! [[String: Any]]).map { "\($0["subject"]!) \($0["predicate"]!) \($0["object"]!)" }.filter { !$0.hasPrefix(url.path) && !$0.contains("Article") }
        }
        let expected = try facts(utf8)
        #expect(expected.contains("杨焕宁 attended 全国安全生产工作会议"))
        #expect(try facts(gb) == expected)
        #expect(try facts(html).filter { !$0.contains(" mentions ") } == expected.filter { !$0.contains(" mentions ") })
    }

    /// A fact's qualifiers are one JSON object that never repeats a key: two roles are an array (出席会议并讲话).
    @Test func qualifiersNeverRepeatAKey() throws {
        let r = try CLI.run(["extract", CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--format", "json"])
        #expect(r.status == 0)
        var keys: [String]? = nil
        for line in r.stdout.split(separator: "\n") {
            let t = line.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix("\"qualifiers\": {") { keys = []; continue }
            guard var k = keys else { continue }
            if t.hasPrefix("}") { #expect(Set(k).count == k.count, "qualifiers repeat a key: \(k)"); keys = nil; continue }
            k.append(String(t.prefix { $0 != ":" })); keys = k
        }
        let facts = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        let guo = facts.first { $0["subject"] as? String == "郭声琨" && $0["predicate"] as? String == "attended" }
        #expect((guo?["qualifiers"] as? [String: Any])?["role"] as? [String] == ["出席", "讲话"])
    }

    @Test func csvAndJSONEscape() throws {
        let file = dir.appendingPathComponent("q.txt")
        try "工作会议召开\n\n会议审议了《关于\"引号\",逗号和\\反斜杠的决定》。".write(to: file, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        let csv = try CLI.run(["entities", "--type", "Document", "--db", db, "--format", "csv"])
        #expect(csv.stdout.contains("\"关于\"\"引号\"\",逗号和\\反斜杠的决定\""))
        let json = try CLI.run(["entities", "--type", "Document", "--db", db, "--format", "json"])
        #expect(json.stdout.contains("关于\\\"引号\\\",逗号和\\\\反斜杠的决定"))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [[String: Any]]
        #expect(parsed.first?["name"] as? String == "关于\"引号\",逗号和\\反斜杠的决定")
    }

    @Test func aFolderWithALinkBackUpIsWalkedOnce() throws {
        let inner = dir.appendingPathComponent("tree/inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try "工作会议召开\n\n杨晶、王勇出席会议。".write(to: inner.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: inner.appendingPathComponent("up"), withDestinationURL: dir.appendingPathComponent("tree"))
        let r = try CLI.run(["ingest", dir.appendingPathComponent("tree").path, "--db", db])
        #expect(r.status == 0 && r.stderr.contains("1 stored, 0 unchanged"))
        let csv = try CLI.run(["attendees", "--from", "2030", "--db", db, "--format", "csv"])
        #expect(csv.status == 0 && csv.stdout == "meeting,name,kind,titles,roles,venue,document,date,meeting_kind,named_from\r\n")
    }

    @Test func readCommandsRefuseAMissingDatabaseAndNeverCreateIt() throws {
        let path = dir.appendingPathComponent("none.sqlite").path
        let r = try CLI.run(["attendees", "--db", path])
        #expect(r.status != 0)
        #expect(r.stderr.hasPrefix("error: ") && r.stderr.split(separator: "\n").count == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}

@Suite struct LexiconCommandTests {
    /// `swift build -c release` and a copy into a bin folder: the copy carries its lexicons and schema, so it runs from
    /// any folder with nothing beside it (a resource bundle beside the build was left behind and the binary died).
    @Test func aCopiedBinaryRunsFromAnyFolder() throws {
        let dir = try CLI.temporaryDirectory()
        let bin = dir.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("readout")
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: bin.path) == ["readout"])
        let built = try FileManager.default.contentsOfDirectory(atPath: CLI.binary.deletingLastPathComponent().path)
        #expect(!built.contains { $0.hasSuffix(".resources") }, "a resource bundle is built beside the binary: \(built.filter { $0.hasSuffix(".resources") })")
        let article = CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path
        let env = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path]
        let ingest = try CLI.runProgram(copy, ["ingest", article, "--db", "a.sqlite"], cwd: dir, environment: env)
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let attendees = try CLI.runProgram(copy, ["attendees", "--db", "a.sqlite", "--format", "csv"], cwd: dir, environment: env)
        #expect(attendees.stdout.contains("平安中国建设工作会议,郭声琨,person"))
        // The built-in lexicons can still be written out to be extended, and the copy reads them back.
        let path = try CLI.runProgram(copy, ["lexicons", "--path"], cwd: dir, environment: env).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(path.hasPrefix(dir.appendingPathComponent("cache/readout/lexicons-").path))
        #expect(FileManager.default.fileExists(atPath: path + "/surnames.txt"))
        #expect(try CLI.runProgram(copy, ["lexicons", "--copy", "mine"], cwd: dir, environment: env).status == 0)
        #expect(try CLI.runProgram(copy, ["lexicons", "mine"], cwd: dir, environment: env).stderr == "mine: lexicons are valid\n")
    }

    @Test func aUserLexiconFolderIsValidatedWithFileAndLine() throws {
        let dir = try CLI.temporaryDirectory().appendingPathComponent("lex")
        let builtIn = try CLI.run(["lexicons", "--path"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.copyItem(atPath: builtIn, toPath: dir.path)
        #expect(try CLI.run(["lexicons", dir.path]).status == 0)
        // A user adds a title word, and a duplicate by mistake.
        let titles = dir.appendingPathComponent("titles.txt")
        let lines = try String(contentsOf: titles, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).count
        try (String(contentsOf: titles, encoding: .utf8) + "总干事长\n书记\n").write(to: titles, atomically: true, encoding: .utf8)
        let r = try CLI.run(["extract", CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, "--lexicons", dir.path])
        #expect(r.status != 0)
        #expect(r.stderr == "error: \(titles.path):\(lines + 1): duplicate entry '书记' (first on line 4)\n")
    }
}
