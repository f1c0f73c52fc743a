-- Readout store, schema version 4: a document's content hash is unique by a named index, which a bulk load
-- defers with the others (the writer remembers the hashes of the load meanwhile, see RememberedIDs). As an
-- inline constraint its index could not be dropped, and it took every batch's inserts at random places: a load
-- of the bundled corpus wrote 60 MB of pages again for it, a third more than it stored.
CREATE TABLE document_v4 (
    id           INTEGER PRIMARY KEY,
    hash         TEXT    NOT NULL,                  -- SHA-256 of the clean text: re-ingesting changes nothing
    origin       TEXT    NOT NULL,                  -- path, or path#id for a corpus line
    title        TEXT    NOT NULL,
    date         TEXT    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    ingested_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    first_triple INTEGER NOT NULL DEFAULT 1,        -- the document's triples: ids first_triple to last_triple
    last_triple  INTEGER NOT NULL DEFAULT 0
);
INSERT INTO document_v4(id, hash, origin, title, date, ingested_at, first_triple, last_triple)
    SELECT id, hash, origin, title, date, ingested_at, first_triple, last_triple FROM document;
DROP TABLE document;
ALTER TABLE document_v4 RENAME TO document;
CREATE UNIQUE INDEX document_hash ON document(hash);
