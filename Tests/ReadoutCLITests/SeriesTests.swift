import Foundation
import ReadoutKit
import Testing

/// Issue 16, first piece: `readout series` lists the recurring events of a store with their instances, so a user
/// finds what to compare.
@Suite(.serialized) struct SeriesTests {
    /// Three weekly meetings, each report giving its day; a commentary the day after the third, which gives none;
    /// another five days later. Written here, not drawn from a corpus: the grouping is what is tested.
    static let weekly = """
        {"id":"w1","date":"2014-01-08","url":"http://example.cn/w1","title":"李克强主持召开国务院常务会议","text":"国务院总理李克强1月8日主持召开国务院常务会议，部署加快发展养老服务业。"}
        {"id":"w2","date":"2014-01-15","url":"http://example.cn/w2","title":"李克强主持召开国务院常务会议","text":"国务院总理李克强1月15日主持召开国务院常务会议，部署推进棚户区改造。"}
        {"id":"w3","date":"2014-01-22","url":"http://example.cn/w3","title":"李克强主持召开国务院常务会议","text":"国务院总理李克强1月22日主持召开国务院常务会议，研究部署进一步促进就业。"}
        {"id":"w3b","date":"2014-01-23","url":"http://example.cn/w3b","title":"国务院常务会议解读","text":"国务院常务会议提出，要以促进就业为目标，加强职业培训。李克强出席国务院常务会议。"}
        {"id":"w4b","date":"2014-01-28","url":"http://example.cn/w4b","title":"国务院常务会议解读","text":"国务院常务会议提出，要加强职业培训。李克强出席国务院常务会议。"}

        """

    static let db: String = {
        let dir = try! CLI.temporaryDirectory()
        let weekly = dir.appendingPathComponent("weekly.jsonl")
        try! Self.weekly.write(to: weekly, atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("series.sqlite").path
        let r = try! CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/trace/cewc-2016-2018.jsonl").path,
                              CLI.packageRoot.appendingPathComponent("fixtures/pingan-2020-changanwang.txt").path, weekly.path, "--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func rows(_ args: String...) throws -> [[String: Any]] { try CLI.json(args + ["--db", Self.db]) as! [[String: Any]] }

    @Test func everySeriesWithItsInstancesMostFirst() throws {
        let series = try rows("series")
        #expect(series.map { $0["series"] as! String } == ["国务院常务会议", "中央经济工作会议"])
        #expect(series[0]["instances"] as? Int == 4 && series[0]["reports"] as? Int == 5)
        #expect(series[0]["first"] as? String == "2014-01-08" && series[0]["last"] as? String == "2014-01-28")
        #expect(series[1]["instances"] as? Int == 2)
        #expect(series[1]["first"] as? String == "2016-12-14" && series[1]["last"] as? String == "2018-12-19")
        // One meeting is no series, unless asked for.
        #expect(try rows("series", "--min-instances", "1").contains { $0["series"] as? String == "平安中国建设工作会议" })
        #expect(try rows("series", "--min-instances", "3").map { $0["series"] as! String } == ["国务院常务会议"])
    }

    /// A report that gives no day joins the instance held just before it (within half the series' usual gap: three
    /// days for a weekly one); one later than that is an instance of its own.
    @Test func oneSeriesInstanceByInstanceWithItsReport() throws {
        let weekly = try rows("series", "国务院常务会议")
        #expect(weekly.map { $0["date"] as! String } == ["2014-01-08", "2014-01-15", "2014-01-22", "2014-01-28"])
        #expect(weekly.map { $0["reports"] as! Int } == [1, 1, 2, 1])
        #expect(weekly[2]["url"] as? String == "http://example.cn/w3")
        #expect((weekly[2]["document"] as! String).hasSuffix("weekly.jsonl#w3"))
        let annual = try rows("series", "中央经济工作会议")
        #expect(annual.map { $0["date"] as! String } == ["2016-12-14", "2018-12-19"])
        #expect(annual.map { $0["title"] as! String } == ["[视频]中央经济工作会议在北京举行", "[视频]中央经济工作会议在北京举行"])
        #expect(try rows("series", "中央经济工作会议", "--from", "2017").map { $0["date"] as! String } == ["2018-12-19"])
        let unknown = try CLI.run(["series", "中央经济会议", "--db", Self.db])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("error: no meeting named 中央经济会议"))
        // A range picks instances once grouped: the commentary of 23 January belongs to the meeting of the 22nd, left
        // out of a range from the 23rd, and is no instance of its own.
        #expect(try rows("series", "国务院常务会议", "--from", "2014-01-23").map { $0["date"] as! String } == ["2014-01-28"])
        let csv = try CLI.run(["series", "中央经济工作会议", "--from", "2030", "--format", "csv", "--db", Self.db])
        #expect(csv.stdout == "series,date,document,title,url,reports,facts\r\n")
    }
}

/// Issue 16, begun: `readout diff` of two consecutive reports of a series (here 中央经济工作会议 2016 and 2018, the
/// trace fixture), with the sentence of every line.
@Suite(.serialized) struct DiffTests {
    func diff(_ args: String...) throws -> CLI.Result { try CLI.run(["diff"] + args + ["--db", SeriesTests.db]) }

    @Test func formulationsTasksAndAttendeesWithTheirSentences() throws {
        let r = try diff("中央经济工作会议", "--format", "json")
        #expect(r.status == 0, "\(r.stderr)")
        let pairs = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as! [[String: Any]]
        #expect(pairs.count == 1)
        let d = pairs[0]
        #expect(((d["a"] as! [String: Any])["document"] as! String).hasSuffix("#VIDE1TJ1sAImqmGApo8EjUaJ161216"))
        #expect(((d["b"] as! [String: Any])["url"] as! String) == "https://tv.cctv.com/2018/12/21/VIDECg6IAOz8TxEaQzKvYby5181221.shtml")
        func texts(_ kind: String, _ change: String) -> [String] { ((d[kind] as! [String: Any])[change] as! [[String: Any]]).map { $0["text"] as! String } }
        #expect(texts("formulations", "added").contains("一带一路") && texts("formulations", "added").contains("两不愁三保障"))
        #expect(texts("formulations", "dropped").contains("房子是用来住的、不是用来炒的"))
        // Every line stands in its sentence.
        for kind in ["formulations", "tasks"] {
            for change in ["added", "dropped"] {
                for item in (d[kind] as! [String: Any])[change] as! [[String: Any]] {
                    #expect((item["sentence"] as! String).contains(item["text"] as! String), "\(item)")
                }
            }
        }
        // The same task in other words is one reworded task, not one dropped and one added; one task said as two
        // clauses the next year is paired with both.
        let reworded = (d["tasks"] as! [String: Any])["reworded"] as! [[String: Any]]
        func partners(_ a: String) -> [String] { reworded.filter { $0["a"] as? String == a }.map { $0["b"] as! String } }
        #expect(partners("坚持以推进供给侧结构性改革为主线") == ["坚持以供给侧结构性改革为主线"])
        #expect(reworded.first { $0["a"] as? String == "坚持以推进供给侧结构性改革为主线" }?["similarity"] as? Double == 0.86)
        #expect(partners("统筹推进“五位一体”总体布局和协调推进“四个全面”战略布局") == ["统筹推进“五位一体”总体布局", "协调推进“四个全面”战略布局"])
        #expect(!texts("tasks", "added").contains("坚持以供给侧结构性改革为主线") && !texts("tasks", "dropped").contains("坚持以推进供给侧结构性改革为主线"))
        // A clause led by a verb in a sentence that calls for something is a task (继续实施…: kept, and moved down).
        let moved = (d["tasks"] as! [String: Any])["moved"] as! [[String: Any]]
        #expect(moved.map { [$0["text"] as! String, "\($0["rank_a"] as! Int)", "\($0["rank_b"] as! Int)"] } == [["继续实施积极的财政政策和稳健的货币政策", "32", "38"]])
        // Formulations a report need not quote: named strategies and campaigns, parallel phrases.
        #expect(texts("formulations", "added").contains("乡村振兴战略") && texts("formulations", "added").contains("稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期"))
        #expect(texts("formulations", "dropped").contains("质量提升行动") && texts("formulations", "dropped").contains("精准扶贫、精准脱贫"))
        #expect(!(texts("formulations", "added") + texts("formulations", "dropped")).contains { $0.hasSuffix("宏观") || $0 == "保持战略" })
        // Every line's span is where its text stands in the stored text of its document.
        let store = try Store(path: SeriesTests.db, readOnly: true)
        func stored(_ side: String) throws -> [Unicode.Scalar] {
            let origin = (d[side] as! [String: Any])["document"] as! String
            return Array(try store.db.rows("SELECT x.text FROM document_text x JOIN document d ON d.id = x.document WHERE d.origin = ?", [.text(origin)])[0][0].string!.unicodeScalars)
        }
        let (textA, textB) = (try stored("a"), try stored("b"))
        func at(_ text: [Unicode.Scalar], _ span: Any?) -> String {
            let s = span as! [Int]
            var out = ""; out.unicodeScalars.append(contentsOf: text[s[0]..<s[1]]); return out
        }
        var spans = 0
        for kind in ["formulations", "tasks"] {
            for (change, text) in [("added", textB), ("dropped", textA)] {
                for item in (d[kind] as! [String: Any])[change] as! [[String: Any]] {
                    #expect(at(text, item["span"]) == item["text"] as! String); spans += 1
                }
            }
        }
        for r in reworded { #expect(at(textA, r["span_a"]) == r["a"] as! String && at(textB, r["span_b"]) == r["b"] as! String) }
        #expect(spans > 150)
        let attendees = d["attendees"] as! [String: Any]
        #expect(attendees["added"] as? [String] == ["栗战书", "汪洋", "王沪宁", "赵乐际", "韩正"])
        #expect(attendees["dropped"] as? [String] == ["张德江", "俞正声", "刘云山", "王岐山", "张高丽"])
        let retitled = attendees["retitled"] as! [[String: Any]]
        #expect(retitled.count == 1 && retitled[0]["name"] as? String == "李克强" && retitled[0]["titles_b"] as? [String] == ["中共中央政治局常委", "国务院总理"])
    }

    @Test func markdownAndTableAndTheSameByDocuments() throws {
        let md = try diff("中央经济工作会议", "--format", "markdown").stdout
        #expect(md.hasPrefix("## 中央经济工作会议: 2016\\-12\\-16 → 2018\\-12\\-21\n"))
        #expect(md.contains("### Formulations (7 kept)\n"))
        #expect(md.contains("- **一带一路** — “要推动共建“一带一路”。”\n"))
        #expect(md.contains("- ~~十三五~~ — “…"))
        #expect(md.contains("- ~~坚持以推进供给侧结构性改革为主线~~ → **坚持以供给侧结构性改革为主线** (similarity 0.86)"))
        #expect(md.contains("- 继续实施积极的财政政策和稳健的货币政策 (moved from 32 to 38) — “会议指出,宏观政策要强化逆周期调节,"))
        #expect(md.contains("### Attendees\n\n**栗战书**, **汪洋**"))
        // What a CommonMark parser renders of it: the headings, the added in bold, the dropped struck through, the
        // two reports' links, and nothing else (no emphasis, HTML or code from the corpus text).
        let check = try CLI.runProgram(URL(fileURLWithPath: "/usr/bin/env"), ["python3", CLI.packageRoot.appendingPathComponent("scripts/markdown-check").path], stdin: Data(md.utf8))
        #expect(check.status == 0, "\(check.stderr) (the check needs: pip install markdown-it-py)")
        let rendered = try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as! [String: Any]
        #expect(rendered["h2"] as? [String] == ["中央经济工作会议: 2016-12-16 → 2018-12-21"])
        #expect(rendered["h3"] as? [String] == ["Formulations (7 kept)", "Tasks (6 kept)", "Attendees"])
        let strong = rendered["strong"] as! [String], struck = rendered["s"] as! [String]
        #expect(strong.contains("一带一路") && strong.contains("坚持以供给侧结构性改革为主线") && strong.contains("栗战书") && strong.contains("中共中央政治局常委、国务院总理"))
        #expect(struck.contains("十三五") && struck.contains("坚持以推进供给侧结构性改革为主线") && struck.contains("张德江") && struck.contains("中共中央政治局常委"))
        let d = (try JSONSerialization.jsonObject(with: Data(try diff("中央经济工作会议", "--format", "json").stdout.utf8)) as! [[String: Any]])[0]
        func count(_ kind: String, _ change: String) -> Int { ((d[kind] as! [String: Any])[change] as! [Any]).count }
        // Bold: every added formulation and task, the new side of each reworded task, five new attendees, one new title.
        #expect(strong.count == count("formulations", "added") + count("tasks", "added") + count("tasks", "reworded") + 5 + 1)
        #expect(struck.count == count("formulations", "dropped") + count("tasks", "dropped") + count("tasks", "reworded") + 5 + 1)
        #expect((rendered["links"] as! [[String]]).map { $0[0] } == ["https://tv.cctv.com/2016/12/16/VIDE1TJ1sAImqmGApo8EjUaJ161216.shtml",
                                                                 "https://tv.cctv.com/2018/12/21/VIDECg6IAOz8TxEaQzKvYby5181221.shtml"])
        #expect((rendered["links"] as! [[String]]).map { $0[1] } == ["[视频]中央经济工作会议在北京举行", "[视频]中央经济工作会议在北京举行"])
        #expect((rendered["other"] as! [String]).isEmpty)
        let byDocuments = try diff("--document", "VIDE1TJ1sAImqmGApo8EjUaJ161216", "--document", "VIDECg6IAOz8TxEaQzKvYby5181221", "--format", "markdown").stdout
        #expect(byDocuments.hasPrefix("## 2016\\-12\\-16 → 2018\\-12\\-21\n"))
        #expect(byDocuments.dropFirst(byDocuments.firstIndex(of: "\n")!.utf16Offset(in: byDocuments)) == md.dropFirst(md.firstIndex(of: "\n")!.utf16Offset(in: md)))
        let table = try diff("中央经济工作会议", "--wide").stdout
        #expect(table.hasPrefix("from        to          kind          change    text"))
        #expect(table.contains("tasks         reworded  坚持以供给侧结构性改革为主线"))
        #expect(table.contains("tasks         moved     继续实施积极的财政政策和稳健的货币政策"))
        let one = try diff("平安中国建设工作会议")
        #expect(one.status == 1 && one.stderr == "error: 平安中国建设工作会议 has fewer than two instances (see readout series 平安中国建设工作会议)\n")
        #expect(try diff("--document", "VIDE1TJ1").stderr.hasPrefix("error: give a series"))
        // Two events by meeting and year or day: the same diff as the series'; none or several then, said.
        let events = try diff("中央经济工作会议@2016", "中央经济工作会议@2018-12-19", "--format", "markdown")
        #expect(events.status == 0 && events.stdout.dropFirst(events.stdout.firstIndex(of: "\n")!.utf16Offset(in: events.stdout)) == md.dropFirst(md.firstIndex(of: "\n")!.utf16Offset(in: md)))
        let none = try diff("中央经济工作会议@2017", "中央经济工作会议@2018")
        #expect(none.status == 1 && none.stderr == "error: 中央经济工作会议 has no instance between 2017-01-01 and 2017-12-31 (see readout series 中央经济工作会议)\n")
        let several = try diff("国务院常务会议@2014", "国务院常务会议@2014-01-28")
        #expect(several.status == 1 && several.stderr == "error: 国务院常务会议 has 4 instances between 2014-01-01 and 2014-12-31 (2014-01-08, 2014-01-15, 2014-01-22, 2014-01-28): give a day, as 国务院常务会议@2014-01-08\n")
        #expect(try diff("中央经济工作会议@16", "中央经济工作会议@2018").stderr.hasPrefix("error: an event's date is a year (2016) or a date (2016-12-14), not '16'"))
    }
}
