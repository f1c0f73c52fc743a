import ReadoutKit

/// One entity: its facts grouped by predicate, each with its date, its article and the sentence with the matched
/// words marked; for a person, the timeline of meetings with the titles of the day.
enum EntityPage {
    static let pageSize = 200

    /// nil when no entity has the name (the caller answers 404).
    static func render(_ graph: Graph, name: String, type: EntityType?, offset: Int, timelineOffset: Int = 0) throws -> String? {
        let entities = try graph.entities(named: name).filter { type == nil || $0.type == type!.rawValue }
        guard !entities.isEmpty else { return nil }
        var content: [Node] = [.el("p", [("class", "muted")], entities.map(\.type).joined(separator: " · "))]
        if entities.contains(where: { $0.type == EntityType.person.rawValue }) {
            let read = try TimelineQuery(name: name, limit: pageSize + 1, offset: timelineOffset, newestFirst: true).run(graph)
            let timeline = read.prefix(pageSize)
            if !timeline.isEmpty || timelineOffset > 0 {
                content.append(.el("h2", [], [.text("Timeline, latest first"),
                                              .el("span", [("class", "muted")], [.text(" · as JSON, oldest first, 1000 at a time: "),
                                                                                 .link("/api/timeline?" + HTML.query([("name", name), ("limit", "1000")]), "/api/timeline")])]))
                content.append(Layout.table(["日期", "会议", "角色", "当日职务"], timeline.map { r in
                    [.text(r["date"]?.stringValue ?? ""), Layout.entityLink(r["meeting"]?.stringValue ?? "", type: EntityType.meeting.rawValue),
                     .text(r["roles"]?.strings.joined(separator: "、") ?? ""), .text(r["titles"]?.strings.joined(separator: "、") ?? "")]
                }))
                content.append(Layout.pager("/entity", [("name", name)] + (type.map { [("type", $0.rawValue)] } ?? []), offset: timelineOffset,
                                            limit: pageSize, more: read.count > pageSize, key: "timeline"))
            }
        }
        // Facts about it, then facts that point at it; a page of them at a time, grouped by predicate.
        var facts: [(StoredFact, Bool)] = []
        for e in entities {
            facts += try graph.triples(subject: e.id, limit: offset + pageSize + 1).map { ($0, true) }
            facts += try graph.triples(object: e.id, limit: offset + pageSize + 1).map { ($0, false) }
        }
        let page = Array(facts.dropFirst(offset).prefix(pageSize))
        content.append(.el("h2", [], "Facts"))
        var order: [String] = [], groups: [String: [(StoredFact, Bool)]] = [:]
        var evidence: [Int64: Evidence] = [:]
        for (f, e) in zip(page, try graph.evidence(page.map { ($0.0.documentID, $0.0.span) })) { evidence[f.0.id] = e }
        for f in page {
            let key = f.1 ? f.0.predicate : "← " + f.0.predicate
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(f)
        }
        let titles = try graph.titles(ofDocuments: Array(Set(page.map { $0.0.documentID })))
        for key in order {
            content.append(.el("h3", [], key))
            content.append(.el("ul", [("class", "facts")], try groups[key]!.map { f, outgoing in
                let other = outgoing ? Layout.entityLink(f.object, type: f.objectType) : Layout.entityLink(f.subject, type: f.subjectType)
                return .el("li", [("id", "fact-\(f.id)")], [
                    other, .text(" · " + (f.date ?? "")), .text(" · "), Layout.articleLink(f.document, titles[f.documentID] ?? "", fact: f.id),
                    .text(" · "), .link("/fact?" + HTML.query([("id", String(f.id))]), "why"),
                    .el("br"), Layout.evidence(evidence[f.id]!),
                ])
            }))
        }
        content.append(Layout.pager("/entity", [("name", name)] + (type.map { [("type", $0.rawValue)] } ?? []), offset: offset, limit: pageSize,
                                    more: facts.count > offset + pageSize))
        content.append(.el("p", [], [.link("/graph?" + HTML.query([("name", name)]), "Neighbourhood as a graph")]))
        return Layout.page(name, content)
    }
}
