import Foundation
import ReadoutKit
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 6: nothing lost, nothing let in. Every test runs the built binary.
@Suite(.serialized) struct RobustnessTests {
    static let dev = CLI.packageRoot.appendingPathComponent("fixtures/dev").path

    /// A corpus long enough to be killed in the middle of: the dev set's records many times over, each copy
    /// with its own id and title (so its own text).
    static func syntheticCorpus(copies: Int, into file: URL, every: Int = 1, offset: Int = 0) throws {
        let records = try FileManager.default.contentsOfDirectory(atPath: dev).filter { $0.hasSuffix(".jsonl") }.sorted().map {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dev).appendingPathComponent($0))) as! [String: Any]
        }
        var out = Data()
        var k = 0
        for copy in 0..<copies {
            for var r in records {
                defer { k += 1 }
                guard k % every == offset else { continue }
                r["id"] = "\(r["id"] ?? "")-\(copy)"
                r["title"] = "\(r["title"] ?? "")(\(copy))"
                out += try JSONSerialization.data(withJSONObject: r) + Data("\n".utf8)
            }
        }
        try out.write(to: file)
    }

    /// Facts per stored document, by content hash.
    static func counts(_ db: String) throws -> [String: Int64] {
        let c = try Database(path: db, readOnly: true)
        var out: [String: Int64] = [:]
        for r in try c.rows("SELECT d.hash, (SELECT count(*) FROM triple t WHERE t.document = d.id) FROM document d") {
            out[r[0].string ?? ""] = r[1].int ?? 0
        }
        return out
    }

    static func integrity(_ db: String) throws -> String {
        try Database(path: db, readOnly: true).rows("PRAGMA integrity_check").first?.first?.string ?? ""
    }

    /// Runs the binary and returns its exit status and peak resident memory in KB (from wait4).
    static func runMeasured(_ arguments: [String], stdin: String? = nil) -> (Int32, Int) {
        var pid: pid_t = 0
        let argv = ([CLI.binary.path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        if let stdin { posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0) }
        defer { posix_spawn_file_actions_destroy(&actions) }
        guard posix_spawn(&pid, CLI.binary.path, &actions, nil, argv, environ) == 0 else { return (-1, 0) }
        var status: Int32 = 0
        var usage = rusage()
        wait4(pid, &status, 0, &usage)
        return ((status >> 8) & 0xff, usage.ru_maxrss)
    }

    /// 100 MB on stdin, its second half one line of 50 MB: read in parts, in bounded memory.
    @Test func aHundredMegabytesOnStdinWithAFiftyMegabyteLineAreReadInBoundedMemory() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("big.txt")
        let sentence = String(repeating: "这是一段普通的文字，用来测试大文件的处理，它没有人名也没有数字。", count: 20)
        FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        let block = Data(String(repeating: sentence + "\n\n", count: 1000).utf8)
        var written = 0
        var k = 0
        while written < 50 << 20 {
            handle.write(Data("第\(k)部分\n\n".utf8)); handle.write(block)   // parts differ, so none is a duplicate
            written += block.count; k += 1
        }
        let line = Data(String(repeating: sentence, count: 1000).utf8)
        var long = 0
        while long < 50 << 20 {
            handle.write(Data("第\(k)段。".utf8)); handle.write(line)
            long += line.count; k += 1
        }
        handle.write(Data("\n".utf8))
        try handle.close()
        let db = dir.appendingPathComponent("big.sqlite").path
        let (status, peakKB) = Self.runMeasured(["ingest", "-", "--db", db], stdin: file.path)
        #expect(status == 0)
        #expect(peakKB > 0 && peakKB < 300 * 1024, "peak RSS \(peakKB) KB for 100 MB on stdin")
        // 50 MB of paragraphs and the 50 MB line in parts of about 4 MB; no part holds more than twice that.
        let parts = try Self.counts(db).count
        #expect(parts >= 20, "\(parts) parts")
        let stored = try Database(path: db, readOnly: true)
        let largest = try stored.rows("SELECT max(length(CAST(text AS BLOB))) FROM document_text").first?.first?.int ?? 0
        #expect(largest > 0 && largest <= 2 * (4 << 20), "a part of \(largest) bytes")
        let origins = try stored.rows("SELECT origin FROM document ORDER BY id").compactMap { $0[0].string }
        #expect(origins.prefix(2) == ["stdin#part-1", "stdin#part-2"])
    }

    @Test func killedIngestsLeaveEveryDocumentWholeOrAbsent() throws {
        let dir = try CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("corpus.jsonl")
        try Self.syntheticCorpus(copies: 30, into: corpus)
        let reference = dir.appendingPathComponent("reference.sqlite").path
        let started = Date()
        #expect(try CLI.run(["ingest", corpus.path, "--db", reference]).status == 0)
        let duration = Date().timeIntervalSince(started)
        let expected = try Self.counts(reference)
        let db = dir.appendingPathComponent("killed.sqlite").path
        var rng = SystemRandomNumberGenerator()
        var partial = 0
        for _ in 0..<8 {
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["ingest", corpus.path, "--db", db]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32.random(in: 10_000...UInt32(max(20_000, duration * 600_000)), using: &rng))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard FileManager.default.fileExists(atPath: db) else { continue }
            #expect(try Self.integrity(db) == "ok")
            let stored = try Self.counts(db)
            if stored.count < expected.count { partial += 1 }
            for (hash, n) in stored {
                #expect(expected[hash] == n, "document \(hash.prefix(12)) has \(n) facts, whole has \(expected[hash] ?? -1)")
            }
        }
        #expect(partial > 0, "no kill landed before the ingest finished")
        #expect(try CLI.run(["ingest", corpus.path, "--db", db]).status == 0)
        #expect(try Self.counts(db) == expected)
    }

    @Test func twoIngestsAndQueriesAtOnceLoseNothing() throws {
        let dir = try CLI.temporaryDirectory()
        let halves = [dir.appendingPathComponent("a.jsonl"), dir.appendingPathComponent("b.jsonl")]
        try Self.syntheticCorpus(copies: 16, into: halves[0], every: 2, offset: 0)
        try Self.syntheticCorpus(copies: 16, into: halves[1], every: 2, offset: 1)
        let total = try halves.map { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n").count }.reduce(0, +)
        let db = dir.appendingPathComponent("shared.sqlite").path
        let ingests = try halves.map { try CLI.start(["ingest", $0.path, "--db", db]) }
        var queries = 0, failures: [String] = []
        while ingests.contains(where: \.isRunning) {
            let r = try CLI.run(["attendees", "--db", db, "--format", "json"])
            // Before the first transaction the file may not be a database yet; that is an error, not a hang.
            if r.status == 0 { queries += 1 } else if !r.stderr.contains("empty database") && !r.stderr.contains("no such database") { failures.append(r.stderr) }
        }
        ingests.forEach { $0.waitUntilExit() }
        #expect(ingests.allSatisfy { $0.terminationStatus == 0 })
        #expect(failures.isEmpty, "\(failures.prefix(2))")
        #expect(queries > 0, "no query ran while the ingests did")
        #expect(try Self.counts(db).count == total)
        #expect(try Self.integrity(db) == "ok")
    }

    @Test func aDatabaseFromANewerSchemaOrNotADatabaseIsRefusedUntouched() throws {
        let dir = try CLI.temporaryDirectory()
        let text = dir.appendingPathComponent("a.txt")
        try "工作会议召开\n\n杨晶、王勇出席会议。".write(to: text, atomically: true, encoding: .utf8)
        let notADatabase = dir.appendingPathComponent("notes.sqlite")
        let junk = Data("these are my notes, not a database\n".utf8) + Data((0..<4000).map { UInt8($0 % 200) })
        try junk.write(to: notADatabase)
        for command in [["ingest", text.path], ["attendees"], ["export"]] {
            let r = try CLI.run(command + ["--db", notADatabase.path])
            #expect(r.status != 0)
            #expect(r.stderr.hasPrefix("error: \(notADatabase.path): not a Readout database"), "\(r.stderr)")
        }
        #expect(try Data(contentsOf: notADatabase) == junk)

        let newer = dir.appendingPathComponent("newer.sqlite").path
        #expect(try CLI.run(["ingest", text.path, "--db", newer]).status == 0)
        try Database(path: newer, readOnly: false).execute("PRAGMA user_version = 7")
        let before = try Data(contentsOf: URL(fileURLWithPath: newer))
        let r = try CLI.run(["ingest", text.path, "--db", newer])
        #expect(r.status != 0 && r.stderr.contains("schema version 7 is newer than this readout"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: newer)) == before)
    }

    @Test func hostileNamesComeOutEscapedEverywhere() throws {
        let dir = try CLI.temporaryDirectory()
        // A file name with a quote, a newline and markup; titles in 《》 with SQL, quotes, backslashes, <>&, control characters.
        let file = dir.appendingPathComponent("evil\"name\n<b>&.txt")
        let hostile = ["Robert'); DROP TABLE triple;--", "a\\b\"c<d>&e", "x;SELECT * FROM entity", "控\u{1}制\u{7}字符"]
        try ("恶意标题会议召开\n\n会议审议了" + hostile.map { "《\($0)》" }.joined(separator: "、") + "。杨晶、王勇出席会议。")
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("h.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)

        let documents = try CLI.json(["entities", "--type", "Document", "--db", db]) as! [[String: Any]]
        #expect(Set(documents.map { $0["name"] as! String }) == Set(hostile))
        for command in [["attendees"], ["trace"], ["entities"], ["show", hostile[0]], ["triples", "--predicate", "cites"], ["why", "--predicate", "cites"],
                        ["timeline", "杨晶"], ["neighbors", hostile[1]]] {
            let r = try CLI.run(command + ["--db", db, "--format", "json"])
            #expect(r.status == 0, "\(command): \(r.stderr)")
            #expect((try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) != nil, "\(command) printed invalid JSON")
            let csv = try CLI.run(command + ["--db", db, "--format", "csv"])
            #expect(csv.status == 0 && Self.csvIsWellFormed(csv.stdout), "\(command) printed bad CSV")
        }
        // A query argument is data, never SQL: the tables are all still there.
        let injected = try CLI.run(["show", "'; DROP TABLE triple; --", "--db", db])
        #expect(injected.status == 1 && injected.stderr.hasPrefix("error: no entity named '; DROP TABLE triple; --"))
        #expect(try Self.counts(db).values.reduce(0, +) > 0)

        let dot = try CLI.run(["dot", "--db", db])
        #expect(dot.status == 0 && !dot.stdout.contains("\u{1}"))
        let svg = dir.appendingPathComponent("h.svg").path
        #expect(try CLI.run(["dot", "--db", db, "--render", "svg", "-o", svg]).status == 0)
        for (format, parser) in [("ntriples", "ntriples"), ("turtle", "turtle")] {
            let out = dir.appendingPathComponent("h.\(format)")
            try CLI.run(["export", "--format", format, "--db", db]).stdout.write(to: out, atomically: true, encoding: .utf8)
            if let rapper = ["/usr/bin/rapper", "/usr/local/bin/rapper"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
                let parsed = try CLI.runProgram(URL(fileURLWithPath: rapper), ["-i", parser, "-c", out.path])
                #expect(parsed.status == 0, "\(format): \(parsed.stderr)")
            }
        }
        for line in try CLI.run(["export", "--format", "jsonl", "--db", db]).stdout.split(separator: "\n") {
            #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil)
        }
    }

    /// What the corpus holds in names (a [视频] tag, a second #, C1 controls, non-characters, bidi overrides) leaves as
    /// IRIs and literals that strict parsers load: Oxigraph has no lenient mode; rdflib is the other common reader.
    @Test func exportsOfHostileNamesLoadInStrictRDFParsers() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("names.txt")
        let hostile = ["[视频]两会#特别报道", "问答#第二集/上", "控\u{85}制\u{9B}31m", "非\u{FFFE}字\u{FFFF}符", "\u{202E}反向文字", "百分%20号"]
        try ("报道会议召开\n\n会议审议了" + hostile.map { "《\($0)》" }.joined(separator: "、") + "。杨晶、王勇出席会议。")
            .write(to: file, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("r.sqlite").path
        #expect(try CLI.run(["ingest", file.path, "--db", db]).status == 0)
        let nt = try CLI.run(["export", "--format", "ntriples", "--db", db]).stdout
        // Readable where an IRI may hold the text, encoded where it may not.
        #expect(nt.contains("/entity/Document/%5B视频%5D两会%23特别报道>"))
        #expect(nt.contains("/entity/Document/问答%23第二集%2F上>"))
        #expect(nt.contains("/entity/Document/百分%2520号>"))
        #expect(nt.contains("/entity/Document/%E2%80%AE反向文字>"))
        #expect(nt.contains("\"非\\uFFFE字\\uFFFF符\""))
        let check = CLI.packageRoot.appendingPathComponent("scripts/rdf-check").path
        for (format, syntax) in [("ntriples", "ntriples"), ("turtle", "turtle")] {
            let out = dir.appendingPathComponent("r.\(format)")
            try CLI.run(["export", "--format", format, "--db", db]).stdout.write(to: out, atomically: true, encoding: .utf8)
            let loaded = try CLI.runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", check, syntax, out.path])
            #expect(loaded.status == 0, "\(format): \(loaded.stderr) (the check needs: pip install pyoxigraph rdflib)")
            #expect(loaded.stdout.contains("oxigraph: ") && loaded.stdout.contains("rdflib: "))
        }
    }

    /// Quotes balance and every record has the header's number of fields.
    static func csvIsWellFormed(_ csv: String) -> Bool {
        var records: [[String]] = [], field = "", record: [String] = [], quoted = false
        var chars = Array(csv.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" { if chars.first == "\"" { chars.removeFirst(); field.unicodeScalars.append(c) } else { quoted = false } }
                else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { record.append(field); field = "" }
            else if c == "\r", chars.first == "\n" { chars.removeFirst(); record.append(field); records.append(record); record = []; field = "" }
            else if c == "\n" { return false }
            else { field.unicodeScalars.append(c) }
        }
        guard !quoted, record.isEmpty, field.isEmpty, let width = records.first?.count else { return !quoted && csv.isEmpty }
        return records.allSatisfy { $0.count == width }
    }
}

/// Inputs that once broke a property (found by the property test or scripts/fuzz) are replayed on every run.
@Suite struct FuzzRegressionTests {
    @Test func crashesFoundByFuzzingStayFixed() throws {
        let replay = CLI.binary.deletingLastPathComponent().appendingPathComponent("readout-fuzz")
        let folder = CLI.packageRoot.appendingPathComponent("fixtures/fuzz-crashes").path
        let r = try CLI.runProgram(replay, [folder])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("replayed ") && !r.stdout.hasPrefix("replayed 0 "))
    }
}
