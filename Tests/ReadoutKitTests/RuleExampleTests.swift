import Foundation
import Testing
@testable import ReadoutKit

/// One example of one rule, as a test argument.
struct RuleExample: CustomTestStringConvertible, Sendable {
    let rule: String
    let example: Example
    var testDescription: String { "\(rule): \(example.text.prefix(30))" }

    static let all: [RuleExample] = RuleRegistry.rules.flatMap { rule in
        rule.description.examples.map { RuleExample(rule: rule.description.identifier, example: $0) }
    }
}

let sharedExtractor = Extractor()

/// Reads an example the way the examples are written: the article is called 文章 and dated by the example.
func readExample(_ text: String, date: String?) -> ReadArticle {
    sharedExtractor.read(SourceArticle(text: text, title: "", date: date.flatMap(Day.init(parsing:)), origin: "文章"))
}

/// The triples of the whole pipeline (a rule's example is read in context: attendance needs the meeting rule,
/// and a title found by two rules is kept once), or of one rule.
func triples(_ read: ReadArticle, rule: String? = nil) -> Set<String> {
    Set(read.extraction.facts.filter { rule == nil || $0.rule == rule }.map { fact in
        let subject = fact.subject.type == .article ? "文章" : fact.subject.name
        return "\(subject) \(fact.predicate) \(fact.object.text)"
    })
}

@Suite struct RuleExampleTests {
    @Test(arguments: RuleExample.all)
    func exampleYieldsItsTriples(_ item: RuleExample) {
        let read = readExample(item.example.text, date: item.example.date)
        let found = triples(read)
        let location = SourceLocation(fileID: "ReadoutKit/\(URL(fileURLWithPath: item.example.file).lastPathComponent)",
                                      filePath: item.example.file, line: item.example.line, column: 1)
        for expected in item.example.yields {
            #expect(found.contains(expected), "missing: \(expected)\nfound: \(found.sorted())", sourceLocation: location)
        }
        // A forbidden predicate (attended) or a forbidden triple (席美国 title 总统).
        for forbidden in item.example.forbids {
            let hits = forbidden.contains(" ") ? found.filter { $0 == forbidden }
                : found.filter { $0.split(separator: " ").dropFirst().first.map(String.init) == forbidden }
            #expect(hits.isEmpty, "must not yield \(forbidden): \(hits.sorted())", sourceLocation: location)
        }
        if !item.example.yields.isEmpty {
            #expect(!triples(read, rule: item.rule).isEmpty, "the rule itself found nothing", sourceLocation: location)
        }
    }

    /// Each rule's examples hold with that rule alone, and the rules it says it reads: a rule's facts are its own.
    @Test(arguments: RuleExample.all.filter { !$0.example.yields.isEmpty })
    func exampleYieldsItsTriplesWithItsRuleAlone(_ item: RuleExample) {
        let needed = Set([item.rule] + (RuleRegistry.description(of: item.rule)?.reads ?? []))
        let extractor = Extractor(rules: RuleRegistry.rules.filter { needed.contains($0.description.identifier) })
        let read = extractor.read(SourceArticle(text: item.example.text, title: "", date: item.example.date.flatMap(Day.init(parsing:)), origin: "文章"))
        let found = triples(read)
        let location = SourceLocation(fileID: "ReadoutKit/\(URL(fileURLWithPath: item.example.file).lastPathComponent)",
                                      filePath: item.example.file, line: item.example.line, column: 1)
        for expected in item.example.yields {
            #expect(found.contains(expected), "missing with \(needed.sorted()) alone: \(expected)\nfound: \(found.sorted())", sourceLocation: location)
        }
    }

    /// The same example after a paragraph of CJK and emoji: every span must shift and still hold its text.
    @Test(arguments: RuleExample.all)
    func exampleSurvivesAPrefix(_ item: RuleExample) {
        let prefix = "前置文字😀🇨🇳,含组合字符e\u{301}与表情。\n"
        let plain = triples(readExample(item.example.text, date: item.example.date))
        // A multi-line example keeps its first line as the title: the prefix goes after it.
        let lines = item.example.text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false)
        let shifted = lines.count == 2 ? lines[0] + "\n" + prefix + lines[1] : prefix + item.example.text
        let read = readExample(String(shifted), date: item.example.date)
        #expect(triples(read) == plain)
        for m in read.extraction.mentions where m.rule == item.rule {
            #expect(read.document.slice(m.span) == m.surface, "span \(m.span) of \(m.surface)")
            // A mention in the title line stays where it was; one in the body moves past the prefix.
            let inTitle = lines.count == 2 && m.span.end <= lines[0].unicodeScalars.count
            let bodyStart = (lines.count == 2 ? lines[0].unicodeScalars.count + 1 : 0) + prefix.unicodeScalars.count
            #expect(inTitle || m.span.start >= bodyStart, "span \(m.span) of \(m.surface) inside the prefix")
        }
        for f in read.extraction.facts where f.rule == item.rule {
            #expect(f.span.start >= 0 && f.span.end <= read.document.text.count && f.span.start < f.span.end)
        }
    }
}

@Suite struct RuleRegistryTests {
    @Test func identifiersAreUnique() {
        let ids = RuleRegistry.rules.map { $0.description.identifier }
        #expect(Set(ids).count == ids.count)
    }

    @Test func everyRuleHasMatchingAndNonMatchingExamples() {
        for rule in RuleRegistry.rules {
            let d = rule.description
            #expect(d.examples.contains { !$0.yields.isEmpty }, "\(d.identifier) has no matching example")
            #expect(d.examples.contains { !$0.forbids.isEmpty }, "\(d.identifier) has no non-matching example")
            #expect(!d.summary.isEmpty)
        }
    }

    /// Every *Rule.swift file under Extract/Rules is a registered rule.
    @Test func everyRuleFileIsRegistered() throws {
        let rulesDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/ReadoutKit/Extract/Rules").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: rulesDir.path).filter { $0.hasSuffix("Rule.swift") }
        let registered = Set(RuleRegistry.rules.map { String(describing: $0) + ".swift" })
        #expect(Set(files) == registered)
    }
}
