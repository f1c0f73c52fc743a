/// A diff (DiffQuery's answers) as table rows, or as Markdown a user pastes into a note: a heading per pair and
/// kind, added in bold, dropped struck through, reworded as both, each with its sentence quoted.
public enum DiffReport {
    public static let columns = ["from", "to", "kind", "change", "text", "was", "similarity", "sentence"]

    /// One row per line of the diff.
    public static func rows(_ diffs: [JSONValue]) -> [JSONValue] {
        var out: [JSONValue] = []
        for d in diffs {
            let from = string(d["a"]?["date"]), to = string(d["b"]?["date"])
            func row(_ kind: String, _ change: String, _ text: String, _ was: String?, _ similarity: JSONValue?, _ sentence: String) {
                out.append(.object([("from", .string(from)), ("to", .string(to)), ("kind", .string(kind)), ("change", .string(change)),
                                    ("text", .string(text)), ("was", was.map(JSONValue.string) ?? .null), ("similarity", similarity ?? .null),
                                    ("sentence", .string(sentence))]))
            }
            for kind in ["formulations", "tasks"] {
                for change in ["added", "dropped"] {
                    for i in items(d[kind]?[change]) { row(kind, change, string(i["text"]), nil, nil, string(i["sentence"])) }
                }
                for r in items(d[kind]?["reworded"]) { row(kind, "reworded", string(r["b"]), string(r["a"]), r["similarity"], string(r["sentence_b"])) }
            }
            for change in ["added", "dropped"] {
                for p in items(d["attendees"]?[change]) { row("attendees", change, string(p), nil, nil, "") }
            }
        }
        return out
    }

    public static func markdown(_ diffs: [JSONValue], series: String?) -> String {
        var out = ""
        for d in diffs {
            let title = (series.map { escape($0) + ": " } ?? "") + "\(escape(string(d["a"]?["date"]))) → \(escape(string(d["b"]?["date"])))"
            out += "## \(title)\n\n"
            out += "From [\(escape(string(d["a"]?["title"])))](\(link(d["a"]))) to [\(escape(string(d["b"]?["title"])))](\(link(d["b"]))).\n\n"
            for (kind, heading) in [("formulations", "Formulations"), ("tasks", "Tasks")] {
                let kept = d[kind]?["kept"].map { $0.serialized() } ?? "0"
                out += "### \(heading) (\(kept) kept)\n\n"
                for i in items(d[kind]?["added"]) { out += "- **\(escape(string(i["text"])))** — “\(escape(string(i["sentence"])))”\n" }
                for i in items(d[kind]?["dropped"]) { out += "- ~~\(escape(string(i["text"])))~~ — “\(escape(string(i["sentence"])))”\n" }
                for r in items(d[kind]?["reworded"]) {
                    out += "- ~~\(escape(string(r["a"])))~~ → **\(escape(string(r["b"])))** (similarity \(r["similarity"].map { $0.serialized() } ?? ""))"
                        + " — “\(escape(string(r["sentence_b"])))”\n"
                }
                out += "\n"
            }
            let added = items(d["attendees"]?["added"]).map { "**\(escape(string($0)))**" }, dropped = items(d["attendees"]?["dropped"]).map { "~~\(escape(string($0)))~~" }
            out += "### Attendees\n\n" + ((added + dropped).isEmpty ? "No change.\n\n" : (added + dropped).joined(separator: ", ") + "\n\n")
        }
        return out
    }

    static func string(_ v: JSONValue?) -> String { if case .string(let s)? = v { return s }; return "" }
    static func items(_ v: JSONValue?) -> [JSONValue] { if case .array(let a)? = v { return a }; return [] }
    /// A report's url as a link target: http(s) only (no javascript:), with what would end or break the link encoded.
    static func link(_ doc: JSONValue?) -> String {
        let url = string(doc?["url"])
        guard url.hasPrefix("http://") || url.hasPrefix("https://") else { return "#" }
        var out = ""
        for c in url.unicodeScalars {
            if c.value <= 0x20 || c.value == 0x7F || "()<>\\`".unicodeScalars.contains(c) {
                IRI.percentEncode(c, into: &out)
            } else { out.unicodeScalars.append(c) }
        }
        return out
    }

    /// Markdown's punctuation escaped and line breaks as spaces, scalar by scalar (a combining mark must not hide a
    /// `*`, nor CR LF pass as one character): corpus text is never markup.
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            if "\\`*_{}[]()#+-.!|~<>=&".unicodeScalars.contains(c) { out.unicodeScalars.append("\\") }
            out.unicodeScalars.append(c == "\n" || c == "\r" ? " " : c)
        }
        return out
    }
}
