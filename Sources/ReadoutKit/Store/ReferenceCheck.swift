extension Store {
    /// Checks every foreign key of the store once, for a bulk load that did not check them row by row.
    ///
    /// A table whose row count equals its largest id holds exactly the ids 1…max (ids are positive and
    /// unique), so a reference to it is sound when it lies in that range: the column's min and max instead of
    /// one lookup per row. A child table much smaller than its parent (qualifiers of triples) is cheaper to
    /// check row by row than the parent is to count. A bulk load into an empty store leaves every table dense;
    /// when one is not (rows deleted by another writer), the full `PRAGMA foreign_key_check` runs instead.
    func checkReferences() throws {
        let keys = try db.rows("""
            SELECT m.name, f."from", f."table", coalesce(f."to", 'rowid') FROM sqlite_master m, pragma_foreign_key_list(m.name) f
            WHERE m.type = 'table' ORDER BY m.name, f.id
            """).map { (child: $0[0].string ?? "", column: $0[1].string ?? "", parent: $0[2].string ?? "", key: $0[3].string ?? "") }
        var dense: [String: Bool] = [:]
        for k in keys {
            let child = Self.quoted(k.child), column = Self.quoted(k.column), parent = Self.quoted(k.parent), key = Self.quoted(k.key)
            let parentLargest = try db.rows("SELECT coalesce(max(\(key)), 0) FROM \(parent)").first?.first?.int ?? 0
            if try size(of: k.child) * 16 < parentLargest {
                let orphan = try db.rows("SELECT 1 FROM \(child) c WHERE c.\(column) IS NOT NULL AND NOT EXISTS (SELECT 1 FROM \(parent) p WHERE p.\(key) = c.\(column)) LIMIT 1")
                if !orphan.isEmpty { throw brokenReference(k.child, k.column, k.parent) }
                continue
            }
            if dense[k.parent] == nil {
                dense[k.parent] = try db.rows("SELECT count(*) FROM \(parent)").first?.first?.int == parentLargest
            }
            guard dense[k.parent] == true else { return try checkEveryReference() }
            let from = "FROM \(child) WHERE \(column) IS NOT NULL"
            let low: Int64?, high: Int64?
            if try leadsAnIndex(k.child, k.column) {
                // A lone min() or max() is answered from the index: two seeks.
                low = try db.rows("SELECT min(\(column)) \(from)").first?.first?.int
                high = try db.rows("SELECT max(\(column)) \(from)").first?.first?.int
            } else {
                // Without one, both in a single scan.
                let row = try db.rows("SELECT min(\(column)), max(\(column)) \(from)").first
                (low, high) = (row?[0].int, row?[1].int)
            }
            guard let low, let high else { continue }   // no references
            if low < 1 || high > parentLargest { throw brokenReference(k.child, k.column, k.parent) }
        }
    }

    /// About how many rows a table holds: its largest rowid (one seek), or its count when it has no rowid.
    private func size(of table: String) throws -> Int64 {
        let withoutRowid = try db.rows("SELECT wr FROM pragma_table_list WHERE name = ?", [.text(table)]).first?.first?.int == 1
        let sql = withoutRowid ? "SELECT count(*) FROM \(Self.quoted(table))" : "SELECT coalesce(max(rowid), 0) FROM \(Self.quoted(table))"
        return try db.rows(sql).first?.first?.int ?? 0
    }

    private func leadsAnIndex(_ table: String, _ column: String) throws -> Bool {
        try db.rows("SELECT 1 FROM pragma_index_list(?1) l, pragma_index_info(l.name) i WHERE i.seqno = 0 AND i.name = ?2 LIMIT 1",
                    [.text(table), .text(column)]).first != nil
    }

    private func brokenReference(_ child: String, _ column: String, _ parent: String) -> StoreError {
        StoreError("\(path): \(child).\(column) refers to \(parent) rows that are not stored: a Readout bug, please report it")
    }

    private func checkEveryReference() throws {
        let broken = try db.rows("PRAGMA foreign_key_check")
        if let first = broken.first {
            throw StoreError("\(path): \(broken.count) rows of \(first[0].string ?? "?") refer to rows that are not stored: a Readout bug, please report it")
        }
    }
}
