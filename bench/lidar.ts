/**
 * LiDAR (BENCH_ONLY=lidar), embedded engine, one JSON line per figure:
 *  - a synthetic 1 km² tile at IGN LiDAR HD's nominal density (10 points/m² on roofs and ground: 2,500 coron-like
 *    35° gables, 500 trees), written as LAS 1.2: import points/s, buildings measured, trees, peak RSS of the process;
 *  - the cadastre on it with the measured faces and the trees as obstacles: buildings/s on 2 workers;
 *  - the real Montpellier tiles (footprints outlined from them, then imported): points/s, buildings measured;
 *  - the real, thinned Lamballe 1 km² tile (0.29 points/m²): points/s, and what the sparse data gives.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gableRoof, gaussian, heightAt, mulberry32, transformed } from '../engine/lidar/syntheticRoofs.testkit.js';
import type { Database } from '../api/src/db/types.js';
import { migrate } from '../api/src/db/migrate.js';
import { computeCadastre } from '../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../api/src/services/demo.js';
import { importFeatures } from '../api/src/services/import/importFeatures.js';
import { openSource } from '../api/src/services/import/openSource.js';
import { importLidar } from '../api/src/services/lidar/importLidar.js';
import { lidarFootprints } from '../api/src/services/lidar/lidarFootprints.js';
import { importWeather } from '../api/src/services/weather/importWeather.js';
import { readTextFile } from '../api/src/util/readText.js';
import { writeLasArrays } from '../tests/lidar/lasWriter.js';

type Emit = (figure: Record<string, unknown>) => void;

const ORIGIN: [number, number] = [686_000, 7_034_000];
const GROUND_M = 40;

/** The synthetic tile: houses on a 20 m × 20 m grid (2,500), a tree in every fifth gap (500), ground elsewhere. */
export function syntheticTile(
  dir: string,
  perSide = 50,
): { las: string; buildings: string; houses: number; points: number } {
  const SIDE_M = 20 * perSide;
  const uniform = mulberry32(11);
  const normal = gaussian(uniform);
  const houses = [];
  for (let j = 0; j < perSide; j++)
    for (let i = 0; i < perSide; i++) houses.push(transformed(gableRoof(), 0, 5 + 20 * i, 6 + 20 * j));
  // A tree at (10 + 20 i, 1 + 20 j), between the houses of a column, in every fifth cell.
  const hasTree = (i: number, j: number) => i >= 0 && j >= 0 && i < perSide && j < perSide && (i + 2 * j) % 5 === 0;
  const count = SIDE_M * SIDE_M * 10;
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const z = new Float64Array(count);
  const cls = new Uint8Array(count);
  for (let k = 0; k < count; k++) {
    const px = uniform() * SIDE_M;
    const py = uniform() * SIDE_M;
    x[k] = ORIGIN[0] + px;
    y[k] = ORIGIN[1] + py;
    // The house whose 20 m cell the point falls in.
    const house =
      houses[Math.min(perSide - 1, Math.floor(px / 20)) + perSide * Math.min(perSide - 1, Math.floor(py / 20))]!;
    const h = heightAt(house, px, py);
    const ti = Math.floor(px / 20);
    const tj = Math.round((py - 1) / 20);
    const tree: [number, number] | null = hasTree(ti, tj) ? [10 + 20 * ti, 1 + 20 * tj] : null;
    if (Number.isFinite(h)) {
      z[k] = GROUND_M + h + 0.05 * normal();
      cls[k] = 6;
    } else if (tree && Math.hypot(tree[0] - px, tree[1] - py) < 2.5) {
      const r = Math.hypot(tree[0] - px, tree[1] - py) / 2.5;
      z[k] = GROUND_M + 3 + 7 * Math.sqrt(1 - r * r) + 0.1 * normal();
      cls[k] = 5;
    } else {
      z[k] = GROUND_M + 0.03 * normal();
      cls[k] = 2;
    }
  }
  const las = path.join(dir, 'synthetic_1km2.las');
  fs.writeFileSync(las, writeLasArrays({ count, x, y, z, classification: cls }));
  const buildings = path.join(dir, 'synthetic_1km2.geojson');
  fs.writeFileSync(
    buildings,
    JSON.stringify({
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
      features: houses.map((r, k) => ({
        type: 'Feature',
        properties: {
          source_id: `bench-lidar-${k}`,
          height_m: 7.8,
          levels: 1,
          roof_shape: 'gable',
          roof_pitch_deg: 35,
        },
        geometry: { type: 'Polygon', coordinates: [r.footprint.map(([a, b]) => [ORIGIN[0] + a, ORIGIN[1] + b])] },
      })),
    }),
  );
  return { las, buildings, houses: houses.length, points: count };
}

/** Runs fn while sampling the process's resident memory every 50 ms; returns its result and the peak [MB]. */
async function withPeakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peak_mb: number; before_mb: number }> {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peak_mb: Math.round(peak / 1e6), before_mb: Math.round(before / 1e6) };
  } finally {
    clearInterval(timer);
  }
}

export async function benchLidar(open: () => Promise<Database>, work: string, emit: Emit): Promise<void> {
  const db = await open();
  try {
    await migrate(db);
    await importWeather(db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
    const tile = syntheticTile(work);
    await importFeatures(db, await openSource(tile.buildings, 'geojson'), { fileName: 'synthetic_1km2.geojson' });
    // The same tile first with the roofs from the attributes (35° given, no trees): what the LiDAR faces change.
    const before = await computeCadastre(db, { workers: 2 });
    emit({
      figure: 'lidar_tile_attribute_roofs_buildings_per_s',
      engine: 'pglite',
      value: before.buildings_per_s,
      buildings: before.buildings_computed,
      faces: before.faces,
      workers: before.workers,
      note: 'the synthetic tile computed before its LiDAR import: roofs inferred from the footprints, no trees',
    });
    const imported = await withPeakRss(() => importLidar(db, [tile.las]));
    const r = imported.result[0]!;
    emit({
      figure: 'lidar_import_points_per_s',
      engine: 'pglite',
      value: r.points_per_s,
      points: r.points,
      seconds: r.seconds,
      buildings_measured: r.buildings_measured,
      buildings_sparse: r.buildings_sparse,
      buildings_at_edge: r.buildings_at_edge,
      trees: r.trees,
      note: 'synthetic 1 km² LAS 1.2 at 10 points/m², 2,500 gables and 500 trees; read, binned, roofs fitted, crowns found, written',
    });
    emit({
      figure: 'lidar_import_peak_rss_mb',
      engine: 'pglite',
      value: imported.peak_mb,
      before_mb: imported.before_mb,
      file_mb: Math.round(fs.statSync(tile.las).size / 1e6),
      note: 'peak resident memory of the process while importing the 1 km² tile (the file is held in memory)',
    });
    const computed = await computeCadastre(db, { workers: 2 });
    emit({
      figure: 'lidar_cadastre_buildings_per_s',
      engine: 'pglite',
      value: computed.buildings_per_s,
      buildings: computed.buildings_computed,
      faces: computed.faces,
      workers: computed.workers,
      note: 'cadastre on the measured LiDAR faces with the 500 crowns as obstacles, 1 m samples, shading on',
    });

    const montpellier = path.resolve('fixtures/lidar/montpellier');
    const files = fs
      .readdirSync(montpellier)
      .filter((f) => f.endsWith('.laz') && f !== 'test_data_77050_627755_LA93_IGN69.laz')
      .map((f) => path.join(montpellier, f));
    const fp = await lidarFootprints(db, files);
    const fpFile = path.join(work, 'montpellier.geojson');
    fs.writeFileSync(fpFile, JSON.stringify(fp));
    await importFeatures(db, await openSource(fpFile, 'geojson'), { fileName: 'montpellier.geojson' });
    const t = performance.now();
    const reports = await importLidar(db, files);
    const seconds = (performance.now() - t) / 1000;
    const points = reports.filter((x) => x.version !== null).reduce((s, x) => s + x.points, 0);
    emit({
      figure: 'lidar_import_montpellier_points_per_s',
      engine: 'pglite',
      value: Math.round(points / seconds),
      points,
      files: files.length,
      footprints: fp.features.length,
      buildings_measured: reports.reduce((s, x) => s + x.buildings_measured, 0),
      trees: reports.reduce((s, x) => s + x.trees, 0),
      note: 'the six real IGN LiDAR HD tiles (25–35 points/m²), footprints outlined from them first',
    });

    const lamballe = path.resolve('fixtures/lidar/lamballe/test_semis_2023_0292_6833_LA93_IGN69.laz');
    const lfp = await lidarFootprints(db, [lamballe]);
    const lFile = path.join(work, 'lamballe.geojson');
    fs.writeFileSync(lFile, JSON.stringify(lfp));
    await importFeatures(db, await openSource(lFile, 'geojson'), { fileName: 'lamballe.geojson' });
    const [l] = await importLidar(db, [lamballe]);
    emit({
      figure: 'lidar_import_lamballe_points_per_s',
      engine: 'pglite',
      value: l!.points_per_s,
      points: l!.points,
      density_pts_m2: l!.density_pts_m2,
      footprints: lfp.features.length,
      buildings_measured: l!.buildings_measured,
      buildings_sparse: l!.buildings_sparse,
      trees: l!.trees,
      note: 'the real thinned 1 km² tile: too sparse for roof planes, every building keeps its attribute roof',
    });
  } finally {
    await db.close();
  }
}
