-- Search terms keep the vowel signs of Devanagari, Thai and kindred scripts and the sound marks of kana, which the
-- tokenizer used to strip with the accents, and Thai is split into words (app.gleaner.library.search.Tokenizer).
-- Terms written before would no longer meet the queries, so the index is emptied here and the start re-indexes
-- every clip (SearchIndex.backfill) in the terms new clips and queries use. No clip is touched.
DELETE FROM search_posting;
DELETE FROM search_doc;
