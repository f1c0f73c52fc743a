import Foundation
import Testing

/// Issue 12: every event and everyone at it, on corpus articles of the random development set (annotated blind).
@Suite(.serialized) struct EventTests {
    static let random = CLI.packageRoot.appendingPathComponent("fixtures/devset/random")

    static let db: String = {
        let path = try! CLI.temporaryDirectory().appendingPathComponent("events.sqlite").path
        let files = ["2012-09-19-VIDE1355098185812949.txt", "2013-07-02-VIDE1372763281704409.txt", "2017-06-19-VIDELstqEKPdkt54YqWZGFC0170619.txt"]
        let r = try! CLI.run(["ingest"] + files.map { random.appendingPathComponent($0).path } + ["--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func attendees(_ args: String...) throws -> [[String: Any]] { try CLI.json(["attendees"] + args + ["--db", Self.db]) as! [[String: Any]] }

    func people(_ rows: [[String: Any]], at meeting: String) -> Set<String> {
        Set(rows.filter { $0["meeting"] as? String == meeting }.map { $0["name"] as! String })
    }

    /// 胡锦涛 opens an academy's congress, then tours Tianjin with 刘延东 and 张高丽: two events whose people do not mix.
    @Test func anArticleWithTwoEventsKeepsTheirPeopleApart() throws {
        let rows = try attendees("--document", "2012-09-19-VIDE1355098185812949")
        let opening = "发展中国家科学院第十二次学术大会暨第二十三届院士大会开幕式"
        #expect(people(rows, at: opening) == ["胡锦涛"])
        #expect(people(rows, at: "胡锦涛在天津考察") == ["胡锦涛", "刘延东", "张高丽"])
        #expect(rows.first { $0["meeting"] as? String == opening }?["meeting_kind"] as? String == "仪式")
        #expect(rows.first { $0["meeting"] as? String == "胡锦涛在天津考察" }?["meeting_kind"] as? String == "调研")
        #expect(rows.allSatisfy { $0["named_from"] is NSNull })
    }

    /// A 会见: host and guest, the guest named after the clause that describes him; his reason to come is no event.
    @Test func bothSidesOfAMeetingAndNotTheGuestsReasonToCome() throws {
        let rows = try attendees("--document", "2013-07-02-VIDE1372763281704409")
        #expect(Set(rows.map { $0["meeting"] as! String }) == ["习近平会见格鲁埃夫斯基"])
        #expect(people(rows, at: "习近平会见格鲁埃夫斯基") == ["习近平", "格鲁埃夫斯基"])
        #expect(rows.allSatisfy { $0["meeting_kind"] as? String == "会见" })
        #expect(try attendees("--kind", "会见").count == 2)
    }

    /// 出席推进县乡人大工作和建设经验交流会并讲话: the event the verb names, with the speech.
    @Test func theEventTheVerbNames() throws {
        let rows = try attendees("--document", "2017-06-19-VIDELstqEKPdkt54YqWZGFC0170619")
        let zhang = rows.first { $0["name"] as? String == "张德江" }
        #expect(zhang?["meeting"] as? String == "推进县乡人大工作和建设经验交流会")
        #expect(zhang?["roles"] as? [String] == ["出席", "讲话"])
    }

    /// Talks the text names no other way (两国总理举行了会谈) take the headline's event word and kind, not 会议.
    @Test func anEventNamedOnlyByTheHeadlineTakesItsKindFromIt() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        try "李克强同瓦努阿图总理举行会谈\n\n欢迎仪式后,两国总理举行了会谈。王毅、何立峰出席上述活动。\n".write(to: article, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("e.sqlite").path
        #expect(try CLI.run(["ingest", article.path, "--db", db]).status == 0)
        let rows = try CLI.json(["attendees", "--db", db]) as! [[String: Any]]
        #expect(rows.map { $0["name"] as? String } == ["王毅", "何立峰"])
        #expect(Set(rows.map { $0["meeting"] as? String }) == ["会谈(李克强同瓦努阿图总理举行会谈)"])
        #expect(rows.allSatisfy { $0["meeting_kind"] as? String == "会谈" && $0["named_from"] as? String == "headline" })
    }

    /// An attendance stored under the headline by older rules (here: lexicons that lack 座谈会) moves to the event the
    /// text names once the store is re-extracted with the rules of today, and nothing stays under the headline.
    /// A name cut at the comma inside its quotes takes the quotes whole (the corpus's 全国政协…专题协商会, 2021-07-26).
    @Test func anEventNameKeepsItsQuotesWhole() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("q.txt")
        try "全国政协召开“积极应对人口老龄化，促进人口均衡发展”专题协商会\n\n全国政协26日在京召开“积极应对人口老龄化，促进人口均衡发展”专题协商会，全国政协主席汪洋出席并讲话。国务院副总理孙春兰出席会议并讲话。\n".write(to: article, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("q.sqlite").path
        #expect(try CLI.run(["ingest", article.path, "--db", db]).status == 0)
        let rows = try CLI.json(["attendees", "--db", db]) as! [[String: Any]]
        #expect(Set(rows.map { $0["name"] as? String }) == ["汪洋", "孙春兰"])
        #expect(Set(rows.map { $0["meeting"] as? String }) == ["“积极应对人口老龄化,促进人口均衡发展”专题协商会"])
    }

    @Test func reextractMovesAnAttendanceOffTheHeadline() throws {
        let dir = try CLI.temporaryDirectory()
        let article = dir.appendingPathComponent("a.txt")
        try "全国民政工作座谈会在京召开\n\n全国民政工作座谈会12日在北京召开。民政部部长李立国出席会议并讲话。\n".write(to: article, atomically: true, encoding: .utf8)
        let lexicons = dir.appendingPathComponent("lexicons")
        let builtIn = try CLI.run(["lexicons", "--path"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        try FileManager.default.copyItem(atPath: builtIn, toPath: lexicons.path)
        let words = lexicons.appendingPathComponent("meeting_words.txt")
        let without = try String(contentsOf: words, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).filter { $0 != "座谈会" }
        try without.joined(separator: "\n").write(to: words, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("e.sqlite").path
        #expect(try CLI.run(["ingest", article.path, "--db", db, "--lexicons", lexicons.path]).status == 0)
        func rows() throws -> [[String: Any]] { try CLI.json(["attendees", "--db", db]) as! [[String: Any]] }
        let before = try rows()
        #expect(before.map { $0["meeting"] as? String } == ["会议(全国民政工作座谈会在京召开)"])
        #expect(before.first?["named_from"] as? String == "headline")
        #expect(try CLI.run(["reextract", "--db", db]).status == 0)
        let after = try rows()
        #expect(after.map { $0["meeting"] as? String } == ["全国民政工作座谈会"])
        #expect(after.map { $0["name"] as? String } == ["李立国"])
        #expect(after.first?["roles"] as? [String] == ["出席", "讲话"])
        #expect(after.allSatisfy { $0["named_from"] is NSNull })
        // The headline's event is gone from the store, not merely empty.
        let gone = try CLI.run(["attendees", "会议(全国民政工作座谈会在京召开)", "--db", db])
        #expect(gone.status == 1 && gone.stderr.hasPrefix("error: no meeting named 会议(全国民政工作座谈会在京召开)"))
    }
}
