import Foundation
import ReadoutKit
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13: nothing lost, nothing rewritten. Each test is a way a user destroyed or silently changed a store.
@Suite(.serialized) struct StoreSafetyTests {
    static let meeting = "全国政法工作会议召开\n\n全国政法工作会议12日在北京召开。郭声琨出席会议并讲话。"

    /// A store holding one meeting, in a folder of its own.
    static func store() throws -> (dir: URL, db: String) {
        let dir = try CLI.temporaryDirectory()
        let text = dir.appendingPathComponent("a.txt")
        try meeting.write(to: text, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("L.sqlite").path
        let r = try CLI.run(["ingest", text.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return (dir, db)
    }

    static func attendees(_ db: String) throws -> [String] {
        let rows = try CLI.json(["attendees", "--db", db]) as? [[String: Any]] ?? []
        return rows.filter { $0["kind"] as? String == "person" }.compactMap { $0["name"] as? String }.sorted()
    }

    /// Every triple as text, without ids: what a store says, however its rows are numbered.
    static func facts(_ db: String) throws -> [String] {
        let c = try Database(path: db, readOnly: true)
        return try c.rows("""
            SELECT s.type || ':' || s.name, t.predicate, coalesce(o.type || ':' || o.name, t.literal), d.hash, t.span_start, t.span_end, t.rule,
                   (SELECT group_concat(key || '=' || value, ';') FROM (SELECT key, value FROM qualifier WHERE triple = t.id ORDER BY key, value))
            FROM triple t JOIN entity s ON s.id = t.subject LEFT JOIN entity o ON o.id = t.object JOIN document d ON d.id = t.document
            """).map { $0.map { $0.string ?? "" }.joined(separator: "|") }.sorted()
    }

    /// A store of the dev set's records, `copies` times over (RobustnessTests.syntheticCorpus), ingested fresh.
    static func ingestedCorpus(copies: Int) throws -> String {
        let dir = try CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl")
        try RobustnessTests.syntheticCorpus(copies: copies, into: corpus)
        let db = dir.appendingPathComponent("c.sqlite").path
        let r = try CLI.run(["ingest", corpus.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        return db
    }

    @Test func aPictureIsNeverWrittenOverTheStore() throws {
        let (dir, db) = try Self.store()
        #expect(try Self.attendees(db) == ["郭声琨"])
        let link = dir.appendingPathComponent("link.svg").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: db)
        for target in [db, link, db + "-wal", db + "-shm", "./L.sqlite"] {
            let r = try CLI.run(["dot", "--render", "svg", "-o", target, "--db", db], cwd: dir)
            #expect(r.status != 0, "dot -o \(target) was accepted")
            #expect(r.stderr.hasPrefix("error: ") && r.stderr.contains("is the store"), "\(r.stderr)")
        }
        #expect(try Self.attendees(db) == ["郭声琨"])
        #expect(try RobustnessTests.integrity(db) == "ok")
    }

    @Test func twoReextractsAtOnceLeaveOneCopyOfEveryFact() throws {
        let db = try Self.ingestedCorpus(copies: 4)
        let before = try Self.facts(db)
        #expect(before.count > 1000)
        let runs = try (0..<2).map { _ in try CLI.start(["reextract", "--db", db]) }
        runs.forEach { $0.waitUntilExit() }
        #expect(runs.allSatisfy { $0.terminationStatus == 0 })
        #expect(try Self.facts(db) == before)
    }

    @Test func aDocumentWithANulIsWholeAfterReextract() throws {
        let dir = try CLI.temporaryDirectory()
        let html = dir.appendingPathComponent("nul.html")
        try "<p>新闻&#0;。</p><p>全国政法工作会议12日在北京召开。郭声琨出席会议并讲话。</p>".write(to: html, atomically: true, encoding: .utf8)
        let jsonl = dir.appendingPathComponent("nul.jsonl")
        try #"{"id": "n1", "title": "会议", "date": "2020-01-12", "html": "<p>通报\u0000。</p><p>全国政法工作会议12日在北京召开。王勇出席会议并讲话。</p>"}"#
            .write(to: jsonl, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("n.sqlite").path
        #expect(try CLI.run(["ingest", html.path, jsonl.path, "--db", db]).status == 0)
        let stored = try Self.facts(db)
        #expect(try Self.attendees(db) == ["王勇", "郭声琨"])
        #expect(try CLI.run(["reextract", "--db", db]).status == 0)
        #expect(try Self.attendees(db) == ["王勇", "郭声琨"])
        #expect(try Self.facts(db) == stored)
        let again = try CLI.run(["ingest", html.path, jsonl.path, "--db", db])
        #expect(again.stderr.contains("0 stored, 2 unchanged"), "\(again.stderr)")
    }

    /// Reextract with the rules unchanged changes nothing: a corpus's titles name its meetings both times.
    @Test func reextractGivesWhatAFreshIngestGives() throws {
        let db = try Self.ingestedCorpus(copies: 1)
        let fresh = try Self.facts(db)
        #expect(fresh.contains { $0.contains("named_from") })
        #expect(try CLI.run(["reextract", "--db", db]).status == 0)
        let after = try Self.facts(db)
        #expect(after.count == fresh.count)
        #expect(Array(Set(fresh).subtracting(after)).sorted().prefix(3) == [])
    }

    /// SQLite files of other applications, with versions a Readout store could have had.
    @Test func anotherApplicationsDatabaseIsNeverWritten() throws {
        let dir = try CLI.temporaryDirectory()
        let text = dir.appendingPathComponent("a.txt")
        try Self.meeting.write(to: text, atomically: true, encoding: .utf8)
        for version in 0...4 {
            let path = dir.appendingPathComponent("app\(version).sqlite").path
            do {
                let c = try Database(path: path, readOnly: false)
                try c.execute("CREATE TABLE note(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO note(body) VALUES ('mine'); PRAGMA user_version = \(version)")
            }
            let before = try Data(contentsOf: URL(fileURLWithPath: path))
            let commands = [["ingest", text.path], ["reextract"], ["attendees"], ["trace"], ["entities"], ["show", "郭声琨"], ["dot"],
                            ["timeline", "郭声琨"], ["neighbors", "郭声琨"], ["path", "郭声琨", "全国政法工作会议"], ["triples"], ["why", "郭声琨"], ["export"]]
            for command in commands {
                let r = try CLI.run(command + ["--db", path])
                #expect(r.status != 0, "\(command) on a foreign file (user_version \(version))")
                #expect(r.stderr.contains("not a Readout database"), "\(r.stderr)")
                #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before, "\(command) changed app\(version).sqlite")
                #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
            }
        }
    }

    @Test func theStoreFileAloneAnswersAfterTheQuickStart() throws {
        let (dir, db) = try Self.store()
        let copy = dir.appendingPathComponent("copy")
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        let alone = copy.appendingPathComponent("L.sqlite").path
        try FileManager.default.copyItem(atPath: db, toPath: alone)
        #expect(try Self.attendees(alone) == ["郭声琨"])
    }

    @Test func aStoreMustBeAFile() throws {
        let dir = try CLI.temporaryDirectory()
        let text = dir.appendingPathComponent("a.txt")
        try Self.meeting.write(to: text, atomically: true, encoding: .utf8)
        for db in ["", ":memory:", dir.path] {
            let r = try CLI.run(["ingest", text.path, "--db", db])
            #expect(r.status != 0, "--db '\(db)' was accepted")
            #expect(r.stderr.hasPrefix("error: ") && !r.stderr.contains("stored"), "\(r.stderr)")
        }
    }

    @Test func aSymlinkLoopInAFolderIsWalkedOnce() throws {
        let dir = try CLI.temporaryDirectory()
        let folder = dir.appendingPathComponent("news")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.meeting.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("loop").path, withDestinationPath: ".")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("up").path, withDestinationPath: "..")
        let started = Date()
        let r = try CLI.run(["ingest", folder.path, "--db", dir.appendingPathComponent("s.sqlite").path])
        #expect(Date().timeIntervalSince(started) < 2)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("1 stored, 0 unchanged"), "\(r.stderr)")
    }

    @Test func aCorpusCutShortIsAnError() throws {
        let dir = try CLI.temporaryDirectory()
        let jsonl = dir.appendingPathComponent("c.jsonl")
        try RobustnessTests.syntheticCorpus(copies: 2, into: jsonl)
        let gz = dir.appendingPathComponent("c.jsonl.gz")
        let gzip = try CLI.runProgram(URL(fileURLWithPath: "/bin/sh"), ["-c", "gzip -c '\(jsonl.path)' > '\(gz.path)'"])
        #expect(gzip.status == 0)
        let whole = try Data(contentsOf: gz)
        try whole.prefix(whole.count - 6).write(to: gz)
        let r = try CLI.run(["ingest", gz.path, "--db", dir.appendingPathComponent("g.sqlite").path])
        #expect(r.status != 0)
        #expect(r.stderr.contains("error: \(gz.path): "), "\(r.stderr)")
    }

    /// Several ingests started at one instant into a new file: each waits for the one before, none fails; under
    /// load (a busy loop on every core), where the lock once was taken where SQLite does not wait.
    @Test func ingestsStartedAtOnceIntoANewStoreAllSucceed() throws {
        let load = try (0..<ProcessInfo.processInfo.activeProcessorCount).map { _ -> Process in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/sh")
            p.arguments = ["-c", "while :; do :; done"]
            try p.run()
            return p
        }
        // SIGKILL: a child may inherit SIGTERM ignored from the test runner.
        defer { load.forEach { kill($0.processIdentifier, SIGKILL); $0.waitUntilExit() } }
        let dir = try CLI.temporaryDirectory()
        let files = try (0..<4).map { k -> URL in
            let f = dir.appendingPathComponent("m\(k).txt")
            try "第\(k + 1)次工作会议召开\n\n工作会议\(k + 10)日在北京召开。杨晶、王勇出席会议。".write(to: f, atomically: true, encoding: .utf8)
            return f
        }
        for round in 0..<50 {
            for n in [2, 4] {
                let db = dir.appendingPathComponent("new-\(round)-\(n).sqlite").path
                let runs = try files.prefix(n).map { try CLI.start(["ingest", $0.path, "--db", db]) }
                runs.forEach { $0.waitUntilExit() }
                #expect(runs.allSatisfy { $0.terminationStatus == 0 }, "round \(round), \(n) ingests")
                #expect(try RobustnessTests.counts(db).count == n)
            }
        }
    }

    /// Another program holding the write lock: Readout waits its busy time, then says so and leaves nothing open.
    @Test func aWriteLockHeldElsewhereIsAnErrorAndNothingIsLeftOpen() throws {
        let (dir, db) = try Self.store()
        let text = dir.appendingPathComponent("b.txt")
        try "工作会议召开\n\n工作会议3日在北京召开。杨晶出席会议。".write(to: text, atomically: true, encoding: .utf8)
        let holder = try Database(path: db, readOnly: false)
        try holder.execute("BEGIN IMMEDIATE")
        let p = Process()
        p.executableURL = CLI.binary
        p.arguments = ["ingest", text.path, "--db", db]
        p.environment = ProcessInfo.processInfo.environment.merging(["READOUT_BUSY_TIMEOUT": "0.5"]) { $1 }
        let err = Pipe()
        p.standardError = err
        try p.run()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus != 0)
        #expect(message.contains("database is locked"), "\(message)")
        try holder.execute("ROLLBACK")
        // Nothing half-written, no lock left behind: the next ingest stores the document.
        let r = try CLI.run(["ingest", text.path, "--db", db])
        #expect(r.stderr.contains("1 stored"), "\(r.stderr)")
        #expect(try Self.attendees(db) == ["杨晶", "郭声琨"])
    }

    /// A full disk (a file size limit, SIGXFSZ ignored, so writes fail as on a full disk): a clear error, and the
    /// store left whole for the next ingest.
    @Test func aFullDiskStopsCleanlyAndTheStoreStaysWhole() throws {
        let dir = try CLI.temporaryDirectory()
        let corpus = dir.appendingPathComponent("c.jsonl")
        try RobustnessTests.syntheticCorpus(copies: 8, into: corpus)
        let db = dir.appendingPathComponent("full.sqlite").path
        let limited = try CLI.runProgram(URL(fileURLWithPath: "/bin/sh"),
                                         ["-c", "trap '' XFSZ; ulimit -f 2048; exec '\(CLI.binary.path)' ingest '\(corpus.path)' --db '\(db)'"])
        #expect(limited.status != 0, "an ingest past the limit succeeded")
        // Said once, naming the store and what was not stored; not once per document.
        let errors = limited.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
        #expect(errors.count == 1 && errors.first?.contains("\(db): ") == true && errors.first?.contains("stopped storing") == true, "\(errors.prefix(3))")
        #expect(try RobustnessTests.integrity(db) == "ok")
        let r = try CLI.run(["ingest", corpus.path, "--db", db])
        #expect(r.status == 0, "\(r.stderr)")
        let lines = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").count
        #expect(try RobustnessTests.counts(db).count == lines)
    }
}
