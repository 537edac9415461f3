import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/types.js';
import { importGeoJson } from '../../api/src/services/import/importGeoJson.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

// A 10 m × 8 m house near Lens town hall (50.4322 N, 2.8333 E), as lon/lat.
const LON = 2.8333;
const LAT = 50.4322;
const DLON = 10 / (111_320 * Math.cos((LAT * Math.PI) / 180));
const DLAT = 8 / 111_200;
const square = (x: number, y: number, dx = DLON, dy = DLAT) => [
  [
    [x, y],
    [x + dx, y],
    [x + dx, y + dy],
    [x, y + dy],
    [x, y],
  ],
];

const feature = (coordinates: unknown, properties: Record<string, unknown> = {}, type = 'Polygon') => ({
  type: 'Feature',
  properties,
  geometry: { type, coordinates },
});
const collection = (features: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: 'FeatureCollection', ...extra, features });

async function buildingCount(db: Database): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM buildings')).rows[0]!.n;
}

describe.each(engines())('GeoJSON import on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(async () => t.cleanup());

  it('imports BD TOPO attributes and OSM tags into the model', async () => {
    const text = collection([
      feature(square(LON, LAT), {
        cleabs: 'BATIMENT0000000001',
        HAUTEUR: 7.5,
        NB_ETAGES: 2,
        USAGE1: 'Résidentiel',
        DATE_APP: '1925-01-01',
        NB_LOGTS: 1,
      }),
      feature(square(LON + 0.001, LAT), {
        '@id': 'way/42',
        building: 'house',
        height: '9 m',
        'building:levels': '2',
        'roof:shape': 'gabled',
        'roof:angle': '45',
        'roof:direction': 'S',
        'addr:housenumber': '12',
        'addr:street': 'Rue des Alouettes',
        'addr:postcode': '62300',
        'addr:city': 'Lens',
      }),
    ]);
    const report = await importGeoJson(t.db, text, { fileName: 'mixed.geojson' });
    expect(report).toMatchObject({ features: 2, imported: 2, updated: 0, rejected: 0, srid: 4326 });
    const rows = (
      await t.db.query<Record<string, unknown>>(
        'SELECT source, source_id, height_m, levels, usage, year_built, dwellings, roof_shape, roof_pitch_deg, roof_direction_deg, ridge_azimuth_deg, address, commune FROM buildings ORDER BY source',
      )
    ).rows;
    expect(rows[0]).toMatchObject({
      source: 'bdtopo',
      source_id: 'BATIMENT0000000001',
      height_m: 7.5,
      levels: 2,
      usage: 'résidentiel',
      year_built: 1925,
      dwellings: 1,
    });
    expect(rows[1]).toMatchObject({
      source: 'osm',
      source_id: 'way/42',
      height_m: 9,
      levels: 2,
      roof_shape: 'gable',
      roof_pitch_deg: 45,
      roof_direction_deg: 180,
      ridge_azimuth_deg: 90,
      address: '12 Rue des Alouettes, 62300 Lens',
      commune: 'Lens',
    });
  });

  it('re-importing the same file changes nothing; a changed record is updated in place (idempotent)', async () => {
    const text = collection([feature(square(LON, LAT + 0.002), { cleabs: 'BATIMENT0000000099', HAUTEUR: 5 })]);
    const first = await importGeoJson(t.db, text, { fileName: 'a.geojson' });
    const before = await buildingCount(t.db);
    const second = await importGeoJson(t.db, text, { fileName: 'a.geojson' });
    expect(first.imported).toBe(1);
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 1 });
    const changed = collection([feature(square(LON, LAT + 0.002), { cleabs: 'BATIMENT0000000099', HAUTEUR: 8 })]);
    const third = await importGeoJson(t.db, changed, { fileName: 'a.geojson' });
    expect(third).toMatchObject({ imported: 0, updated: 1, unchanged: 0 });
    expect(await buildingCount(t.db)).toBe(before);
    const h = await t.db.query<{ h: number }>(
      "SELECT height_m AS h FROM buildings WHERE source_id = 'BATIMENT0000000099'",
    );
    expect(h.rows[0]!.h).toBe(8);
  });

  it('reprojects Lambert-93 given by the crs member, matching proj4 within 1e-6°', async () => {
    proj4.defs(
      'EPSG:2154',
      '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
    );
    const [x, y] = proj4('EPSG:4326', 'EPSG:2154', [LON, LAT + 0.004]);
    const ring = [
      [
        [x, y],
        [x + 10, y],
        [x + 10, y + 8],
        [x, y + 8],
        [x, y],
      ],
    ];
    const text = collection([feature(ring, { cleabs: 'L93-1', HAUTEUR: 6 })], {
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
    });
    const report = await importGeoJson(t.db, text, { fileName: 'l93.geojson' });
    expect(report).toMatchObject({ srid: 2154, srid_from: 'crs member', imported: 1 });
    const r = (
      await t.db.query<{ lon: number; lat: number; area: number }>(
        "SELECT ST_XMin(footprint) AS lon, ST_YMin(footprint) AS lat, footprint_area_m2 AS area FROM buildings WHERE source_id = 'L93-1'",
      )
    ).rows[0]!;
    expect(r.lon).toBeCloseTo(LON, 6);
    expect(r.lat).toBeCloseTo(LAT + 0.004, 6);
    // 80 m² on the Lambert-93 plane; north of its 49° N standard parallel the projection enlarges lengths by about
    // 1.4 m/km at Lens, so the geodesic area is slightly smaller (k² ≈ 1.003): within 0.5 % and below 80.
    expect(r.area).toBeLessThan(80);
    expect(Math.abs(r.area - 80) / 80).toBeLessThan(5e-3);
  });

  it('repairs what can be repaired and says so: 3D, unclosed ring, self-intersection', async () => {
    const bowtie = [
      [
        [LON, LAT + 0.006],
        [LON + DLON, LAT + 0.006 + DLAT],
        [LON + DLON, LAT + 0.006],
        [LON, LAT + 0.006 + DLAT],
        [LON, LAT + 0.006],
      ],
    ];
    const threeD = [
      [
        [LON, LAT + 0.008, 40],
        [LON + DLON, LAT + 0.008, 40],
        [LON + DLON, LAT + 0.008 + DLAT, 40],
        [LON, LAT + 0.008 + DLAT, 40],
        [LON, LAT + 0.008, 40],
      ],
    ];
    const open = [
      [
        [LON, LAT + 0.01],
        [LON + DLON, LAT + 0.01],
        [LON + DLON, LAT + 0.01 + DLAT],
        [LON, LAT + 0.01 + DLAT],
      ],
    ];
    const text = collection([
      feature(bowtie, { cleabs: 'R1' }),
      feature(threeD, { cleabs: 'R2' }),
      feature(open, { cleabs: 'R3' }),
    ]);
    const report = await importGeoJson(t.db, text, { fileName: 'repair.geojson' });
    expect(report).toMatchObject({ imported: 3, repaired: 3, rejected: 0 });
    const reasons = report.repairs.map((r) => r.repairs.join(';'));
    expect(reasons[0]).toMatch(/self-intersection/);
    expect(reasons[1]).toMatch(/3D/);
    expect(reasons[2]).toMatch(/unclosed/);
    const valid = (
      await t.db.query<{ ok: boolean }>(
        "SELECT bool_and(ST_IsValid(footprint)) AS ok FROM buildings WHERE source_id IN ('R1','R2','R3')",
      )
    ).rows[0]!;
    expect(valid.ok).toBe(true);
  });

  const bad: [string, string, RegExp][] = [
    ['empty file', '', /empty/],
    ['truncated JSON', collection([feature(square(LON, LAT))]).slice(0, 60), /not valid JSON/],
    ['not GeoJSON', JSON.stringify({ hello: 'world' }), /FeatureCollection/],
    ['CSV text', 'id;height\n1;12\n', /not valid JSON/],
    ['no features', collection([]), /no features/],
    [
      'projected coordinates without crs',
      collection([
        feature([
          [
            [686000, 7037000],
            [686010, 7037000],
            [686010, 7037008],
            [686000, 7037000],
          ],
        ]),
      ]),
      /cannot be WGS84 longitude\/latitude \(they look like Lambert-93: --srid 2154\)/,
    ],
    [
      'unknown crs',
      collection([feature(square(LON, LAT))], { crs: { type: 'name', properties: { name: 'EPSG:999999' } } }),
      /coordinate system \(999999, from crs member\) is not one PostGIS or proj4 knows/,
    ],
  ];
  it.each(bad)('refuses a bad file (%s) with a clear error and writes nothing', async (_name, text, message) => {
    const before = await buildingCount(t.db);
    await expect(importGeoJson(t.db, text, { fileName: 'bad.geojson' })).rejects.toThrow(message);
    expect(await buildingCount(t.db)).toBe(before);
  });

  it('a file with one bad feature changes nothing and names it; --skip-invalid imports the rest', async () => {
    const text = collection([
      feature(square(LON + 0.003, LAT + 0.003), { cleabs: 'G1' }),
      feature([LON, LAT], { cleabs: 'P1' }, 'Point'),
      feature([], { cleabs: 'E1' }),
      feature(
        [
          [
            [LON, LAT],
            [LON + DLON, LAT],
            [LON, LAT],
          ],
        ],
        { cleabs: 'T1' },
      ),
    ]);
    const before = await buildingCount(t.db);
    const error = await importGeoJson(t.db, text, { fileName: 'partly-bad.geojson' }).catch((e: unknown) => e);
    expect(error).toMatchObject({
      status: 422,
      message: expect.stringMatching(/3 of 4 features rejected; nothing was imported/),
    });
    const details = (error as { details: { index: number; reason: string }[] }).details;
    expect(details.map((d) => d.index)).toEqual([1, 2, 3]);
    expect(details[0]!.reason).toMatch(/Point is not a Polygon/);
    expect(details[1]!.reason).toMatch(/empty/);
    expect(details[2]!.reason).toMatch(/fewer than 3 distinct/);
    expect(await buildingCount(t.db)).toBe(before);
    const report = await importGeoJson(t.db, text, { fileName: 'partly-bad.geojson', skipInvalid: true });
    expect(report).toMatchObject({ imported: 1, rejected: 3 });
    expect(await buildingCount(t.db)).toBe(before + 1);
  });

  it('out-of-range heights are not written: they are re-estimated and reported as repairs', async () => {
    const text = collection([feature(square(LON + 0.006, LAT + 0.005), { cleabs: 'H1', height_m: 1e9, levels: 3 })]);
    const report = await importGeoJson(t.db, text, { fileName: 'h.geojson' });
    expect(report.repairs[0]!.repairs.join(';')).toMatch(/out of \(0, 1000\]/);
    const r = (
      await t.db.query<{ h: number; e: boolean }>(
        "SELECT height_m AS h, height_estimated AS e FROM buildings WHERE source_id = 'H1'",
      )
    ).rows[0]!;
    expect(r).toEqual({ h: 9, e: true });
  });

  it('a failure while writing the second batch rolls the whole file back', async () => {
    // A trigger makes the database refuse one row of the second batch of 500, after the first batch was written.
    await t.db.exec(`CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.source_id = 'BOOM' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_boom BEFORE INSERT ON buildings FOR EACH ROW EXECUTE FUNCTION refuse_boom();`);
    const features = Array.from({ length: 600 }, (_, i) =>
      feature(square(LON + 0.02 + (i % 30) * 0.0003, LAT + 0.02 + Math.floor(i / 30) * 0.0002), {
        cleabs: i === 550 ? 'BOOM' : `B${i}`,
      }),
    );
    const before = await buildingCount(t.db);
    const imports = (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')).rows[0]!.n;
    await expect(importGeoJson(t.db, collection(features), { fileName: 'boom.geojson' })).rejects.toThrow(
      /refused by test trigger/,
    );
    expect(await buildingCount(t.db)).toBe(before);
    expect((await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM imports')).rows[0]!.n).toBe(imports);
    await t.db.exec('DROP TRIGGER refuse_boom ON buildings; DROP FUNCTION refuse_boom();');
  });
});
