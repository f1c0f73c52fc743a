/// What changed between two reports of a meeting (two instances of a series): the formulations each quotes, the
/// directives each gives (the same, reworded with their similarity, added, dropped) and who attended, every line
/// with its sentence.
public struct DiffQuery: GraphQuery {
    /// The two documents, by id, earlier first.
    public var a: Int64
    public var b: Int64
    /// The least similarity at which two different directives are one, reworded.
    public var threshold: Double

    public init(a: Int64, b: Int64, threshold: Double = 0.5) { self.a = a; self.b = b; self.threshold = threshold }

    public func answer(_ graph: Graph) throws -> JSONValue {
        let (docA, textA) = try Self.document(a, graph), (docB, textB) = try Self.document(b, graph)
        let reportA = ReportText(textA), reportB = ReportText(textB)
        let formulations = Alignment(reportA.formulations, reportB.formulations, key: \.key, threshold: 2)   // quotes: the same or not
        let directives = Alignment(reportA.directives, reportB.directives, key: \.key, threshold: threshold)
        let peopleA = try Self.attendees(a, graph), peopleB = try Self.attendees(b, graph)
        func item(_ i: ReportText.Item) -> JSONValue { .object([("text", .string(i.text)), ("sentence", .string(i.sentence))]) }
        return .object([
            ("a", docA), ("b", docB),
            ("formulations", .object([("added", .array(formulations.added.map(item))), ("dropped", .array(formulations.dropped.map(item))),
                                      ("kept", .number(Double(formulations.kept.count)))])),
            ("tasks", .object([
                ("added", .array(directives.added.map(item))), ("dropped", .array(directives.dropped.map(item))),
                ("reworded", .array(directives.reworded.map { r in
                    .object([("a", .string(r.a.text)), ("b", .string(r.b.text)), ("similarity", .number((r.similarity * 100).rounded() / 100)),
                             ("sentence_a", .string(r.a.sentence)), ("sentence_b", .string(r.b.sentence))])
                })),
                ("kept", .number(Double(directives.kept.count))),
            ])),
            ("attendees", .object([("added", .array(peopleB.filter { !peopleA.contains($0) }.map(JSONValue.string))),
                                   ("dropped", .array(peopleA.filter { !peopleB.contains($0) }.map(JSONValue.string)))])),
        ])
    }

    static func document(_ id: Int64, _ graph: Graph) throws -> (JSONValue, String) {
        guard let r = try graph.db.rows("""
            SELECT d.origin, d.date, d.title, d.url, x.text FROM document d JOIN document_text x ON x.document = d.id WHERE d.id = ?
            """, [.integer(id)]).first else { throw StoreError("no document \(id)") }
        // The stored text opens with the title (a headline, not what the meeting said): the body alone is compared.
        var text = Substring(r[4].string ?? "")
        if let title = r[2].string, !title.isEmpty, text.hasPrefix(title) { text = text.dropFirst(title.count) }
        return (.object([("document", .string(r[0].string ?? "")), ("date", r[1].string.map(JSONValue.string) ?? .null),
                         ("title", .string(r[2].string ?? "")), ("url", r[3].string.map(JSONValue.string) ?? .null)]), String(text))
    }

    /// The people a document says attended, in text order.
    static func attendees(_ id: Int64, _ graph: Graph) throws -> [String] {
        var out: [String] = []
        for r in try graph.db.rows("""
            SELECT s.name FROM triple t JOIN entity s ON s.id = t.subject
            WHERE t.document = ? AND t.predicate = 'attended' AND s.type = 'Person' ORDER BY t.span_start
            """, [.integer(id)]) { if let n = r[0].string, !out.contains(n) { out.append(n) } }
        return out
    }

    /// The documents of consecutive instances of a series (their main reports), earlier first.
    public static func consecutive(series: String, from: String?, to: String?, in graph: Graph) throws -> [(Int64, Int64)] {
        try graph.db.read { try pairs(series: series, from: from, to: to, graph) }
    }

    static func pairs(series: String, from: String?, to: String?, _ graph: Graph) throws -> [(Int64, Int64)] {
        // A part of a name may match several meetings: instances are paired within each, never across two.
        var order: [String] = [], documents: [String: [Int64]] = [:]
        for row in try SeriesQuery(name: series, from: from, to: to).answer(graph) {
            guard case .string(let name)? = row["series"], case .string(let origin)? = row["document"] else { continue }
            guard let id = try graph.db.rows("SELECT id FROM document WHERE origin = ?", [.text(origin)]).first?.first?.int else { throw StoreError("no document \(origin)") }
            if documents[name] == nil { order.append(name) }
            documents[name, default: []].append(id)
        }
        return order.flatMap { name in zip(documents[name]!, documents[name]!.dropFirst()).map { ($0, $1) } }
    }

    /// A document by its origin, or the one document whose origin holds the text.
    public static func document(named text: String, in graph: Graph) throws -> Int64 {
        if let id = try graph.db.rows("SELECT id FROM document WHERE origin = ?", [.text(text)]).first?.first?.int { return id }
        let ids = try graph.db.rows("SELECT id FROM document WHERE instr(origin, ?) > 0 LIMIT 2", [.text(text)]).compactMap { $0[0].int }
        guard ids.count == 1 else { throw StoreError(ids.isEmpty ? "no document named \(text)" : "more than one document is named by \(text); give more of its name") }
        return ids[0]
    }
}
