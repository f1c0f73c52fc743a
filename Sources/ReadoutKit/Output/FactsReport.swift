/// Renders what `readout extract` found in one article, each fact with its span, rule and surface text.
public enum FactsReport {
    public static func records(_ read: ReadArticle) -> [JSONValue] {
        read.extraction.facts.map { f in
            var fields: [(String, JSONValue)] = [
                ("subject", .string(f.subject.name)),
                ("subject_type", .string(f.subject.type.rawValue)),
                ("predicate", .string(f.predicate)),
                ("object", .string(f.object.text)),
            ]
            if case .entity(let o) = f.object { fields.append(("object_type", .string(o.type.rawValue))) }
            fields += [
                ("start", .number(Double(f.span.start))),
                ("end", .number(Double(f.span.end))),
                ("text", .string(read.document.slice(f.span))),
                ("rule", .string(f.rule)),
            ]
            if !f.qualifiers.isEmpty { fields.append(("qualifiers", qualifierObject(f.qualifiers))) }
            return .object(fields)
        }
    }

    /// Each key once, in the order first written: a key written more than once (出席…并讲话: two roles) holds the
    /// array of its values, a key written once its value. A JSON object never repeats a key.
    static func qualifierObject(_ qualifiers: [Qualifier]) -> JSONValue {
        var keys: [String] = []
        var values: [String: [String]] = [:]
        for q in qualifiers {
            if values[q.key] == nil { keys.append(q.key) }
            values[q.key, default: []].append(q.value)
        }
        return .object(keys.map { key in
            let all = values[key]!
            return (key, all.count == 1 ? .string(all[0]) : .array(all.map(JSONValue.string)))
        })
    }
}
