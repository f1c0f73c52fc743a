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
                for m in items(d[kind]?["moved"]) { row(kind, "moved", string(m["text"]), "rank \(rank(m["rank_a"])) → \(rank(m["rank_b"]))", nil, string(m["sentence_b"])) }
            }
            for change in ["added", "dropped"] {
                for p in items(d["attendees"]?[change]) { row("attendees", change, string(p), nil, nil, "") }
            }
            for p in items(d["attendees"]?["retitled"]) {
                row("attendees", "retitled", "\(string(p["name"])): \(titles(p["titles_b"]))", titles(p["titles_a"]), nil, "")
            }
            for x in items(d["statistics"]) {
                row("statistics", "in both", "\(string(x["b"]?["subject"])) \(string(x["b"]?["value"]))\(string(x["unit"]))",
                    "\(string(x["a"]?["subject"])) \(string(x["a"]?["value"]))\(string(x["unit"]))", nil, string(x["b"]?["sentence"]))
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
                for i in items(d[kind]?["added"]) { out += "- **\(escape(string(i["text"])))** — “\(quote(i["sentence"], i["text"]))”\n" }
                for i in items(d[kind]?["dropped"]) { out += "- ~~\(escape(string(i["text"])))~~ — “\(quote(i["sentence"], i["text"]))”\n" }
                for r in items(d[kind]?["reworded"]) {
                    out += "- ~~\(escape(string(r["a"])))~~ → **\(escape(string(r["b"])))** (similarity \(r["similarity"].map { $0.serialized() } ?? ""))"
                        + " — “\(quote(r["sentence_b"], r["b"]))”\n"
                }
                for m in items(d[kind]?["moved"]) {
                    out += "- \(escape(string(m["text"]))) (moved from \(rank(m["rank_a"])) to \(rank(m["rank_b"]))) — “\(quote(m["sentence_b"], m["text"]))”\n"
                }
                out += "\n"
            }
            let statistics = items(d["statistics"])
            if !statistics.isEmpty {
                out += "### Statistics cited in both\n\n"
                for x in statistics {
                    func side(_ s: JSONValue?) -> String { "\(escape(string(s?["subject"]))) \(escape(string(s?["value"])))\(escape(string(x["unit"])))" }
                    out += "- \(side(x["a"])) → \(side(x["b"])) — “\(quote(x["b"]?["sentence"], x["b"]?["subject"]))”\n"
                }
                out += "\n"
            }
            let added = items(d["attendees"]?["added"]).map { "**\(escape(string($0)))**" }, dropped = items(d["attendees"]?["dropped"]).map { "~~\(escape(string($0)))~~" }
            out += "### Attendees\n\n" + ((added + dropped).isEmpty ? "No change.\n\n" : (added + dropped).joined(separator: ", ") + "\n\n")
            for p in items(d["attendees"]?["retitled"]) {
                out += "- \(escape(string(p["name"]))): ~~\(escape(titles(p["titles_a"])))~~ → **\(escape(titles(p["titles_b"])))**\n"
            }
            if !items(d["attendees"]?["retitled"]).isEmpty { out += "\n" }
        }
        return out
    }

    static func string(_ v: JSONValue?) -> String { if case .string(let s)? = v { return s }; return "" }
    static func rank(_ v: JSONValue?) -> String { if case .number(let n)? = v { return String(Int(n)) }; return "" }
    static func titles(_ v: JSONValue?) -> String { items(v).map { string($0) }.joined(separator: "、") }

    /// A sentence as evidence in a note: whole when short, else the words around the item (the JSON has it whole).
    static func quote(_ sentence: JSONValue?, _ item: JSONValue?, around: Int = 30) -> String {
        let s = string(sentence), t = string(item)
        guard s.count > 2 * around + t.count + 10, let r = s.range(of: t) else { return escape(s) }
        let start = s.index(r.lowerBound, offsetBy: -around, limitedBy: s.startIndex) ?? s.startIndex
        let end = s.index(r.upperBound, offsetBy: around, limitedBy: s.endIndex) ?? s.endIndex
        return (start > s.startIndex ? "…" : "") + escape(String(s[start..<end])) + (end < s.endIndex ? "…" : "")
    }
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
