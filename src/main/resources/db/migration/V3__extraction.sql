-- How the cleaner judged each clip: confidence 0..1, a likely truncated or gated article, the method that won.
-- Null for clips saved before it was measured.
ALTER TABLE clip ADD COLUMN extraction_confidence DOUBLE PRECISION;
ALTER TABLE clip ADD COLUMN extraction_truncated BOOLEAN;
ALTER TABLE clip ADD COLUMN extraction_gated BOOLEAN;
ALTER TABLE clip ADD COLUMN extraction_method VARCHAR(40);
