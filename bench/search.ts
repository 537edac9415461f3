/**
 * Address search at the territory's size (BENCH_ONLY=search), one JSON line per figure, on each engine:
 *  - the demo neighbourhood (18,658 houses with their invented addresses) plus generated houses up to 300,000, the
 *    size of the Pôle Métropolitain de l'Artois' building stock: numbers 1–150 on the demo's street names in the
 *    basin's communes, each a 10 m square somewhere in the basin; written through the buildings table, so the
 *    text-search index and the vocabulary are filled as an import fills them;
 *  - latency of searchBuildings (the service behind GET /api/v1/search: database time and the JavaScript around it)
 *    for the queries a homeowner types: a full address, the address being typed, a street and a commune, a commune,
 *    a common pair of words, a misspelt street, a number that does not exist on its street; p50/p95/max [ms];
 *  - how often the full address gives the right house first.
 * One query at a time (the concurrent mix is BENCH_ONLY=load).
 */
import type { Database } from '../api/src/db/types.js';
import { migrate } from '../api/src/db/migrate.js';
import { loadDemo } from '../api/src/services/demo.js';
import { searchBuildings } from '../api/src/services/buildings.js';
import { foldForSearch } from '../api/src/services/import/searchText.js';
import { quantile, rng } from './stats.js';
import { onBothEngines } from './bothEngines.js';

type Emit = (figure: Record<string, unknown>) => void;

export const SEARCH_BENCH_BUILDINGS = 300_000;
const QUERIES_PER_KIND = 60;
const BATCH = 5_000;

/** Communes of the Pôle Métropolitain de l'Artois (INSEE names, with their accents), for the generated houses. */
const COMMUNES = [
  'Lens',
  'Liévin',
  'Hénin-Beaumont',
  'Noyelles-Godault',
  'Courrières',
  'Méricourt',
  'Éleu-dit-Leauwette',
  'Bully-les-Mines',
  'Grenay',
  'Mazingarbe',
  'Loos-en-Gohelle',
  'Avion',
  'Sallaumines',
  'Harnes',
  'Loison-sous-Lens',
  'Wingles',
  'Vendin-le-Vieil',
  'Annay',
  'Billy-Montigny',
  'Rouvroy',
  'Drocourt',
  'Montigny-en-Gohelle',
  'Carvin',
  'Oignies',
  'Libercourt',
  'Dourges',
  'Courcelles-lès-Lens',
  'Évin-Malmaison',
  'Leforest',
  'Béthune',
  'Bruay-la-Buissière',
  'Auchel',
  'Marles-les-Mines',
  'Calonne-Ricouart',
  'Divion',
  'Barlin',
  'Haillicourt',
  'Houdain',
  'Nœux-les-Mines',
  'Labourse',
  'Beuvry',
  'Annezin',
  'Lillers',
  'Burbure',
  'Lapugnoy',
  'Cauchy-à-la-Tour',
  'Ferfay',
  'Noyelles-sous-Lens',
];

const round1 = (v: number) => Math.round(v * 10) / 10;

/** Adds generated houses until the table holds `total` buildings; returns how many were added. */
export async function addGeneratedHouses(db: Database, total: number, seed = 15): Promise<number> {
  const have = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM buildings')).rows[0]!.n;
  const streets = (
    await db.query<{ street: string }>(
      `SELECT DISTINCT substring(address FROM '^[0-9]+ ([^,]+),') AS street FROM buildings
       WHERE address ~ '^[0-9]+ [^,]+,' ORDER BY 1`,
    )
  ).rows.map((r) => r.street);
  if (streets.length === 0) throw new Error('no demo street names to reuse: load the demo first');
  const random = rng(seed);
  // Never the address of a demo house again (with or without its postcode): each address names one house.
  const used = new Set(
    (
      await db.query<{ a: string }>(
        `SELECT regexp_replace(address, ', [0-9]{5} ', ', ') AS a FROM buildings WHERE address IS NOT NULL`,
      )
    ).rows.map((r) => r.a),
  );
  let added = 0;
  while (added < total - have) {
    const n = Math.min(BATCH, total - have - added);
    const lon: number[] = [];
    const lat: number[] = [];
    const address: string[] = [];
    const commune: string[] = [];
    const search: string[] = [];
    while (address.length < n) {
      const c = COMMUNES[Math.floor(random() * COMMUNES.length)]!;
      const a = `${1 + Math.floor(random() * 150)} ${streets[Math.floor(random() * streets.length)]!}, ${c}`;
      if (used.has(a)) continue;
      used.add(a);
      address.push(a);
      commune.push(c);
      search.push(foldForSearch(`${a} ${c}`));
      lon.push(2.3 + random() * 0.9);
      lat.push(50.35 + random() * 0.25);
    }
    await db.query(
      `INSERT INTO buildings (source, source_id, footprint, centroid, footprint_area_m2, height_m, address,
         address_synthetic, commune, search_text)
       SELECT 'bench', 'bench-' || (i + $6::int), ST_Multi(ST_MakeEnvelope(x, y, x + 0.00014, y + 0.00009, 4326)),
         ST_SetSRID(ST_MakePoint(x + 0.00007, y + 0.000045), 4326), 100, 6, a, true, c, s
       FROM unnest($1::float8[], $2::float8[], $3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS u(x, y, a, c, s, i)`,
      [lon, lat, address, commune, search, have + added],
    );
    added += n;
  }
  return added;
}

interface Query {
  kind: string;
  q: string;
  /** The building the query names, when it names one. */
  expect?: number;
}

/** The queries, from real rows of the table: a homeowner's address, typed in full, in part, or misspelt. */
async function queries(db: Database, seed = 4): Promise<Query[]> {
  const rows = (
    await db.query<{ id: number; address: string; commune: string }>(
      `SELECT id, address, commune FROM buildings WHERE address ~ '^[0-9]+ [^,]+,' ORDER BY id`,
    )
  ).rows;
  const random = rng(seed);
  const pick = () => rows[Math.floor(random() * rows.length)]!;
  const out: Query[] = [];
  for (let i = 0; i < QUERIES_PER_KIND; i++) {
    const r = pick();
    const [, number, street] = /^([0-9]+) ([^,]+),/.exec(r.address)!;
    const words = street!.split(' ');
    const last = words[words.length - 1]!;
    out.push({ kind: 'full_address', q: `${number} ${street} ${r.commune}`, expect: r.id });
    out.push({ kind: 'typing', q: `${number} ${words.slice(0, -1).join(' ')} ${last.slice(0, 3)}` });
    out.push({ kind: 'street_commune', q: `${street} ${r.commune}` });
    out.push({ kind: 'commune', q: r.commune });
    out.push({ kind: 'common_words', q: i % 2 ? 'rue des' : 'rue de la' });
    const typo = last.length > 5 ? `${last.slice(0, 2)}${last.slice(3)}` : `${last}e`;
    out.push({ kind: 'misspelt', q: `${words.slice(0, -1).join(' ')} ${typo} ${r.commune}` });
    out.push({ kind: 'missing_number', q: `${Number(number) + 1000} ${street} ${r.commune}` });
  }
  return out;
}

/** Fills the database to 300,000 buildings and times the search; `engine` names the figures. */
export async function benchSearchOn(engine: string, db: Database, emit: Emit, total = SEARCH_BENCH_BUILDINGS) {
  await migrate(db);
  let t = performance.now();
  await loadDemo(db);
  const added = await addGeneratedHouses(db, total);
  await db.query('VACUUM ANALYZE buildings');
  const words = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM search_vocabulary')).rows[0]!.n;
  emit({
    figure: 'search_fill_s',
    engine,
    value: round1((performance.now() - t) / 1000),
    buildings: total,
    generated: added,
    vocabulary_words: words,
    note: 'demo + generated houses inserted into buildings, then VACUUM ANALYZE',
  });
  const all = await queries(db);
  for (const q of all.slice(0, 20)) await searchBuildings(db, q.q, 10); // warm the caches
  const times = new Map<string, number[]>();
  let right = 0;
  let named = 0;
  const empty = new Map<string, number>();
  for (const q of all) {
    t = performance.now();
    const { results } = await searchBuildings(db, q.q, 10);
    const elapsed = performance.now() - t;
    (times.get(q.kind) ?? times.set(q.kind, []).get(q.kind)!).push(elapsed);
    if (results.length === 0) empty.set(q.kind, (empty.get(q.kind) ?? 0) + 1);
    if (q.expect !== undefined) {
      named++;
      if (results[0]?.id === q.expect) right++;
    }
  }
  const every: number[] = [];
  for (const [kind, list] of times) {
    list.sort((a, b) => a - b);
    every.push(...list);
    emit({
      figure: 'search_ms',
      engine,
      kind,
      buildings: total,
      queries: list.length,
      p50: round1(quantile(list, 0.5)),
      p95: round1(quantile(list, 0.95)),
      max: round1(list[list.length - 1]!),
      empty_answers: empty.get(kind) ?? 0,
    });
  }
  every.sort((a, b) => a - b);
  emit({
    figure: 'search_ms',
    engine,
    kind: 'all',
    buildings: total,
    queries: every.length,
    p50: round1(quantile(every, 0.5)),
    p95: round1(quantile(every, 0.95)),
    max: round1(every[every.length - 1]!),
    empty_answers: [...empty.values()].reduce((a, b) => a + b, 0),
  });
  emit({ figure: 'search_full_address_first', engine, value: right, of: named, buildings: total });
}

export async function benchSearch(
  openEmbedded: () => Promise<Database>,
  withServerDatabase: (label: string, fn: (url: string) => Promise<void>) => Promise<void>,
  openServer: (url: string) => Promise<Database>,
  emit: Emit,
) {
  const total = Number(process.env.BENCH_SEARCH_BUILDINGS) || SEARCH_BENCH_BUILDINGS;
  await onBothEngines({ openEmbedded, withServerDatabase, openServer }, 'search', (engine, db) =>
    benchSearchOn(engine, db, emit, total),
  );
}
