-- Readout store on PostgreSQL, schema version 2 (schema/002_deferred_index.sql): the clean text apart from the
-- document row, an entity's uniqueness on (name, type) with the name first, and the wider triple indexes.
-- deferred_index is kept for the same schema; PostgreSQL loads keep their indexes (a load is many writers).
CREATE TABLE deferred_index (
    name text COLLATE "C" PRIMARY KEY,
    sql  text COLLATE "C" NOT NULL
);

ALTER TABLE entity DROP CONSTRAINT entity_type_name_key;
DROP INDEX entity_by_name;
ALTER TABLE entity ADD CONSTRAINT entity_key UNIQUE (name, type);

CREATE TABLE document_text (
    document bigint PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
    text     text COLLATE "C" NOT NULL
);
INSERT INTO document_text(document, text) SELECT id, text FROM document;
ALTER TABLE document DROP COLUMN text;

DROP INDEX triple_by_subject;
CREATE INDEX triple_by_subject ON triple(subject, predicate, document, object);
DROP INDEX triple_by_object;
CREATE INDEX triple_by_object ON triple(object, predicate, subject) WHERE object IS NOT NULL;
DROP INDEX triple_by_literal;
CREATE INDEX triple_by_literal ON triple(literal, predicate) WHERE literal IS NOT NULL;
