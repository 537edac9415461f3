import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createLocalFrame } from '../../../engine/geo/localFrame';
import { parseBuildings } from './parseBuildings';
import { ringArea2 } from './parseGeometry';

const frame = createLocalFrame(2.83, 50.43);

/** A closed clockwise square of side ~10 m at (lon, lat), as GeoJSON positions. */
function squareCw(lon: number, lat: number): number[][] {
  const d = 0.0001;
  return [
    [lon, lat],
    [lon, lat + d],
    [lon + d, lat + d],
    [lon + d, lat],
    [lon, lat],
  ];
}

const feature = (id: unknown, properties: Record<string, unknown>, geometry: unknown) => ({
  type: 'Feature',
  id,
  properties,
  geometry,
});

describe('parseBuildings', () => {
  it('reads the contract fields and turns rings counter-clockwise in local metres', () => {
    const page = parseBuildings(
      {
        type: 'FeatureCollection',
        numberMatched: 1,
        numberReturned: 1,
        features: [
          feature(
            42,
            {
              id: 42,
              height_m: 8.5,
              levels: 2,
              roof_shape: 'gable',
              roof_pitch_deg: 40,
              ridge_azimuth_deg: 185,
              typology: 'coron',
              address_synthetic: true,
              solar: { mean_kwh_m2: 950, usable_kwh: 42000 },
            },
            { type: 'Polygon', coordinates: [squareCw(2.83, 50.43)] },
          ),
        ],
      },
      frame,
    );
    expect(page.skipped).toBe(0);
    const [b] = page.buildings;
    expect(b).toMatchObject({
      id: 42,
      height_m: 8.5,
      roofShape: 'gable',
      roofPitch_deg: 40,
      typology: 'coron',
      synthetic: true,
      solarComputed: true,
    });
    // 185° folds into [0, 180).
    expect(b!.ridgeAzimuth_deg).toBeCloseTo(5, 12);
    const ring = b!.polygons[0]![0]!;
    expect(ring).toHaveLength(4);
    expect(ringArea2(ring)).toBeGreaterThan(0);
    // The south-west corner sits on the origin.
    expect(ring.some(([e, n]) => Math.hypot(e, n) < 1e-6)).toBe(true);
  });

  it('skips features without an id or a usable geometry and counts them', () => {
    const page = parseBuildings(
      {
        type: 'FeatureCollection',
        features: [
          feature(null, {}, { type: 'Polygon', coordinates: [squareCw(2.83, 50.43)] }),
          feature(2, {}, { type: 'Point', coordinates: [2.83, 50.43] }),
          feature(
            3,
            {},
            {
              type: 'Polygon',
              coordinates: [
                [
                  [2.83, 50.43],
                  [2.83, 50.43],
                  [2.83, 50.43],
                  [2.83, 50.43],
                ],
              ],
            },
          ),
          feature(
            '4',
            { levels: 3 },
            { type: 'MultiPolygon', coordinates: [[squareCw(2.83, 50.43)], [squareCw(2.84, 50.43)]] },
          ),
        ],
      },
      frame,
    );
    expect(page.skipped).toBe(3);
    expect(page.buildings.map((b) => b.id)).toEqual([4]);
    // No height: levels × 3 m + 1 m of roof.
    expect(page.buildings[0]!.height_m).toBe(10);
    expect(page.buildings[0]!.polygons).toHaveLength(2);
  });

  it('rejects what is not a FeatureCollection', () => {
    expect(() => parseBuildings({ type: 'Feature' }, frame)).toThrow(/FeatureCollection/);
  });

  // The committed demo (fixtures/demo, gzipped since it grew past 10 MB).
  const demo = ['buildings.geojson.gz', 'buildings.geojson']
    .map((name) => new URL(`../../../fixtures/demo/${name}`, import.meta.url))
    .find((url) => existsSync(url));
  it.runIf(demo)('parses the generated demo neighbourhood without dropping a building', () => {
    const bytes = readFileSync(demo!);
    const text = demo!.pathname.endsWith('.gz') ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    const json = JSON.parse(text) as { features: unknown[] };
    // The demo file has no ids yet (the database assigns them): number them as the API would.
    json.features = json.features.map((f, i) => ({ ...(f as object), id: i + 1 }));
    const page = parseBuildings({ type: 'FeatureCollection', ...json }, frame);
    expect(page.skipped).toBe(0);
    expect(page.buildings.length).toBe(json.features.length);
  });
});
