/// The statements the writer runs for every article and fact, prepared once per store: finding one in the
/// connection's cache would hash its SQL each time, hundreds of thousands of times in a load.
struct Inserts {
    /// A document new to the store (the writer has checked its hash), with the run of ids its triples will get.
    let document: Statement
    let documentText: Statement
    /// A new entity, while the writer knows every stored one (EntityIDs.complete). Otherwise the store looks
    /// first, with statements that need entity_key, which a bulk load defers.
    let entity: Statement
    let alias: Statement
    let triple: Statement
    let qualifier: Statement

    init(_ db: Database) throws {
        document = try db.prepare("INSERT INTO document(hash, origin, title, date, first_triple, last_triple, url) VALUES (?, ?, ?, ?, ?, ?, ?)")
        documentText = try db.prepare("INSERT INTO document_text(document, text) VALUES (?, ?)")
        entity = try db.prepare("INSERT INTO entity(type, name) VALUES (?, ?)")
        alias = try db.prepare("INSERT OR IGNORE INTO alias(entity, alias) VALUES (?, ?)")
        triple = try db.prepare("INSERT INTO triple(subject, predicate, object, literal, document, span_start, span_end, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        qualifier = try db.prepare("INSERT OR IGNORE INTO qualifier(triple, key, value) VALUES (?, ?, ?)")
    }
}
