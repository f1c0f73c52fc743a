import Foundation
import Testing
@testable import ReadoutKit

/// Issue 18: an extracted article as one line of JSON (`extract --format jsonl`), read back by `ingest --facts`.
@Suite struct FactsLineTests {
    static let worked: StorableArticle = {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("fixtures/pingan-2020-changanwang.txt")
        return StorableArticle(sharedExtractor.read(try! InputReader.readFile(file.path)))
    }()

    @Test func aLineReadsBackToTheSameArticle() throws {
        let line = FactsLine.encode(Self.worked, origin: "pingan.txt")
        #expect(!line.contains("\n") && line.hasPrefix(#"{"readout":"facts/1","origin":"pingan.txt","hash":""#))
        #expect(line.contains("郭声琨") && !line.contains("\\u"))   // Chinese as written
        let (article, origin) = try FactsLine.decode(Array(line.utf8))
        #expect(origin == "pingan.txt")
        #expect(FactsLine.encode(article, origin: origin) == line)
        #expect(article.hash == Self.worked.hash && article.text == Self.worked.text && article.date == Day(2020, 11, 12))
        #expect(article.triples.count == Self.worked.triples.count && article.entities == Self.worked.entities)
        // The facts as a reader sees them: the chair's attendance, with its span and rule.
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let entities = (record["entities"] as! [[String]]).map { $0[1] }
        let facts = record["facts"] as! [[String: Any]]
        let chair = facts.first { entities[$0["subject"] as! Int] == "郭声琨" && $0["predicate"] as? String == "attended" }!
        #expect(entities[chair["object"] as! Int] == "平安中国建设工作会议" && chair["rule"] as? String != nil)
        let span = chair["span"] as! [Int]
        let scalars = Array(Self.worked.text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[span[0]..<span[1]])).contains("郭声琨"))
    }

    @Test func aBadLineSaysWhatIsWrong() throws {
        let line = FactsLine.encode(Self.worked, origin: "pingan.txt")
        func error(_ text: String) -> String {
            do { _ = try FactsLine.decode(Array(text.utf8)); return "read" } catch { return "\(error)" }
        }
        #expect(error("[1,2]") == "not a JSON object")
        #expect(error(#"{"id":"1","html":"会议召开"}"#) == #"not a line of readout extract --format jsonl (no "readout" field)"#)
        #expect(error(line.replacingOccurrences(of: "facts/1", with: "facts/9")) == "facts/9 lines are not read by this readout (it reads facts/1)")
        #expect(error(line.replacingOccurrences(of: "平安中国建设工作会议在京召开", with: "平安中国建设工作会议在沪召开")) == "hash is not the SHA-256 of the text")
        #expect(error(line.replacingOccurrences(of: #""span":["#, with: #""span":[9999999,"#)) == "a fact's span is not [start, end] inside the text")
        #expect(error(line.replacingOccurrences(of: #""subject":0,"#, with: #""subject":99999,"#)) == "an entity number outside entities")
        #expect(error(line.replacingOccurrences(of: #"["Person","#, with: #"["Persona","#)) == "an entity is not [type, name]")
    }
}
