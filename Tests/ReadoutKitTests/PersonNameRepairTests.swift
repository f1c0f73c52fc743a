import Testing
@testable import ReadoutKit

/// A name read with a word glued to it takes the shorter form the same article uses more often.
@Suite struct PersonNameRepairTests {
    func persons(_ text: String) -> Set<String> {
        let read = Extractor().read(SourceArticle(text: text, date: Day(2018, 5, 3), origin: "test"))
        return Set(read.extraction.mentions.filter { $0.entity.type == .person }.map(\.entity.name))
    }

    @Test func aGluedWordGoesWhereTheArticleSaysTheNameAlone() {
        let text = "国务院总理李克强出席会议。美国国务卿克里专门就此发表演讲。国务卿克里表示,美方愿意合作。国务卿克里说,双方应加强沟通。"
        let names = persons(text)
        #expect(names.contains("克里"))
        #expect(!names.contains("克里专门"))
        #expect(names.contains("李克强"))
    }

    @Test func aNameSaidMoreOftenThanItsPrefixStays() {
        let text = "副市长王晨阳出席。副市长王晨阳表示,要加强合作。副市长王晨阳说,成绩来之不易。市长王晨主持会议。"
        let names = persons(text)
        #expect(names.contains("王晨阳"))
        #expect(names.contains("王晨"))
    }
}
