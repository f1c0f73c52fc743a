import Foundation
import Testing
@testable import ReadoutKit

@Suite struct LexiconTests {
    @Test func builtInLexiconsLoad() {
        let lex = Lexicons.builtIn
        #expect(lex.surnames.contains("王"))
        #expect(lex.compoundSurnames.contains("欧阳"))
        #expect(lex.organizations["中央政法委"] == "中共中央政法委员会")
        #expect(lex.attendance["主持"]?.predicate == "presided_over")
    }

    @Test func duplicateEntriesNameTheFileAndLine() {
        #expect {
            try LexiconFile.parse("# titles\n书记\n主任\n书记\n", name: "titles.txt")
        } throws: { error in
            (error as? LexiconError)?.description == "titles.txt:4: duplicate entry '书记' (first on line 2)"
        }
    }

    @Test func wrongFieldCountNamesTheLine() {
        #expect {
            try LexiconFile.parse("京\t北京\n沪\n", name: "places.txt", fields: 2...2)
        } throws: { error in
            (error as? LexiconError)?.description == "places.txt:2: expected 2…2 tab-separated fields, found 1"
        }
    }

    @Test func aUserDirectoryWithABadFileIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lex-\(UUID().uuidString)")
        try LexiconSource.writeBuiltIn(to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "出席\t出席\n".write(to: dir.appendingPathComponent("attendance.txt"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try Lexicons.load(from: dir) }
    }

    /// Lexicons hold word lists, never the people or figures of an article.
    @Test func noLexiconNamesAPersonOfTheWorkedExample() throws {
        let people = ["郭声琨", "赵克志", "周强", "张军", "陈一新", "陈文清", "王宁", "王仁华", "习近平", "敖婷婷"]
        #expect(LexiconSource.builtInFiles.count > 100)
        for (file, literal) in LexiconSource.builtInFiles {
            let content = String(decoding: Array(literal.utf8), as: UTF8.self)   // a native copy: Foundation's search is linear on it
            for p in people { #expect(!content.contains(p), "\(file) names \(p)") }
        }
    }
}

@Suite struct WordSegmenterTests {
    func words(_ s: String) -> [String] {
        let text = TextBuffer(s)
        return Lexicons.builtIn.segmenter.words(text, 0, text.count).map { text.slice($0.start, $0.end) }
    }

    @Test func splitsIntoTheWordsOfTheVocabulary() {
        #expect(words("他希望曙光公司坚持走自主创新道路") == ["他", "希望", "曙光", "公司", "坚持", "走", "自主", "创新", "道路"])
        // A stop character inside a word (和 in 共和党) is part of the word; a body of the lexicons is one word.
        #expect(words("美国共和党全国委员会") == ["美国", "共和", "党", "全国", "委员会"])
        #expect(words("国务院办公厅") == ["国务院", "办公厅"])
    }

    @Test func lettersAndDigitsAreOneWordAndUnknownCharactersSingle() {
        #expect(words("G20峰会") == ["G20", "峰会"])
        #expect(words("洺源科技") == ["洺", "源", "科技"])
    }

    @Test func wordKindsComeFromTheirTags() {
        let text = TextBuffer("维护银行")
        let ws = Lexicons.builtIn.segmenter.words(text, 0, text.count)
        #expect(ws.map(\.kind) == [.verb, .noun])
    }

    @Test func aBadLineNamesTheFileAndLine() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("general_words-\(UUID().uuidString).txt")
        try "# words\n银行 100 n\n维护 x v\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect {
            try Vocabulary(contentsOf: url)
        } throws: { error in
            (error as? LexiconError)?.description == "\(url.path):3: expected a word of one to four characters, its frequency and its tag"
        }
    }
}
