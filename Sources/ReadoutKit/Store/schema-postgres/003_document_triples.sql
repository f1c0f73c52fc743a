-- Readout store on PostgreSQL, schema version 3 (schema/003_document_triples.sql): a document's triples are one
-- run of ids, first_triple to last_triple; the writer takes each batch's ids as one block of the sequence.
-- PostgreSQL keeps the index on triple(document): a cascade from a deleted document needs it, and several writers
-- make the index cheap beside the rest.
ALTER TABLE document ADD COLUMN first_triple bigint NOT NULL DEFAULT 1;
ALTER TABLE document ADD COLUMN last_triple bigint NOT NULL DEFAULT 0;
UPDATE document SET first_triple = run.first, last_triple = run.last
FROM (SELECT document, min(id) AS first, max(id) AS last FROM triple GROUP BY document) AS run
WHERE run.document = document.id;
