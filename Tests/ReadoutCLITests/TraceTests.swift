import Foundation
import Testing

/// Issue 14: trace a meeting series across its reports, each list under its head, drawn top to bottom.
/// fixtures/trace holds the two 中央经济工作会议 readouts of the 2012–2018 corpus, as its JSON Lines.
@Suite(.serialized) struct TraceTests {
    static let db: String = {
        let path = try! CLI.temporaryDirectory().appendingPathComponent("trace.sqlite").path
        let r = try! CLI.run(["ingest", CLI.packageRoot.appendingPathComponent("fixtures/trace/cewc-2016-2018.jsonl").path, "--db", path])
        precondition(r.status == 0, r.stderr)
        return path
    }()

    func forest(_ args: String...) throws -> [[String: Any]] { try CLI.json(["trace"] + args + ["--db", Self.db]) as! [[String: Any]] }

    func children(_ node: [String: Any]?) -> [[String: Any]] { node?["children"] as? [[String: Any]] ?? [] }
    func names(_ nodes: [[String: Any]]) -> [String] { nodes.map { $0["name"] as! String } }

    @Test func aMeetingSeriesInDateOrderWithItsListsUnderTheirHeads() throws {
        let reports = try forest("中央经济工作会议")
        #expect(reports.map { $0["date"] as? String } == ["2016-12-16", "2018-12-21"])
        #expect(reports.allSatisfy { $0["type"] as? String == "Meeting" && $0["name"] as? String == "中央经济工作会议" })
        #expect((reports[1]["document"] as? String)?.hasSuffix("#VIDECg6IAOz8TxEaQzKvYby5181221") == true)
        let list2018 = children(reports[1]).first { $0["type"] as? String == "List" }
        #expect(list2018?["name"] as? String == "会议确定,明年要抓好以下重点工作任务")
        #expect(names(children(list2018)) == ["推动制造业高质量发展", "促进形成强大国内市场", "扎实推进乡村振兴战略", "促进区域协调发展",
                                              "加快经济体制改革", "推动全方位对外开放", "加强保障和改善民生"])
        #expect(children(list2018).allSatisfy { $0["type"] as? String == "Task" })
        let list2016 = children(reports[0]).first { $0["type"] as? String == "List" }
        #expect(list2016?["name"] as? String == "明年要继续深化供给侧结构性改革")
        #expect(names(children(list2016)) == ["深入推进“三去一降一补”", "深入推进农业供给侧结构性改革", "着力振兴实体经济", "促进房地产市场平稳健康发展"])
    }

    @Test func fromAndToBoundTheSeries() throws {
        #expect(try forest("中央经济工作会议", "--from", "2017").map { $0["date"] as? String } == ["2018-12-21"])
        #expect(try forest("中央经济工作会议", "--to", "2016-12-31").map { $0["date"] as? String } == ["2016-12-16"])
        #expect(try forest("中央经济工作会议", "--from", "2019").isEmpty)
        for bad in ["2014-13-45", "yesterday", "2015-02-29"] {
            let r = try CLI.run(["trace", "中央经济工作会议", "--from", bad, "--db", Self.db])
            #expect(r.status != 0 && r.stderr.contains("--from takes a year"), "--from \(bad)")
        }
    }

    @Test func theTreeAsDotAndAsAPicture() throws {
        let dot = try CLI.run(["trace", "中央经济工作会议", "--from", "2018", "--format", "dot", "--db", Self.db])
        #expect(dot.status == 0)
        #expect(dot.stdout.hasPrefix("digraph trace {"))
        #expect(dot.stdout.contains("rankdir=TB") && dot.stdout.contains("fontname=\"Noto Sans CJK SC\""))
        #expect(dot.stdout.contains("tooltip=\"推动制造业高质量发展\""))
        // The meeting over its date; a list's head of 18 characters on one line.
        #expect(dot.stdout.contains("label=\"中央经济工作会议\\n2018-12-21\""))
        #expect(dot.stdout.contains("label=\"会议确定,明年要抓好以下重点工作任务\", tooltip=\"会议确定,明年要抓好以下重点工作任务\", shape=plaintext"))
        let graphviz = ["/usr/bin/dot", "/usr/local/bin/dot"].first { FileManager.default.isExecutableFile(atPath: $0) }
        #expect(graphviz != nil, "Graphviz is not installed: apt-get install graphviz fonts-noto-cjk")
        guard graphviz != nil else { return }
        let svg = try CLI.temporaryDirectory().appendingPathComponent("cewc.svg")
        let r = try CLI.run(["trace", "中央经济工作会议", "--render", "svg", "-o", svg.path, "--db", Self.db])
        #expect(r.status == 0, "\(r.stderr)")
        let picture = try String(contentsOf: svg, encoding: .utf8)
        #expect(picture.contains("<svg") && picture.contains("推动制造业高质量发展"))
        let noPicture = try CLI.run(["trace", "中央经济工作会议", "-o", svg.path, "--db", Self.db])
        #expect(noPicture.status != 0 && noPicture.stderr.contains("-o needs --render"))
    }

    @Test func aNameThatIsNoMeetingStillTracesFromAGoalOrTask() throws {
        // The goal the 2018 readout states, with the tasks of its sentence under it.
        let tree = try forest("实现全面建成小康社会")
        #expect(tree.first?["type"] as? String == "Goal")
    }
}
