-- Readout store on PostgreSQL, schema version 4 (schema/004_document_hash.sql): the content hash unique by a
-- named index. Here it stays a constraint all along: it is what keeps two writers from storing one document twice.
ALTER TABLE document RENAME CONSTRAINT document_hash_key TO document_hash;
