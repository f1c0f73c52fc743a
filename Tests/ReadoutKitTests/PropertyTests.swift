import Foundation
import Testing
@testable import ReadoutKit

/// Random text never crashes the pipeline, and every span it reports holds the text it names.
@Suite struct PropertyTests {
    /// A small deterministic generator, so a failure can be replayed from its seed.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [String] = [
        "出席会议", "主持", "并讲话", "、", ",", "。", "!", "?", "“", "”", "《", "》", "(", ")", "——", "一是", "二是", "一要", "二要", "第一,",
        "李克强", "国务院总理", "王", "欧阳", "·", "增长", "4.5%", "下降", "由19.4%降至", "3080.5万件", "今年1至9月", "11月10日", "在京召开",
        "机制", "健全", "确保", "更安全", "原则", "六项原则:", "会议", "工作会议", "中央政法委", "组长", "副", "\n", "\n\n", " ", "\t",
        "😀", "🇨🇳", "e\u{301}", "\u{200B}", "\u{0}", "\u{1}", "a", "Z", "0", "9", "<p>", "</p>", "&amp;", "&#x4E00;", "<script>x</script>",
        "\\", "\"", "'", ";", "--", "DROP TABLE", "\r\n", "\u{FEFF}", "\u{3000}", "ＡＢ", "１２", "：", "；", "（", "）",
        // Words the rules read from both ends, short and long: ranges built around them must never be empty.
        "在", "共同出席", "一同", "同", "与", "会见", "会谈", "时", "表示", "上", "记者会", "共青团中央", "全国青联", "常务委员会",
        "党支部", "社区", "多所", "医院", "们", "和他率领的", "国务资政", "科罗马", "在座", "首发式", "“十三五”末", "截至",
    ]

    @Test(arguments: 0..<40)
    func randomTextKeepsEverySpanValid(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed) &* 7919)
        for _ in 0..<25 {
            var text = ""
            for _ in 0..<Int.random(in: 0...80, using: &rng) {
                if Int.random(in: 0..<10, using: &rng) == 0 {
                    text.unicodeScalars.append(Unicode.Scalar(UInt32.random(in: 0x4E00...0x9FFF, using: &rng))!)
                } else {
                    text += Self.pieces.randomElement(using: &rng)!
                }
            }
            let title: String? = Bool.random(using: &rng) ? Self.pieces.randomElement(using: &rng) : nil
            let read = sharedExtractor.read(SourceArticle(text: text, title: title, date: Day(2020, 11, 12), origin: "random"))
            let count = read.document.text.count
            for m in read.extraction.mentions {
                #expect(m.span.start >= 0 && m.span.end <= count && m.span.start < m.span.end, "seed \(seed): \(m)")
                #expect(read.document.slice(m.span) == m.surface, "seed \(seed): \(m.surface)")
            }
            for f in read.extraction.facts {
                #expect(f.span.start >= 0 && f.span.end <= count && f.span.start <= f.span.end, "seed \(seed): \(f)")
            }
            #expect(read.cleanText.unicodeScalars.count == count)
        }
    }

    /// Every article of the development folders (some 1,300 real pages from both corpora and local sites) is read
    /// without a crash and with every span inside its text.
    @Test func everyDevelopmentArticleKeepsEverySpanValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/devset").standardized
        let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "txt" }
        #expect(files.count >= 1000)
        for file in files {
            let read = sharedExtractor.read(SourceArticle(text: try Decoder.decode(Array(Data(contentsOf: file))), date: Day(2020, 11, 12), origin: file.lastPathComponent))
            let count = read.document.text.count
            for m in read.extraction.mentions {
                #expect(m.span.start >= 0 && m.span.end <= count && m.span.start < m.span.end && read.document.slice(m.span) == m.surface, "\(file.lastPathComponent): \(m)")
            }
            for f in read.extraction.facts { #expect(f.span.start >= 0 && f.span.end <= count && f.span.start <= f.span.end, "\(file.lastPathComponent): \(f)") }
        }
    }

    @Test(arguments: 0..<20)
    func strayBytesAreRefusedOrDecoded(_ seed: Int) {
        var rng = SplitMix(state: UInt64(seed) &+ 1)
        for _ in 0..<50 {
            var bytes = Array("会议".utf8)
            for _ in 0..<Int.random(in: 0...64, using: &rng) { bytes.append(UInt8.random(in: 0...255, using: &rng)) }
            do {
                let text = try Decoder.decode(bytes)
                let read = sharedExtractor.read(SourceArticle(text: text, origin: "bytes"))
                for m in read.extraction.mentions { #expect(read.document.slice(m.span) == m.surface) }
            } catch let error as DecodeError {
                guard case .notText(let byte) = error else { return }
                #expect(byte >= 0 && byte < bytes.count)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }
}
