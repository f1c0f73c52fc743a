-- Readout store, schema version 2: indexes a bulk load may defer; the text apart from the document row.
-- A load into an empty store drops the secondary indexes and builds them once at the end, sorted: several times
-- cheaper than growing them row by row. Their definitions wait in deferred_index, dropped and recorded in one
-- transaction, so a load cut short leaves a store whose next writer builds them again.
CREATE TABLE deferred_index (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) WITHOUT ROWID;

-- An entity's uniqueness moves from an inline constraint, which cannot be dropped, to a named index, which can.
-- While it is deferred the writer itself keeps names unique: it knows every entity of the store (see EntityIDs).
-- The type check is a chain of ORs: SQLite builds a temporary table for an IN list each time an INSERT runs,
-- which made an entity cost three times what a triple does.
CREATE TABLE entity_v2 (
    id   INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (type = 'Person' OR type = 'Organization' OR type = 'Meeting' OR type = 'Document'
                              OR type = 'Statistic' OR type = 'Goal' OR type = 'Task' OR type = 'Principle'
                              OR type = 'Mechanism' OR type = 'Place' OR type = 'Formulation' OR type = 'Article'
                              OR type = 'Group'),
    name TEXT NOT NULL CHECK (length(name) > 0)
);
INSERT INTO entity_v2(id, type, name) SELECT id, type, name FROM entity;
DROP TABLE entity;
ALTER TABLE entity_v2 RENAME TO entity;
-- Name first: the one index serves lookups by name alone (a name of any type) and by name and type.
CREATE UNIQUE INDEX entity_key ON entity(name, type);

-- The clean text apart from the document row: queries join a document for its origin and date, and a row that
-- also held the text would fill a page of its own.
CREATE TABLE document_text (
    document INTEGER PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    text     TEXT NOT NULL
);
INSERT INTO document_text(document, text) SELECT id, text FROM document;
ALTER TABLE document DROP COLUMN text;

-- Subject-led lookups that also name the document (a person's titles in one article) go straight to their rows;
-- with the object, and the object-led index with the subject, a walk over the graph reads indexes only.
DROP INDEX triple_by_subject;
CREATE INDEX triple_by_subject ON triple(subject, predicate, document, object);
DROP INDEX triple_by_object;
CREATE INDEX triple_by_object ON triple(object, predicate, subject) WHERE object IS NOT NULL;
-- A literal value leads its index: it is looked up with or without a predicate, and a sort that compares the
-- value first (mostly distinct) settles sooner than one that compares the predicate first (mostly equal).
DROP INDEX triple_by_literal;
CREATE INDEX triple_by_literal ON triple(literal, predicate) WHERE literal IS NOT NULL;
