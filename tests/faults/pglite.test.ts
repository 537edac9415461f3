/**
 * The embedded engine's side of the faults (issue 15): it has no connection to lose and no statement timeout (a
 * statement runs to its end on the event loop), so what applies is that a failed write leaves nothing half-written
 * and a process killed at any point leaves a database that opens, with whole tiles only.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../api/src/config.js';
import type { Database } from '../../api/src/db/types.js';
import { sql } from '../../api/src/db/sql.js';
import { DEFAULT_SETTINGS, loadTile } from '../../api/src/services/cadastre/computeCadastre.js';
import { groupIntoTiles } from '../../api/src/services/cadastre/tiles.js';
import { writeTileResults } from '../../api/src/services/cadastre/writeResults.js';
import { typicalYearByName } from '../../api/src/services/weather/climate.js';
import { computeTile } from '../../engine/cadastre/computeTile.js';
import type { BuildingSolarResult, TileInput } from '../../engine/cadastre/tile.js';
import { prepareSkyYear } from '../../engine/irradiance/index.js';
import { copyTestDatabase, openTestDatabase, type TestDatabase } from '../helpers/db.js';

/** A few dozen demo houses in the Cité des Provinces, Lens, within one cadastre tile. */
const SMALL_BBOX: [number, number, number, number] = [2.79, 50.437, 2.794, 50.439];

async function contents(db: Database) {
  const r = await db.query<{ summaries: number; faces: number; digest: string; partial: number }>(
    `SELECT (SELECT count(*)::int FROM building_solar) AS summaries, (SELECT count(*)::int FROM roof_faces) AS faces,
       (SELECT md5(string_agg(concat_ws(':', building_id, face_index, tilt_deg, annual_kwh_m2), ','
          ORDER BY building_id, face_index)) FROM roof_faces) AS digest,
       (SELECT count(*)::int FROM building_solar s
          WHERE s.faces <> (SELECT count(*) FROM roof_faces f WHERE f.building_id = s.building_id)) +
       (SELECT count(*)::int FROM roof_faces f
          WHERE NOT EXISTS (SELECT 1 FROM building_solar s WHERE s.building_id = f.building_id)) AS partial`,
  );
  return r.rows[0]!;
}

describe('embedded engine: failed and killed writes', () => {
  let t: TestDatabase;
  let weatherId: number;
  let results: BuildingSolarResult[];
  beforeAll(async () => {
    t = await openTestDatabase('pglite', 'demo');
    // One tile's results, computed in this thread as a cadastre worker does.
    const weather = await typicalYearByName(t.db);
    weatherId = weather.id;
    const targets = (
      await t.db.query<{ id: number; lon: number; lat: number }>(
        `SELECT id, ST_X(centroid) AS lon, ST_Y(centroid) AS lat FROM buildings
         WHERE ST_Intersects(centroid, ST_MakeEnvelope($1, $2, $3, $4, 4326)) ORDER BY id`,
        SMALL_BBOX,
      )
    ).rows;
    const heaps = (await t.db.query<TileInput['heaps'][number]>(sql('compute/obstacles'))).rows;
    const [tile] = groupIntoTiles(targets);
    results = computeTile(await loadTile(t.db, tile!, heaps, DEFAULT_SETTINGS.maxDistance_m), {
      sky: prepareSkyYear(weather.year, { latitude_deg: tile!.origin[1], longitude_deg: tile!.origin[0] }),
      settings: DEFAULT_SETTINGS,
      planes: new Map(),
    }).results;
  });
  afterAll(async () => t.cleanup());

  it('a tile write failing half-way (after its faces were deleted and re-inserted) leaves the previous rows whole', async () => {
    expect(results.length).toBeGreaterThan(5);
    await writeTileResults(t.db, results, weatherId, 'first-write');
    const before = await contents(t.db);
    expect(before.faces).toBeGreaterThan(results.length);

    // The same tile with its last face made invalid (a tilt of 95° breaks the CHECK of roof_faces): the write
    // deletes the tile's faces, inserts them and fails on the last one.
    const broken = structuredClone(results);
    broken.at(-1)!.faces.at(-1)!.tilt_deg = 95;
    await expect(writeTileResults(t.db, broken, weatherId, 'broken-write')).rejects.toThrow();

    expect(await contents(t.db)).toEqual(before);
    const marked = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM building_solar WHERE settings_hash = 'broken-write'",
    );
    expect(marked.rows[0]!.n).toBe(0);
  });

  it('a process killed in the middle of its writes leaves a database that opens, with the tile whole', async () => {
    const location = await copyTestDatabase('pglite', 'demo');
    const dir = path.join(location.env.DATA_DIR!, 'pglite');
    const file = path.join(location.env.DATA_DIR!, 'tile.json');
    fs.writeFileSync(file, JSON.stringify({ weatherId, results }));
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'pgliteWriter.ts'), dir, file],
        { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let output = '';
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Killed after a few commits, while it writes the next one.
      await new Promise<void>((resolve) => {
        child.stdout.on('data', (d: Buffer) => {
          output += d.toString();
          if (/written 3\b/.test(output)) resolve();
        });
        child.stderr.on('data', (d: Buffer) => (output += d.toString()));
        child.on('exit', () => resolve());
      });
      child.kill('SIGKILL');
      expect(await exited, output).toBe('SIGKILL');
      expect(output).not.toContain('finished');

      const db = await location.open();
      try {
        const after = await contents(db);
        expect(after.partial).toBe(0);
        expect(after.summaries).toBe(results.length);
        expect(after.faces).toBe(results.reduce((s, r) => s + r.faces.length, 0));
        // Every building of the tile carries the mark of one and the same write: the last committed one.
        const marks = await db.query<{ hash: string }>('SELECT DISTINCT settings_hash AS hash FROM building_solar');
        expect(marks.rows).toHaveLength(1);
        expect(marks.rows[0]!.hash).toMatch(/^write-\d+$/);
      } finally {
        await db.close();
      }
    } finally {
      await location.cleanup();
    }
  });
});
