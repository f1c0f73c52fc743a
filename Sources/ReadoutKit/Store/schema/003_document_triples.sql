-- Readout store, schema version 3: a document's triples are one run of ids, first_triple to last_triple on the
-- document row (none when last < first), in place of an index on triple(document). The writer stores a
-- document's triples together, one after another, so the run holds all of them; lookups still test
-- triple.document, so a run can never lend a document another's triples. Building that index took a tenth of
-- a bulk load's writing, for lookups only re-extraction makes. (Deleting a document row by hand now scans the
-- triples for its cascade.)
ALTER TABLE document ADD COLUMN first_triple INTEGER NOT NULL DEFAULT 1;
ALTER TABLE document ADD COLUMN last_triple INTEGER NOT NULL DEFAULT 0;
UPDATE document SET first_triple = run.first, last_triple = run.last
FROM (SELECT document, min(id) AS first, max(id) AS last FROM triple GROUP BY document) AS run
WHERE run.document = document.id;
DROP INDEX IF EXISTS triple_by_document;
DELETE FROM deferred_index WHERE name = 'triple_by_document';
