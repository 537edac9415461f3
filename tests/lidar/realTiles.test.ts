import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/types.js';
import { openPointCloud } from '../../api/src/readers/las.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importFeatures } from '../../api/src/services/import/importFeatures.js';
import { openSource } from '../../api/src/services/import/openSource.js';
import { importLidar } from '../../api/src/services/lidar/importLidar.js';
import { lidarFootprints } from '../../api/src/services/lidar/lidarFootprints.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { openTestDatabase, type TestDatabase } from '../helpers/db.js';

/*
 * The real IGN LiDAR HD tiles of south-west Montpellier (fixtures/lidar/montpellier, SOURCE.md): six 50 m tiles of
 * collective housing with pitched tile roofs (median slope ≈ 22° by SOURCE.md) and many trees. No building database
 * covers them here, so the footprints are outlined from the building class first (`cadastre lidar footprints`), then
 * imported, then the tiles imported and computed. Run on the embedded engine only: the SQL is the same on the server
 * (tests/lidar/lidarImport.test.ts runs both), and this file's cost is the point clouds.
 */

const DIR = path.resolve('fixtures/lidar/montpellier');
// The complete LAS 1.2 copy of tile 77050_627755 replaces its cropped LAS 1.4 copy (SOURCE.md); the other five as given.
const TILES = [
  'test_data_77050_627755_LA93_IGN69.full_las12.laz',
  'test_data_77050_627760_LA93_IGN69.laz',
  'test_data_77055_627755_LA93_IGN69.laz',
  'test_data_77055_627760_LA93_IGN69.laz',
  'test_data_77060_627755_LA93_IGN69.laz',
  'test_data_77060_627760_LA93_IGN69.laz',
].map((f) => path.join(DIR, f));

/**
 * Tilts of the building points' own local planes, an estimate independent of the segmentation: for each point, the
 * least-squares plane z = a·x + b·y + c through the building points within 0.75 m (solved by Cramer's rule); points
 * whose neighbourhood is not planar (RMS > 5 cm: ridges, edges, chimneys) or too small (< 8 points) are left out.
 */
async function localTilts(files: string[]): Promise<number[]> {
  const pts: number[] = [];
  for (const f of files) {
    const cloud = await openPointCloud(new Uint8Array(fs.readFileSync(f)), f);
    for await (const b of cloud.batches([770_000, 6_277_000])) {
      for (let i = 0; i < b.count; i++) if (b.classification[i] === 6) pts.push(b.x[i]!, b.y[i]!, b.z[i]!);
    }
  }
  const R = 0.75;
  const cells = new Map<string, number[]>();
  const key = (x: number, y: number) => `${Math.floor(x / R)}:${Math.floor(y / R)}`;
  for (let k = 0; k < pts.length; k += 3) {
    const id = key(pts[k]!, pts[k + 1]!);
    const list = cells.get(id);
    if (list) list.push(k);
    else cells.set(id, [k]);
  }
  const tilts: number[] = [];
  for (let k = 0; k < pts.length; k += 3 * 7) {
    const [x0, y0] = [pts[k]!, pts[k + 1]!];
    const [ci, cj] = [Math.floor(x0 / R), Math.floor(y0 / R)];
    const nb: number[] = [];
    for (let dj = -1; dj <= 1; dj++)
      for (let di = -1; di <= 1; di++)
        for (const m of cells.get(`${ci + di}:${cj + dj}`) ?? []) {
          if (Math.hypot(pts[m]! - x0, pts[m + 1]! - y0) <= R) nb.push(m);
        }
    if (nb.length < 8) continue;
    let [sxx, sxy, syy, sx, sy, sxz, syz, sz] = [0, 0, 0, 0, 0, 0, 0, 0];
    for (const m of nb) {
      const x = pts[m]! - x0;
      const y = pts[m + 1]! - y0;
      const z = pts[m + 2]!;
      sxx += x * x;
      sxy += x * y;
      syy += y * y;
      sx += x;
      sy += y;
      sxz += x * z;
      syz += y * z;
      sz += z;
    }
    const n = nb.length;
    const det = (m: number[][]) =>
      m[0]![0]! * (m[1]![1]! * m[2]![2]! - m[1]![2]! * m[2]![1]!) -
      m[0]![1]! * (m[1]![0]! * m[2]![2]! - m[1]![2]! * m[2]![0]!) +
      m[0]![2]! * (m[1]![0]! * m[2]![1]! - m[1]![1]! * m[2]![0]!);
    const A = [
      [sxx, sxy, sx],
      [sxy, syy, sy],
      [sx, sy, n],
    ];
    const D = det(A);
    if (Math.abs(D) < 1e-9) continue;
    const rhs = [sxz, syz, sz];
    const col = (c: number) => A.map((row, r) => row.map((v, j) => (j === c ? rhs[r]! : v)));
    const a = det(col(0)) / D;
    const b = det(col(1)) / D;
    const c = det(col(2)) / D;
    let ss = 0;
    for (const m of nb) ss += (pts[m + 2]! - (a * (pts[m]! - x0) + b * (pts[m + 1]! - y0) + c)) ** 2;
    if (Math.sqrt(ss / n) > 0.05) continue;
    tilts.push((Math.atan(Math.hypot(a, b)) * 180) / Math.PI);
  }
  return tilts;
}

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

/** Area-weighted median of face tilts. */
function weightedMedian(faces: { tilt_deg: number; area_m2: number }[]): number {
  const s = [...faces].sort((a, b) => a.tilt_deg - b.tilt_deg);
  const total = s.reduce((t, f) => t + f.area_m2, 0);
  let acc = 0;
  for (const f of s) {
    acc += f.area_m2;
    if (acc >= total / 2) return f.tilt_deg;
  }
  return s.at(-1)!.tilt_deg;
}

async function rows<T>(db: Database, q: string, p: unknown[] = []): Promise<T[]> {
  return (await db.query<T>(q, p)).rows;
}

describe('the real Montpellier LiDAR HD tiles', () => {
  let t: TestDatabase;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase('pglite');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lidar-real-'));
    await importWeather(t.db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
  });
  afterAll(async () => {
    await t?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('outlines the buildings, measures every roof the tiles cover with RMS < 0.10 m, and finds the trees', async () => {
    const footprints = await lidarFootprints(t.db, TILES);
    expect(footprints.features.length).toBeGreaterThanOrEqual(8);
    const file = path.join(dir, 'footprints.geojson');
    fs.writeFileSync(file, JSON.stringify(footprints));
    await importFeatures(t.db, await openSource(file, 'geojson'), { fileName: 'footprints.geojson' });

    const reports = await importLidar(t.db, TILES);
    const edges = reports.at(-1)!;
    expect(edges.file).toMatch(/across tile edges \(6 files\)/);
    const roofs = await rows<{ id: number; points: number; status: string; faces: number; rms_m: number | null }>(
      t.db,
      `SELECT b.id, (b.attributes->>'lidar_points')::int AS points, lr.status, jsonb_array_length(lr.faces) AS faces,
         lr.rms_m FROM buildings b JOIN lidar_roofs lr ON lr.building_id = b.id`,
    );
    const measured = reports.reduce((s, r) => s + r.buildings_measured, 0);
    const skipped = reports.reduce((s, r) => s + r.buildings_sparse, 0);
    expect(measured).toBe(roofs.filter((r) => r.status === 'faces').length);
    expect(skipped).toBe(0);
    // The buildings inside the six tiles together (x 770500–770650, y 6277500–6277600, 1 m in from the edge) are all
    // measured; those reaching the edge continue beyond the data and are skipped and counted.
    const inside = await rows<{ id: number; status: string | null }>(
      t.db,
      `SELECT b.id, lr.status FROM buildings b LEFT JOIN lidar_roofs lr ON lr.building_id = b.id
       WHERE ST_Within(ST_Transform(b.footprint, 2154), ST_MakeEnvelope(770501, 6277501, 770649, 6277599, 2154))`,
    );
    expect(inside.length).toBeGreaterThanOrEqual(1);
    for (const b of inside) expect(b.status).toBe('faces');
    // A building left without a measure reaches beyond the data (within 0.5 m of the tiles' outer edge or past it).
    const unmeasured = await rows<{ within: boolean }>(
      t.db,
      `SELECT ST_Within(ST_Transform(b.footprint, 2154), ST_MakeEnvelope(770500.5, 6277500.5, 770649.5, 6277599.5, 2154))
         AS within
       FROM buildings b LEFT JOIN lidar_roofs lr ON lr.building_id = b.id WHERE lr.building_id IS NULL`,
    );
    for (const u of unmeasured) expect(u.within).toBe(false);
    expect(measured).toBeGreaterThan(inside.length);
    expect(reports.reduce((s, r) => s + r.buildings_at_edge, 0)).toBeGreaterThan(0);
    // Every building of ≥ 50 roof points that the tiles cover entirely has faces, each fitted within 10 cm (RMS).
    for (const r of roofs.filter((x) => x.points >= 50)) {
      expect(r.status).toBe('faces');
      expect(r.faces).toBeGreaterThan(0);
      expect(r.rms_m!).toBeLessThan(0.1);
    }
    const perFace = await rows<{ rms_m: number; tilt_deg: number; area_m2: number }>(
      t.db,
      `SELECT (f->>'rms_m')::real AS rms_m, (f->>'tilt_deg')::real AS tilt_deg, (f->>'area_m2')::real AS area_m2
       FROM lidar_roofs, jsonb_array_elements(faces) f`,
    );
    for (const f of perFace) expect(f.rms_m).toBeLessThan(0.1);

    // The slope distribution of the faces agrees with the points' own local planes (median within 3°), and with the
    // tiles' description (pitched tile roofs, median ≈ 22°).
    const tilts = await localTilts(TILES);
    const pitched = perFace.filter((f) => f.tilt_deg > 5);
    const faceMedian = weightedMedian(pitched);
    const pointMedian = median(tilts.filter((x) => x > 5));
    expect(Math.abs(faceMedian - pointMedian)).toBeLessThan(3);
    expect(Math.abs(faceMedian - 22)).toBeLessThan(5);
    const trees = await rows<{ n: number }>(t.db, 'SELECT count(*)::int AS n FROM lidar_trees');
    expect(trees[0]!.n).toBeGreaterThan(20);
  });

  it('computes the measured roofs with the trees as obstacles: without the trees, their shading loss drops', async () => {
    await computeCadastre(t.db, { workers: 1 });
    const withTrees = await rows<{ building_id: number; loss: number; faces: number }>(
      t.db,
      `SELECT building_id, avg(shading_loss_pct) AS loss, count(*)::int AS faces FROM roof_faces GROUP BY building_id
       ORDER BY building_id`,
    );
    const lidarFaces = await rows<{ n: number }>(
      t.db,
      `SELECT sum(jsonb_array_length(faces))::int AS n FROM lidar_roofs WHERE status = 'faces'`,
    );
    const measuredIds = await rows<{ building_id: number }>(
      t.db,
      `SELECT building_id FROM lidar_roofs WHERE status = 'faces'`,
    );
    const computedFaces = withTrees
      .filter((r) => measuredIds.some((m) => m.building_id === r.building_id))
      .reduce((s, r) => s + r.faces, 0);
    // Every measured face survives givenRoofFaces' checks and is computed.
    expect(computedFaces).toBe(lidarFaces[0]!.n);
    await t.db.query('DELETE FROM lidar_trees');
    await computeCadastre(t.db, { workers: 1, force: true });
    const without = await rows<{ building_id: number; loss: number }>(
      t.db,
      'SELECT building_id, avg(shading_loss_pct) AS loss FROM roof_faces GROUP BY building_id ORDER BY building_id',
    );
    const drops = withTrees.map((w) => w.loss - without.find((x) => x.building_id === w.building_id)!.loss);
    expect(Math.max(...drops)).toBeGreaterThan(1);
    for (const d of drops) expect(d).toBeGreaterThanOrEqual(-0.01);
  });

  it('takes the thinned 1 km² Lamballe tile end to end: too sparse for planes, each building falls back and says why', async () => {
    const tile = path.resolve('fixtures/lidar/lamballe/test_semis_2023_0292_6833_LA93_IGN69.laz');
    const footprints = await lidarFootprints(t.db, [tile]);
    // At 0.29 points/m² only the large buildings gather enough class-6 cells to be outlined.
    expect(footprints.features.length).toBeGreaterThan(0);
    const file = path.join(dir, 'lamballe.geojson');
    fs.writeFileSync(file, JSON.stringify(footprints));
    await importFeatures(t.db, await openSource(file, 'geojson'), { fileName: 'lamballe.geojson' });
    const [r] = await importLidar(t.db, [tile]);
    // SOURCE.md: 289,055 points over 1 km², ≈ 0.29 points/m²; dated by its header.
    expect(r).toMatchObject({ points: 289_055, buildings_measured: 0, acquired_on: '2025-02-19' });
    expect(r!.density_pts_m2).toBeCloseTo(0.29, 2);
    expect(r!.buildings_sparse + r!.buildings_at_edge).toBe(footprints.features.length);
    const sparse = await rows<{ reason: string; density: number }>(
      t.db,
      `SELECT lr.reason, lr.density_pts_m2 AS density FROM lidar_roofs lr JOIN lidar_coverage c ON c.id = lr.coverage_id
       WHERE c.file_name LIKE 'test_semis%'`,
    );
    expect(sparse.length).toBe(r!.buildings_sparse);
    for (const s of sparse) {
      expect(s.reason).toMatch(/sparse|fewer than/);
      expect(s.density).toBeLessThan(2);
    }
  });
});
