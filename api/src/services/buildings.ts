import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { notFound } from '../errors/AppError.js';
import { LruCache } from '../util/lruCache.js';
import { foldForSearch } from './import/searchText.js';

type Bbox = [number, number, number, number];

/**
 * The bbox list's Features by building, with the row version each was built for (buildings/by_bbox.sql). 20,000
 * (≈ 12 MB of text at ≈ 600 bytes a Feature) hold the whole demo (18,658 buildings), or some twenty of a city's densest
 * 1 km² boxes (≈ 1,000 buildings each): building them is most of a box's database time.
 */
const LIST_FEATURES_KEPT = 20_000;
/** Per database: one process may open several (the tests, the benches), whose row versions may coincide. */
const listFeaturesOf = new WeakMap<Database, LruCache<number, { version: string; feature: string }>>();

/**
 * Buildings intersecting bbox as GeoJSON text (FeatureCollection with numberMatched/numberReturned): the ids and row
 * versions in the box, then the Features of those not kept yet in this version, in a second statement. The text is
 * byte for byte what json_build_object and json_agg would write (" : " and ", " between members), as before the
 * cache. A building deleted between the two statements is left out.
 */
export async function listBuildings(db: Database, bbox: Bbox, limit: number): Promise<string> {
  const hits = (
    await db.query<{ id: number; version: string; matched: number | string }>(sql('buildings/by_bbox'), [
      ...bbox,
      limit,
    ])
  ).rows;
  let listFeatures = listFeaturesOf.get(db);
  if (!listFeatures) {
    listFeatures = new LruCache(LIST_FEATURES_KEPT);
    listFeaturesOf.set(db, listFeatures);
  }
  const features = new Map<number, string>();
  const missing: number[] = [];
  for (const h of hits) {
    const kept = listFeatures.get(h.id);
    if (kept?.version === h.version) features.set(h.id, kept.feature);
    else missing.push(h.id);
  }
  if (missing.length > 0) {
    const built = await db.query<{ id: number; version: string; feature: string }>(sql('buildings/list_features'), [
      missing,
    ]);
    for (const r of built.rows) {
      listFeatures.set(r.id, { version: r.version, feature: r.feature });
      features.set(r.id, r.feature);
    }
  }
  const parts: string[] = [];
  for (const h of hits) {
    const feature = features.get(h.id);
    if (feature !== undefined) parts.push(feature);
  }
  const matched = hits.length > 0 ? Number(hits[0]!.matched) : 0;
  return (
    `{"type" : "FeatureCollection", "numberMatched" : ${matched}, "numberReturned" : ${parts.length}, ` +
    `"features" : [${parts.join(', ')}]}`
  );
}

/** One building as a GeoJSON Feature text (its private attributes for its owner organisation only); 404 when unknown. */
export async function getBuilding(db: Database, id: number, organisationId: number | null = null): Promise<string> {
  const result = await db.query<{ body: string }>(sql('buildings/by_id'), [id, organisationId]);
  if (result.rows.length === 0) throw notFound(`building ${id} not found`);
  return result.rows[0]!.body;
}

/** Roof faces with their heat-map grids for the buildings in bbox (GeoJSON text). */
export async function listRoofs(db: Database, bbox: Bbox, limit: number): Promise<string> {
  const result = await db.query<{ body: string }>(sql('roofs/by_bbox'), [...bbox, limit]);
  return result.rows[0]!.body;
}

export async function listObstacles(db: Database, bbox: Bbox): Promise<string> {
  const result = await db.query<{ body: string }>(sql('obstacles/by_bbox'), bbox);
  return result.rows[0]!.body;
}

/** "name or address, commune" without repeating a commune the address already ends with. */
function searchLabel(r: { id: number; name: string | null; address: string | null; commune: string | null }): string {
  const main = r.name ?? r.address;
  if (!main) return r.commune ?? `#${r.id}`;
  return r.commune && !main.toLowerCase().includes(r.commune.toLowerCase()) ? `${main}, ${r.commune}` : main;
}

interface SearchRow {
  id: number;
  address: string | null;
  address_synthetic: boolean;
  name: string | null;
  commune: string | null;
  cite_name: string | null;
  lon: number;
  lat: number;
  score: number;
}

/**
 * Buildings having every query word read at most before ranking (sql/queries/buildings/search.sql): it bounds the
 * cost of a query of common words ("rue des": every house) whatever the territory's size; a query naming a street or
 * a house has far fewer, and all of them are ranked.
 */
export const SEARCH_CANDIDATE_CAP = 500;
/**
 * A word in more buildings than this is common: reading its posting list whole from the GIN index costs more than
 * reading the table in order until enough matches come (20,000 entries: ~4 ms on PostgreSQL, measured in
 * `BENCH_ONLY=search`; "rue" is in most of the 300,000 houses, a commune's name in a few thousand).
 */
export const SEARCH_COMMON_WORD = 20_000;
/** Rows read in table order, at most, when every word is common (each nearly everywhere: its matches come first). */
export const SEARCH_SCAN_ROWS = 30_000;
/** Matches ordered by trigram similarity (~7 µs a row on PostgreSQL), the best by the cheap criteria first. */
const SEARCH_RANKED = 50;
/** Query words used; the rest of a long query only ranks (word similarity to the whole query). */
const SEARCH_MAX_WORDS = 8;

/**
 * The query's words (every result has each, whole or, for the last and the unknown ones, as the beginning of a word),
 * its numbers (whole) and the house number asked.
 */
export function parseSearchQuery(q: string) {
  const folded = foldForSearch(q);
  const words = [...new Set(folded.split(' ').filter((w) => w !== ''))].slice(0, SEARCH_MAX_WORDS);
  const numbers = words.filter((w) => /^[0-9]+$/.test(w));
  const letters = words.filter((w) => !/^[0-9]+$/.test(w));
  // A lone letter ("l" of "l'Église", "d" of "d'Aire") selects nearly everything: it only ranks, unless it is all.
  const kept = letters.some((w) => w.length >= 2) ? letters.filter((w) => w.length >= 2) : letters;
  // House numbers have at most 4 digits; 5 digits are a postcode or an INSEE code, always a filter.
  const house = numbers.find((w) => w.length <= 4);
  return { folded, words: kept, numbers, houseNumber: house === undefined ? null : Number(house) };
}

/** The parameters of sql/queries/buildings/search.sql for these words and whole numbers (commonWord: tests). */
export function searchParams(
  query: ReturnType<typeof parseSearchQuery>,
  words: string[],
  wholes: string[],
  limit: number,
  commonWord = SEARCH_COMMON_WORD,
): unknown[] {
  return [
    words,
    wholes,
    query.folded,
    query.houseNumber,
    limit,
    SEARCH_CANDIDATE_CAP,
    Math.max(SEARCH_RANKED, limit),
    SEARCH_SCAN_ROWS,
    commonWord,
  ];
}

/** A DPE number: 4 digits (year and department), a letter, 7 digits, a check letter ("2187E0981996L"). */
const DPE_NUMBER = /^\s*(\d{4}[A-Z]\d{7}[A-Z])\s*$/i;

/**
 * Accent- and case-insensitive search over address, name, commune and cité, on the word index: every query word
 * must be a word of the building's text (the last, being typed, or an unknown one may be the beginning of one), house
 * numbers must match whole ("12 rue des Linottes Lens" gives number 12 first). When nothing matches, the house number only ranks (nearest number of that street), then each word that
 * begins no indexed word is replaced by the nearest vocabulary word (typo), and the search runs again. A DPE number
 * alone answers the building that DPE is matched to.
 */
export async function searchBuildings(db: Database, q: string, limit: number) {
  const dpe = DPE_NUMBER.exec(q);
  if (dpe) {
    const rows = (await db.query<SearchRow>(sql('dpe/search_number'), [dpe[1]!.toUpperCase()])).rows;
    return { results: rows.map((r) => searchResult(r, `DPE ${dpe[1]!.toUpperCase()} — `)) };
  }
  const query = parseSearchQuery(q);
  if (query.folded.length < 2 || query.words.length + query.numbers.length === 0) return { results: [] };
  const run = async (words: string[], wholes: string[]) =>
    words.length + wholes.length === 0
      ? []
      : (await db.query<SearchRow>(sql('buildings/search'), searchParams(query, words, wholes, limit))).rows;
  const postcodes = query.numbers.filter((w) => w.length > 4);
  const attempts = async (words: string[]) => {
    let found = await run(words, query.numbers);
    if (found.length === 0 && postcodes.length < query.numbers.length && words.length > 0)
      found = await run(words, postcodes);
    return found;
  };
  let rows = await attempts(query.words);
  if (rows.length === 0 && query.words.length > 0) {
    const corrected = (await db.query<{ word: string }>(sql('buildings/search_corrections'), [query.words])).rows.map(
      (r) => r.word,
    );
    if (corrected.some((w, i) => w !== query.words[i])) rows = await attempts(corrected);
  }
  return { results: rows.map((r) => searchResult(r)) };
}

function searchResult(r: SearchRow, prefix = '') {
  return {
    id: r.id,
    label: prefix + searchLabel(r),
    address: r.address,
    address_synthetic: r.address_synthetic,
    name: r.name,
    commune: r.commune,
    center: [Number(r.lon), Number(r.lat)] as [number, number],
    score: Number(r.score),
  };
}

export async function extent(db: Database) {
  const r = (
    await db.query<{
      xmin: number | null;
      ymin: number | null;
      xmax: number | null;
      ymax: number | null;
      n: number;
      obstacles: number;
      solar_computed: number;
    }>(sql('buildings/extent'))
  ).rows[0]!;
  const has = r.xmin !== null && r.n > 0;
  return {
    bbox: has ? ([r.xmin, r.ymin, r.xmax, r.ymax] as [number, number, number, number]) : null,
    center: has ? ([(r.xmin! + r.xmax!) / 2, (r.ymin! + r.ymax!) / 2] as [number, number]) : null,
    buildings: Number(r.n),
    obstacles: Number(r.obstacles),
    solar_computed: Number(r.solar_computed),
  };
}
