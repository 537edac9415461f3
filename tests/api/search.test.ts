import request from 'supertest';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Express } from 'express';
import { createApp } from '../helpers/app.js';
import { loadConfig } from '../../api/src/config.js';
import { sql } from '../../api/src/db/sql.js';
import { parseSearchQuery, SEARCH_SCAN_ROWS, searchParams } from '../../api/src/services/buildings.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

const config = { ...loadConfig({}), logLevel: 'silent' };

interface Hit {
  id: number;
  label: string;
  address: string | null;
  commune: string | null;
  score: number;
}

/** "12 rue des Linottes, 62300 Lens" → its parts (the demo's invented addresses have this shape). */
function parts(address: string) {
  const m = /^([0-9]+) ([^,]+), (?:([0-9]{5}) )?(.+)$/.exec(address);
  if (!m) throw new Error(`unexpected address ${address}`);
  return { number: Number(m[1]), street: m[2]!, postcode: m[3] ?? null, commune: m[4]! };
}

describe.each(engines())('address search on %s', (engine) => {
  let t: TestDatabase;
  let app: Express;
  /** A demo street of several houses, in one commune, with a long last word (to misspell). */
  let street: { name: string; commune: string; postcode: string; houses: { id: number; number: number }[] };
  const search = async (q: string, limit?: number): Promise<Hit[]> =>
    (
      await request(app)
        .get('/api/v1/search')
        .query(limit ? { q, limit } : { q })
        .expect(200)
    ).body.results;

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    app = createApp(config, { db: t.db, logger: pino({ level: 'silent' }) });
    const rows = (
      await t.db.query<{ id: number; address: string }>(
        `SELECT id, address FROM buildings WHERE address ~ '^[0-9]+ rue des [A-Za-z]{7,}, 62300 Lens$' ORDER BY id`,
      )
    ).rows;
    const byStreet = new Map<string, { id: number; number: number }[]>();
    for (const r of rows) {
      const p = parts(r.address);
      byStreet.set(p.street, [...(byStreet.get(p.street) ?? []), { id: r.id, number: p.number }]);
    }
    const [name, houses] = [...byStreet].sort((a, b) => b[1].length - a[1].length)[0]!;
    street = { name, commune: 'Lens', postcode: '62300', houses };
  });
  afterAll(async () => t.cleanup());

  it('finds the house of a full address first, whatever its case and accents', async () => {
    expect(street.houses.length).toBeGreaterThan(5);
    for (const house of street.houses.slice(0, 5)) {
      const asTyped = `${house.number} ${street.name} ${street.commune}`;
      for (const q of [asTyped, asTyped.toUpperCase(), `${house.number}, ${street.name.replace(/e/g, 'é')} LENS`]) {
        const hits = await search(q);
        expect(hits[0]?.id, q).toBe(house.id);
        expect(hits[0]!.label).toContain(`${house.number} ${street.name}`);
      }
    }
  });

  it('finds a house of Liévin typed without its accent, and by its postcode', async () => {
    const hits = await search('lievin');
    expect(hits.length).toBe(10);
    for (const h of hits) expect(h.commune).toBe('Liévin');
    const byPostcode = await search('62800', 20);
    expect(byPostcode.length).toBe(20);
    for (const h of byPostcode) expect(h.address).toMatch(/ 62800 /);
  });

  it('a house number the street does not have gives the nearest numbers of that street', async () => {
    const numbers = street.houses.map((h) => h.number).sort((a, b) => a - b);
    const missing = numbers[numbers.length - 1]! + 40;
    const hits = await search(`${missing} ${street.name} ${street.commune}`, 3);
    expect(hits.map((h) => parts(h.address!).number)).toEqual(numbers.slice(-3).reverse());
    for (const h of hits) expect(h.address).toContain(street.name);
  });

  it('completes the word being typed', async () => {
    const house = street.houses[0]!;
    const words = street.name.split(' ');
    const typed = `${house.number} ${words.slice(0, -1).join(' ')} ${words[words.length - 1]!.slice(0, 4)}`;
    const hits = await search(typed);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(parts(h.address!).number).toBe(house.number);
    expect(hits.map((h) => h.id)).toContain(house.id);
  });

  it('forgives a letter missing from a street name', async () => {
    const words = street.name.split(' ');
    const last = words[words.length - 1]!;
    const misspelt = `${words.slice(0, -1).join(' ')} ${last.slice(0, 2)}${last.slice(3)} lens`;
    expect(parseSearchQuery(misspelt).words).not.toContain(last.toLowerCase());
    const hits = await search(misspelt);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.address).toContain(street.name);
  });

  it('ranks a cité named in the query by its own words, and answers nothing for words no building has', async () => {
    const cite = (
      await t.db.query<{ cite_name: string; n: number }>(
        `SELECT cite_name, count(*)::int AS n FROM buildings WHERE cite_name ~ '^Cité [A-Za-z ]+$'
         GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
      )
    ).rows[0]!;
    const hits = await search(cite.cite_name, 50);
    expect(hits.length).toBe(Math.min(50, cite.n));
    expect(await search('zzzqqq xxyyzz')).toEqual([]);
  });

  it('keeps the word index in step with inserts, address changes and deletes', async () => {
    const insert = await t.db.query<{ id: number }>(
      `INSERT INTO buildings (source, source_id, footprint, centroid, footprint_area_m2, height_m, address, commune,
         search_text)
       VALUES ('test', 'search-1', ST_Multi(ST_MakeEnvelope(2.8, 50.43, 2.8001, 50.4301, 4326)),
         ST_SetSRID(ST_MakePoint(2.80005, 50.43005), 4326), 80, 6, '3 impasse Zéphyrin Bocquet, Lens', 'Lens',
         '3 impasse zephyrin bocquet lens')
       RETURNING id`,
    );
    const id = insert.rows[0]!.id;
    expect((await search('Zéphyrin Bocquet'))[0]?.id).toBe(id);
    await t.db.query(
      `UPDATE buildings SET address = '3 impasse Augustine Lefebvre, Lens',
         search_text = '3 impasse augustine lefebvre lens' WHERE id = $1`,
      [id],
    );
    expect((await search('zephyrin bocquet')).map((h) => h.id)).not.toContain(id);
    expect((await search('augustine lefebvre'))[0]?.id).toBe(id);
    await t.db.query('UPDATE buildings SET height_m = 7 WHERE id = $1', [id]);
    expect((await search('augustine lefebvre'))[0]?.id).toBe(id);
    await t.db.query('DELETE FROM buildings WHERE id = $1', [id]);
    expect(await search('augustine lefebvre')).toEqual([]);
  });

  it('reads the text-search index when a word is rare, a bounded part of the table when every word is common', async () => {
    const analyse = async (q: string, commonWord?: number) => {
      const query = parseSearchQuery(q);
      const params = searchParams(query, query.words, query.numbers, 10, commonWord);
      const rows = await t.db.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF) ${sql('buildings/search')}`,
        params,
      );
      return rows.rows.map((r) => r['QUERY PLAN']).join('\n');
    };
    for (const q of [`12 ${street.name} lens`, 'lievin', street.name]) {
      const plan = await analyse(q);
      expect(plan, q).toMatch(/Bitmap Index Scan on buildings_search_words \(actual rows=\d+/);
      expect(plan, q).toMatch(/Seq Scan on buildings \(never executed\)/);
      expect(plan, q).toMatch(/Index Scan using buildings_pkey on buildings b \(actual rows=/);
    }
    // "rue" and "des" are in most houses: the first rows of the table hold matches at once. (The demo's 18,658
    // houses have fewer than SEARCH_COMMON_WORD of anything: the test lowers it to what 300,000 houses would make.)
    const common = await analyse('rue des', 5_000);
    const read = Number(/Seq Scan on buildings \(actual rows=(\d+)/.exec(common)?.[1]);
    expect(read).toBeGreaterThan(0);
    expect(read).toBeLessThanOrEqual(SEARCH_SCAN_ROWS);
    expect(common).toMatch(/Bitmap Index Scan on buildings_search_words \(never executed\)/);
  });
});
