import Foundation
import Testing
@testable import ReadoutKit

/// Issue 18: PostgreSQL as a store. Every query command answers the same on both backends, several ingests at once
/// give what one gives, and facts extracted elsewhere load the same.
@Suite(.serialized) struct PostgresTests {
    /// The SQLite store of the fixtures' corpus (38 development articles and a meeting series), and its PostgreSQL twin.
    static let stores: (sqlite: String, postgres: String) = {
        let sqlite = try! CLI.temporaryDirectory().appendingPathComponent("corpus.sqlite").path
        let corpus = FactsStreamTests.corpus.path
        precondition(try! CLI.run(["ingest", corpus, "--db", sqlite]).status == 0)
        guard let postgres = try? PostgresServer.database() else { return (sqlite, "") }
        let r = try! CLI.run(["ingest", corpus, "--db", postgres])
        precondition(r.status == 0, r.stderr)
        return (sqlite, postgres)
    }()

    func requireServer() throws -> String {
        if case .failure(let error) = PostgresServer.base { Issue.record(Comment(rawValue: error.message)); throw error }
        return Self.stores.postgres
    }

    /// The names the commands ask about, read from the store: the person with most attendances, the meeting held on
    /// most days, the goal in most facts (as subject or object), and so on.
    static func busiest(_ type: String, _ predicate: String? = nil, not excluded: String = "") throws -> String {
        let store = try Store(path: stores.sqlite, readOnly: true)
        let name = try store.db.rows("""
            SELECT e.name FROM triple t JOIN entity e ON e.id = t.subject OR e.id = t.object
            WHERE e.type = ? AND e.name <> ? \(predicate == nil ? "" : "AND t.predicate = ? AND e.id = t.subject")
            GROUP BY e.id ORDER BY count(*) DESC, e.id LIMIT 1
            """, [.text(type), .text(excluded)] + (predicate.map { [.text($0)] } ?? [])).first?[0].string
        guard let name else { throw StoreError("the fixtures' corpus has no \(type)\(predicate.map { " that \($0)" } ?? "")") }
        return name
    }

    @Test func everyQueryCommandAnswersTheSameOnBothBackends() throws {
        let postgres = try requireServer()
        let person = try Self.busiest("Person", "attended"), meeting = try Self.busiest("Meeting", "held_on")
        let organization = try Self.busiest("Organization"), goal = try Self.busiest("Goal"), task = try Self.busiest("Task")
        let other = try Self.busiest("Person", "presided_over", not: person)
        let J = ["--format", "json"]
        let commands: [[String]] = [
            ["attendees"] + J, ["attendees", meeting] + J, ["attendees", "--kind", "会议", "--limit", "20", "--offset", "5"] + J,
            ["series"] + J, ["series", meeting] + J, ["diff", meeting] + J,
            ["trace"] + J, ["trace", meeting] + J, ["trace", goal] + J,
            ["entities"] + J, ["entities", "--type", "Statistic"] + J, ["entities", "--name", String(person.prefix(1))] + J,
            ["show", person] + J, ["show", organization] + J, ["show", goal] + J,
            ["dot"], ["dot", "--focus", person, "--depth", "1"], ["dot", "--focus", meeting, "--depth", "2"],
            ["timeline", person] + J, ["neighbors", person, "--depth", "2"] + J, ["neighbors", task, "--depth", "1"] + J,
            ["path", person, other] + J,
            ["triples", "--subject", person] + J, ["triples", "--predicate", "attended", "--limit", "50"] + J, ["triples", "--object", meeting] + J,
            ["why", person] + J, ["why", person, "attended"] + J,
            ["export", "--format", "jsonl"], ["export", "--format", "csv"], ["export", "--format", "ntriples"], ["export", "--format", "turtle"],
        ]
        for command in commands {
            let a = try CLI.run(command + ["--db", Self.stores.sqlite]), b = try CLI.run(command + ["--db", postgres])
            #expect(a.status == 0 && a.stdout.count > 100, "\(command): \(a.stderr)")
            #expect(b.status == a.status && b.stdout == a.stdout, "\(command) differs on PostgreSQL: \(b.stderr)")
        }
        // Real answers, not two empty ones: the attendees of the meeting most people attended.
        let crowded = try Store(path: Self.stores.sqlite, readOnly: true).db.rows("""
            SELECT e.name FROM triple t JOIN entity e ON e.id = t.object WHERE t.predicate = 'attended' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1
            """)[0][0].string!
        let attendees = try JSONSerialization.jsonObject(with: Data(try CLI.run(["attendees", crowded, "--db", postgres] + J).stdout.utf8)) as! [[String: Any]]
        #expect(attendees.count >= 10 && attendees.allSatisfy { ($0["meeting"] as? String)?.contains(crowded) == true }, "\(crowded): \(attendees.count)")
        // A name nothing has is the same one-line error.
        let unknown = try CLI.run(["show", person + "某", "--db", postgres])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: no entity named \(person)某"))
    }

    /// The web view reads through the same queries: its pages and API answer the same from both stores.
    @Test func theWebViewAnswersTheSameOnBothBackends() throws {
        let postgres = try requireServer()
        let sqlite = Served(db: Self.stores.sqlite), server = Served(db: postgres)
        let q = { (s: String) in s.addingPercentEncoding(withAllowedCharacters: .alphanumerics)! }
        let person = try Self.busiest("Person", "attended"), meeting = try Self.busiest("Meeting", "held_on")
        let document = try Store(path: Self.stores.sqlite, readOnly: true).db.rows("SELECT origin FROM document ORDER BY id DESC LIMIT 1")[0][0].string!
        let pages = [
            "/?q=" + q(String(person.prefix(1))), "/entity?name=" + q(person), "/event?name=" + q(meeting), "/article?id=" + q(document),
            "/fact?id=100", "/graph?name=" + q(person), "/api/attendees?meeting=" + q(meeting), "/api/show?name=" + q(person) + "&limit=50",
            "/api/timeline?name=" + q(person), "/api/triples?predicate=attended&limit=20&offset=10", "/api/trace?name=" + q(meeting),
        ]
        for page in pages {
            let a = try sqlite.get(page), b = try server.get(page)
            #expect(a.status == 200 && a.body.count > 500, "\(page): \(a.status)")
            #expect(b.status == a.status && b.body == a.body, "\(page) differs on PostgreSQL")
        }
    }

    /// Facts that tie on what an answer is ordered by come in one order from both stores: a person's literal and
    /// entity facts of one predicate in one document (literals first, as SQLite's index holds them; PostgreSQL's holds
    /// them last), and two meetings attended from one span (the fact stored first first). The fixtures' corpus has
    /// neither tie; both corpora have hundreds.
    @Test func tiesAreOrderedAlikeOnBothBackends() throws {
        _ = try requireServer()
        let database = try PostgresServer.database()
        let sqlite = try CLI.temporaryDirectory().appendingPathComponent("ties.sqlite").path
        let text = "甲某某作出指示，要求做好近期工作。甲某某分别会见了乙国代表团和丙国代表团。"
        // Entities: 0 the article, 1 the person, 2 a task, 3 and 4 the meetings. The meeting stored second is
        // attended first, from the same span, so an order by span alone is no order.
        let line = JSONValue.object([
            ("readout", .string(FactsLine.version)), ("origin", .string("ties.jsonl#1")), ("hash", .string(SHA256.hex(text))),
            ("title", .string("")), ("date", .string("2020-05-01")), ("url", .null), ("text", .string(text)),
            ("entities", .array([["Article", "ties.jsonl#1"], ["Person", "甲某某"], ["Task", "做好近期工作"],
                                 ["Meeting", "甲某某会见乙国代表团"], ["Meeting", "甲某某会见丙国代表团"]].map { .array($0.map(JSONValue.string)) })),
            ("aliases", .array([])),
            ("facts", .array([
                .object([("subject", .number(1)), ("predicate", .string("instructed")), ("object", .number(2)), ("span", .array([.number(0), .number(16)])), ("rule", .string("test"))]),
                .object([("subject", .number(1)), ("predicate", .string("instructed")), ("literal", .string("近期工作")), ("span", .array([.number(0), .number(16)])), ("rule", .string("test"))]),
                .object([("subject", .number(1)), ("predicate", .string("attended")), ("object", .number(4)), ("span", .array([.number(17), .number(20)])), ("rule", .string("test"))]),
                .object([("subject", .number(1)), ("predicate", .string("attended")), ("object", .number(3)), ("span", .array([.number(17), .number(20)])), ("rule", .string("test"))]),
            ])),
        ]).serialized() + "\n"
        for db in [sqlite, database] {
            let r = try CLI.run(["ingest", "--facts", "-", "--db", db], stdin: Data(line.utf8))
            #expect(r.status == 0, "\(db): \(r.stderr)")
        }
        for command in [["show", "甲某某"], ["triples", "--subject", "甲某某"], ["timeline", "甲某某"]] {
            let a = try CLI.run(command + ["--format", "json", "--db", sqlite]), b = try CLI.run(command + ["--format", "json", "--db", database])
            #expect(a.status == 0 && b.stdout == a.stdout, "\(command) differs on PostgreSQL")
        }
        let shown = try JSONSerialization.jsonObject(with: Data(try CLI.run(["triples", "--subject", "甲某某", "--format", "json", "--db", database]).stdout.utf8)) as! [[String: Any]]
        // By predicate, then object: the meetings by their ids, then the literal before the task.
        #expect(shown.compactMap { $0["object"] as? String } == ["甲某某会见乙国代表团", "甲某某会见丙国代表团", "近期工作", "做好近期工作"])
        let timeline = try JSONSerialization.jsonObject(with: Data(try CLI.run(["timeline", "甲某某", "--format", "json", "--db", database]).stdout.utf8)) as! [[String: Any]]
        #expect(timeline.compactMap { $0["meeting"] as? String } == ["甲某某会见丙国代表团", "甲某某会见乙国代表团"])
    }

    /// One ingest numbers documents and facts as SQLite does, texts held twice included (one in the same batch, one a
    /// batch later): ids are what the web view links by, and PostgreSQL set ids aside for a copy it did not store.
    @Test func oneIngestNumbersAsSQLiteDoesWithTextsHeldTwice() throws {
        _ = try requireServer()
        let database = try PostgresServer.database()
        let dir = try CLI.temporaryDirectory()
        let lines = FactsStreamTests.lines
        // The third line again next to it (one batch); then a second ingest of the first line again and the last.
        let first = Array(lines[0..<3]) + [lines[2]] + Array(lines[3..<(lines.count - 1)]), second = [lines[0], lines[lines.count - 1]]
        let sqlite = dir.appendingPathComponent("twice.sqlite").path
        for db in [sqlite, database] {
            for (k, part) in [first, second].enumerated() {
                let file = dir.appendingPathComponent("twice-\(k).jsonl")
                try (part.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
                let r = try CLI.run(["ingest", file.path, "--db", db])
                #expect(r.status == 0 && r.stderr.contains(": \(part.count - 1) stored, 1 unchanged"), "\(db): \(r.stderr)")
            }
        }
        let ids = [
            "SELECT id, hash, first_triple, last_triple FROM document ORDER BY id",
            "SELECT id, document, subject, predicate, coalesce(object, -1), coalesce(literal, '') FROM triple ORDER BY id",
            "SELECT id, type, name FROM entity ORDER BY id",
        ]
        let a = try Store(path: sqlite, readOnly: true).db, b = try PostgresStore(url: database, readOnly: true).db
        for sql in ids {
            let x = try a.rows(sql).map { $0.map { String(describing: $0) } }, y = try b.rows(sql).map { $0.map { String(describing: $0) } }
            #expect(x.count > 30 && x == y, "\(sql): \(x.count) rows against \(y.count)")
        }
    }

    /// Four ingests at once, each a quarter of the corpus, into one database: what one ingest of the whole stores.
    @Test func fourIngestsAtOnceStoreWhatOneDoes() throws {
        _ = try requireServer()
        let database = try PostgresServer.database()
        let dir = try CLI.temporaryDirectory()
        let lines = FactsStreamTests.lines
        let parts = (0..<4).map { k in dir.appendingPathComponent("part-\(k).jsonl") }
        for (k, part) in parts.enumerated() {
            try (stride(from: k, to: lines.count, by: 4).map { lines[$0] }.joined(separator: "\n") + "\n").write(to: part, atomically: true, encoding: .utf8)
        }
        let processes = try parts.map { part -> Process in
            let p = Process()
            p.executableURL = CLI.binary
            p.arguments = ["ingest", part.path, "--db", database]
            p.standardError = FileHandle.nullDevice
            try p.run()
            return p
        }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let together = try FactsStreamTests.contents(PostgresStore(url: database, readOnly: true).db, origins: .idOnly)
        let alone = try FactsStreamTests.contents(Store(path: Self.stores.sqlite, readOnly: true).db, origins: .idOnly)
        #expect(alone["documents"]!.count == lines.count && alone["facts"]!.count > 3000)
        for table in alone.keys.sorted() { #expect(together[table]! == alone[table]!, "\(table) differ") }
        // The same articles again, from two at once: nothing more is stored.
        let again = try [0, 1].map { _ in try CLI.start(["ingest", parts[0].path, "--db", database]) }
        again.forEach { $0.waitUntilExit() }
        #expect(try FactsStreamTests.contents(PostgresStore(url: database, readOnly: true).db, origins: .idOnly) == together)
    }

    /// A text that comes twice, on two dates, is held as its earliest copy (CopyPrecedence): by either store, the copies
    /// in either order, in one ingest or two after another, and by two ingests at once each with one copy, whichever
    /// commits first. Its meeting is named after the article's date, so the later copy's meeting must leave with it.
    @Test func aTextTwiceIsHeldAsItsEarliestCopyHoweverItIsIngested() throws {
        _ = try requireServer()
        let dir = try CLI.temporaryDirectory()
        let copy = { (id: String, date: String) in
            #"{"id": "\#(id)", "date": "\#(date)", "title": "座谈会在京召开", "text": "座谈会在京召开。国务委员王勇出席会议并讲话。"}"#
        }
        let early = copy("a-1", "2020-05-06"), late = copy("b-2", "2021-03-04"), corpus = Array(FactsStreamTests.lines.prefix(6))
        func file(_ name: String, _ lines: [String]) throws -> String {
            let url = dir.appendingPathComponent(name)
            try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
            return url.path
        }
        let ingests = [[try file("late-first.jsonl", corpus + [late, early])], [try file("early-first.jsonl", [early] + corpus + [late])],
                       [try file("late.jsonl", corpus + [late]), try file("early.jsonl", [early])]]
        var held: [[String: [String]]] = []
        func contents(_ db: String) throws -> [String: [String]] {
            try FactsStreamTests.contents(StoreLocation.openForReading(db).reader, origins: .idOnly)
        }
        for (k, files) in ingests.enumerated() {
            for db in [dir.appendingPathComponent("copies-\(k).sqlite").path, try PostgresServer.database()] {
                for file in files { #expect(try CLI.run(["ingest", file, "--db", db]).status == 0) }
                held.append(try contents(db))
            }
        }
        for _ in 0..<3 {
            let db = try PostgresServer.database()
            let processes = try ingests[2].map { try CLI.start(["ingest", $0, "--db", db]) }
            processes.forEach { $0.waitUntilExit() }
            #expect(processes.allSatisfy { $0.terminationStatus == 0 })
            held.append(try contents(db))
        }
        // (Rows as the helper writes them: each value described, tabs between.)
        let document = held[0]["documents"]!.filter { $0.contains("座谈会在京召开") }, meetings = held[0]["entities"]!.filter { $0.contains("座谈会(") }
        #expect(document.count == 1 && document[0].contains(##"text("#a-1")"##) && document[0].contains(#"text("2020-05-06")"#), "\(document)")
        #expect(meetings == [#"text("Meeting")"# + "\t" + #"text("座谈会(座谈会在京召开, 2020-05-06)")"#])
        for (k, h) in held.enumerated() { #expect(h == held[0], "ingest \(k) differs") }
    }

    /// A batch written again a document at a time (one of its documents refused by the store: a span that ends before
    /// it starts) still writes each text's first copy only: the later copy is unchanged, not stored and then replaced.
    @Test func aBatchWrittenAgainDocumentByDocumentWritesTheFirstCopyOnly() throws {
        _ = try requireServer()
        let dir = try CLI.temporaryDirectory()
        let copy = { (id: String, date: String) in
            #"{"id": "\#(id)", "date": "\#(date)", "title": "座谈会在京召开", "text": "座谈会在京召开。国务委员王勇出席会议并讲话。"}"#
        }
        let corpus = dir.appendingPathComponent("copies.jsonl")
        try ([copy("b-2", "2021-03-04"), copy("a-1", "2020-05-06"), FactsStreamTests.lines[0]].joined(separator: "\n") + "\n")
            .write(to: corpus, atomically: true, encoding: .utf8)
        var lines = try CLI.run(["extract", "--format", "jsonl", corpus.path]).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        var broken = try JSONSerialization.jsonObject(with: Data(lines[2].utf8)) as! [String: Any]
        var facts = broken["facts"] as! [[String: Any]]
        facts[0]["span"] = [5, 2]
        broken["facts"] = facts
        lines[2] = String(decoding: try JSONSerialization.data(withJSONObject: broken), as: UTF8.self)
        let file = dir.appendingPathComponent("facts.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        for db in [dir.appendingPathComponent("again.sqlite").path, try PostgresServer.database()] {
            let r = try CLI.run(["ingest", "--facts", file.path, "--db", db])
            #expect(r.status == 1 && r.stderr.contains(": 1 stored, 1 unchanged, ") && !r.stderr.contains("in place of"), "\(db): \(r.stderr)")
            let held = try StoreLocation.openForReading(db).reader.rows("SELECT origin, date FROM document")
            #expect(held.count == 1 && held[0][0].string?.hasSuffix("#a-1") == true && held[0][1] == .text("2020-05-06"), "\(db): \(held)")
        }
    }

    /// Extracted elsewhere, stored here: the facts lines load into PostgreSQL as the corpus does.
    @Test func factsLinesLoadIntoPostgresAsTheCorpusDoes() throws {
        _ = try requireServer()
        let database = try PostgresServer.database()
        let extracted = try CLI.run(["extract", "--format", "jsonl", FactsStreamTests.corpus.path])
        let stored = try CLI.run(["ingest", "--facts", "-", "--db", database], stdin: Data(extracted.stdout.utf8))
        #expect(stored.status == 0 && stored.stderr.contains(": \(FactsStreamTests.lines.count) stored"), "\(stored.stderr)")
        #expect(try FactsStreamTests.contents(PostgresStore(url: database, readOnly: true).db)
                == FactsStreamTests.contents(Store(path: Self.stores.sqlite, readOnly: true).db))
    }

    /// A database made by the readout before PostgreSQL's own migration (schema 5, SQLite's) is brought to 6 by the
    /// next command that opens it: the triple's foreign keys and its document index go, and what it then stores is
    /// what SQLite stores.
    @Test func aSchemaFiveDatabaseUpgrades() throws {
        _ = try requireServer()
        let database = try PostgresServer.database()
        let old = try PostgresConnection(url: database)
        try old.execute("CREATE TABLE readout_schema (version integer NOT NULL)")
        for (key, sql) in EmbeddedResources.files.filter({ $0.key.hasPrefix("schema-postgres/00") }).sorted(by: { $0.key < $1.key })
        where key < "schema-postgres/006" { try old.execute(sql) }
        try old.execute("INSERT INTO readout_schema VALUES (5)")
        #expect(try old.rows("SELECT count(*) FROM pg_constraint WHERE conrelid = 'triple'::regclass AND contype = 'f'").first?[0].int == 3)
        // A role that may only read it reads it as it is (006 changed nothing the queries read), and leaves it at 5.
        let reader = "readout_reader_\(UUID().uuidString.prefix(8).lowercased())"
        try old.execute("CREATE ROLE \(reader) LOGIN; GRANT SELECT ON ALL TABLES IN SCHEMA public TO \(reader)")
        var asReader = URLComponents(string: database)!
        asReader.user = reader
        asReader.password = nil
        let read = try CLI.run(["attendees", "--format", "json", "--db", asReader.string!])
        #expect(read.status == 0 && read.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]", "\(read.stderr)")
        #expect(try old.rows("SELECT max(version) FROM readout_schema").first?[0].int == 5)
        let r = try CLI.run(["ingest", FactsStreamTests.corpus.path, "--db", database])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try old.rows("SELECT max(version) FROM readout_schema").first?[0].int == 6)
        #expect(try old.rows("SELECT count(*) FROM pg_constraint WHERE conrelid = 'triple'::regclass AND contype = 'f'").first?[0].int == 0)
        #expect(try old.rows("SELECT count(*) FROM pg_indexes WHERE tablename = 'triple' AND indexname = 'triple_by_document'").first?[0].int == 0)
        // A load that made the store (more than a tenth of it) ends vacuumed, with fresh statistics for the planner.
        #expect(try old.rows("""
            SELECT count(*) FROM pg_stat_user_tables WHERE relname IN ('triple', 'entity') AND last_analyze IS NOT NULL AND last_vacuum IS NOT NULL
            """).first?[0].int == 2)
        #expect(try FactsStreamTests.contents(PostgresStore(url: database, readOnly: true).db)
                == FactsStreamTests.contents(Store(path: Self.stores.sqlite, readOnly: true).db))
    }

    /// Bad stores get one line naming them: a server that does not answer, a database that is another application's.
    @Test func badPostgresStoresAreOneLine() throws {
        let base = try requireServer().components(separatedBy: "/").dropLast().joined(separator: "/")
        let closed = try CLI.run(["attendees", "--db", "postgresql://readout@127.0.0.1:1/readout"])
        #expect(closed.status == 1 && closed.stderr.hasPrefix("error: postgresql://readout@127.0.0.1:1/readout: ") && closed.stderr.split(separator: "\n").count == 1)
        let foreign = try PostgresServer.database()
        try PostgresConnection(url: foreign).execute("CREATE TABLE document (id integer)")
        let refused = try CLI.run(["ingest", FactsStreamTests.corpus.path, "--db", foreign])
        #expect(refused.status == 1 && refused.stderr.contains("not a Readout database (it has a table named document but no Readout schema)"), "\(refused.stderr)")
        let empty = try CLI.run(["attendees", "--db", try PostgresServer.database()])
        #expect(empty.status == 1 && empty.stderr.contains("empty database (run `readout ingest` first)"))
        #expect(try CLI.run(["reextract", "--db", base + "/postgres"]).stderr.contains("reextract works on an SQLite store only"))
    }
}
