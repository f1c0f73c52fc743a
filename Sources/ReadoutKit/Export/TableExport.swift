/// Every triple with its provenance, one record each, for JSON Lines and CSV exports.
public struct TableExport {
    let graph: Graph
    public init(graph: Graph) { self.graph = graph }

    public func records(_ emit: (JSONValue) -> Void) throws {
        try graph.db.stream("""
            SELECT s.name, s.type, t.predicate, coalesce(o.name, t.literal), o.type, d.origin, d.date, t.span_start, t.span_end, t.rule, d.url
            FROM triple t JOIN entity s ON s.id = t.subject LEFT JOIN entity o ON o.id = t.object JOIN document d ON d.id = t.document
            ORDER BY t.id
            """) { stmt in
            let r = stmt.row()
            emit(.object([
                ("subject", .string(r[0].string ?? "")), ("subject_type", .string(r[1].string ?? "")), ("predicate", .string(r[2].string ?? "")),
                ("object", .string(r[3].string ?? "")), ("object_type", r[4].string.map(JSONValue.string) ?? .null),
                ("document", .string(r[5].string ?? "")), ("date", r[6].string.map(JSONValue.string) ?? .null),
                ("start", .number(Double(r[7].int ?? 0))), ("end", .number(Double(r[8].int ?? 0))), ("rule", .string(r[9].string ?? "")),
                ("url", r[10].string.map(JSONValue.string) ?? .null),
            ]))
        }
    }
}
