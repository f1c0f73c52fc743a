import Testing
@testable import ReadoutKit

/// How a diff reads a report: each reading of formulations with the sentences it must and must not read, and which
/// clauses are tasks.
@Suite struct DiffReadingTests {
    @Test(arguments: Formulations.examples.indices)
    func formulationExamples(_ k: Int) {
        let example = Formulations.examples[k]
        let found = Formulations.phrases(in: example.sentence, words: .builtIn).map(\.text)
        for y in example.yields { #expect(found.contains(y), "\(example.sentence): \(found)") }
        for f in example.forbids { #expect(!found.contains(f), "\(example.sentence): \(found)") }
        if example.yields.isEmpty { #expect(found.isEmpty, "\(example.sentence): \(found)") }
    }

    @Test func eachReadingIsNamed() {
        let found = Formulations.phrases(in: "要落实“菜篮子”市长负责制，深入实施藏粮于地、藏粮于技战略，全面推进乡村振兴战略。", words: .builtIn)
        #expect(found.map(\.text) == ["菜篮子", "乡村振兴战略", "藏粮于地、藏粮于技"])
        #expect(found.map(\.reading) == [.quoted, .named, .parallel])
        #expect(found[2].parts == ["藏粮于地", "藏粮于技"])
    }

    @Test func aParallelPhraseIsSaidWhereverAllItsItemsAre() {
        let a = ReportText("促进农业高质高效、乡村宜居宜业、农民富裕富足。")
        let b = ReportText("推动乡村宜居宜业、农业高质高效、农民富裕富足。"), c = ReportText("推动农业高质高效。")
        #expect(a.formulations.map(\.text) == ["农业高质高效、乡村宜居宜业、农民富裕富足"])
        #expect(b.says(a.formulations[0]) && !c.says(a.formulations[0]))
    }

    /// A clause led by a common verb is a task only in a sentence that calls for something; in a sentence that
    /// directs (a modal, 会议强调), any clause is, but a purpose (让…), a setting (在…) or a statement (…是…).
    @Test func verbLedClausesInASentenceThatCallsForSomething() {
        let calls = ReportText("要扎实推进共同富裕，健全防止返贫监测机制，让农民得到更多实惠。")
        #expect(calls.directives.map(\.text) == ["要扎实推进共同富裕", "健全防止返贫监测机制"])
        let reports = ReportText("今年粮食产量稳定在1.3万亿斤以上，农民收入稳步增长。")
        #expect(reports.directives.isEmpty)
        let assessed = ReportText("会议指出，粮食产量稳定在1.3万亿斤以上，农民收入稳步增长。")
        #expect(assessed.directives.isEmpty)
        let directed = ReportText("会议强调，粮食播种面积保持稳定，在坚守底线前提下，农业强国是社会主义现代化强国的根基。")
        #expect(directed.directives.map(\.text) == ["粮食播种面积保持稳定"])
        let framed = ReportText("会议强调，不折不扣抓好贯彻落实，改进工作方式方法。")
        #expect(framed.directives.map(\.text) == ["不折不扣抓好贯彻落实", "改进工作方式方法"])
    }

    @Test func spansCountCharactersFromTheStoredText() {
        let r = ReportText("标题\n会议强调，要加强职业培训。", offset: 10)
        #expect(r.directives.map(\.text) == ["要加强职业培训"])
        #expect(r.directives[0].span == Span(18, 25) && r.directives[0].rank == 1)
    }
}
