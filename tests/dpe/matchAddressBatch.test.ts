import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Queryable } from '../../api/src/db/types.js';
import { sql } from '../../api/src/db/sql.js';
import { matchDpeRecords } from '../../api/src/services/dpe/matchDpe.js';
import { houseNumberOf, streetWords } from '../../api/src/services/dpe/matchRules.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { seeded } from '../../engine/planner/planStock.testkit.js';

// The address-text step of matchDpeRecords (the third, after RNB and BAN) on records without RNB id or BAN point: one
// statement for all the records of a call, and the same matches as the one-query-per-record code it replaced (kept
// below as the reference).

interface TestBuilding {
  address: string | null;
  commune: string | null;
  insee: string | null;
}
interface TestRecord {
  number: string;
  address_raw: string | null;
  ban_citycode?: string | null;
  ban_city?: string | null;
  commune_raw?: string | null;
}

/** Buildings (10 m squares somewhere in the Bassin minier; where does not matter here), their ids in order. */
async function addBuildings(db: Queryable, list: TestBuilding[]): Promise<number[]> {
  const r = await db.query<{ id: number }>(
    `INSERT INTO buildings (source, footprint, centroid, footprint_area_m2, height_m, address, commune, commune_insee)
     SELECT 'test', ST_Multi(ST_MakeEnvelope(2.8 + p.i * 1e-4, 50.4, 2.8 + p.i * 1e-4 + 9e-5, 50.40009, 4326)),
       ST_SetSRID(ST_MakePoint(2.8 + p.i * 1e-4, 50.4), 4326), 100, 7, p.address, p.commune, p.insee
     FROM json_to_recordset($1::json) AS p(i integer, address text, commune text, insee text)
     ORDER BY p.i
     RETURNING id`,
    [JSON.stringify(list.map((b, i) => ({ i, ...b })))],
  );
  return r.rows.map((x) => x.id).sort((a, b) => a - b);
}

/** Minimal valid dpe_records rows: no RNB id, no BAN point, so only the address text can match them. */
async function addRecords(db: Queryable, list: TestRecord[]): Promise<string[]> {
  const rows = list.map((r) => ({
    ban_citycode: null,
    ban_city: null,
    commune_raw: null,
    ...r,
  }));
  await db.query(
    `INSERT INTO dpe_records (number, dataset, issue_date, valid_until, energy_class, primary_kwh_m2, uses, energies,
       content_hash, address_raw, ban_citycode, ban_city, commune_raw)
     SELECT r.number, 'dpe-v2-csv', DATE '2024-03-01', DATE '2034-02-28', 'E', 280, '{}'::jsonb, '[]'::jsonb, 'test',
       r.address_raw, r.ban_citycode, r.ban_city, r.commune_raw
     FROM json_to_recordset($1::json) AS r(number text, address_raw text, ban_citycode text, ban_city text,
       commune_raw text)`,
    [JSON.stringify(rows)],
  );
  return list.map((r) => r.number);
}

/** What matchDpeRecords stored: number → building, for the records that the address step matched. */
async function storedMatches(db: Queryable, numbers: string[]): Promise<Map<string, number>> {
  const r = await db.query<{ number: string; building_id: number; match_method: string; match_confidence: number }>(
    `SELECT number, building_id, match_method, match_confidence FROM dpe_records
     WHERE number = ANY($1::text[]) AND building_id IS NOT NULL ORDER BY number`,
    [numbers],
  );
  for (const row of r.rows) {
    expect(row.match_method).toBe('address');
    expect(row.match_confidence).toBeCloseTo(0.6, 5);
  }
  return new Map(r.rows.map((row) => [row.number, row.building_id]));
}

// ---- The previous implementation (before the batched address_candidates), kept as the reference: one query per
// ---- pending record, its candidates the first 50 by id. Read-only: returns number → building instead of storing.
const PREVIOUS_ADDRESS_CANDIDATES = `
SELECT b.id, b.address
FROM buildings b
WHERE (b.commune_insee = $1 OR ($1 = '' AND lower(b.commune) = lower($2)))
  AND b.address LIKE $3 || ' %'
ORDER BY b.id
LIMIT 50`;

async function previousAddressMatches(db: Queryable, numbers: string[]): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  const pending = await db.query<{ number: string; address_raw: string; citycode: string; city: string | null }>(
    sql('dpe/address_pending'),
    [numbers],
  );
  for (const p of pending.rows) {
    const number = houseNumberOf(p.address_raw);
    const words = new Set(streetWords(p.address_raw));
    if (!number || words.size === 0 || (!p.citycode && !p.city)) continue;
    const candidates = await db.query<{ id: number; address: string }>(PREVIOUS_ADDRESS_CANDIDATES, [
      p.citycode,
      p.city ?? '',
      number,
    ]);
    const same = candidates.rows.filter(
      (b) => houseNumberOf(b.address) === number && streetWords(b.address).some((w) => words.has(w)),
    );
    if (same.length !== 1) continue;
    found.set(p.number, same[0]!.id);
  }
  return found;
}
// ---- End of the previous implementation.

/** A Queryable that counts the statements run through it, by their text. */
function counting(db: Queryable) {
  const seen: string[] = [];
  const q: Queryable = {
    query: (text, params) => {
      seen.push(text);
      return db.query(text, params);
    },
    exec: (text) => db.exec(text),
    copyIn: (copySql, text) => db.copyIn(copySql, text),
  };
  return { db: q, count: (text: string) => seen.filter((s) => s === text).length, total: () => seen.length };
}

let serial = 0;
/** A DPE number (13 upper-case letters and digits), unique within the file. */
const dpeNumber = (prefix: string) => `${prefix}${String(++serial).padStart(13 - prefix.length, '0')}`;

describe.each(engines())('DPE address matching in one statement on %s', (engine) => {
  let t: TestDatabase;

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'empty');
  });
  afterAll(async () => t?.cleanup());

  it('matches the one building of the commune with the number and a street word', async () => {
    const [lilas, , fourteen] = await addBuildings(t.db, [
      { address: '12 rue des Lilas', commune: 'Liévin', insee: '62510' },
      { address: '12 rue des Lilas', commune: 'Lens', insee: '62498' }, // another commune
      { address: '14 rue des Lilas', commune: 'Liévin', insee: '62510' },
    ]);
    const numbers = await addRecords(t.db, [
      { number: dpeNumber('A'), address_raw: '12 RUE DES LILAS', ban_citycode: '62510' },
      { number: dpeNumber('A'), address_raw: '14, r. des lilas', ban_citycode: '62510' },
      { number: dpeNumber('A'), address_raw: '12 rue des Roses', ban_citycode: '62510' }, // no street word shared
      { number: dpeNumber('A'), address_raw: 'rue des Lilas', ban_citycode: '62510' }, // no house number
    ]);
    const counts = await matchDpeRecords(t.db, numbers);
    expect(counts).toEqual({ rnb: 0, ban_inside: 0, ban_nearest: 0, address: 2, unmatched: 2 });
    expect(await storedMatches(t.db, numbers)).toEqual(
      new Map([
        [numbers[0]!, lilas!],
        [numbers[1]!, fourteen!],
      ]),
    );
  });

  it('matches nothing when two buildings have the number and a street word', async () => {
    await addBuildings(t.db, [
      { address: '5 rue Pasteur', commune: 'Avion', insee: '62065' },
      { address: '5 bis rue Pasteur', commune: 'Avion', insee: '62065' }, // "5 bis …" is number 5 too
    ]);
    const numbers = await addRecords(t.db, [
      { number: dpeNumber('B'), address_raw: '5 rue Louis Pasteur', ban_citycode: '62065' },
    ]);
    expect((await matchDpeRecords(t.db, numbers)).address).toBe(0);
    expect(await storedMatches(t.db, numbers)).toEqual(new Map());
  });

  it('looks the commune up by name, case-insensitively, when the record gives no INSEE code', async () => {
    const [right] = await addBuildings(t.db, [
      { address: '3 rue Émile Zola', commune: 'Sallaumines', insee: '62771' },
      { address: '3 rue Émile Zola', commune: 'Noyelles-sous-Lens', insee: '62624' },
    ]);
    const numbers = await addRecords(t.db, [
      { number: dpeNumber('C'), address_raw: '3 rue Emile Zola', ban_citycode: null, commune_raw: 'SALLAUMINES' },
      { number: dpeNumber('C'), address_raw: '3 rue Emile Zola', ban_citycode: '', ban_city: 'sallaumines' },
      { number: dpeNumber('C'), address_raw: '3 rue Emile Zola', ban_citycode: null, commune_raw: null }, // no commune
    ]);
    const counts = await matchDpeRecords(t.db, numbers);
    expect(counts.address).toBe(2);
    expect(await storedMatches(t.db, numbers)).toEqual(
      new Map([
        [numbers[0]!, right!],
        [numbers[1]!, right!],
      ]),
    );
  });

  it('sees only the first 50 buildings by id of a commune and number (as the per-record query did)', async () => {
    // 60 buildings at number 7, then the right one for "7 rue Victor Hugo", with a higher id than all of them. Each
    // lookup is bounded to the 50 lowest ids (so that one record cannot pull a whole commune), and the previous
    // per-record query had the same ORDER BY id LIMIT 50 before the street words were compared: the right building
    // is never seen, no match. Kept on purpose, so that the batched query gives exactly the previous code's matches.
    // The third building, "7 rue Lumière", is among the 50 and matches.
    const ids = await addBuildings(t.db, [
      ...Array.from({ length: 60 }, (_, i) => ({
        address: i === 2 ? '7 rue Lumière' : `7 rue du Puits ${i + 1}`,
        commune: 'Harnes',
        insee: '62413',
      })),
      { address: '7 rue Victor Hugo', commune: 'Harnes', insee: '62413' },
    ]);
    const numbers = await addRecords(t.db, [
      { number: dpeNumber('D'), address_raw: '7 rue Victor Hugo', ban_citycode: '62413' },
      { number: dpeNumber('D'), address_raw: '7 rue Lumiere', ban_citycode: '62413' },
      { number: dpeNumber('D'), address_raw: '7 rue du Puits', ban_citycode: '62413' }, // 49 share "puits"
    ]);
    const expected = new Map([[numbers[1]!, ids[2]!]]);
    expect(await previousAddressMatches(t.db, numbers)).toEqual(expected);
    expect((await matchDpeRecords(t.db, numbers)).address).toBe(1);
    expect(await storedMatches(t.db, numbers)).toEqual(expected);
  });

  it('matches 300 records in one call with one candidates statement', async () => {
    const streets = ['rue des Tilleuls', 'rue Jean Jaurès', 'avenue de la République'];
    const list: TestBuilding[] = [];
    for (let i = 0; i < 300; i++)
      list.push({ address: `${i + 1} ${streets[i % 3]}`, commune: 'Méricourt', insee: '62570' });
    const ids = await addBuildings(t.db, list);
    const records: TestRecord[] = list.map((_, i) => ({
      number: dpeNumber('E'),
      address_raw: `${i + 1} ${streets[i % 3]!.toUpperCase()}`,
      ban_citycode: '62570',
      ban_city: 'Méricourt',
    }));
    const numbers = await addRecords(t.db, records);
    const c = counting(t.db);
    const counts = await matchDpeRecords(c.db, numbers);
    expect(counts).toEqual({ rnb: 0, ban_inside: 0, ban_nearest: 0, address: 300, unmatched: 0 });
    expect(c.count(sql('dpe/address_candidates'))).toBe(1);
    expect(c.total()).toBeLessThanOrEqual(5); // rnb, ban, pending, candidates, store
    expect(await storedMatches(t.db, numbers)).toEqual(new Map(numbers.map((n, i) => [n, ids[i]!])));
  });

  it('gives the same matches as the previous per-record code on random records and buildings', async () => {
    const rand = seeded(20260117);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const communes = [
      { insee: '62119', name: 'Billy-Montigny' },
      { insee: '62250', name: 'Courrières' },
      { insee: '62637', name: 'Oignies' },
    ];
    const streets = [
      'rue Jean Jaurès', 'rue Victor Hugo', 'avenue de la République', 'rue Pasteur', 'place du Marché',
      'rue des Écoles', 'cité des Fleurs', 'rue Émile Zola', 'rue Basly', 'impasse des Mineurs',
    ]; // prettier-ignore
    const buildings: TestBuilding[] = [];
    for (let i = 0; i < 900; i++) {
      const c = pick(communes);
      // Oignies has 70 buildings at number 1 (more than a lookup's 50): the bound is exercised.
      const n = c.insee === '62637' && i % 4 === 0 ? 1 : 1 + Math.floor(rand() * 25);
      const r = rand();
      const address =
        r < 0.05 ? null : r < 0.1 ? pick(streets) : r < 0.2 ? `${n} bis ${pick(streets)}` : `${n} ${pick(streets)}`;
      const s = rand();
      // Some buildings know their commune only by name, a few by an empty code.
      const insee = s < 0.15 ? null : s < 0.18 ? '' : c.insee;
      buildings.push({ address, commune: s < 0.2 ? c.name.toUpperCase() : c.name, insee });
    }
    await addBuildings(t.db, buildings);
    const records: TestRecord[] = [];
    for (let i = 0; i < 400; i++) {
      const c = pick(communes);
      const n = 1 + Math.floor(rand() * 25);
      const r = rand();
      const street = pick(streets);
      const address_raw =
        r < 0.05
          ? null
          : r < 0.1
            ? street
            : r < 0.2
              ? `0${n}, ${street.toUpperCase()}`
              : r < 0.3
                ? `${n} ${pick(streets)} ${street}`
                : `${n} ${street}`;
      const s = rand();
      records.push({
        number: dpeNumber('F'),
        address_raw,
        ban_citycode: s < 0.2 ? null : s < 0.25 ? '' : c.insee,
        ban_city: s < 0.1 ? null : s < 0.15 ? c.name.toLowerCase() : c.name,
        commune_raw: rand() < 0.5 ? c.name.toUpperCase() : null,
      });
    }
    const numbers = await addRecords(t.db, records);
    const expected = await previousAddressMatches(t.db, numbers);
    // The set is not trivial: matches, and records left unmatched for several reasons.
    expect(expected.size).toBeGreaterThan(30);
    expect(expected.size).toBeLessThan(370);
    const c = counting(t.db);
    const counts = await matchDpeRecords(c.db, numbers);
    expect(c.count(sql('dpe/address_candidates'))).toBe(1);
    expect(counts.address).toBe(expected.size);
    expect(counts.unmatched).toBe(numbers.length - expected.size);
    expect(await storedMatches(t.db, numbers)).toEqual(expected);
  });

  it('runs no candidates statement when no record has an address to look up', async () => {
    const numbers = await addRecords(t.db, [{ number: dpeNumber('G'), address_raw: null, ban_citycode: '62510' }]);
    const c = counting(t.db);
    expect((await matchDpeRecords(c.db, numbers)).unmatched).toBe(1);
    expect(c.count(sql('dpe/address_candidates'))).toBe(0);
  });
});
