-- Readout store on PostgreSQL, schema version 5 (schema/005_document_url.sql): where a document was published.
ALTER TABLE document ADD COLUMN url text COLLATE "C" CHECK (url IS NULL OR length(url) > 0);
