import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { createLocalFrame } from '../../engine/geo/localFrame.js';
import { roofFaces } from '../../engine/roof/index.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

/**
 * Buildings whose roof_surfaces (3D city model faces) disagree with what the roof models would infer from their
 * footprint and empty attributes, placed in a local metric frame east of Lens, away from everything else.
 */
const frame = createLocalFrame(2.7, 50.5);
type P2 = [number, number];
type P3 = [number, number, number];

const wkt2 = ([x, y]: P2) => frame.toLonLat([x, y]).join(' ');
const wkt3 = ([x, y, z]: P3) => `${wkt2([x, y])} ${z}`;
const closed = <T>(ring: T[]) => [...ring, ring[0]!];
const rect = (x0: number, y0: number, w: number, d: number): P2[] => [
  [x0, y0],
  [x0 + w, y0],
  [x0 + w, y0 + d],
  [x0, y0 + d],
];
const footprintWkt = (ring: P2[]) => `MULTIPOLYGON(((${closed(ring).map(wkt2).join(', ')})))`;
const surfacesWkt = (faces: P3[][]) =>
  `MULTIPOLYGON Z (${faces.map((ring) => `((${closed(ring).map(wkt3).join(', ')}))`).join(', ')})`;

/** Both gables: eaves at 4 m, ridge at 7 m, 6 m of run from eaves to ridge, 8 m along the ridge. */
const EAVES_M = 4;
const RIDGE_M = 7;
const TILT_DEG = (Math.atan2(RIDGE_M - EAVES_M, 6) * 180) / Math.PI; // 26.565°
const PLAN_M2 = 6 * 8;
const AREA_M2 = PLAN_M2 / Math.cos((TILT_DEG * Math.PI) / 180); // 53.67 m²

/** A: footprint 12 m east–west × 8 m, ridge north–south at x = 6: faces look west and east (given clockwise). */
const A = {
  footprint: rect(0, 0, 12, 8),
  faces: [
    [
      [0, 0, EAVES_M],
      [6, 0, RIDGE_M],
      [6, 8, RIDGE_M],
      [0, 8, EAVES_M],
    ],
    [
      [6, 0, RIDGE_M],
      [6, 8, RIDGE_M],
      [12, 8, EAVES_M],
      [12, 0, EAVES_M],
    ],
  ] as P3[][],
};
/** B: footprint 8 m east–west × 12 m, ridge east–west at y = 6: faces look south and north. */
const B = {
  footprint: rect(100, 0, 8, 12),
  faces: [
    [
      [100, 0, EAVES_M],
      [108, 0, EAVES_M],
      [108, 6, RIDGE_M],
      [100, 6, RIDGE_M],
    ],
    [
      [100, 6, RIDGE_M],
      [108, 6, RIDGE_M],
      [108, 12, EAVES_M],
      [100, 12, EAVES_M],
    ],
  ] as P3[][],
};
/**
 * Shading: D is recorded flat at 4 m, but its given roof is one face rising from 4 m on its south side to 15 m on its
 * north side; C, a flat 3 m house 2 m north of it, sits in its shadow. The control pair F (flat 4 m, no surfaces)
 * and E (as C) stands 200 m away.
 */
const D = {
  footprint: rect(200, 0, 10, 6),
  faces: [
    [
      [200, 0, 4],
      [210, 0, 4],
      [210, 6, 15],
      [200, 6, 15],
    ],
  ] as P3[][],
};
const C = rect(200, 8, 10, 6);
const F = rect(400, 0, 10, 6);
const E = rect(400, 8, 10, 6);

/** The roof the models would infer for a footprint with every roof attribute empty (the test's premise). */
function inferredAzimuths(footprint: P2[]): number[] {
  const { faces } = roofFaces({
    footprint: [[closed(footprint)]],
    height_m: RIDGE_M,
    roof_shape: null,
    roof_pitch_deg: null,
    roof_direction_deg: null,
    ridge_azimuth_deg: null,
    typology: null,
    levels: null,
  });
  return faces.map((f) => Math.round(f.azimuth_deg) % 360).sort((a, b) => a - b);
}

describe.each(engines())('cadastre on roof surfaces of a 3D city model on %s', (engine) => {
  let t: TestDatabase;
  const ids: Record<string, number> = {};

  async function insert(name: string, footprint: P2[], height_m: number, shape: string | null, faces?: P3[][]) {
    const r = await t.db.query<{ id: number }>(
      `INSERT INTO buildings (source, source_id, footprint, centroid, footprint_area_m2, height_m, roof_shape,
         roof_surfaces)
       SELECT 'lod2-test', $1, g.geom, ST_PointOnSurface(g.geom), ST_Area(g.geom::geography), $3, $4,
         ST_GeomFromText($5, 4326)
       FROM (SELECT ST_GeomFromText($2, 4326) AS geom) AS g
       RETURNING id`,
      [name, footprintWkt(footprint), height_m, shape, faces ? surfacesWkt(faces) : null],
    );
    ids[name] = r.rows[0]!.id;
  }

  beforeAll(async () => {
    t = await openTestDatabase(engine, 'empty');
    await importWeather(t.db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
    await insert('A', A.footprint, RIDGE_M, null, A.faces);
    await insert('B', B.footprint, RIDGE_M, null, B.faces);
    await insert('D', D.footprint, 4, 'flat', D.faces);
    await insert('C', C, 3, 'flat');
    await insert('F', F, 4, 'flat');
    await insert('E', E, 3, 'flat');
    const summary = await computeCadastre(t.db, { workers: 1 });
    expect(summary.buildings_computed).toBe(6);
  });
  afterAll(async () => t.cleanup());

  async function faces(name: string) {
    return (
      await t.db.query<{
        face_index: number;
        tilt_deg: number;
        azimuth_deg: number;
        area_m2: number;
        plan_area_m2: number;
        annual_kwh_m2: number;
        zmin: number;
        zmax: number;
      }>(
        `SELECT face_index, tilt_deg, azimuth_deg, area_m2, plan_area_m2, annual_kwh_m2, ST_ZMin(ring) AS zmin,
           ST_ZMax(ring) AS zmax
         FROM roof_faces WHERE building_id = $1 ORDER BY face_index`,
        [ids[name]],
      )
    ).rows;
  }

  /**
   * Tolerances: lon/lat travel with 8 decimals (≤ 0.7 mm) and the tile's local frame has another origin than this
   * file's (scale difference ~1e-6 over 400 m), so tilt and azimuth within 0.05°, areas within 0.2 %, heights within
   * the 1 mm rounding of the stored rings.
   */
  function expectGable(rows: Awaited<ReturnType<typeof faces>>, azimuths: number[]) {
    expect(rows.map((f) => f.face_index)).toEqual([0, 1]);
    rows.forEach((f, i) => {
      expect(Math.abs(f.azimuth_deg - azimuths[i]!)).toBeLessThan(0.05);
      expect(Math.abs(f.tilt_deg - TILT_DEG)).toBeLessThan(0.05);
      expect(Math.abs(f.plan_area_m2 / PLAN_M2 - 1)).toBeLessThan(0.002);
      expect(Math.abs(f.area_m2 / AREA_M2 - 1)).toBeLessThan(0.002);
      expect(Math.abs(f.zmin - EAVES_M)).toBeLessThanOrEqual(0.001);
      expect(Math.abs(f.zmax - RIDGE_M)).toBeLessThanOrEqual(0.001);
    });
  }

  it('a north–south ridge gives exactly the two given faces, looking west and east, not the inferred north/south', async () => {
    expect(inferredAzimuths(A.footprint)).toEqual([0, 180]);
    expectGable(await faces('A'), [270, 90]);
    const s = await t.db.query<{ faces: number }>('SELECT faces FROM building_solar WHERE building_id = $1', [ids.A]);
    expect(s.rows[0]!.faces).toBe(2);
  });

  it('an east–west ridge gives the south and north faces, and the south one gets more annual irradiation', async () => {
    expect(inferredAzimuths(B.footprint)).toEqual([90, 270]);
    const [south, north] = await faces('B');
    expectGable([south!, north!], [180, 0]);
    expect(south!.annual_kwh_m2).toBeGreaterThan(north!.annual_kwh_m2);
  });

  it('the given faces shade the neighbours: a roof rising to 15 m over a house recorded flat at 4 m', async () => {
    const [d] = await faces('D');
    expect(Math.abs(d!.zmax - 15)).toBeLessThanOrEqual(0.001);
    const loss = async (name: string) =>
      (
        await t.db.query<{ loss: number }>(
          'SELECT shading_loss_pct AS loss FROM building_solar WHERE building_id = $1',
          [ids[name]],
        )
      ).rows[0]!.loss;
    // From C's roof (3 m), D's 15 m top edge 2–8 m to the south rises 56°–80°: the low sun of half the year is gone.
    // From E's, F's 4 m edge rises at most atan(1 / 2) = 27° right behind it and under 8° 8 m away.
    const shaded = await loss('C');
    const control = await loss('E');
    expect(shaded).toBeGreaterThan(control + 10);
  });
});
