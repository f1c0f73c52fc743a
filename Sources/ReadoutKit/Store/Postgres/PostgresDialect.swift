/// The queries are written once, in SQLite's SQL; PostgreSQL reads them after the changes made here, and the
/// functions SQLite has and PostgreSQL lacks (instr, group_concat, a list of ids from JSON) are made in the PostgreSQL
/// schema under the same names. What cannot be bridged that way is written so both read it the same (the queries
/// order NULLs and group columns explicitly).
enum PostgresDialect {
    /// `?NNN` becomes `$NNN` and a bare `?` the next number (as SQLite numbers them); `json_each(` becomes the
    /// schema's `readout_json_each(` (PostgreSQL's own json_each reads objects), and `IN (SELECT value FROM
    /// json_each(?))` an `= ANY` over an array. Quoted text, names and comments are left alone.
    ///
    /// A parameter whose value is NULL (`nulls` holds its number) becomes the word NULL: PostgreSQL must otherwise
    /// know a parameter's type where it first stands, and `?2 IS NULL OR type = ?2` gives it none there.
    static func translate(_ sql: String, nulls: Set<Int> = []) -> String { translation(sql, nulls: nulls).sql }

    /// A query in PostgreSQL's SQL, and whether it takes a list of ids: such a query is planned for its values at
    /// every run, as a hub's thousands of neighbours and a leaf's three want different plans (a plan kept for the
    /// generic list took half a second to find the edges among a picture's nodes, where the list's own took 10 ms).
    struct Translation { var sql: String; var takesIDList: Bool }

    static func translation(_ sql: String, nulls: Set<Int> = []) -> Translation {
        var takesIDList = false
        var out = ""
        out.reserveCapacity(sql.utf8.count + 16)
        var largest = 0
        var quote: Character?
        var i = sql.startIndex
        while i < sql.endIndex {
            let c = sql[i]
            if let q = quote {
                out.append(c)
                if c == q { quote = nil }
                i = sql.index(after: i)
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                out.append(c)
                i = sql.index(after: i)
            case "-" where sql[i...].hasPrefix("--"):
                // A comment, to the end of its line (an apostrophe in it opens no text).
                let end = sql[i...].firstIndex(of: "\n") ?? sql.endIndex
                out += sql[i..<end]
                i = end
            case "?":
                let (parameter, j) = Self.parameter(sql, at: i, after: &largest, nulls: nulls)
                out += parameter
                i = j
            case "I" where startsName(sql, i) && sql[i...].hasPrefix(idList):
                // `x IN (SELECT value FROM json_each(?))` is `x = ANY (the ids as an array)`: with the array a constant,
                // the planner counts its ids (it takes a set-returning function for a hundred rows, and a hub's
                // thousands of facts for a hundred, and chose plans ten times slower).
                let before = largest
                let (parameter, j) = Self.parameter(sql, at: sql.index(i, offsetBy: idList.count - 1), after: &largest, nulls: nulls)
                guard sql[j...].hasPrefix("))") else { largest = before; out.append(c); i = sql.index(after: i); continue }
                out += "= ANY (string_to_array(btrim(\(parameter), '[]'), ',')::bigint[])"
                takesIDList = true
                i = sql.index(j, offsetBy: 2)
            case "j" where startsName(sql, i), "c" where startsName(sql, i):
                // SQLite's functions whose PostgreSQL namesakes differ: json_each reads arrays here, char(n) is chr(n)
                // (char is a type's name in PostgreSQL).
                if let (from, to) = renamed.first(where: { sql[i...].hasPrefix($0.0) }) {
                    out += to
                    if from == "json_each(" { takesIDList = true }
                    i = sql.index(i, offsetBy: from.count)
                } else {
                    out.append(c)
                    i = sql.index(after: i)
                }
            default:
                out.append(c)
                i = sql.index(after: i)
            }
        }
        return Translation(sql: out, takesIDList: takesIDList)
    }

    static let renamed = [("json_each(", "readout_json_each("), ("char(", "chr(")]
    static let idList = "IN (SELECT value FROM json_each(?"

    /// The parameter `?` or `?NNN` at `i` as PostgreSQL's `$NNN` (or NULL), and where the text goes on.
    static func parameter(_ sql: String, at i: String.Index, after largest: inout Int, nulls: Set<Int>) -> (String, String.Index) {
        var j = sql.index(after: i)
        var digits = ""
        while j < sql.endIndex, let d = sql[j].wholeNumberValue, sql[j].isASCII { digits.append(Character(String(d))); j = sql.index(after: j) }
        let number = Int(digits) ?? (largest + 1)
        largest = max(largest, number)
        return (nulls.contains(number) ? "NULL" : "$\(number)", j)
    }

    /// Whether a name starts at `i` (no letter, digit or underscore before it).
    static func startsName(_ sql: String, _ i: String.Index) -> Bool {
        guard i > sql.startIndex else { return true }
        let c = sql[sql.index(before: i)]
        return !(c.isLetter || c.isNumber || c == "_")
    }
}
