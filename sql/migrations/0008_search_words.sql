-- Address search that scales (issue 15): the folded search text of every building as a tsvector of its words
-- (PostgreSQL's 'simple' text-search configuration: no stemming, no stop words; the text is already lower-case and
-- without accents, see foldForSearch), kept by the database itself as a generated column and indexed with GIN. A
-- query of several words is the intersection of their posting lists, which GIN reads from the rarest one and skips
-- through the common ones ("12 rue Jean Jaurès Lens" among thousands of houses of "rue" and "lens"); the word being
-- typed is a prefix ('lino':*). A vocabulary of the words, with a trigram index, serves the typo fallback.
-- The trigram index on the whole text is dropped: the query that used it ranked every match of a common word
-- ("rue") before it could answer, 0.2–0.5 s on 18,658 houses.
DROP INDEX IF EXISTS buildings_search_trgm;

ALTER TABLE buildings
  ADD COLUMN search_words tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, search_text)) STORED;
COMMENT ON COLUMN buildings.search_words IS 'The words of search_text (text search, simple configuration), generated: the index of the address search.';
CREATE INDEX buildings_search_words ON buildings USING gin (search_words);

CREATE TABLE search_vocabulary (
  word text COLLATE "C" PRIMARY KEY CHECK (word <> ''),
  buildings integer NOT NULL DEFAULT 0 CHECK (buildings >= 0)
);
COMMENT ON TABLE search_vocabulary IS 'Every word of the buildings'' search texts with how many buildings have it (kept by triggers on buildings): tells the search a whole word from one being typed and a rare word from a common one, and serves the typo fallback (trigram similarity). A word no building has any more stays with 0.';
-- On lower(word) (the words are lower-case already), not on word: pg_trgm's GIN also answers "word = x", and the
-- planner took it for the search's lookups of each query word (10 ms, where the primary key takes 0.02 ms).
CREATE INDEX search_vocabulary_trgm ON search_vocabulary USING gin (lower(word) gin_trgm_ops);

CREATE FUNCTION search_words_of(search_text text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$ SELECT DISTINCT w FROM regexp_split_to_table(search_text, ' +') AS w WHERE w <> '' $$;
COMMENT ON FUNCTION search_words_of(text) IS 'The distinct words of a folded search text (words are separated by spaces, see foldForSearch).';

-- Counts change by statement (an import writes thousands of rows in one): one upsert per word, in word order so
-- that two concurrent writers lock the vocabulary rows in the same order.
CREATE FUNCTION search_vocabulary_inserted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  INSERT INTO search_vocabulary AS v (word, buildings)
  SELECT w, count(*) FROM inserted_buildings n, search_words_of(n.search_text) AS w GROUP BY w ORDER BY w
  ON CONFLICT (word) DO UPDATE SET buildings = v.buildings + EXCLUDED.buildings;
  RETURN NULL;
END
$$;
CREATE TRIGGER buildings_search_vocabulary_insert AFTER INSERT ON buildings
REFERENCING NEW TABLE AS inserted_buildings
FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_inserted();

CREATE FUNCTION search_vocabulary_deleted() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search_vocabulary v SET buildings = greatest(v.buildings - d.n, 0)
  FROM (SELECT w, count(*) AS n FROM deleted_buildings o, search_words_of(o.search_text) AS w GROUP BY w) AS d
  WHERE v.word = d.w;
  RETURN NULL;
END
$$;
CREATE TRIGGER buildings_search_vocabulary_delete AFTER DELETE ON buildings
REFERENCING OLD TABLE AS deleted_buildings
FOR EACH STATEMENT EXECUTE FUNCTION search_vocabulary_deleted();

CREATE FUNCTION search_vocabulary_updated() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  UPDATE search_vocabulary v SET buildings = greatest(v.buildings - 1, 0)
  WHERE v.word IN (SELECT w FROM search_words_of(OLD.search_text) AS w
                   EXCEPT SELECT w FROM search_words_of(NEW.search_text) AS w);
  INSERT INTO search_vocabulary AS v (word, buildings)
  SELECT w, 1 FROM (SELECT w FROM search_words_of(NEW.search_text) AS w
                    EXCEPT SELECT w FROM search_words_of(OLD.search_text) AS w) AS added
  ORDER BY w
  ON CONFLICT (word) DO UPDATE SET buildings = v.buildings + 1;
  RETURN NULL;
END
$$;
CREATE TRIGGER buildings_search_vocabulary_update AFTER UPDATE OF search_text ON buildings
FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
EXECUTE FUNCTION search_vocabulary_updated();

INSERT INTO search_vocabulary (word, buildings)
SELECT w, count(*) FROM buildings b, search_words_of(b.search_text) AS w GROUP BY w;
