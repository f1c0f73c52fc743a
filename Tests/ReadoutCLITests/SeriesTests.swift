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
