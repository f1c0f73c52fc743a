/// A name that matches nothing in the store: every read command answers it alike, `error: no entity named X (did
/// you mean …)`, rather than an empty answer that reads as "none attended".
public struct NotFound: Error, CustomStringConvertible {
    public let name: String
    /// What was looked for: "entity", "person", "meeting", "entity or value".
    public let kind: String
    public let suggestions: [String]

    public var description: String {
        "no \(kind) named \(name)" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
    }
}

extension Graph {
    /// Throws NotFound unless `name` is the name or alias of an entity of one of `types` (any type when empty), or
    /// part of one's name: what `resolve` would find.
    public func requireKnown(_ name: String, types: [EntityType] = [], kind: String = "entity") throws {
        guard try !isKnown(name, types: types) else { return }
        throw NotFound(name: name, kind: kind, suggestions: try suggestions(for: name, types: types))
    }

    /// Throws NotFound unless `name` is exactly the name or alias of an entity: for queries that take names whole
    /// (triples, why), where a part of a name would find nothing.
    public func requireExact(_ name: String) throws {
        guard try exact(name).isEmpty else { return }
        throw NotFound(name: name, kind: "entity", suggestions: try suggestions(for: name, types: []))
    }

    /// A value that may be an entity or a literal (triples --object, why OBJECT), named whole.
    public func requireKnownOrLiteral(_ name: String) throws {
        guard try exact(name).isEmpty,
              try db.rows("SELECT 1 FROM triple WHERE literal = ? LIMIT 1", [.text(name)]).isEmpty else { return }
        throw NotFound(name: name, kind: "entity or value", suggestions: try suggestions(for: name, types: []))
    }

    func isKnown(_ name: String, types: [EntityType]) throws -> Bool {
        if types.isEmpty { return try !resolve(name).isEmpty }
        for type in types where try !resolve(name, type: type).isEmpty { return true }
        return false
    }

    /// Up to three names close to `name`: those that share its first character (a range of the name index, so no
    /// scan), nearest by edit distance, within a third of its length.
    public func suggestions(for name: String, types: [EntityType] = [], limit: Int = 3) throws -> [String] {
        let target = Array(name.unicodeScalars)
        guard let first = target.first else { return [] }
        let allowed = Set(types.map(\.rawValue))
        let rows = try db.rows("SELECT name, type FROM entity WHERE name >= ?1 AND name < ?2 LIMIT 5000",
                               [.text(String(first)), .text(String(first) + "\u{10FFFF}")])
        let budget = max(1, (target.count + 1) / 3)
        var scored: [(Int, Int, String)] = []
        var seen = Set<String>()
        for row in rows {
            guard let candidate = row[0].string, allowed.isEmpty || allowed.contains(row[1].string ?? ""), seen.insert(candidate).inserted else { continue }
            let c = Array(candidate.unicodeScalars)
            guard abs(c.count - target.count) <= budget else { continue }
            let d = Self.editDistance(target, c)
            if d <= budget { scored.append((d, c.count, candidate)) }
        }
        return scored.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.prefix(limit).map(\.2)
    }

    /// Levenshtein distance over Unicode scalars (a Chinese character is one edit).
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Suggestions for a word from a fixed list (predicates, commands): the nearest within a third of its length.
public enum Spelling {
    public static func nearest(_ word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let w = Array(word.lowercased().unicodeScalars)
        let budget = max(1, w.count / 3)
        return candidates.map { (Graph.editDistance(w, Array($0.unicodeScalars)), $0) }
            .filter { $0.0 <= budget }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.prefix(limit).map(\.1)
    }
}
