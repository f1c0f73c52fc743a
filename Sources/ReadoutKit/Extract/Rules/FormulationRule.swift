/// Numbered slogans in quotation marks: “四个意识”, “两个维护”, “五位一体”, “六清”.
public struct FormulationRule: ExtractionRule {
    public static let description = RuleDescription(
        identifier: "formulation",
        summary: "A quoted phrase that starts with a numeral is a formulation.",
        examples: [
            Example("增强“四个意识”、坚定“四个自信”、做到“两个维护”。",
                    yields: ["文章 mentions 四个意识", "文章 mentions 四个自信", "文章 mentions 两个维护"]),
            Example("聚焦“六清”行动目标。", yields: ["文章 mentions 六清"]),
            Example("坚持和发展新时代“枫桥经验”。", forbids: ["mentions"]),
        ]
    )

    public init() {}

    public func apply(to context: inout ExtractionContext) {
        let text = context.text
        for sentence in context.doc.sentences {
            for span in Clauses.enclosed(text, sentence.span, open: "“", close: "”") {
                guard span.length >= 2, span.length <= 8, Numerals.isNumeral(text[span.start]) || text[span.start] == "两",
                      (span.start..<span.end).allSatisfy({ text[$0].isHan }) else { continue }
                let f = context.mention(.formulation, text.slice(span), span)
                context.fact(context.article, Predicate.mentions, f, span)
            }
        }
    }
}
