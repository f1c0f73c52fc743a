import Foundation

/// Scores the extractor against hand-written expected files: attendees, persons and statistics
/// (precision, recall, F1), titles and enumeration items (recall).
public struct DevSetEvaluator {
    public let extractor: Extractor

    public init(extractor: Extractor = Extractor()) { self.extractor = extractor }

    public static let measures = ["attendees", "persons", "statistics", "titles", "enumerations"]

    /// One article's scores, and what went wrong, for reading.
    public struct ArticleResult: Sendable {
        public var name: String
        public var scores: [String: Score]
        public var misses: [String: [String]]
    }

    /// Every `*.expected.json` in the folder with its article beside it (`.jsonl`, `.txt` or `.html`).
    public func evaluate(folder: String) throws -> [ArticleResult] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".expected.json") }.sorted()
        return try names.map { name in
            let base = String(name.dropLast(".expected.json".count))
            let expectedURL = URL(fileURLWithPath: folder).appendingPathComponent(name)
            guard let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: expectedURL)) as? [String: Any] else {
                throw InputError("\(expectedURL.path): not a JSON object")
            }
            let article = try self.article(folder: folder, base: base)
            return score(base, extractor.read(article), expected)
        }
    }

    func article(folder: String, base: String) throws -> SourceArticle {
        for ext in ["jsonl", "txt", "html"] {
            let path = (folder as NSString).appendingPathComponent("\(base).\(ext)")
            guard FileManager.default.fileExists(atPath: path) else { continue }
            if ext == "jsonl" {
                var found: SourceArticle?
                try CorpusReader(path: path).forEach({ if found == nil { found = $0 } }, onError: { _ in })
                if let found { return found }
            } else {
                return try InputReader.readFile(path)
            }
        }
        throw InputError("\(folder)/\(base): no article beside the expected file")
    }

    func score(_ name: String, _ read: ReadArticle, _ expected: [String: Any]) -> ArticleResult {
        let facts = read.extraction.facts
        var scores: [String: Score] = [:]
        var misses: [String: [String]] = [:]
        func record(_ measure: String, _ result: (Score, missing: [String], extra: [String])) {
            scores[measure] = result.0
            let lines = result.missing.sorted().map { "missing \($0)" } + result.extra.sorted().map { "extra \($0)" }
            if !lines.isEmpty { misses[measure] = lines }
        }

        // Attendees: people the text places at the meeting.
        let attendees = Set(facts.filter { $0.predicate == Predicate.attended && $0.subject.type == .person }.map(\.subject.name))
        let expectedAttendees = Set(((expected["attendees"] as? [Any]) ?? []).compactMap { item -> String? in
            (item as? [String: Any])?["name"] as? String ?? item as? String
        } + (((expected["attendees"] as? [String: Any])?["persons"] as? [String]) ?? []))
        record("attendees", Score.compare(found: attendees, expected: expectedAttendees))

        // Persons: every named individual.
        let persons = Set(read.extraction.entities.filter { $0.type == .person }.map(\.name))
        let personSets = expected["persons"] as? [String: Any]
        let strict = Set(personSets?["strict"] as? [String] ?? [])
        let optional = Set(personSets?["optional"] as? [String] ?? [])
        record("persons", Score.compare(found: persons, expected: strict, optional: optional))

        // Titles (recall): person and title, exactly as written.
        let titles = Set(facts.filter { $0.predicate == Predicate.title }.map { "\($0.subject.name):\($0.object.text)" })
        var expectedTitles = Set<String>()
        for (person, list) in expected["titles"] as? [String: [String]] ?? [:] { for t in list { expectedTitles.insert("\(person):\(t)") } }
        var t = Score.compare(found: titles.intersection(expectedTitles), expected: expectedTitles)
        t.0.falsePositives = 0
        record("titles", (t.0, t.missing, []))

        record("statistics", statistics(read, expected))
        record("enumerations", enumerations(read, expected))
        return ArticleResult(name: name, scores: scores, misses: misses)
    }

    /// A statistic matches when its value and unit agree and one subject contains the other.
    func statistics(_ read: ReadArticle, _ expected: [String: Any]) -> (Score, missing: [String], extra: [String]) {
        struct Stat { var subject: String; var value: Double; var unit: String }
        var found: [String: Stat] = [:]
        for f in read.extraction.facts where f.subject.type == .statistic {
            var s = found[f.subject.name] ?? Stat(subject: "", value: .nan, unit: "")
            switch f.predicate {
            case Predicate.subject: s.subject = f.object.text
            case Predicate.value: s.value = Double(f.object.text) ?? .nan
            case Predicate.unit: s.unit = f.object.text
            default: break
            }
            found[f.subject.name] = s
        }
        func parse(_ list: Any?) -> [Stat] {
            ((list as? [[String: Any]]) ?? []).map {
                Stat(subject: $0["subject"] as? String ?? "", value: ($0["value"] as? NSNumber)?.doubleValue ?? .nan, unit: $0["unit"] as? String ?? "")
            }
        }
        let strict = parse(expected["statistics"]), optional = parse(expected["statistics_optional"])
        func same(_ a: Stat, _ b: Stat) -> Bool {
            a.value == b.value && a.unit == b.unit && (a.subject.contains(b.subject) || b.subject.contains(a.subject) || a.subject.isEmpty || b.subject.isEmpty)
        }
        var score = Score()
        var used = Set<Int>()
        var missing: [String] = []
        let predicted = Array(found.values)
        for e in strict {
            if let k = predicted.indices.first(where: { !used.contains($0) && same(predicted[$0], e) }) { used.insert(k); score.truePositives += 1 }
            else { score.falseNegatives += 1; missing.append("\(e.subject) \(e.value)\(e.unit)") }
        }
        var extra: [String] = []
        for (k, p) in predicted.enumerated() where !used.contains(k) {
            if optional.contains(where: { same(p, $0) }) { continue }
            score.falsePositives += 1; extra.append("\(p.subject) \(p.value)\(p.unit)")
        }
        return (score, missing, extra)
    }

    /// Enumeration items (recall): every numbered item of the outline, matched on its first clause.
    func enumerations(_ read: ReadArticle, _ expected: [String: Any]) -> (Score, missing: [String], extra: [String]) {
        let doc = read.document
        let items = doc.outline.filter { $0.ordinal > 0 }.map { Self.clean(doc.slice($0.name)) }
        var score = Score()
        var missing: [String] = []
        for list in (expected["enumerations"] as? [[String: Any]]) ?? [] {
            for item in (list["items"] as? [String]) ?? [] {
                let want = Self.clean(item)
                if items.contains(where: { $0 == want || (min($0.count, want.count) >= 4 && ($0.hasPrefix(want) || want.hasPrefix($0))) }) {
                    score.truePositives += 1
                } else { score.falseNegatives += 1; missing.append(item) }
            }
        }
        return (score, missing, [])
    }

    static func clean(_ s: String) -> String {
        s.trimmingCharacters(in: CharacterSet(charactersIn: " ,;:。、!?").union(.whitespaces))
    }

    /// The report `scripts/eval` prints: one line per article, then the micro-average.
    public static func report(_ results: [ArticleResult], verbose: Bool = false) -> (text: String, totals: [String: Score]) {
        var totals: [String: Score] = [:]
        var out = "article".padding(toLength: 34, withPad: " ", startingAt: 0) + "  attendees P/R/F1      persons P/R/F1        statistics P/R/F1     titles R  enum R\n"
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        for r in results {
            for m in measures { totals[m] = (totals[m] ?? Score()) + (r.scores[m] ?? Score()) }
            var line = String(r.name.prefix(34)).padding(toLength: 34, withPad: " ", startingAt: 0)
            for m in ["attendees", "persons", "statistics"] {
                let s = r.scores[m] ?? Score()
                line += "  \(f(s.precision))/\(f(s.recall))/\(f(s.f1))"
                line += "    "
            }
            line += "  \(f((r.scores["titles"] ?? Score()).recall))      \(f((r.scores["enumerations"] ?? Score()).recall))"
            out += line + "\n"
            if verbose {
                for m in measures { for miss in r.misses[m] ?? [] { out += "    \(m): \(miss)\n" } }
            }
        }
        var line = "micro-average".padding(toLength: 34, withPad: " ", startingAt: 0)
        for m in ["attendees", "persons", "statistics"] {
            let s = totals[m] ?? Score()
            line += "  \(f(s.precision))/\(f(s.recall))/\(f(s.f1))    "
        }
        line += "  \(f((totals["titles"] ?? Score()).recall))      \(f((totals["enumerations"] ?? Score()).recall))"
        out += line + "\n"
        return (out, totals)
    }
}
