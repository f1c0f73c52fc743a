-- Readout store, schema version 1.
-- Every fact is a triple with its provenance: the document, the character span (Unicode scalars of the
-- document's clean text) and the rule that produced it. Integrity lives here, not in the code.

CREATE TABLE document (
    id          INTEGER PRIMARY KEY,
    hash        TEXT    NOT NULL UNIQUE,            -- SHA-256 of the clean text: re-ingesting changes nothing
    origin      TEXT    NOT NULL,                   -- path, or path#id for a corpus line
    title       TEXT    NOT NULL,
    date        TEXT    CHECK (date IS NULL OR date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    text        TEXT    NOT NULL,
    ingested_at TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

CREATE TABLE entity (
    id   INTEGER PRIMARY KEY,
    type TEXT NOT NULL CHECK (type IN ('Person', 'Organization', 'Meeting', 'Document', 'Statistic', 'Goal', 'Task',
                                       'Principle', 'Mechanism', 'Place', 'Formulation', 'Article', 'Group')),
    name TEXT NOT NULL CHECK (length(name) > 0),
    UNIQUE (type, name)
);
CREATE INDEX entity_by_name ON entity(name);

-- Every other surface form an entity was written under (国务院总理李克强 → 李克强), and lexicon aliases
-- (中央政法委). The canonical name itself is in entity.name only.
CREATE TABLE alias (
    entity INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
    alias  TEXT    NOT NULL CHECK (length(alias) > 0),
    PRIMARY KEY (entity, alias)
) WITHOUT ROWID;
CREATE INDEX alias_by_text ON alias(alias);

CREATE TABLE triple (
    id         INTEGER PRIMARY KEY,
    subject    INTEGER NOT NULL REFERENCES entity(id),
    predicate  TEXT    NOT NULL CHECK (length(predicate) > 0),
    object     INTEGER REFERENCES entity(id),
    literal    TEXT,
    document   INTEGER NOT NULL REFERENCES document(id) ON DELETE CASCADE,
    span_start INTEGER NOT NULL CHECK (span_start >= 0),
    span_end   INTEGER NOT NULL CHECK (span_end >= span_start),
    rule       TEXT    NOT NULL,
    CHECK ((object IS NULL) <> (literal IS NULL))
);
-- Subject-, predicate- and object-led lookups. Half the triples are literal attributes (a statistic's value,
-- a title): the predicate-led indexes are split by object kind so that each row is indexed once, not twice.
CREATE INDEX triple_by_subject   ON triple(subject, predicate);
CREATE INDEX triple_by_predicate ON triple(predicate, object) WHERE object IS NOT NULL;
CREATE INDEX triple_by_object    ON triple(object, predicate) WHERE object IS NOT NULL;
CREATE INDEX triple_by_literal   ON triple(predicate, literal) WHERE literal IS NOT NULL;
CREATE INDEX triple_by_document  ON triple(document);

-- Detail on a triple itself: the role (出席, 讲话) and venue (主会场) of an attendance.
-- Kept in the order written (rowid), so roles read as the text gives them: 出席, 讲话.
CREATE TABLE qualifier (
    triple INTEGER NOT NULL REFERENCES triple(id) ON DELETE CASCADE,
    key    TEXT    NOT NULL,
    value  TEXT    NOT NULL,
    UNIQUE (triple, key, value)
);
