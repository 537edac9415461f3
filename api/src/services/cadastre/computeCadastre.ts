import crypto from 'node:crypto';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError } from '../../errors/AppError.js';
import { retryWhileUnavailable, type RetryOptions } from '../../db/faults.js';
import type { CadastreSettings, TileInput, TileOutput } from '../../../../engine/cadastre/tile.js';
import { typicalYearByName, type StoredYear } from '../weather/climate.js';
import { groupIntoTiles } from './tiles.js';
import { WorkerPool } from './workerPool.js';
import { writeTileResults } from './writeResults.js';

/**
 * Default settings of the cadastre. Sources: 1 m sampling and 72 sectors (5°) as DESIGN §4; albedo 0.2 (the common
 * default of PVGIS and pvlib for unknown ground); Perez 1990 as PVGIS; 300 m shading reach (a 10 m house at 300 m
 * rises under 2°); usable threshold 800 kWh/m²/yr (assumption: about 70 % of the best orientation's ≈ 1,150 here,
 * the share below which French solar cadastres commonly mark a roof as unsuitable).
 */
export const DEFAULT_SETTINGS: CadastreSettings = {
  spacing_m: 1,
  sectors: 72,
  model: 'perez',
  albedo: 0.2,
  maxDistance_m: 300,
  usableThreshold_kwh_m2: 800,
};

/** Bumped when the engine's results change for the same inputs, so that a resumed run recomputes everything. */
// 2: roof faces carry their mean horizon (horizon_deg) for the hourly PV model.
// Roof surfaces from a 3D city model (computed instead of inferred faces) need no bump: they only arrive by import,
// which clears the computed results of every building it inserts or changes (sql/queries/import/forget_results.sql).
export const ENGINE_VERSION = 2;

export interface ComputeOptions {
  bbox?: [number, number, number, number];
  workers?: number;
  force?: boolean;
  settings?: Partial<CadastreSettings>;
  onProgress?: (done: number, total: number) => void;
  /** Stops after the tiles in flight are written (graceful shutdown); what is done stays done. */
  signal?: AbortSignal;
  /**
   * When given, a step that fails because the database is away (a query, a tile's write) waits for it and runs
   * again (db/faults.ts), so the run pauses through a restart and continues with what is not written yet; without,
   * the run fails. A tile's write deletes its buildings' faces before inserting them, in one transaction: written
   * again after a COMMIT whose answer was lost, it leaves the same rows once.
   */
  retry?: Omit<RetryOptions, 'signal'>;
}

export interface ComputeSummary {
  buildings_total: number;
  buildings_computed: number;
  buildings_skipped: number;
  faces: number;
  samples: number;
  seconds: number;
  buildings_per_s: number;
  workers: number;
}

export function settingsHash(settings: CadastreSettings, weatherId: number): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify({ settings, weatherId, engine: ENGINE_VERSION }))
    .digest('hex')
    .slice(0, 16);
}

/**
 * Computes the solar cadastre of every building (or those in bbox) not yet computed with the current settings:
 * tiles of buildings go to worker threads (engine only), results come back and are written tile by tile, each tile in
 * one transaction (a killed run keeps every finished tile and no partial building; the next run resumes).
 */
export async function computeCadastre(db: Database, options: ComputeOptions = {}): Promise<ComputeSummary> {
  const started = performance.now();
  const step = <T>(op: () => Promise<T>): Promise<T> =>
    options.retry ? retryWhileUnavailable(db, op, { ...options.retry, signal: options.signal }) : op();
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const weather = await step(() => defaultYear(db));
  const hash = settingsHash(settings, weather.id);
  const b = options.bbox;
  const candidates = (
    await step(() =>
      db.query<{ id: number; lon: number; lat: number; done: boolean }>(sql('compute/targets'), [
        b?.[0] ?? null,
        b?.[1] ?? null,
        b?.[2] ?? null,
        b?.[3] ?? null,
        hash,
      ]),
    )
  ).rows;
  const targets = options.force ? candidates : candidates.filter((c) => !c.done);
  const all = candidates.length;
  const summary: ComputeSummary = {
    buildings_total: all,
    buildings_computed: 0,
    buildings_skipped: all - targets.length,
    faces: 0,
    samples: 0,
    seconds: 0,
    buildings_per_s: 0,
    workers: 0,
  };
  if (targets.length === 0) return summary;
  const heaps = (
    await step(() =>
      db.query<{ lon: number; lat: number; base_radius_m: number; height_m: number; top_ratio: number }>(
        sql('compute/obstacles'),
      ),
    )
  ).rows;
  const centre: [number, number] = [
    weather.year.longitude_deg ?? targets[0]!.lon,
    weather.year.latitude_deg ?? targets[0]!.lat,
  ];
  const site = [
    targets.reduce((s, t) => s + t.lon, 0) / targets.length,
    targets.reduce((s, t) => s + t.lat, 0) / targets.length,
  ];
  const pool = new WorkerPool<TileInput, TileOutput>(options.workers ?? 2, {
    year: weather.year,
    // The sun is placed at the centre of the buildings computed (sun angles differ by < 0.3° across the basin).
    site: { lon: site[0]!, lat: site[1]! },
    weatherLocation: centre,
    settings,
  });
  summary.workers = pool.size;
  try {
    const tiles = groupIntoTiles(targets);
    let done = 0;
    let writing = Promise.resolve();
    let queued = 0;
    let next = 0;
    let failed = false;
    // Lanes load and compute tiles while earlier results are written; writes are serialised (the embedded engine runs
    // one transaction at a time) and a lane waits only when two tile writes are already queued.
    const lane = async () => {
      while (next < tiles.length && !options.signal?.aborted && !failed) {
        const tile = tiles[next++]!;
        const input = await step(() => loadTile(db, tile, heaps, settings.maxDistance_m));
        const output = await pool.run(input);
        queued += 1;
        writing = writing.then(async () => {
          await step(() => writeTileResults(db, output.results, weather.id, hash));
          queued -= 1;
          done += output.results.length;
          summary.faces += output.results.reduce((s, r) => s + r.faces.length, 0);
          summary.samples += output.samples;
          options.onProgress?.(done, targets.length);
        });
        // A failed write is thrown by the next `await writing`; until then (every lane computing) it must not count
        // as an unhandled rejection, which ends the process, and no lane starts another tile.
        writing.catch(() => (failed = true));
        if (queued >= 2) await writing;
      }
    };
    await Promise.all(Array.from({ length: pool.size + 1 }, lane));
    await writing;
    summary.buildings_computed = done;
  } finally {
    await pool.close();
  }
  summary.seconds = Math.round((performance.now() - started) / 100) / 10;
  summary.buildings_per_s = Math.round(summary.buildings_computed / Math.max(summary.seconds, 0.001));
  return summary;
}

/** The default typical year, as the weather service reads it; 409 naming the command that loads one. */
async function defaultYear(db: Database): Promise<StoredYear> {
  try {
    return await typicalYearByName(db);
  } catch (error) {
    if (error instanceof AppError && error.code === 'no_weather')
      throw new AppError(
        409,
        'no_weather',
        'no default typical year: run `npx cadastre weather import FILE --default`',
      );
    throw error;
  }
}

/** Loads one tile's targets and their neighbours within the shading reach. */
export async function loadTile(
  db: Database,
  tile: { ids: Set<number>; bbox: [number, number, number, number]; origin: [number, number] },
  heaps: TileInput['heaps'],
  reach_m: number,
): Promise<TileInput> {
  const dLat = reach_m / 111_200;
  const dLon = reach_m / (111_320 * Math.cos((tile.origin[1] * Math.PI) / 180));
  const [x0, y0, x1, y1] = tile.bbox;
  const envelope = [x0 - dLon, y0 - dLat, x1 + dLon, y1 + dLat];
  const rows = (
    await db.query<
      Record<string, unknown> & {
        id: number;
        footprint: string;
        roof_surfaces: string | null;
        superstructures: string | null;
      }
    >(sql('compute/tile_buildings'), envelope)
  ).rows;
  const trees = (
    await db.query<{ id: number; crown: string; top_m: number }>(sql('compute/tile_trees'), envelope)
  ).rows.map((t) => ({
    id: t.id,
    crown: (JSON.parse(t.crown) as { coordinates: number[][] }).coordinates,
    top_m: Number(t.top_m),
  }));
  return {
    origin: tile.origin,
    heaps,
    trees,
    buildings: rows.map((r) => ({
      id: r.id,
      target: tile.ids.has(r.id),
      footprint: (JSON.parse(r.footprint) as { coordinates: number[][][][] }).coordinates,
      height_m: Number(r.height_m),
      levels: r.levels as number | null,
      roof_shape: r.roof_shape as string | null,
      roof_pitch_deg: r.roof_pitch_deg as number | null,
      roof_direction_deg: r.roof_direction_deg as number | null,
      ridge_azimuth_deg: r.ridge_azimuth_deg as number | null,
      typology: r.typology as string | null,
      usage: r.usage as string | null,
      roof_rise_m: r.roof_rise_m === null ? null : Number(r.roof_rise_m),
      roof_surfaces: r.roof_surfaces
        ? (JSON.parse(r.roof_surfaces) as { coordinates: number[][][][] }).coordinates
        : null,
      superstructures: r.superstructures
        ? (JSON.parse(r.superstructures) as { coordinates: number[][][][] }).coordinates
        : null,
    })),
  };
}
