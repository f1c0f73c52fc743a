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

    @Test func aPrepositionGluedInFrontGoesWhereTheArticleSaysTheNameAlone() {
        let text = "乔石同志遗体在北京火化。全体起立,向乔石同志的遗体三鞠躬。乔石同志是党和国家的卓越领导人。"
        let read = Extractor().read(SourceArticle(text: text, date: Day(2015, 6, 19), origin: "test"))
        let persons = read.extraction.mentions.filter { $0.entity.type == .person }
        #expect(Set(persons.map(\.entity.name)) == ["乔石"])
        // Every mention's span holds the name, not the preposition before it.
        let scalars = Array(text.unicodeScalars)
        for m in persons { #expect(String(String.UnicodeScalarView(scalars[m.span.start..<m.span.end])) == "乔石") }
    }

    @Test func aSurnameThatIsAlsoAPrepositionStaysWhereTheRestIsNoNameHere() {
        let names = persons("副省长向东出席会议。副省长向东表示,要加强合作。")
        #expect(names.contains("向东"))
    }
}
