import Foundation

/// An extracted article as one line of JSON: what `readout extract --format jsonl` writes and `readout ingest --facts`
/// stores without extracting again, so that extraction can run as a map task on other machines.
///
/// The line holds everything the store keeps of the article, nothing it recomputes: the clean text (spans point
/// into it, and the hash is of it), the metadata, the entities (the first is the article), the aliases and the facts,
/// which name their subject and object by their place in `entities`:
///
///     {"readout":"facts/1","origin":"corpus.jsonl#7","hash":"…","title":"…","date":"2020-01-07","url":null,
///      "text":"…","entities":[["Article","…"],["Person","…"],["Meeting","…"]],"aliases":[[1,"…"]],
///      "facts":[{"subject":1,"predicate":"attended","object":2,"span":[40,52],"rule":"attendance",
///                "qualifiers":[["role","出席"]]},{"subject":2,"predicate":"held_on","literal":"2020-01-07",…}]}
public enum FactsLine {
    /// The shape's name and version; a reader refuses another.
    public static let version = "facts/1"

    /// The article as one line of JSON, without its line break.
    public static func encode(_ article: StorableArticle, origin: String) -> String {
        func text(_ ref: StorableArticle.TextRef) -> JSONValue { .string(article.text(ref)) }
        let facts: [JSONValue] = article.triples.map { t in
            var fields: [(String, JSONValue)] = [("subject", .number(Double(t.subject))), ("predicate", text(t.predicate))]
            fields.append(t.object >= 0 ? ("object", .number(Double(t.object))) : ("literal", text(t.literal)))
            fields += [("span", .array([.number(Double(t.spanStart)), .number(Double(t.spanEnd))])), ("rule", text(t.rule))]
            if !t.qualifiers.isEmpty {
                fields.append(("qualifiers", .array(t.qualifiers.map { q in
                    .array([text(article.qualifiers[Int(q)].key), text(article.qualifiers[Int(q)].value)])
                })))
            }
            return .object(fields)
        }
        return JSONValue.object([
            ("readout", .string(version)), ("origin", .string(origin)), ("hash", .string(article.hash)),
            ("title", .string(article.title)), ("date", article.date.map { .string($0.description) } ?? .null),
            ("url", article.url.map { .string($0) } ?? .null), ("text", .string(article.text)),
            ("entities", .array(article.entities.map { .array([.string($0.type.rawValue), .string($0.name)]) })),
            ("aliases", .array(article.aliases.map { .array([.number(Double($0.entity)), text($0.text)]) })),
            ("facts", .array(facts)),
        ]).serialized()
    }

    /// The article and its origin from one line; a line that is not one says what is wrong with it.
    public static func decode(_ line: [UInt8]) throws -> (article: StorableArticle, origin: String) {
        guard let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else { throw Malformed("not a JSON object") }
        guard let shape = record["readout"] as? String else { throw Malformed("not a line of readout extract --format jsonl (no \"readout\" field)") }
        guard shape == version else { throw Malformed("\(shape) lines are not read by this readout (it reads \(version))") }
        guard let origin = record["origin"] as? String, let hash = record["hash"] as? String, let title = record["title"] as? String,
              let text = record["text"] as? String else { throw Malformed("origin, hash, title or text missing") }
        guard hash == SHA256.hex(text) else { throw Malformed("hash is not the SHA-256 of the text") }
        let date: Day?
        switch record["date"] {
        case let s as String: guard let d = Day(parsing: s) else { throw Malformed("date \(s) is not a date") }; date = d
        default: date = nil
        }
        guard let rawEntities = record["entities"] as? [[Any]], !rawEntities.isEmpty else { throw Malformed("no entities") }
        let entities = try rawEntities.map { pair -> EntityKey in
            guard pair.count == 2, let type = (pair[0] as? String).flatMap(EntityType.init(rawValue:)), let name = pair[1] as? String else {
                throw Malformed("an entity is not [type, name]")
            }
            return EntityKey(type, name)
        }
        let length = text.unicodeScalars.count
        func entity(_ value: Any?) throws -> Int32 {
            guard let n = (value as? NSNumber)?.intValue, n >= 0, n < entities.count else { throw Malformed("an entity number outside entities") }
            return Int32(n)
        }
        func string(_ value: Any?, _ what: String) throws -> String {
            guard let s = value as? String else { throw Malformed("a fact's \(what) is not text") }
            return s
        }
        let aliases = try (record["aliases"] as? [[Any]] ?? []).map { pair -> (Int32, String) in
            guard pair.count == 2 else { throw Malformed("an alias is not [entity, text]") }
            return (try entity(pair[0]), try string(pair[1], "alias"))
        }
        guard let rawFacts = record["facts"] as? [[String: Any]] else { throw Malformed("no facts list") }
        let facts = try rawFacts.map { f -> StorableArticle.Fact in
            guard let span = f["span"] as? [NSNumber], span.count == 2, 0 <= span[0].intValue, span[0].intValue <= span[1].intValue,
                  span[1].intValue <= length else { throw Malformed("a fact's span is not [start, end] inside the text") }
            let object: StorableArticle.Fact.Object
            if f["object"] != nil { object = .entity(try entity(f["object"])) } else { object = .literal(try string(f["literal"], "literal")) }
            let qualifiers = try (f["qualifiers"] as? [[Any]] ?? []).map { q -> (String, String) in
                guard q.count == 2 else { throw Malformed("a qualifier is not [key, value]") }
                return (try string(q[0], "qualifier"), try string(q[1], "qualifier"))
            }
            return StorableArticle.Fact(subject: try entity(f["subject"]), predicate: try string(f["predicate"], "predicate"), object: object,
                                        start: span[0].intValue, end: span[1].intValue, rule: try string(f["rule"], "rule"), qualifiers: qualifiers)
        }
        let url = (record["url"] as? String).flatMap { $0.isEmpty ? nil : $0 }
        return (StorableArticle(hash: hash, title: title, date: date, url: url, text: text, entities: entities, aliases: aliases, facts: facts), origin)
    }

    public struct Malformed: Error, CustomStringConvertible {
        public let description: String
        init(_ description: String) { self.description = description }
    }
}
