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
            if !f.qualifiers.isEmpty {
                fields.append(("qualifiers", .object(f.qualifiers.map { ($0.key, JSONValue.string($0.value)) })))
            }
            return .object(fields)
        }
    }
}
