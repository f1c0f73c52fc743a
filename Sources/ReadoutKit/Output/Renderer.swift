/// The output formats every read command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, jsonl, csv
}

/// Renders records (JSON objects with the same keys) as a table, JSON, JSON Lines (a record a line) or CSV.
public enum Renderer {
    /// `columns` head a CSV that has no records; `width` (a terminal's) cuts a table's widest cells to fit.
    public static func render(_ records: [JSONValue], as format: OutputFormat, columns: [String] = [], width: Int? = nil) -> String {
        switch format {
        case .json: return JSONValue.array(records).serialized(pretty: true) + "\n"
        case .jsonl: return records.map { $0.serialized() + "\n" }.joined()
        case .csv: return csv(records, columns: columns)
        case .table: return table(records, width: width)
        }
    }

    static func columns(_ records: [JSONValue]) -> [String] {
        var out: [String] = []
        for r in records { if case .object(let fields) = r { for (k, _) in fields where !out.contains(k) { out.append(k) } } }
        return out
    }

    /// A cell's text: arrays joined with "; ", objects as JSON.
    static func cell(_ value: JSONValue?) -> String {
        switch value {
        case nil, .null?: return ""
        case .string(let s)?: return s
        case .bool(let b)?: return b ? "true" : "false"
        case .number?: return value!.serialized()
        case .array(let items)?: return items.map { cell($0) }.joined(separator: "; ")
        case .object?: return value!.serialized()
        }
    }

    /// RFC 4180 CSV. A field keeps its line breaks and tabs (quoted); other controls and bidi overrides are written as
    /// visible escapes, so a CSV shown on a terminal cannot drive it.
    public static func csv(_ records: [JSONValue], columns given: [String] = []) -> String {
        let cols = records.isEmpty ? given : columns(records)
        guard !cols.isEmpty else { return "" }
        var out = cols.map(csvField).joined(separator: ",") + "\r\n"
        for r in records { out += cols.map { csvField(cell(r[$0])) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func csvField(_ raw: String) -> String {
        let s = TerminalText.escaped(raw, keeping: ["\n", "\r", "\t"])
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Aligned columns. With a `width`, the widest columns are cut (with …) until a line fits in it.
    public static func table(_ records: [JSONValue], width: Int? = nil) -> String {
        guard !records.isEmpty else { return "(none)\n" }
        var cols = columns(records)
        var rows = records.map { r in cols.map { oneLine(cell(r[$0])) } }
        var widths = cols.map(displayWidth)
        for row in rows { for (k, c) in row.enumerated() { widths[k] = max(widths[k], displayWidth(c)) } }
        if let width, let cap = cap(widths, toFit: width) {
            widths = widths.map { min($0, cap) }
            rows = rows.map { $0.map { cut($0, to: cap) } }
            cols = cols.map { cut($0, to: cap) }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { k, c in k == cells.count - 1 ? c : c + String(repeating: " ", count: max(0, widths[k] - displayWidth(c))) }
                .joined(separator: "  ")
        }
        var out = line(cols) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// Control characters would break the table's lines or drive the terminal; they are shown escaped.
    static func oneLine(_ s: String) -> String { TerminalText.escaped(s) }

    /// The largest column width (at least 8) at which every line fits in `width`; nil when the lines fit already.
    static func cap(_ widths: [Int], toFit width: Int) -> Int? {
        let gaps = 2 * (widths.count - 1)
        guard widths.reduce(0, +) + gaps > width, let widest = widths.max() else { return nil }
        var cap = widest
        while cap > 8, widths.reduce(0, { $0 + min($1, cap) }) + gaps > width { cap -= 1 }
        return cap
    }

    /// `s` cut to `width` terminal columns, its last one an ellipsis when anything was cut.
    public static func cut(_ s: String, to width: Int) -> String {
        guard displayWidth(s) > width else { return s }
        var out = "", used = 0
        for c in s.unicodeScalars {
            let w = displayWidth(String(c))
            if used + w > width - 1 { break }
            out.unicodeScalars.append(c); used += w
        }
        return out + "…"
    }

    /// Columns a string takes in a terminal: East Asian wide characters take two.
    public static func displayWidth(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { w, c in
            let v = c.value
            if v < 0x20 { return w }
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1FAFF).contains(v) || (0x20000...0x3FFFD).contains(v)
            if (0x0300...0x036F).contains(v) || v == 0x200B { return w }
            return w + (wide ? 2 : 1)
        }
    }
}
