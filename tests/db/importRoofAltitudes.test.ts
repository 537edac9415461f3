import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BuildingFeature } from '../../contracts/buildings.js';
import { sql } from '../../api/src/db/sql.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importFeatures } from '../../api/src/services/import/importFeatures.js';
import { detectFormat, openSource } from '../../api/src/services/import/openSource.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { writeGeoPackage } from '../import/writers/geopackage.js';
import { generateBuildings } from '../import/writers/types.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

/*
 * BD TOPO roof altitudes through the real import path (GeoPackage reader → mapping → staging → buildings), then the
 * cadastre computed from them. The houses are the writer's 10 m × 8 m rectangles in Lambert-93 near Liévin; ground at
 * 50 m. Expected pitches by hand: a gable across the 8 m depth rises over a 4 m run.
 */
proj4.defs(
  'EPSG:2154',
  '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
);
const deg = (rad: number) => (rad * 180) / Math.PI;
/** [top of roof, lowest roof altitude] above the 50 m ground, or null for no altitudes; expected tilt [°]. */
const CASES = [
  { roof: [8.5, 5.7], tilt: deg(Math.atan(2.8 / 4)), origin: 'altitudes', rise: 2.8 }, // 34.99°
  { roof: [6.4, 6.0], tilt: 0, origin: 'altitudes', rise: 0.4 }, // within 1 m: flat
  { roof: [7.5, 6.0], tilt: deg(Math.atan(1.5 / 4)), origin: 'altitudes', rise: 1.5 }, // 20.56°
  { roof: null, tilt: 35, origin: 'inferred', rise: null }, // the default pitch of a house without typology
] as const;

describe.each(engines())('BD TOPO roof altitudes on %s', (engine) => {
  let t: TestDatabase;
  let dir: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-roofs-'));
  });
  afterAll(async () => {
    await t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports the rise from altitude_maximale_toit − altitude_minimale_toit and computes the pitch it gives', async () => {
    const [x0, y0] = proj4('EPSG:4326', 'EPSG:2154', [2.78, 50.42]);
    const b = [...generateBuildings(CASES.length, { x0: Math.round(x0!), y0: Math.round(y0!), idPrefix: 'ALT' })];
    const file = path.join(dir, 'bdtopo_altitudes.gpkg');
    writeGeoPackage(file, b, {
      srid: 2154,
      rowHook: (_b, row, i) => {
        const roof = CASES[i]!.roof;
        Object.assign(row, {
          hauteur: roof ? roof[0] : 7,
          nombre_d_etages: 2,
          altitude_minimale_sol: 50,
          altitude_maximale_toit: roof ? 50 + roof[0] : null,
          altitude_minimale_toit: roof ? 50 + roof[1] : null,
        });
      },
    });
    const source = await openSource(file, detectFormat(file), {});
    expect(await importFeatures(t.db, source, { fileName: path.basename(file) })).toMatchObject({ imported: 4 });
    const stored = await t.db.query<{ source_id: string; roof_rise_m: number | null; roof_origin: string }>(
      'SELECT source_id, roof_rise_m, roof_origin FROM buildings ORDER BY source_id',
    );
    expect(stored.rows).toEqual(
      CASES.map((c, i) => ({
        source_id: b[i]!.id,
        roof_rise_m: c.rise === null ? null : expect.closeTo(c.rise, 5),
        roof_origin: c.origin,
      })),
    );

    await importWeather(t.db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
    await computeCadastre(t.db, { workers: 1 });
    const tilts: number[] = [];
    for (const [i, c] of CASES.entries()) {
      const faces = await t.db.query<{ tilt: number }>(
        `SELECT tilt_deg AS tilt FROM roof_faces f JOIN buildings b ON b.id = f.building_id WHERE b.source_id = $1`,
        [b[i]!.id],
      );
      expect(faces.rows.length, b[i]!.id).toBe(c.tilt === 0 ? 1 : 2);
      // Tolerance 0.1°: the writer's 8 m are Lambert-93 grid metres, about 1.3‰ longer than ground metres at 50.4° N
      // (the projection's linear alteration), so the house the engine sees is ≈ 7.99 m deep: +0.04° on 35°.
      tilts.push(faces.rows[0]!.tilt);
      for (const f of faces.rows) expect(Math.abs(f.tilt - c.tilt), b[i]!.id).toBeLessThan(0.1);
    }

    console.log(`roof tilts from BD TOPO altitudes [°]: ${tilts.map((x) => x.toFixed(3)).join(', ')}`);

    // The building's detail says where its roof comes from, in the shape of the contract.
    const id = (await t.db.query<{ id: number }>('SELECT id FROM buildings WHERE source_id = $1', [b[0]!.id])).rows[0]!
      .id;
    const body = (await t.db.query<{ body: string }>(sql('buildings/by_id'), [id, null])).rows[0]!.body;
    const feature = BuildingFeature.parse(JSON.parse(body));
    expect(feature.properties).toMatchObject({ roof_origin: 'altitudes', roof_rise_m: expect.closeTo(2.8, 5) });
  });
});
