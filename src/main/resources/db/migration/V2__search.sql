-- Full-text search: an inverted index kept beside the clips, maintained by the application in the same transaction
-- as the clip itself (app.gleaner.library.search). Portable SQL for H2 and PostgreSQL; no vendor full-text engine.

-- One row per (term, clip): the term's field-weighted frequency in the clip and the clip's length in terms, so a
-- search reads everything BM25 needs from one range of the primary key.
CREATE TABLE search_posting (
    term       VARCHAR(64) NOT NULL,
    clip_id    BIGINT      NOT NULL REFERENCES clip (id) ON DELETE CASCADE,
    weight     INTEGER     NOT NULL,
    doc_length INTEGER     NOT NULL,
    CONSTRAINT search_posting_pk PRIMARY KEY (term, clip_id)
);

CREATE INDEX search_posting_clip_idx ON search_posting (clip_id);

-- One row per indexed clip (even one without a single term): corpus statistics, and which clips still need indexing.
CREATE TABLE search_doc (
    clip_id    BIGINT  NOT NULL PRIMARY KEY REFERENCES clip (id) ON DELETE CASCADE,
    doc_length INTEGER NOT NULL
);
