import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listBuildings } from '../../api/src/services/buildings.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

type Bbox = [number, number, number, number];

/**
 * The bbox list as one SQL statement wrote it before its Features were kept in memory (json_build_object + json_agg
 * over building_feature_json): the reference the kept text must match byte for byte.
 */
const REFERENCE = `
WITH hits AS (
  SELECT b.id, building_feature_json(b, s, false, NULL) AS feature, count(*) OVER () AS matched
  FROM buildings b
  LEFT JOIN building_solar s ON s.building_id = b.id
  WHERE b.footprint && ST_MakeEnvelope($1, $2, $3, $4, 4326)
  ORDER BY b.id
  LIMIT $5
)
SELECT json_build_object(
  'type', 'FeatureCollection',
  'numberMatched', coalesce(max(matched), 0),
  'numberReturned', count(*),
  'features', coalesce(json_agg(feature ORDER BY id), '[]'::json)
)::text AS body
FROM hits`;

/** A few blocks of the demo in Lens (as tests/api/pv.test.ts), computed by the cadastre before the tests. */
const COMPUTED: Bbox = [2.788, 50.436, 2.794, 50.439];
/** ≈ 1 km² around it: computed and not computed buildings side by side. */
const KM2: Bbox = [2.784, 50.433, 2.798, 50.442];
const EMPTY: Bbox = [-10.5, 40.1, -10.4, 40.2];

describe.each(engines())('the bbox list kept in memory on %s', (engine) => {
  let t: TestDatabase;
  const reference = async (bbox: Bbox, limit: number) =>
    (await t.db.query<{ body: string }>(REFERENCE, [...bbox, limit])).rows[0]!.body;
  beforeAll(async () => {
    t = await openTestDatabase(engine, 'demo');
    await computeCadastre(t.db, { bbox: COMPUTED, workers: 1 });
  }, 300_000);
  afterAll(async () => t.cleanup());

  it('writes the bytes the single statement wrote, first built and then kept', async () => {
    for (const [bbox, limit] of [
      [KM2, 10_000],
      [KM2, 7],
      [COMPUTED, 10_000],
      [EMPTY, 10_000],
    ] as [Bbox, number][]) {
      const expected = await reference(bbox, limit);
      expect(await listBuildings(t.db, bbox, limit)).toBe(expected);
      expect(await listBuildings(t.db, bbox, limit)).toBe(expected);
    }
    const body = JSON.parse(await listBuildings(t.db, KM2, 10_000));
    expect(body.numberReturned).toBeGreaterThan(100);
    expect(body.features.some((f: { properties: { solar: unknown } }) => f.properties.solar !== null)).toBe(true);
    expect(body.features.some((f: { properties: { solar: unknown } }) => f.properties.solar === null)).toBe(true);
  });

  it('a building changed, its results deleted or the building deleted: the list says so at once', async () => {
    const first = JSON.parse(await listBuildings(t.db, KM2, 10_000));
    const solar = first.features.find((f: { properties: { solar: unknown } }) => f.properties.solar !== null);
    const other = first.features.find((f: { id: number }) => f.id !== solar.id);
    await t.db.query(`UPDATE buildings SET name = 'Maison du test', height_m = 7.25 WHERE id = $1`, [other.id]);
    await t.db.query('DELETE FROM building_solar WHERE building_id = $1', [solar.id]);
    expect(await listBuildings(t.db, KM2, 10_000)).toBe(await reference(KM2, 10_000));
    const changed = JSON.parse(await listBuildings(t.db, KM2, 10_000));
    const byId = new Map(changed.features.map((f: { id: number }) => [f.id, f]));
    expect(byId.get(other.id)).toMatchObject({ properties: { name: 'Maison du test', height_m: 7.25 } });
    expect(byId.get(solar.id)).toMatchObject({ properties: { solar: null } });

    await t.db.query('DELETE FROM buildings WHERE id = $1', [other.id]);
    const after = await listBuildings(t.db, KM2, 10_000);
    expect(after).toBe(await reference(KM2, 10_000));
    expect(JSON.parse(after).numberReturned).toBe(first.numberReturned - 1);
  });
});
