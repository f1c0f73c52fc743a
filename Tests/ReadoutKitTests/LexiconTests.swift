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
        try FileManager.default.copyItem(at: Lexicons.bundledDirectory, to: dir)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "出席\t出席\n".write(to: dir.appendingPathComponent("attendance.txt"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.self) { try Lexicons.load(from: dir) }
    }

    /// Lexicons hold word lists, never the people or figures of an article.
    @Test func noLexiconNamesAPersonOfTheWorkedExample() throws {
        let people = ["郭声琨", "赵克志", "周强", "张军", "陈一新", "陈文清", "王宁", "王仁华", "习近平", "敖婷婷"]
        for file in try FileManager.default.contentsOfDirectory(atPath: Lexicons.bundledDirectory.path) {
            let content = try String(contentsOf: Lexicons.bundledDirectory.appendingPathComponent(file), encoding: .utf8)
            for p in people { #expect(!content.contains(p), "\(file) names \(p)") }
        }
    }
}
