import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../api/src/config.js';
import { copyTestDatabase, engines, type TestDatabaseLocation } from '../helpers/db.js';
import { writeGeoPackage } from '../import/writers/geopackage.js';
import { generateBuildings } from '../import/writers/types.js';

const run = promisify(execFile);
const CLI = path.join(PROJECT_ROOT, 'bin', 'cadastre.js');

async function cadastre(args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, [CLI, ...args], {
      env: { ...process.env, ...env, LOG_LEVEL: 'silent' },
      timeout: 120_000,
    });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const house = (lon: number, id: string, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { cleabs: id, HAUTEUR: 6, ...extra },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [lon, 50.43],
        [lon + 0.0001, 50.43],
        [lon + 0.0001, 50.4301],
        [lon, 50.4301],
        [lon, 50.43],
      ],
    ],
  },
});

describe.each(engines())('cadastre CLI on %s', (engine) => {
  let location: TestDatabaseLocation;
  let dir: string;
  beforeAll(async () => {
    location = await copyTestDatabase(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-'));
  });
  afterAll(async () => {
    await location.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function count(): Promise<number> {
    const db = await location.open();
    try {
      return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM buildings')).rows[0]!.n;
    } finally {
      await db.close();
    }
  }

  it('imports a file and prints the report; a bad file exits 1, names the feature and writes nothing', async () => {
    const good = path.join(dir, 'good.geojson');
    fs.writeFileSync(
      good,
      JSON.stringify({ type: 'FeatureCollection', features: [house(2.83, 'A'), house(2.8302, 'B')] }),
    );
    const ok = await cadastre(['import', good], location.env);
    expect(ok.stderr).not.toMatch(/error/);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(
      /good\.geojson \(geojson\): 2 buildings records .* 2 imported, 0 updated, 0 unchanged, 0 repaired, 0 skipped, 0 rejected/,
    );
    expect(await count()).toBe(2);

    const bad = path.join(dir, 'bad.geojson');
    const point = {
      type: 'Feature',
      properties: { cleabs: 'P' },
      geometry: { type: 'Point', coordinates: [2.83, 50.43] },
    };
    fs.writeFileSync(bad, JSON.stringify({ type: 'FeatureCollection', features: [house(2.8304, 'C'), point] }));
    const refused = await cadastre(['import', bad], location.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/1 of 2 features rejected; nothing was imported/);
    expect(refused.stderr).toMatch(/"index":1.*Point is not a Polygon/);
    expect(await count()).toBe(2);

    const truncated = path.join(dir, 'truncated.geojson');
    fs.writeFileSync(truncated, fs.readFileSync(good, 'utf8').slice(0, 100));
    const cut = await cadastre(['import', truncated], location.env);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/not valid JSON/);
    const missing = await cadastre(['import', path.join(dir, 'nope.geojson')], location.env);
    expect(missing.stderr).toMatch(/no such file/);
    expect(await count()).toBe(2);
  }, 180_000);

  // One engine is enough for the command line itself: both engines run the same import in tests/db/importFormats.
  it.runIf(engine === 'pglite')(
    'imports a BD TOPO GeoPackage with --batch-commit and --json; refuses an unknown --format',
    async () => {
      const file = path.join(dir, 'bdtopo.gpkg');
      // Lambert-93 coordinates of a corner south-west of Liévin; 7 houses, one of them a light structure.
      writeGeoPackage(file, generateBuildings(7, { x0: 681_000, y0: 7_031_000, idPrefix: 'CLIGPKG' }), {
        srid: 2154,
        rowHook: (_b, row, i) => {
          if (i === 3) row.construction_legere = 1;
        },
      });
      const r = await cadastre(['import', file, '--batch-commit', '2', '--json'], location.env);
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout.trim().split('\n')[0]!) as Record<string, unknown>;
      expect(report).toMatchObject({ format: 'gpkg', crs: 'EPSG:2154', imported: 6, skipped: 1, rejected: 0 });
      const bad = await cadastre(['import', file, '--format', 'dxf'], location.env);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toMatch(/--format must be one of geojson, ndjson, shapefile, gpkg, osm, osm-pbf, cityjson/);
    },
    180_000,
  );

  it('imports the regional typical year', async () => {
    const file = path.join(PROJECT_ROOT, 'fixtures', 'weather', 'pvgis-tmy_50.811_3.310_2005-2020.csv');
    const r = await cadastre(['weather', 'import', file, '--name', 'artois', '--default'], location.env);
    expect(r.code).toBe(0);
    // Annual sums stated by the file's SOURCE.md: GHI ≈ 1100, DNI ≈ 1039, DHI ≈ 581 kWh/m², 11.1 °C.
    expect(r.stdout).toMatch(
      /weather "artois" \(pvgis-csv, 8760 h\): GHI 1100 kWh\/m², DNI 1039, DHI 581, mean 11\.1 °C — default year/,
    );
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, 'time(UTC),T2m\n20150101:0000,3\n');
    const refused = await cadastre(['weather', 'import', bad], location.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error: line \d+/);
  }, 180_000);
});

// The embedded engine only: what is tested is the command line on a database just created, not the engine.
describe('cadastre on a new database (embedded)', () => {
  let location: TestDatabaseLocation;
  let dir: string;
  beforeAll(async () => {
    location = await copyTestDatabase('pglite');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cli-new-'));
  });
  afterAll(async () => {
    await location.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  async function defaults(): Promise<string[]> {
    const db = await location.open();
    try {
      return (await db.query<{ name: string }>('SELECT name FROM weather WHERE is_default ORDER BY name')).rows.map(
        (r) => r.name,
      );
    } finally {
      await db.close();
    }
  }

  it('import --compute computes with the bundled typical year, installed once and said once', async () => {
    const file = path.join(dir, 'houses.geojson');
    fs.writeFileSync(
      file,
      JSON.stringify({ type: 'FeatureCollection', features: [house(2.84, 'N1'), house(2.8402, 'N2')] }),
    );
    const r = await cadastre(['import', file, '--compute', '--json'], location.env);
    expect(r.code).toBe(0);
    expect(r.stderr.match(/no default typical year in the database: installed the bundled regional one/g)).toHaveLength(
      1,
    );
    expect(r.stderr).toMatch(/"pvgis-tmy-artois" \(pvgis-tmy_50\.811_3\.310_2005-2020\.csv\)/);
    const [report, summary] = r.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(report).toMatchObject({ imported: 2, skipped: 0, rejected: 0 });
    expect(summary).toMatchObject({ buildings_computed: 2 });
    expect(await defaults()).toEqual(['pvgis-tmy-artois']);
    // Said once: the next command finds the default year and says nothing of it.
    const again = await cadastre(['migrate'], location.env);
    expect(again.stderr).toBe('');
    // weather import --default still replaces it.
    const tmy = path.join(PROJECT_ROOT, 'fixtures', 'weather', 'pvgis-tmy_50.811_3.310_2005-2020.csv');
    expect((await cadastre(['weather', 'import', tmy, '--name', 'own-year', '--default'], location.env)).code).toBe(0);
    expect(await defaults()).toEqual(['own-year']);
  }, 240_000);

  it('a refused file prints the skips and rejections by reason and the first rejected record in full', async () => {
    const bad = house(2.8404, 'BROKEN');
    bad.geometry.coordinates[0]![2] = [null, null] as never;
    const tiny = house(2.8406, 'TINY');
    tiny.geometry.coordinates[0] = tiny.geometry.coordinates[0]!.map(([x, y]) => [
      2.8406 + (x! - 2.8406) / 100,
      50.43 + (y! - 50.43) / 100,
    ]);
    const file = path.join(dir, 'refused.geojson');
    fs.writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [house(2.8408, 'GOOD'), bad, tiny] }));
    const r = await cadastre(['import', file], location.env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/skipped 1: footprint under the 1 m² minimum area/);
    expect(r.stderr).toMatch(/rejected 1: a coordinate is not a finite number/);
    expect(r.stderr).toMatch(
      /first rejected record \(feature 1, BROKEN\):\n {4}properties: \{"cleabs":"BROKEN","HAUTEUR":6\}\n {4}geometry: \{"type":"Polygon","coordinates":\[\[\[2\.8404,50\.43\],.*null,null/,
    );
    expect(r.stderr).toMatch(
      /error: 1 of 3 features rejected; nothing was imported \(first: feature 1 \(BROKEN\): a coordinate is not a finite number\)/,
    );
  }, 180_000);

  it('dpe import: real records read, a report line per file, outside the territory skipped; a .txt refused, exit 1', async () => {
    const csv = path.join(PROJECT_ROOT, 'fixtures', 'dpe', 'dpe03existant_venissieux_24.csv');
    // No building near Vénissieux in this database: every record lies outside the territory unless kept.
    const skipped = await cadastre(['dpe', 'import', csv], location.env);
    expect(skipped.code).toBe(0);
    expect(skipped.stdout).toMatch(
      /dpe03existant_venissieux_24\.csv \(dpe03-csv\): 24 read, 0 imported, .*skipped: 24 outside territory/,
    );
    const kept = await cadastre(['dpe', 'import', '--keep-outside', '--json', csv], location.env);
    expect(kept.code).toBe(0);
    const report = JSON.parse(kept.stdout.trim().split('\n')[0]!) as {
      imported: number;
      matched: { unmatched: number };
    };
    expect(report.imported).toBeGreaterThan(0);
    expect(report.matched.unmatched).toBe(report.imported);
    const again = await cadastre(['dpe', 'import', '--keep-outside', csv], location.env);
    expect(again.stdout).toMatch(/0 imported, 0 updated, \d+ unchanged/);
    const txt = path.join(dir, 'notes.txt');
    fs.writeFileSync(txt, 'not a DPE');
    const refused = await cadastre(['dpe', 'import', txt], location.env);
    expect(refused.code).toBe(1);
    expect(refused.stderr + refused.stdout).toMatch(/notes\.txt/);
    const match = await cadastre(['dpe', 'match'], location.env);
    expect(match.code).toBe(0);
    expect(match.stdout).toMatch(/still unmatched/);
  }, 180_000);
});

describe.each(engines())('cadastre compute on %s', (engine) => {
  let location: TestDatabaseLocation;
  beforeAll(async () => {
    location = await copyTestDatabase(engine, 'demo');
  });
  afterAll(async () => location.cleanup());

  it('computes a bbox, resumes with nothing left to do, refuses a bad bbox', async () => {
    const bbox = '2.790,50.437,2.794,50.440';
    const first = await cadastre(['compute', '--bbox', bbox, '--json'], location.env);
    expect(first.stderr).toBe('');
    const summary = JSON.parse(first.stdout) as { buildings_computed: number; buildings_total: number; faces: number };
    expect(summary.buildings_computed).toBeGreaterThan(10);
    expect(summary.buildings_computed).toBe(summary.buildings_total);
    expect(summary.faces).toBeGreaterThan(summary.buildings_computed);
    const again = JSON.parse(
      (await cadastre(['compute', '--bbox', bbox, '--json'], location.env)).stdout,
    ) as typeof summary;
    expect(again.buildings_computed).toBe(0);
    const bad = await cadastre(['compute', '--bbox', '2.8,50.4,2.7,50.5'], location.env);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toMatch(/--bbox.*minLon must be less than maxLon/);
  }, 180_000);

  it('creates an organisation, issues a token printed once and stored hashed, lists and revokes it', async () => {
    const created = await cadastre(
      ['org', 'create', '--slug', 'commune-de-lens', '--name', 'Commune de Lens'],
      location.env,
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/organisation commune-de-lens .* created/);
    const again = await cadastre(['org', 'create', '--slug', 'commune-de-lens', '--name', 'x'], location.env);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already exists/);
    const issued = await cadastre(['token', 'issue', '--org', 'commune-de-lens', '--label', 'ci'], location.env);
    expect(issued.code).toBe(0);
    const token = issued.stdout.trim().split('\n').pop()!;
    expect(token).toMatch(/^sc_[A-Za-z0-9_-]{40,}$/);
    const id = Number(/token (\d+)/.exec(issued.stdout)![1]);
    const listed = await cadastre(['token', 'list', '--org', 'commune-de-lens'], location.env);
    expect(listed.stdout).toMatch(new RegExp(`^${id}\\tci\\t.*live`, 'm'));
    expect(listed.stdout).not.toContain(token);
    const orgs = await cadastre(['org', 'list'], location.env);
    expect(orgs.stdout).toMatch(/commune-de-lens\tCommune de Lens\t0 buildings\t1 live tokens/);
    const revoked = await cadastre(['token', 'revoke', String(id)], location.env);
    expect(revoked.stdout).toMatch(/revoked/);
    expect((await cadastre(['token', 'revoke', String(id)], location.env)).code).not.toBe(0);
    expect((await cadastre(['token', 'list', '--org', 'commune-de-lens'], location.env)).stdout).toMatch(/revoked/);
  }, 180_000);
});
