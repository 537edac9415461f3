import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/types.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importFeatures } from '../../api/src/services/import/importFeatures.js';
import { openSource } from '../../api/src/services/import/openSource.js';
import { importLidar } from '../../api/src/services/lidar/importLidar.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';
import { writeLas } from './lasWriter.js';
import { sceneBuildingsGeoJson, scenePoints, SCENE_ORIGIN, TREE_SOUTH_OF_B } from './syntheticScene.js';

/*
 * `cadastre lidar import` end to end on a synthetic scene whose geometry is known (tests/lidar/syntheticScene.ts):
 * three houses near Lens (a 35° gable, the same gable with a 12 m tree south of it, a flat roof with a chimney),
 * written as LAS 1.2 files, imported after their footprints, then computed by the cadastre. Expected values come from
 * the scene's definition (35°, faces looking 0° and 180°), never from the code's output.
 */

async function count(db: Database, table: string): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
}

async function idOf(db: Database, house: string): Promise<number> {
  return (await db.query<{ id: number }>('SELECT id FROM buildings WHERE source_id = $1', [`lidar-scene-${house}`]))
    .rows[0]!.id;
}

interface FaceRow {
  tilt_deg: number;
  azimuth_deg: number;
  annual_kwh_m2: number;
  shading_loss_pct: number;
  usable_area_m2: number;
  area_m2: number;
}

async function facesOf(db: Database, id: number): Promise<FaceRow[]> {
  return (
    await db.query<FaceRow>(
      `SELECT tilt_deg, azimuth_deg, annual_kwh_m2, shading_loss_pct, usable_area_m2, area_m2
       FROM roof_faces WHERE building_id = $1 ORDER BY face_index`,
      [id],
    )
  ).rows;
}

const southFace = (faces: FaceRow[]) => faces.find((f) => f.tilt_deg > 20 && Math.abs(f.azimuth_deg - 180) < 10)!;

describe.each(engines())('LiDAR import on %s', (engine) => {
  let t: TestDatabase;
  let dir: string;
  const withTree = () => path.join(dir, 'scene-with-tree.las');
  const withoutTree = () => path.join(dir, 'scene-without-tree.las');

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lidar-import-'));
    fs.writeFileSync(path.join(dir, 'buildings.geojson'), sceneBuildingsGeoJson());
    const source = await openSource(path.join(dir, 'buildings.geojson'), 'geojson');
    await importFeatures(t.db, source, { fileName: 'buildings.geojson' });
    await importWeather(t.db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
    fs.writeFileSync(withTree(), writeLas(scenePoints([TREE_SOUTH_OF_B]), { created: { day: 100, year: 2024 } }));
    fs.writeFileSync(withoutTree(), writeLas(scenePoints([]), { created: { day: 200, year: 2025 } }));
  });
  afterAll(async () => {
    await t?.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a file cut short, one without a CRS and one far from every building, writing nothing', async () => {
    const whole = fs.readFileSync(withTree());
    const cut = path.join(dir, 'cut.las');
    fs.writeFileSync(cut, whole.subarray(0, Math.floor(whole.length * 0.7)));
    await expect(importLidar(t.db, [cut])).rejects.toThrow(/cut short/);
    const bare = path.join(dir, 'bare.las');
    fs.writeFileSync(bare, writeLas(scenePoints([]), { epsg: null }));
    await expect(importLidar(t.db, [bare])).rejects.toThrow(/declares no CRS.*--srid/);
    const far = path.join(dir, 'far.las');
    const moved = scenePoints([]).map((p) => ({ ...p, x: p.x + 40_000 }));
    fs.writeFileSync(far, writeLas(moved));
    await expect(importLidar(t.db, [far])).rejects.toThrow(/lies (39|40)\.\d km from the nearest building/);
    for (const table of ['lidar_coverage', 'lidar_roofs', 'lidar_trees']) expect(await count(t.db, table)).toBe(0);
  });

  it('measures the roofs, finds the tree, and a re-import of the same file changes nothing', async () => {
    const [r] = await importLidar(t.db, [withTree()]);
    expect(r).toMatchObject({
      format: 'las',
      crs: 'EPSG:2154',
      buildings_in_extent: 3,
      buildings_measured: 3,
      buildings_sparse: 0,
      buildings_at_edge: 0,
      trees: 1,
      acquired_on: '2024-04-09',
      unchanged: false,
    });
    const a = await idOf(t.db, 'A');
    const row = (
      await t.db.query<{ faces: { tilt_deg: number; azimuth_deg: number; rms_m: number }[]; ground_m: number }>(
        'SELECT faces, ground_m FROM lidar_roofs WHERE building_id = $1',
        [a],
      )
    ).rows[0]!;
    expect(row.faces).toHaveLength(2);
    const azimuths = row.faces.map((f) => f.azimuth_deg).sort((x, y) => x - y);
    // Known: faces looking north (0°) and south (180°) at 35°; tolerance 1° tilt, 3° azimuth (issue 16).
    expect(Math.min(azimuths[0]!, 360 - azimuths[1]!, Math.abs(azimuths[0]! - 180))).toBeLessThan(3);
    for (const f of row.faces) {
      expect(Math.abs(f.tilt_deg - 35)).toBeLessThan(1);
      expect(f.rms_m).toBeLessThan(0.1);
    }
    expect(Math.abs(row.ground_m - 30)).toBeLessThan(0.05);
    const c = await idOf(t.db, 'C');
    const chimney = (
      await t.db.query<{ n: number; x: number; y: number }>(
        `SELECT ST_NumGeometries(superstructures) AS n,
           ST_X(ST_Transform(ST_Centroid(superstructures), 2154)) AS x,
           ST_Y(ST_Transform(ST_Centroid(superstructures), 2154)) AS y
         FROM lidar_roofs WHERE building_id = $1`,
        [c],
      )
    ).rows[0]!;
    expect(chimney.n).toBe(1);
    // The chimney stands at (6.5, 6.5) on house C, whose corner is at (55, 10) in the scene.
    expect(Math.hypot(chimney.x - (SCENE_ORIGIN[0] + 61.5), chimney.y - (SCENE_ORIGIN[1] + 16.5))).toBeLessThan(0.5);
    const tree = (
      await t.db.query<{ top_m: number; x: number; y: number; area: number }>(
        `SELECT top_m, ST_X(ST_Transform(ST_Centroid(crown), 2154)) AS x, ST_Y(ST_Transform(ST_Centroid(crown), 2154)) AS y,
           ST_Area(ST_Transform(crown, 2154)) AS area FROM lidar_trees`,
      )
    ).rows[0]!;
    expect(Math.abs(tree.top_m - 12)).toBeLessThan(0.5);
    expect(Math.hypot(tree.x - (SCENE_ORIGIN[0] + 45), tree.y - (SCENE_ORIGIN[1] + 34.5))).toBeLessThan(0.5);
    expect(tree.area / (Math.PI * 9)).toBeGreaterThan(0.6);

    const [again] = await importLidar(t.db, [withTree()]);
    expect(again!.unchanged).toBe(true);
    expect(await count(t.db, 'lidar_coverage')).toBe(1);
    expect(await count(t.db, 'lidar_trees')).toBe(1);
  });

  it('computes the measured faces; the tree shades house B, and a survey without it restores its roof', async () => {
    await computeCadastre(t.db, { workers: 1 });
    const a = await facesOf(t.db, await idOf(t.db, 'A'));
    expect(a).toHaveLength(2);
    for (const f of a) expect(Math.abs(f.tilt_deg - 35)).toBeLessThan(1);
    const b = await idOf(t.db, 'B');
    const shaded = southFace(await facesOf(t.db, b));
    const unshadedA = southFace(a);
    // House C's chimney cells are no roof for panels: its usable area is below its area.
    const c = (await facesOf(t.db, await idOf(t.db, 'C')))[0]!;
    expect(c.usable_area_m2).toBeLessThan(c.area_m2 - 0.2);

    const [r] = await importLidar(t.db, [withoutTree()]);
    expect(r).toMatchObject({ trees: 0, buildings_measured: 3 });
    expect(await count(t.db, 'lidar_trees')).toBe(0);
    await computeCadastre(t.db, { workers: 1 });
    const clear = southFace(await facesOf(t.db, b));
    // A 12 m tree 2.5 m south of a 5 m eave blocks the low winter sun: the south face loses a good share.
    expect(shaded.shading_loss_pct).toBeGreaterThan(clear.shading_loss_pct + 5);
    expect(shaded.annual_kwh_m2).toBeLessThan(clear.annual_kwh_m2 * 0.95);
    // Without the tree, B's south face is as A's (same roof, no neighbour to the south within reach).
    expect(Math.abs(clear.annual_kwh_m2 - unshadedA.annual_kwh_m2) / unshadedA.annual_kwh_m2).toBeLessThan(0.02);
  });
});
