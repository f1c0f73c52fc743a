extension Store {
    /// Checks every foreign key of the store once, for a bulk load that did not check them row by row.
    ///
    /// A table whose row count equals its largest id holds exactly the ids 1…max (ids are positive and
    /// unique), so a reference to it is sound when it lies in that range: two index lookups per column instead
    /// of one lookup per row. A bulk load into an empty store leaves every table dense; when one is not (rows
    /// deleted by another writer), the full `PRAGMA foreign_key_check` runs instead.
    func checkReferences() throws {
        let keys = try db.rows("""
            SELECT m.name, f."from", f."table", coalesce(f."to", 'rowid') FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' ORDER BY m.name, f.id
            """).map { (child: $0[0].string ?? "", column: $0[1].string ?? "", parent: $0[2].string ?? "", key: $0[3].string ?? "") }
        var largest: [String: Int64] = [:]
        for k in keys {
            let parentMax: Int64
            if let known = largest[k.parent] {
                parentMax = known
            } else {
                let row = try db.rows("SELECT count(*), coalesce(max(\(Self.quoted(k.key))), 0) FROM \(Self.quoted(k.parent))").first ?? []
                guard row.count == 2, row[0].int == row[1].int, let m = row[1].int else { return try checkEveryReference() }
                parentMax = m
                largest[k.parent] = m
            }
            // min and max in separate statements: only a lone min() or max() is answered from an index.
            let column = Self.quoted(k.column), from = "FROM \(Self.quoted(k.child)) WHERE \(column) IS NOT NULL"
            guard let low = try db.rows("SELECT min(\(column)) \(from)").first?.first?.int,
                  let high = try db.rows("SELECT max(\(column)) \(from)").first?.first?.int else { continue }   // no references
            if low < 1 || high > parentMax {
                throw StoreError("\(path): \(k.child).\(k.column) refers to \(k.parent) rows that are not stored: a Readout bug, please report it")
            }
        }
    }

    private func checkEveryReference() throws {
        let broken = try db.rows("PRAGMA foreign_key_check")
        if let first = broken.first {
            throw StoreError("\(path): \(broken.count) rows of \(first[0].string ?? "?") refer to rows that are not stored: a Readout bug, please report it")
        }
    }
}
