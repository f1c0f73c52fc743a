/// The output formats every read command offers.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv
}

/// Renders records (JSON objects with the same keys) as a table, JSON or CSV.
public enum Renderer {
    public static func render(_ records: [JSONValue], as format: OutputFormat) -> String {
        switch format {
        case .json: return JSONValue.array(records).serialized(pretty: true) + "\n"
        case .csv: return csv(records)
        case .table: return table(records)
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

    public static func csv(_ records: [JSONValue]) -> String {
        guard !records.isEmpty else { return "" }
        let cols = columns(records)
        var out = cols.map(csvField).joined(separator: ",") + "\r\n"
        for r in records { out += cols.map { csvField(cell(r[$0])) }.joined(separator: ",") + "\r\n" }
        return out
    }

    static func csvField(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    public static func table(_ records: [JSONValue]) -> String {
        guard !records.isEmpty else { return "(none)\n" }
        let cols = columns(records)
        let rows = records.map { r in cols.map { oneLine(cell(r[$0])) } }
        var widths = cols.map(displayWidth)
        for row in rows { for (k, c) in row.enumerated() { widths[k] = max(widths[k], displayWidth(c)) } }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { k, c in k == cells.count - 1 ? c : c + String(repeating: " ", count: widths[k] - displayWidth(c)) }
                .joined(separator: "  ")
        }
        var out = line(cols) + "\n"
        out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }

    /// Control characters would break the table's lines; they are shown escaped.
    static func oneLine(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { $0.value < 0x20 }) else { return s }
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default: if c.value < 0x20 { out += "\\u{\(String(c.value, radix: 16))}" } else { out.unicodeScalars.append(c) }
            }
        }
        return out
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
