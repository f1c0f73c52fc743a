import Foundation
import Testing
@testable import ReadoutKit

/// Issue 18: extraction as a streaming filter (`extract --format jsonl -`) and `ingest --facts`, which stores its
/// output without extracting again: the same store as an ingest of the corpus.
@Suite(.serialized) struct FactsStreamTests {
    /// The development articles and a meeting series, one corpus of 38 lines.
    static let corpus: URL = {
        let root = CLI.packageRoot.appendingPathComponent("fixtures")
        let dev = try! FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("dev").path).filter { $0.hasSuffix(".jsonl") }.sorted()
        var text = ""
        for name in dev { text += try! String(contentsOf: root.appendingPathComponent("dev/" + name), encoding: .utf8) }
        text += try! String(contentsOf: root.appendingPathComponent("trace/cewc-2016-2018.jsonl"), encoding: .utf8)
        let file = try! CLI.temporaryDirectory().appendingPathComponent("corpus.jsonl")
        try! text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }()

    static var lines: [String] { try! String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").map(String.init) }

    enum Origins { case whole, idOnly }

    static func contents(_ db: String) throws -> [String: [String]] { try contents(Store(path: db, readOnly: true).db) }

    /// What a store holds without its row ids: documents, entities, aliases, facts and qualifiers, sorted. `idOnly`
    /// compares a document's origin by its corpus id alone (stores loaded from different files).
    static func contents(_ db: any SQLConnection, origins: Origins = .whole) throws -> [String: [String]] {
        let origin = origins == .whole ? "d.origin" : "substr(d.origin, instr(d.origin, '#'))"
        let queries = [
            "documents": "SELECT d.hash, \(origin), d.title, d.date, d.url, t.text FROM document d JOIN document_text t ON t.document = d.id",
            "entities": "SELECT type, name FROM entity",
            "aliases": "SELECT e.type, e.name, a.alias FROM alias a JOIN entity e ON e.id = a.entity",
            "facts": """
                SELECT d.hash, s.type, s.name, t.predicate, o.type, o.name, t.literal, t.span_start, t.span_end, t.rule,
                       (SELECT group_concat(key || '=' || value, '|') FROM (SELECT key, value FROM qualifier WHERE triple = t.id ORDER BY key, value) AS q)
                FROM triple t JOIN document d ON d.id = t.document JOIN entity s ON s.id = t.subject LEFT JOIN entity o ON o.id = t.object
                """,
        ]
        return try queries.mapValues { sql in try db.rows(sql).map { row in row.map { "\($0)" }.joined(separator: "\t") }.sorted() }
    }

    @Test func aStreamOfFactsLinesIngestsToTheSameStore() throws {
        let dir = try CLI.temporaryDirectory()
        let direct = dir.appendingPathComponent("direct.sqlite").path
        #expect(try CLI.run(["ingest", Self.corpus.path, "--db", direct]).status == 0)

        // The corpus on stdin, named as the file it came from; its facts lines stored without extracting again.
        let stdin = try Data(contentsOf: Self.corpus)
        let extracted = try CLI.run(["extract", "--format", "jsonl", "--stdin-name", Self.corpus.path, "-"], stdin: stdin)
        #expect(extracted.status == 0 && extracted.stderr.isEmpty, "\(extracted.stderr)")
        let lines = extracted.stdout.split(separator: "\n")
        #expect(lines.count == Self.lines.count)
        // In input order: each line's origin is its input line's id.
        let ids = Self.lines.map { (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["id"] as! String }
        let origins = lines.map { (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["origin"] as! String }
        #expect(origins == ids.map { Self.corpus.path + "#" + $0 })

        let streamed = dir.appendingPathComponent("streamed.sqlite").path
        let stored = try CLI.run(["ingest", "--facts", "-", "--db", streamed], stdin: Data(extracted.stdout.utf8))
        #expect(stored.status == 0 && stored.stderr.contains(": \(ids.count) stored, 0 unchanged"), "\(stored.stderr)")
        let a = try Self.contents(direct), b = try Self.contents(streamed)
        #expect(a["documents"]!.count == ids.count && a["facts"]!.count > 1000)
        for table in a.keys.sorted() { #expect(a[table]! == b[table]!, "\(table) differ") }
        // Stored again, nothing changes.
        #expect(try CLI.run(["ingest", "--facts", "-", "--db", streamed], stdin: Data(extracted.stdout.utf8)).stderr.contains(": 0 stored, \(ids.count) unchanged"))
    }

    /// Memory is one chunk: three articles at a time give the same lines, in the same order, as the whole corpus at once.
    @Test func chunksChangeNothingButMemory() throws {
        let whole = try CLI.run(["extract", "--format", "jsonl", Self.corpus.path])
        let small = try CLI.run(["extract", "--format", "jsonl", "--chunk", "3", Self.corpus.path])
        #expect(whole.status == 0 && small.status == 0 && whole.stdout == small.stdout && whole.stdout.split(separator: "\n").count == Self.lines.count)
        #expect(try CLI.run(["extract", "--format", "jsonl", "--chunk", "0", Self.corpus.path]).stderr.contains("--chunk must be 1 or more, not 0"))
    }

    /// Facts lines from several map tasks, one of them gzipped and one line broken: the good lines are stored, the
    /// broken one named by its file and line.
    @Test func badFactsLinesAreNamedAndTheRestStored() throws {
        let dir = try CLI.temporaryDirectory()
        let lines = try CLI.run(["extract", "--format", "jsonl", Self.corpus.path]).stdout.split(separator: "\n").map(String.init)
        let first = dir.appendingPathComponent("part-0.jsonl"), second = dir.appendingPathComponent("part-1.jsonl")
        try (lines[..<10].joined(separator: "\n") + "\n{\"readout\":\"facts/1\"}\n").write(to: first, atomically: true, encoding: .utf8)
        try (lines[10...].joined(separator: "\n") + "\n").write(to: second, atomically: true, encoding: .utf8)
        let gzip = try CLI.runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["gzip", second.path])
        #expect(gzip.status == 0)
        let db = dir.appendingPathComponent("parts.sqlite").path
        let r = try CLI.run(["ingest", "--facts", first.path, second.path + ".gz", "--db", db])
        #expect(r.status == 1)
        #expect(r.stderr.contains("error: \(first.path):11: origin, hash, title or text missing\n"), "\(r.stderr)")
        #expect(r.stderr.contains(": \(lines.count) stored, 0 unchanged"))
        let folder = try CLI.run(["ingest", "--facts", dir.path, "--db", db])
        #expect(folder.status == 1 && folder.stderr.contains("error: \(dir.path): a folder; --facts reads files of facts lines"))
    }
}
