import Foundation
import Testing
import ReadoutKit

/// Issue 15, input: JSON Lines on stdin, what a folder's walk passes by, character references in titles, and the url of a record kept
/// and shown with its facts.
@Suite struct InputTests {
    static let records = [
        #"{"id": "r1", "date": "2020-11-10", "title": "要闻&#8226;全国工作会议召开", "url": "https://example.cn/2020/11/10/r1.shtml", "html": "<p>11月10日,全国工作会议在京召开。赵克志、周强出席会议。</p>"}"#,
        #"{"id": "r2", "date": "2020-11-11", "title": "座谈会&bull;召开&middot;纪要", "url": "https://example.cn/2020/11/11/r2.shtml", "html": "<p>11月11日,赵克志主持召开座谈会。</p>"}"#,
        #"{"id": 3, "date": "2020-11-12", "title": "会议&nbsp;闭幕&#x2022;", "url": "https://example.cn/2020/11/12/r 3.shtml", "text": "11月12日,全国工作会议闭幕。周强出席闭幕式。"}"#,
    ]

    /// The documents of a store: origin, title, date, url, in order.
    static func documents(_ db: String) throws -> [[SQLValue]] {
        try Store(path: db, readOnly: true).db.rows("SELECT origin, title, date, url FROM document ORDER BY id")
    }

    static let expected: [[SQLValue]] = [
        [.text("stdin#r1"), .text("要闻•全国工作会议召开"), .text("2020-11-10"), .text("https://example.cn/2020/11/10/r1.shtml")],
        [.text("stdin#r2"), .text("座谈会•召开·纪要"), .text("2020-11-11"), .text("https://example.cn/2020/11/11/r2.shtml")],
        [.text("stdin#3"), .text("会议 闭幕•"), .text("2020-11-12"), .text("https://example.cn/2020/11/12/r 3.shtml")],
    ]

    /// The origins of a store's documents, in order.
    static func origins(_ db: String) throws -> [SQLValue] {
        try Store(path: db, readOnly: true).db.rows("SELECT origin FROM document ORDER BY id").map { $0[0] }
    }

    @Test func jsonLinesOnStdinAreOneArticleARecord() throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path
        let file = dir.appendingPathComponent("head.jsonl")
        try ("\n" + Self.records.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        let r = try CLI.run(["ingest", "-", "--db", db], stdin: try Data(contentsOf: file))
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains(": 3 stored, 0 unchanged"))
        #expect(try Self.documents(db) == Self.expected)
        // Gzip on stdin is inflated as it streams; cut short, it is one error line naming stdin.
        _ = try CLI.runProgram(URL(fileURLWithPath: "/bin/gzip"), ["-k", file.path])
        let gz = try Data(contentsOf: dir.appendingPathComponent("head.jsonl.gz"))
        let db2 = dir.appendingPathComponent("gz.sqlite").path
        #expect(try CLI.run(["ingest", "-", "--db", db2], stdin: gz).status == 0)
        #expect(try Self.documents(db2) == Self.expected)
        let cut = try CLI.run(["ingest", "-", "--db", dir.appendingPathComponent("cut.sqlite").path], stdin: gz.prefix(gz.count - 12))
        #expect(cut.status != 0)
        #expect(cut.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }.map { $0.prefix(33) } == ["error: stdin: cut short or damage"])
        // extract reads it the same way: each fact names its record.
        let facts = try JSONSerialization.jsonObject(with: Data(try CLI.run(["extract", "-", "--format", "json"], stdin: try Data(contentsOf: file)).stdout.utf8)) as? [[String: Any]] ?? []
        #expect(Set(facts.compactMap { $0["document"] as? String }) == ["stdin#r1", "stdin#r2", "stdin#3"])
    }

    /// --jsonl reads stdin as records though its first line is none (a bad record, said on one line naming stdin and
    /// its line; the others stored), and a file named on the command line whatever it is called.
    @Test func jsonlForcesRecords() throws {
        let dir = try CLI.temporaryDirectory()
        let input = Data((#"{"id": "no-text"}"# + "\n" + Self.records.joined(separator: "\n")).utf8)
        let plain = dir.appendingPathComponent("plain.sqlite").path
        #expect(try CLI.run(["ingest", "-", "--db", plain], stdin: input).status == 0)
        #expect(try Self.origins(plain) == [.text("stdin")])   // without it: one text
        let db = dir.appendingPathComponent("s.sqlite").path
        let r = try CLI.run(["ingest", "-", "--jsonl", "--db", db], stdin: input)
        #expect(r.status != 0)
        #expect(r.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") } == ["error: stdin:1: no text field (html, text, content, body)"])
        #expect(try Self.documents(db) == Self.expected)
        let named = dir.appendingPathComponent("export.txt")
        try Self.records.joined(separator: "\n").write(to: named, atomically: true, encoding: .utf8)
        let db2 = dir.appendingPathComponent("f.sqlite").path
        #expect(try CLI.run(["ingest", named.path, "--jsonl", "--db", db2]).status == 0)
        #expect(try Self.origins(db2) == ["r1", "r2", "3"].map { .text(named.path + "#" + $0) })
        // The url's field is named like the others.
        let renamed = Data(Self.records[0].replacingOccurrences(of: "\"url\"", with: "\"link\"").utf8)
        let db3 = dir.appendingPathComponent("u.sqlite").path
        #expect(try CLI.run(["ingest", "-", "--url-field", "link", "--db", db3], stdin: renamed).status == 0)
        #expect(try Self.documents(db3) == [Self.expected[0]])
    }

    @Test func aFolderPassesByReadmeLicenceAndDotFiles() throws {
        let dir = try CLI.temporaryDirectory()
        let folder = dir.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent(".hidden"), withIntermediateDirectories: true)
        for (name, text) in [("README.md", "本文件夹收录会议报道。"), ("LICENSE", "版权所有,保留一切权利。"), ("COPYING.txt", "转载须注明出处。"), ("readme-zh.md", "说明。"),
                             (".hidden/x.txt", "赵克志主持召开座谈会。"), (".notes.txt", "周强出席会议。"), ("a.txt", "11月10日,全国工作会议在京召开。赵克志、周强出席会议。"),
                             ("licensed.txt", "持证经营座谈会召开。")] {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", folder.path, "--db", db]).status == 0)
        // licensed.txt is no LICENSE: a letter follows the word.
        #expect(try Self.origins(db) == ["a.txt", "licensed.txt"].map { .text(folder.appendingPathComponent($0).path) })
        // Named on the command line, it is read.
        for name in ["README.md", ".hidden/x.txt"] { #expect(try CLI.run(["ingest", folder.appendingPathComponent(name).path, "--db", db]).status == 0) }
        #expect(try Self.origins(db) == ["a.txt", "licensed.txt", "README.md", ".hidden/x.txt"].map { .text(folder.appendingPathComponent($0).path) })
    }

    @Test func anHTMLPageGivesItsTitleDecodedAndItsAddress() throws {
        let dir = try CLI.temporaryDirectory()
        let page = dir.appendingPathComponent("page.html")
        try """
            <html><head><title><![CDATA[全国工作会议召开&#8226;要闻]]></title>
            <link rel="canonical" href="https://example.cn/a?id=1&amp;p=2"></head>
            <body><p><![CDATA[11月10日,全国工作会议在京召开。]]></p><p>赵克志、周强出席会议&middot;</p></body></html>
            """.write(to: page, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("s.sqlite").path
        #expect(try CLI.run(["ingest", page.path, "--db", db]).status == 0)
        let store = try Store(path: db, readOnly: true)
        #expect(try store.db.rows("SELECT origin, title, url FROM document") == [[.text(page.path), .text("全国工作会议召开&#8226;要闻"), .text("https://example.cn/a?id=1&p=2")]])
        let text = try store.db.rows("SELECT text FROM document_text").first?.first?.string ?? ""
        #expect(text.contains("11月10日,全国工作会议在京召开。") && text.contains("出席会议·") && !text.contains("CDATA"))
    }

    /// why, show, triples and the exports carry the url of the record a fact came from.
    @Test func factsCarryTheirRecordsURL() throws {
        let dir = try CLI.temporaryDirectory()
        let db = dir.appendingPathComponent("s.sqlite").path, corpus = dir.appendingPathComponent("c.jsonl")
        try Self.records.joined(separator: "\n").write(to: corpus, atomically: true, encoding: .utf8)
        #expect(try CLI.run(["ingest", corpus.path, "--db", db]).status == 0)
        // Each record's title with its references decoded, its date and its url (origins apart: c.jsonl#ID).
        #expect(try Self.documents(db).map { Array($0.dropFirst()) } == Self.expected.map { Array($0.dropFirst()) })
        let url1 = "https://example.cn/2020/11/10/r1.shtml", url3 = "https://example.cn/2020/11/12/r 3.shtml"
        let why = try CLI.json(["why", "--subject", "周强", "--predicate", "attended", "--db", db]) as? [[String: Any]] ?? []
        #expect(why.map { $0["url"] as? String } == [url1, url3])
        #expect(why.first.map { Array($0.keys).contains("rule_examples") && $0["date"] as? String == "2020-11-10" } == true)
        let show = try CLI.json(["show", "赵克志", "--db", db]) as? [[String: Any]] ?? []
        #expect(!show.isEmpty && show.allSatisfy { ["https://example.cn/2020/11/10/r1.shtml", "https://example.cn/2020/11/11/r2.shtml"].contains($0["url"] as? String) })
        let triples = try CLI.run(["triples", "--subject", "周强", "--predicate", "attended", "--db", db, "--format", "csv"]).stdout
        #expect(triples.hasPrefix("subject,predicate,object,document,sentence,subject_type,object_type,date,start,end,rule,url\r\n"))
        #expect(triples.contains(",\(url1)\r\n"))

        let jsonl = try CLI.run(["export", "--format", "jsonl", "--db", db]).stdout.split(separator: "\n")
        let records = jsonl.compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        #expect(Set(records.compactMap { $0["url"] as? String }) == [url1, "https://example.cn/2020/11/11/r2.shtml", url3])
        #expect(try CLI.run(["export", "--format", "csv", "--db", db]).stdout.hasPrefix("subject,subject_type,predicate,object,object_type,document,date,start,end,rule,url\r\n"))

        let hash = try Store(path: db, readOnly: true).db.rows("SELECT hash FROM document ORDER BY id").compactMap { $0[0].string }
        let nt = try CLI.run(["export", "--format", "ntriples", "--db", db]).stdout
        // An absolute URL is an IRI; one that is no IRI as it stands (a space) an xsd:anyURI literal.
        #expect(nt.contains("<http://readout.example/document/\(hash[0])> <http://readout.example/vocab#url> <\(url1)> .\n"))
        #expect(nt.contains("<http://readout.example/document/\(hash[2])> <http://readout.example/vocab#url> \"\(url3)\"^^<http://www.w3.org/2001/XMLSchema#anyURI> .\n"))
        let rapper = ["/usr/bin/rapper", "/usr/local/bin/rapper"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #expect(rapper != nil, "rapper is not installed: apt-get install raptor2-utils")
        for (format, text) in [("ntriples", nt), ("turtle", try CLI.run(["export", "--format", "turtle", "--db", db]).stdout)] {
            #expect(text.contains("url"))
            let file = dir.appendingPathComponent("graph.\(format)")
            try text.write(to: file, atomically: true, encoding: .utf8)
            guard let rapper else { continue }
            let parsed = try CLI.runProgram(URL(fileURLWithPath: rapper), ["-i", format, "-c", file.path])
            #expect(parsed.status == 0 && parsed.stderr.contains("Parsing returned"), "\(format): \(parsed.stderr)")
        }
    }
}
