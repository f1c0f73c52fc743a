import Foundation
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
        // The same task in other words is one reworded task, not one dropped and one added.
        let reworded = (d["tasks"] as! [String: Any])["reworded"] as! [[String: Any]]
        let pair = reworded.first { $0["a"] as? String == "要继续实施积极的财政政策和稳健的货币政策" }
        #expect(pair?["b"] as? String == "要实施好积极的财政政策和稳健的货币政策")
        #expect(pair?["similarity"] as? Double == 0.86)
        #expect(!texts("tasks", "added").contains("要实施好积极的财政政策和稳健的货币政策"))
        #expect(!texts("tasks", "dropped").contains("要继续实施积极的财政政策和稳健的货币政策"))
        let attendees = d["attendees"] as! [String: [String]]
        #expect(attendees["added"] == ["栗战书", "汪洋", "王沪宁", "赵乐际", "韩正"])
        #expect(attendees["dropped"] == ["张德江", "俞正声", "刘云山", "王岐山", "张高丽"])
    }

    @Test func markdownAndTableAndTheSameByDocuments() throws {
        let md = try diff("中央经济工作会议", "--format", "markdown").stdout
        #expect(md.hasPrefix("## 中央经济工作会议: 2016\\-12\\-16 → 2018\\-12\\-21\n"))
        #expect(md.contains("### Formulations (3 kept)\n"))
        #expect(md.contains("- **一带一路** — “要推动共建“一带一路”。”\n"))
        #expect(md.contains("- ~~十三五~~ — "))
        #expect(md.contains("- ~~要继续实施积极的财政政策和稳健的货币政策~~ → **要实施好积极的财政政策和稳健的货币政策** (similarity 0.86)"))
        #expect(md.contains("### Attendees\n\n**栗战书**, **汪洋**"))
        let byDocuments = try diff("--document", "VIDE1TJ1sAImqmGApo8EjUaJ161216", "--document", "VIDECg6IAOz8TxEaQzKvYby5181221", "--format", "markdown").stdout
        #expect(byDocuments.hasPrefix("## 2016\\-12\\-16 → 2018\\-12\\-21\n"))
        #expect(byDocuments.dropFirst(byDocuments.firstIndex(of: "\n")!.utf16Offset(in: byDocuments)) == md.dropFirst(md.firstIndex(of: "\n")!.utf16Offset(in: md)))
        let table = try diff("中央经济工作会议", "--wide").stdout
        #expect(table.hasPrefix("from        to          kind          change    text"))
        #expect(table.contains("tasks         reworded  要实施好积极的财政政策和稳健的货币政策"))
        let one = try diff("平安中国建设工作会议")
        #expect(one.status == 1 && one.stderr == "error: 平安中国建设工作会议 has fewer than two instances (see readout series 平安中国建设工作会议)\n")
        #expect(try diff("--document", "VIDE1TJ1").stderr.hasPrefix("error: give a series"))
    }
}
