-- Readout store, schema version 5: where a document was published, when its source says (a corpus record's url,
-- an HTML page's canonical address), so that a fact can be cited. Documents stored before have none.
ALTER TABLE document ADD COLUMN url TEXT CHECK (url IS NULL OR length(url) > 0);
