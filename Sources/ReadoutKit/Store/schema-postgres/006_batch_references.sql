-- Readout store on PostgreSQL, schema version 6, PostgreSQL's own (SQLite's store stops at 5): a triple's references
-- are made good by the writer, batch by batch, instead of by three foreign-key triggers per row, which were three
-- quarters of a load's time on the server. The writer reads every entity id it writes back from the entity table in
-- the batch's transaction, and every document id from its own insert; nothing deletes an entity or a document here,
-- so no reference can go stale and nothing cascades. SQLite's bulk load likewise checks references once per load
-- (ReferenceCheck), not per row. Without the cascade, triple(document) needs no index, as in SQLite since 003: a
-- document's triples are the run first_triple..last_triple.
ALTER TABLE triple DROP CONSTRAINT triple_subject_fkey, DROP CONSTRAINT triple_object_fkey, DROP CONSTRAINT triple_document_fkey;
DROP INDEX triple_by_document;
