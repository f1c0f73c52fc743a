/// What changed between two reports of a meeting (two instances of a series): the formulations each quotes, the
/// directives each gives (the same, reworded with their similarity, added, dropped) and who attended, every line
/// with its sentence.
public struct DiffQuery: GraphQuery {
    /// The two documents, by id, earlier first.
    public var a: Int64
    public var b: Int64
    /// The least similarity at which two different directives are one, reworded.
    public var threshold: Double

    public init(a: Int64, b: Int64, threshold: Double = 0.4) { self.a = a; self.b = b; self.threshold = threshold }

    public func answer(_ graph: Graph) throws -> JSONValue {
        let (docA, textA, offsetA) = try Self.document(a, graph), (docB, textB, offsetB) = try Self.document(b, graph)
        let reportA = ReportText(textA, offset: offsetA), reportB = ReportText(textB, offset: offsetB)
        // A formulation is new when the other report does not say it at all, quoted or not, as one of its own or not.
        let formulations = (added: reportB.formulations.filter { !reportA.says($0) }, dropped: reportA.formulations.filter { !reportB.says($0) },
                            kept: reportA.formulations.filter { reportB.says($0) })
        let directives = Alignment(reportA.directives, reportB.directives, key: \.key, threshold: threshold)
        let peopleA = try Self.attendees(a, graph), peopleB = try Self.attendees(b, graph)
        let namesA = peopleA.map(\.name), namesB = peopleB.map(\.name)
        let retitled: [JSONValue] = peopleB.compactMap { p in
            guard let before = peopleA.first(where: { $0.name == p.name }), !before.titles.isEmpty, !p.titles.isEmpty,
                  Set(before.titles) != Set(p.titles) else { return nil }
            return .object([("name", .string(p.name)), ("titles_a", .array(before.titles.map(JSONValue.string))), ("titles_b", .array(p.titles.map(JSONValue.string)))])
        }
        let statistics = Self.pairedStatistics(try Self.statistics(a, graph), try Self.statistics(b, graph))
        return .object([
            ("a", docA), ("b", docB),
            ("formulations", .object([("added", .array(formulations.added.map(Self.item))), ("dropped", .array(formulations.dropped.map(Self.item))),
                                      ("kept", .number(Double(formulations.kept.count)))])),
            ("tasks", .object([
                ("added", .array(directives.added.map(Self.item))), ("dropped", .array(directives.dropped.map(Self.item))),
                ("reworded", .array(directives.reworded.map { r in
                    .object([("a", .string(r.a.text)), ("b", .string(r.b.text)), ("similarity", .number((r.similarity * 100).rounded() / 100)),
                             ("sentence_a", .string(r.a.sentence)), ("sentence_b", .string(r.b.sentence)), ("span_a", Self.span(r.a.span)), ("span_b", Self.span(r.b.span))])
                })),
                ("moved", .array(Self.moved(directives.kept).map { a, b in
                    .object([("text", .string(b.text)), ("rank_a", .number(Double(a.rank))), ("rank_b", .number(Double(b.rank))),
                             ("sentence_a", .string(a.sentence)), ("sentence_b", .string(b.sentence)), ("span_a", Self.span(a.span)), ("span_b", Self.span(b.span))])
                })),
                ("kept", .number(Double(directives.kept.count))),
            ])),
            ("attendees", .object([("added", .array(namesB.filter { !namesA.contains($0) }.map(JSONValue.string))),
                                   ("dropped", .array(namesA.filter { !namesB.contains($0) }.map(JSONValue.string))),
                                   ("retitled", .array(retitled))])),
            ("statistics", .array(statistics.map { x, y in
                .object([("unit", .string(x.unit)), ("a", x.json), ("b", y.json)])
            })),
        ])
    }

    static func item(_ i: ReportText.Item) -> JSONValue {
        .object([("text", .string(i.text)), ("sentence", .string(i.sentence)), ("span", span(i.span)), ("rank", .number(Double(i.rank)))])
    }

    static func span(_ s: Span) -> JSONValue { .array([.number(Double(s.start)), .number(Double(s.end))]) }

    /// The kept items whose order changed: those outside the longest run kept in the same order in both reports (a
    /// task that moved up or down its list, with its rank before and after).
    static func moved(_ kept: [(ReportText.Item, ReportText.Item)]) -> [(ReportText.Item, ReportText.Item)] {
        let pairs = kept.sorted { $0.0.rank < $1.0.rank }
        guard pairs.count > 1 else { return [] }
        // The longest increasing subsequence of the ranks after, by patience sorting with back links.
        var tails: [Int] = [], previous = [Int](repeating: -1, count: pairs.count)
        for (k, p) in pairs.enumerated() {
            var lo = 0, hi = tails.count
            while lo < hi { let mid = (lo + hi) / 2; if pairs[tails[mid]].1.rank < p.1.rank { lo = mid + 1 } else { hi = mid } }
            if lo > 0 { previous[k] = tails[lo - 1] }
            if lo == tails.count { tails.append(k) } else { tails[lo] = k }
        }
        var inOrder = Set<Int>(), k = tails.last ?? -1
        while k >= 0 { inOrder.insert(k); k = previous[k] }
        return pairs.indices.filter { !inOrder.contains($0) }.map { pairs[$0] }
    }

    static func document(_ id: Int64, _ graph: Graph) throws -> (JSONValue, String, Int) {
        guard let r = try graph.db.rows("""
            SELECT d.origin, d.date, d.title, d.url, x.text FROM document d JOIN document_text x ON x.document = d.id WHERE d.id = ?
            """, [.integer(id)]).first else { throw StoreError("no document \(id)") }
        // The stored text opens with the title (a headline, not what the meeting said): the body alone is compared.
        var text = Substring(r[4].string ?? ""), offset = 0
        if let title = r[2].string, !title.isEmpty, text.hasPrefix(title) { text = text.dropFirst(title.count); offset = title.unicodeScalars.count }
        return (.object([("document", .string(r[0].string ?? "")), ("date", r[1].string.map(JSONValue.string) ?? .null),
                         ("title", .string(r[2].string ?? "")), ("url", r[3].string.map(JSONValue.string) ?? .null)]), String(text), offset)
    }

    /// The people a document says attended, in text order (then the order stored: ties must not fall as a store
    /// happens to read them), with the titles it gives them. (A document's facts are the
    /// ids from its first_triple to its last_triple: no index on the document column is needed.)
    static func attendees(_ id: Int64, _ graph: Graph) throws -> [(name: String, titles: [String])] {
        var out: [(name: String, titles: [String])] = []
        for r in try graph.db.rows("""
            SELECT s.name, (SELECT group_concat(x.literal, char(31)) FROM (SELECT tt.literal FROM triple tt
                              WHERE tt.subject = s.id AND tt.predicate = 'title' AND tt.document = t.document ORDER BY tt.id) AS x)
            FROM document d JOIN triple t ON t.id BETWEEN d.first_triple AND d.last_triple AND t.document = d.id JOIN entity s ON s.id = t.subject
            WHERE d.id = ? AND t.predicate = 'attended' AND s.type = 'Person' ORDER BY t.span_start, t.id
            """, [.integer(id)]) {
            guard let n = r[0].string, !out.contains(where: { $0.name == n }) else { continue }
            var titles: [String] = []
            for t in (r[1].string ?? "").split(separator: "\u{1F}").map(String.init) where !titles.contains(t) { titles.append(t) }
            out.append((n, titles))
        }
        return out
    }

    struct Statistic {
        var subject = "", value = "", unit = "", sentence = "", span = Span(0, 0)
        var json: JSONValue {
            .object([("subject", .string(subject)), ("value", .string(value)), ("unit", .string(unit)), ("sentence", .string(sentence)),
                     ("span", DiffQuery.span(span))])
        }
    }

    /// A document's statistics with their subject, value and unit, in text order.
    static func statistics(_ id: Int64, _ graph: Graph) throws -> [Statistic] {
        var byEntity: [Int64: Statistic] = [:], order: [Int64] = []
        for r in try graph.db.rows("""
            SELECT t.subject, t.predicate, t.literal, t.span_start, t.span_end
            FROM document d JOIN triple t ON t.id BETWEEN d.first_triple AND d.last_triple AND t.document = d.id JOIN entity s ON s.id = t.subject
            WHERE d.id = ? AND s.type = 'Statistic' AND t.predicate IN ('subject', 'value', 'unit') AND t.literal IS NOT NULL
            ORDER BY t.span_start, t.id
            """, [.integer(id)]) {
            guard let e = r[0].int, let p = r[1].string, let v = r[2].string, let s = r[3].int, let t = r[4].int else { continue }
            if byEntity[e] == nil { order.append(e); byEntity[e] = Statistic(span: Span(Int(s), Int(t))) }
            switch p {
            case "subject": byEntity[e]!.subject = v
            case "value": byEntity[e]!.value = v
            default: byEntity[e]!.unit = v
            }
            byEntity[e]!.span = Span(min(byEntity[e]!.span.start, Int(s)), max(byEntity[e]!.span.end, Int(t)))
        }
        var stats = order.compactMap { byEntity[$0] }.filter { !$0.value.isEmpty }
        for (i, e) in try graph.evidence(stats.map { (id, $0.span) }).enumerated() { stats[i].sentence = e.sentence }
        return stats
    }

    /// Statistics cited in both reports: of one unit, paired by the most similar subjects (Dice over character pairs at
    /// least 0.3) or, failing that, by the same value (18亿亩 of farmland, named differently each year).
    static func pairedStatistics(_ a: [Statistic], _ b: [Statistic]) -> [(Statistic, Statistic)] {
        var candidates: [(Double, Int, Int)] = []
        for (i, x) in a.enumerated() {
            for (j, y) in b.enumerated() where x.unit == y.unit && !x.unit.isEmpty {
                let s = Alignment<String>.dice(Alignment<String>.bigrams(x.subject), Alignment<String>.bigrams(y.subject))
                if s >= 0.3 || x.value == y.value { candidates.append((s + (x.value == y.value ? 1 : 0), i, j)) }
            }
        }
        var usedA = Set<Int>(), usedB = Set<Int>(), out: [(Int, Int)] = []
        for (_, i, j) in candidates.sorted(by: { ($0.0, -$0.1, -$0.2) > ($1.0, -$1.1, -$1.2) }) where !usedA.contains(i) && !usedB.contains(j) {
            out.append((i, j)); usedA.insert(i); usedB.insert(j)
        }
        return out.sorted { $0.0 < $1.0 }.map { (a[$0.0], b[$0.1]) }
    }

    /// The documents of consecutive instances of a series (their main reports), earlier first.
    public static func consecutive(series: String, from: String?, to: String?, in graph: Graph) throws -> [(Int64, Int64)] {
        try graph.db.read { try pairs(series: series, from: from, to: to, graph) }
    }

    static func pairs(series: String, from: String?, to: String?, _ graph: Graph) throws -> [(Int64, Int64)] {
        // A part of a name may match several meetings: instances are paired within each, never across two.
        try SeriesQuery(name: series, from: from, to: to).instances(graph).flatMap { s in
            zip(s.instances, s.instances.dropFirst()).map { ($0.report.id, $1.report.id) }
        }
    }

    /// The main report of the one instance of a meeting between two days (its series' instance in a year).
    public static func instance(of meeting: String, from: String, to: String, in graph: Graph) throws -> Int64 {
        try graph.db.read {
            let instances = try SeriesQuery(name: meeting, from: from, to: to).instances(graph).flatMap(\.instances)
            let range = from == to ? "on \(from)" : "between \(from) and \(to)"
            guard instances.count == 1 else {
                if instances.isEmpty { throw StoreError("\(meeting) has no instance \(range) (see readout series \(meeting))") }
                let days = instances.map(\.day)
                let listed = days.prefix(8).joined(separator: ", ") + (days.count > 8 ? ", …" : "")
                throw StoreError("\(meeting) has \(instances.count) instances \(range) (\(listed)): give a day, as \(meeting)@\(days[0])")
            }
            return instances[0].report.id
        }
    }

    /// A document by its origin, or the one document whose origin holds the text.
    public static func document(named text: String, in graph: Graph) throws -> Int64 {
        let ids = try graph.documents(named: text)
        guard ids.count == 1 else { throw StoreError(ids.isEmpty ? "no document named \(text)" : "more than one document is named by \(text); give more of its name") }
        return ids[0]
    }
}
