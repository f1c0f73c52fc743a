import Testing
@testable import ReadoutKit

/// What leaves the store as IRIs and Markdown holds no markup and no invalid IRI, whatever the corpus wrote (a review
/// of issue 15 and 16's code found these inputs).
@Suite struct OutputSafetyTests {
    @Test func anIRIKeepsOnlyRealEscapesAndOneFragment() {
        #expect(IRI.reference("http://www.gov.cn/s?q=100%") == "<http://www.gov.cn/s?q=100%25>")
        #expect(IRI.reference("http://x/a%2Fb#c#d") == "<http://x/a%2Fb#c%23d>")
        #expect(IRI.reference("http://readout.example/entity/Person/" + IRI.segment("百分%20号")) == "<http://readout.example/entity/Person/百分%2520号>")
        #expect(IRI.segment("[视频]a#b/c?") == "%5B视频%5Da%23b%2Fc%3F")
        #expect(IRI.segment("..") == "%2E%2E" && IRI.segment("a..b") == "a..b")
    }

    @Test func markdownTextAndLinksCannotBecomeMarkup() {
        #expect(DiffReport.escape("x\r\n\r\nFake heading\r\n===") == "x    Fake heading  \\=\\=\\=")
        #expect(DiffReport.escape("*\u{301}bold*") == "\\*\u{301}bold\\*")
        #expect(DiffReport.link(.object([("url", .string("javascript:alert(1)"))])) == "#")
        #expect(DiffReport.link(.object([("url", .string("https://a.cn/x(1)\\\n"))])) == "https://a.cn/x%281%29%5C%0A")
    }

    @Test func aModalInsideAWordIsNone() {
        let report = ReportText("会议指出,经济社会发展主要目标任务圆满完成。要坚决贯彻落实党中央决策部署,要认真落实各项部署。")
        #expect(report.directives.map(\.text) == ["要坚决贯彻落实党中央决策部署", "要认真落实各项部署"])
    }
}
