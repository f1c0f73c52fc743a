/// A cited policy document: any title in 《…》.
public struct DocumentRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "document",
        summary: "《TITLE》 is a cited document.",
        examples: [
            Example("全会通过的《中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议》作出部署。",
                    yields: ["文章 cites 中共中央关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议"]),
            Example("会议审议通过了《关于加强基层治理的意见》和《政府工作报告》。",
                    yields: ["文章 cites 关于加强基层治理的意见", "文章 cites 政府工作报告"]),
            Example("会议审议了有关文件。", forbids: ["cites"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        for sentence in context.doc.sentences {
            for span in Clauses.enclosed(text, sentence.span, open: "《", close: "》") where span.length >= 2 && span.length <= 120 {
                let document = context.mention(.document, text.slice(span), span)
                context.fact(context.article, Predicate.cites, document, span)
            }
        }
    }
}
