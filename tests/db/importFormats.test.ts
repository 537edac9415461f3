import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../api/src/db/types.js';
import { computeCadastre } from '../../api/src/services/cadastre/computeCadastre.js';
import { DEFAULT_WEATHER_FILE, DEFAULT_WEATHER_NAME } from '../../api/src/services/demo.js';
import { importFeatures, type ImportOptions } from '../../api/src/services/import/importFeatures.js';
import { detectFormat, fileKey, openSource } from '../../api/src/services/import/openSource.js';
import { SMALL_FOOTPRINT_SKIP } from '../../api/src/services/import/recordOutcomes.js';
import { RELATION_INCOMPLETE_SKIP, WAY_INCOMPLETE_SKIP } from '../../api/src/readers/osmAssemble.js';
import { importWeather } from '../../api/src/services/weather/importWeather.js';
import { readTextFile } from '../../api/src/util/readText.js';
import { GABLE_RISE_M, writeCityJson } from '../import/writers/cityjson.js';
import { writeGeoJson, writeNdjson } from '../import/writers/geojson.js';
import { writeGeoPackage } from '../import/writers/geopackage.js';
import { writeOsmPbf, writeOsmXml } from '../import/writers/osm.js';
import { LAMBERT93_PRJ, writeShapefile } from '../import/writers/shapefile.js';
import { generateBuildings, type GenBuilding } from '../import/writers/types.js';
import { writeZip } from '../import/writers/zip.js';
import { engines, openTestDatabase, type TestDatabase } from '../helpers/db.js';

/*
 * Every format and CRS family through the whole import (reader → mapping → PostGIS → buildings), on both engines.
 * Expected positions come from proj4 with the official EPSG parameters of each projection (EPSG registry), applied to
 * the coordinates the test wrote; tolerance 1e-6° (≈ 0.1 m), far above the PROJ/proj4 differences for these
 * projections (< 1 mm) and far below any axis or zone mistake.
 */
const DEFS: Record<string, string> = {
  'EPSG:2154':
    '+proj=lcc +lat_0=46.5 +lon_0=3 +lat_1=49 +lat_2=44 +x_0=700000 +y_0=6600000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:3949':
    '+proj=lcc +lat_0=49 +lon_0=3 +lat_1=48.25 +lat_2=49.75 +x_0=1700000 +y_0=8200000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs',
  'EPSG:32631': '+proj=utm +zone=31 +datum=WGS84 +units=m +no_defs',
  'EPSG:2056':
    '+proj=somerc +lat_0=46.9524055555556 +lon_0=7.43958333333333 +k_0=1 +x_0=2600000 +y_0=1200000 +ellps=bessel +towgs84=674.374,15.056,405.346,0,0,0,0 +units=m +no_defs',
  'EPSG:28992':
    '+proj=sterea +lat_0=52.1561605555556 +lon_0=5.38763888888889 +k=0.9999079 +x_0=155000 +y_0=463000 +ellps=bessel +towgs84=565.417,50.3319,465.552,-0.398957,0.343988,-1.8774,4.0725 +units=m +no_defs',
};
for (const [code, def] of Object.entries(DEFS)) proj4.defs(code, def);

/** Tolerance of positions [°] (see above). */
const TOL_DEG = 1e-6;
// Coordinates near Lens in each projection (the towgs84 of LV95/RD only matters for their own areas).
const LENS_LONLAT: [number, number] = [2.83, 50.42];
const at = (code: string, lonLat: [number, number] = LENS_LONLAT) => proj4('EPSG:4326', code, lonLat);

/** The centre of the first generated house (10 m × 8 m) in lon/lat, from its projected centre. */
function expectedCentre(b: GenBuilding, code: string): [number, number] {
  const [x, y] = b.ring[0]!;
  return proj4(code, 'EPSG:4326', [x + 5, y + 4]) as [number, number];
}

const houses = (n: number, code: string, idPrefix: string, lonLat = LENS_LONLAT) => {
  const [x0, y0] = at(code, lonLat);
  return [...generateBuildings(n, { x0: Math.round(x0!), y0: Math.round(y0!), idPrefix })];
};
const housesLonLat = (n: number, lon: number, lat: number) => [
  ...generateBuildings(n, { x0: lon, y0: lat, degrees: true, idPrefix: 'OSM' }),
];

async function count(db: Database, table = 'buildings'): Promise<number> {
  return (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
}

async function centreOf(db: Database, where: string, params: unknown[]): Promise<[number, number]> {
  const r = await db.query<{ x: number; y: number }>(
    `SELECT ST_X(ST_Centroid(footprint)) AS x, ST_Y(ST_Centroid(footprint)) AS y FROM buildings WHERE ${where}`,
    params,
  );
  expect(r.rows).toHaveLength(1);
  return [r.rows[0]!.x, r.rows[0]!.y];
}

/** Shortens a file to `share` of its size (a download cut short). */
function truncate(file: string, share: number): void {
  const size = fs.statSync(file).size;
  fs.truncateSync(file, Math.floor(size * share));
}

describe.each(engines())('importing real formats on %s', (engine) => {
  let t: TestDatabase;
  let dir: string;
  const load = async (file: string, options: Partial<ImportOptions> & { format?: string; layer?: string } = {}) => {
    const source = await openSource(file, (options.format as never) ?? detectFormat(file), { layer: options.layer });
    return importFeatures(t.db, source, { fileName: path.basename(file), ...options });
  };
  /** The import must fail with `message` and leave buildings and the imports log as they were. */
  const refuses = async (file: string, message: RegExp, options: Partial<ImportOptions> = {}) => {
    const before = [await count(t.db), await count(t.db, 'imports')];
    await expect(load(file, options)).rejects.toThrow(message);
    expect([await count(t.db), await count(t.db, 'imports')]).toEqual(before);
  };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-formats-'));
  });
  afterAll(async () => {
    await t.cleanup();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('GeoJSON with a Lambert-93 crs member: positions, BD TOPO attributes, then an unchanged re-import', async () => {
    const b = houses(3, 'EPSG:2154', 'GJ', [2.8, 50.41]);
    const file = path.join(dir, 'bdtopo.geojson');
    await writeGeoJson(file, b, { epsg: 2154 });
    const first = await load(file);
    expect(first).toMatchObject({ format: 'geojson', crs: 'EPSG:2154', imported: 3, rejected: 0 });
    const c = await centreOf(t.db, 'source_id = $1', [b[0]!.id]);
    const e = expectedCentre(b[0]!, 'EPSG:2154');
    expect(Math.abs(c[0] - e[0])).toBeLessThan(TOL_DEG);
    expect(Math.abs(c[1] - e[1])).toBeLessThan(TOL_DEG);
    const row = (
      await t.db.query<Record<string, unknown>>(
        'SELECT source, height_m, levels, year_built, dwellings, usage FROM buildings WHERE source_id = $1',
        [b[1]!.id],
      )
    ).rows[0];
    expect(row).toEqual({
      source: 'bdtopo',
      height_m: b[1]!.height_m,
      levels: b[1]!.levels,
      year_built: b[1]!.year_built,
      dwellings: b[1]!.dwellings,
      usage: 'résidentiel',
    });
    const again = await load(file);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
  });

  it('NDJSON without CRS is refused when its coordinates are projected, and read with --srid', async () => {
    const b = houses(2, 'EPSG:2154', 'ND', [2.81, 50.41]);
    const file = path.join(dir, 'b.ndjson');
    await writeNdjson(file, b);
    await refuses(file, /declares no coordinate system .* cannot be WGS84 .*--srid 2154/);
    const r = await load(file, { srid: 2154 });
    expect(r).toMatchObject({ format: 'ndjson', imported: 2, srid_from: 'option --srid' });
  });

  it('a Shapefile, loose and zipped, with an ESRI Lambert-93 .prj, UTF-8 names and **** overflow values', async () => {
    const b = houses(3, 'EPSG:2154', 'SHP', [2.82, 50.41]).map((h, i) => ({
      ...h,
      street: 'Rue de la Fosse n°5 – Liévin',
      extra: i === 1 ? { HAUTEUR: '*******' } : undefined,
    }));
    const written = await writeShapefile(path.join(dir, 'BATIMENT'), b, { prj: LAMBERT93_PRJ });
    const r = await load(path.join(dir, 'BATIMENT.shp'));
    expect(r).toMatchObject({ format: 'shapefile', crs: 'EPSG:2154', srid_from: '.prj', imported: 3 });
    const h = await t.db.query<{ h: number; e: boolean }>(
      'SELECT height_m AS h, height_estimated AS e FROM buildings WHERE source_id = $1',
      [b[1]!.id],
    );
    // HAUTEUR overflowed: the height comes from NB_ETAGES × 3 m (the documented assumption).
    expect(h.rows[0]).toEqual({ h: b[1]!.levels! * 3, e: true });
    const c = await centreOf(t.db, 'source_id = $1', [b[2]!.id]);
    const e = expectedCentre(b[2]!, 'EPSG:2154');
    expect(Math.abs(c[0] - e[0]) + Math.abs(c[1] - e[1])).toBeLessThan(TOL_DEG);
    const zip = path.join(dir, 'batiment.zip');
    await writeZip(
      zip,
      written.files.map((f) => ({ name: `BDTOPO/${path.basename(f)}`, path: f })),
    );
    expect(await load(zip)).toMatchObject({ format: 'shapefile', unchanged: 3 });
  });

  it('a GeoPackage (BD TOPO batiment): light structures and ruins skipped and counted, re-import unchanged', async () => {
    const b = houses(5, 'EPSG:2154', 'GPKG', [2.83, 50.41]);
    const file = path.join(dir, 'bdtopo.gpkg');
    writeGeoPackage(file, b, {
      srid: 2154,
      z: true,
      rowHook: (_b, row, i) => {
        if (i === 1) row.construction_legere = 1;
        if (i === 2) row.etat_de_l_objet = 'En ruine';
      },
    });
    const r = await load(file);
    expect(r).toMatchObject({ format: 'gpkg', crs: 'EPSG:2154', srid_from: 'gpkg_spatial_ref_sys', imported: 3 });
    expect(r.skipped).toBe(2);
    expect(r.skips).toEqual({
      'BD TOPO: light structure (construction légère)': 1,
      'BD TOPO: ruin (etat_de_l_objet)': 1,
    });
    expect(await load(file)).toMatchObject({ imported: 0, updated: 0, unchanged: 3, skipped: 2 });
  });

  it('BD TOPO rows marked deleted are skipped (gcms_detruit, destruction date)', async () => {
    const b = houses(3, 'EPSG:2154', 'DEL', [2.84, 50.41]);
    const file = path.join(dir, 'differential.geojson');
    await writeGeoJson(file, b, {
      epsg: 2154,
      properties: (h) => ({
        cleabs: h.id,
        hauteur: 7,
        gcms_detruit: h === b[0],
        gcms_date_destruction: h === b[1] ? '2024-03-01' : null,
      }),
    });
    const r = await load(file);
    expect(r).toMatchObject({ imported: 1, skipped: 2 });
    expect(Object.keys(r.skips).sort()).toEqual([
      'BD TOPO: deleted (destruction date)',
      'BD TOPO: deleted (gcms_detruit)',
    ]);
  });

  it('OSM XML and PBF: the same buildings, dirty values read or dropped, building=no left out', async () => {
    const b = housesLonLat(4, 2.85, 50.41);
    const tags = (_h: GenBuilding, i: number): Record<string, string | null> | undefined =>
      [
        { height: '12 m', 'roof:shape': '9.0' },
        { 'building:levels': '2;3', height: '7,5' },
        { building: 'no' },
        undefined,
      ][i];
    for (const [format, write] of [
      ['osm', writeOsmXml],
      ['osm-pbf', writeOsmPbf],
    ] as const) {
      await t.db.query("DELETE FROM buildings WHERE source = 'osm'");
      const file = path.join(dir, format === 'osm' ? 'extract.osm' : 'extract.osm.pbf');
      write(file, b, { tags });
      const r = await load(file);
      // building=no is not a building: the reader does not even return it.
      expect(r).toMatchObject({ format, crs: 'EPSG:4326', imported: 3, skipped: 0, rejected: 0 });
      const rows = (
        await t.db.query<{ h: number; levels: number | null; roof: string | null; e: boolean }>(
          "SELECT height_m AS h, levels, roof_shape AS roof, height_estimated AS e FROM buildings WHERE source = 'osm' ORDER BY source_id",
        )
      ).rows;
      // way/1: height "12 m" read as 12, roof:shape "9.0" is no shape → null; way/2: "7,5" → 7.5, levels "2;3" → null.
      expect(rows[0]).toMatchObject({ h: 12, roof: null, e: false });
      expect(rows[1]).toMatchObject({ h: 7.5, levels: null, e: false });
      const c = await centreOf(t.db, "source = 'osm' AND source_id = $1", ['way/4']);
      const ring = b[3]!.ring;
      expect(Math.abs(c[0] - (ring[0]![0] + ring[1]![0]) / 2)).toBeLessThan(TOL_DEG);
      expect(Math.abs(c[1] - (ring[1]![1] + ring[2]![1]) / 2)).toBeLessThan(TOL_DEG);
    }
  });

  it('CityJSON LoD2: roof surfaces kept as the real faces of the computed cadastre', async () => {
    const b = houses(2, 'EPSG:2154', 'CJ', [2.86, 50.41]);
    const file = path.join(dir, 'lod2.city.json');
    await writeCityJson(file, b, { version: '2.0', epsg: 2154, lod2: true, groundZ: 42 });
    const r = await load(file);
    expect(r).toMatchObject({ format: 'cityjson', crs: 'EPSG:2154', imported: 2 });
    const stored = await t.db.query<{ n: number; zmin: number; zmax: number; h: number }>(
      `SELECT ST_NumGeometries(roof_surfaces) AS n, ST_ZMin(roof_surfaces) AS zmin, ST_ZMax(roof_surfaces) AS zmax,
         height_m AS h FROM buildings WHERE source_id = $1`,
      [b[0]!.id],
    );
    // Writer: gable along the 10 m side, eaves GABLE_RISE_M below the ridge at height_m, ground at 42 m subtracted.
    expect(stored.rows[0]).toEqual({
      n: 2,
      zmin: b[0]!.height_m! - GABLE_RISE_M,
      zmax: b[0]!.height_m!,
      h: b[0]!.height_m,
    });
    await importWeather(t.db, readTextFile(DEFAULT_WEATHER_FILE), { name: DEFAULT_WEATHER_NAME, makeDefault: true });
    await computeCadastre(t.db, { workers: 1 });
    const faces = await t.db.query<{ tilt: number; azimuth: number }>(
      `SELECT tilt_deg AS tilt, azimuth_deg AS azimuth FROM roof_faces f JOIN buildings b ON b.id = f.building_id
       WHERE b.source_id = $1 ORDER BY azimuth_deg`,
      [b[0]!.id],
    );
    // Ridge along x (10 m), 8 m deep: each face rises GABLE_RISE_M over 4 m → atan(2/4) = 26.57°, facing N and S.
    const tilt = (Math.atan2(GABLE_RISE_M, 4) * 180) / Math.PI;
    expect(faces.rows).toHaveLength(2);
    for (const f of faces.rows) expect(Math.abs(f.tilt - tilt)).toBeLessThan(0.1);
    expect(faces.rows.map((f) => Math.round(f.azimuth) % 360).sort((x, y) => x - y)).toEqual([0, 180]);
  });

  it.each([
    ['CC49 zone from an ESRI .prj name', 'EPSG:3949', 'shp-cc49'],
    ['UTM 31N from gpkg_spatial_ref_sys', 'EPSG:32631', 'gpkg-utm'],
    ['Swiss LV95 from a CityJSON URL', 'EPSG:2056', 'cityjson-lv95'],
    ['Dutch RD from the compound 7415 (RD New + NAP) of 3D BAG', 'EPSG:28992', 'cityjson-rd'],
  ])('reprojects %s', async (_name, code, kind) => {
    const lonLat: [number, number] =
      code === 'EPSG:2056' ? [7.44, 46.95] : code === 'EPSG:28992' ? [5.39, 52.16] : [2.87, 50.41];
    const b = houses(1, code, kind.toUpperCase(), lonLat);
    let file: string;
    if (kind === 'shp-cc49') {
      const prj =
        'PROJCS["RGF93_CC49",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
        'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],' +
        'PARAMETER["False_Easting",1700000.0],PARAMETER["False_Northing",8200000.0],PARAMETER["Central_Meridian",3.0],' +
        'PARAMETER["Standard_Parallel_1",48.25],PARAMETER["Standard_Parallel_2",49.75],' +
        'PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]]';
      await writeShapefile(path.join(dir, 'CC49'), b, { prj });
      file = path.join(dir, 'CC49.shp');
    } else if (kind === 'gpkg-utm') {
      file = path.join(dir, 'utm.gpkg');
      writeGeoPackage(file, b, { srid: 32631, srsName: 'WGS 84 / UTM zone 31N', definition: 'undefined' });
    } else {
      file = path.join(dir, `${kind}.city.json`);
      await writeCityJson(file, b, { version: '1.1', epsg: code === 'EPSG:2056' ? 2056 : 7415, lod2: true });
    }
    const r = await load(file);
    expect(r.imported).toBe(1);
    const c = await centreOf(t.db, 'source_id = $1', [b[0]!.id]);
    const e = expectedCentre(b[0]!, code);
    expect(Math.abs(c[0] - e[0])).toBeLessThan(TOL_DEG);
    expect(Math.abs(c[1] - e[1])).toBeLessThan(TOL_DEG);
  });

  it('a WKT PostGIS cannot name is reprojected with proj4', async () => {
    const b = houses(1, 'EPSG:2154', 'P4', [2.88, 50.41]);
    // Lambert-93's parameters under a name no registry knows, without authority: only proj4 can use it.
    const prj =
      'PROJCS["Projection_locale_Artois",GEOGCS["GCS_RGF_1993",DATUM["D_RGF_1993",SPHEROID["GRS_1980",6378137.0,298.257222101]],' +
      'PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Lambert_Conformal_Conic"],' +
      'PARAMETER["False_Easting",700000.0],PARAMETER["False_Northing",6600000.0],PARAMETER["Central_Meridian",3.0],' +
      'PARAMETER["Standard_Parallel_1",49.0],PARAMETER["Standard_Parallel_2",44.0],' +
      'PARAMETER["Latitude_Of_Origin",46.5],UNIT["Meter",1.0]]';
    await writeShapefile(path.join(dir, 'LOCAL'), b, { prj });
    const r = await load(path.join(dir, 'LOCAL.shp'));
    expect(r).toMatchObject({ imported: 1, crs: 'Projection_locale_Artois', srid_from: '.prj (proj4)' });
    const c = await centreOf(t.db, 'source_id = $1', [b[0]!.id]);
    const e = expectedCentre(b[0]!, 'EPSG:2154');
    expect(Math.abs(c[0] - e[0])).toBeLessThan(TOL_DEG);
    expect(Math.abs(c[1] - e[1])).toBeLessThan(TOL_DEG);
  });

  it('a footprint PostGIS cannot reproject is isolated and named; the rest of its batch is written', async () => {
    const b = houses(3, 'EPSG:32631', 'DOMAIN', [2.92, 50.41]);
    // Far outside UTM 31N's domain: PROJ refuses the point, so the batch's one-statement write fails and the
    // batch is redone row by row.
    b[1]!.ring = b[1]!.ring.map(([x, y]) => [x + 1e9, y + 1e9]);
    const file = path.join(dir, 'domain.geojson');
    await writeGeoJson(file, b, { epsg: 32631 });
    await refuses(
      file,
      // the first rejected record named by its source id (issue 14), not only its position
      /1 of 3 features rejected; nothing was imported \(first: feature 1 \(DOMAIN0000000001\): PostGIS could not reproject/,
    );
    const r = await load(file, { skipInvalid: true });
    expect(r).toMatchObject({ imported: 2, rejected: 1 });
    expect(r.rejections[0]).toMatchObject({ index: 1, reason: expect.stringMatching(/projection domain|transform/) });
  });

  it.each([
    ['geojson', 'cut.geojson', /not valid JSON/],
    ['ndjson', 'cut.ndjson', /not valid JSON/],
    ['shapefile', 'CUT.shp', /CUT\.shp/],
    ['zip', 'cut.zip', /zip/i],
    ['gpkg', 'cut.gpkg', /truncated|malformed/],
    ['osm', 'cut.osm', /./],
    ['osm-pbf', 'cut.osm.pbf', /./],
    ['cityjson', 'cut.city.json', /ends at byte|not valid JSON/],
  ])('a truncated %s file is refused with a clear error and nothing is written', async (kind, name, message) => {
    const b = houses(40, 'EPSG:2154', `CUT${kind}`, [2.89, 50.41]);
    const file = path.join(dir, name);
    if (kind === 'geojson') await writeGeoJson(file, b, { epsg: 2154 });
    else if (kind === 'ndjson') await writeNdjson(file, b);
    else if (kind === 'shapefile') await writeShapefile(path.join(dir, 'CUT'), b);
    else if (kind === 'zip') {
      const w = await writeShapefile(path.join(dir, 'ZIPPED'), b);
      await writeZip(
        file,
        w.files.map((f) => ({ name: path.basename(f), path: f })),
      );
    } else if (kind === 'gpkg') writeGeoPackage(file, b, { srid: 2154 });
    else if (kind === 'osm' || kind === 'osm-pbf') {
      const lonLat = housesLonLat(40, 2.9, 50.41);
      (kind === 'osm' ? writeOsmXml : writeOsmPbf)(file, lonLat);
    } else await writeCityJson(file, b, { version: '2.0', epsg: 2154 });
    // 0.63: not on a record boundary of any of these files (a cut exactly between NDJSON lines cannot be seen).
    truncate(file, 0.63);
    await refuses(file, message, kind === 'ndjson' ? { srid: 2154 } : {});
  });

  /** The stored import log of a report: its counts and the kept-apart skips and rejections. */
  const logOf = async (importId: number | null) =>
    (
      await t.db.query<{ imported: number; skipped: number; rejected: number; report: Record<string, unknown> }>(
        'SELECT imported, skipped, rejected, report FROM imports WHERE id = $1',
        [importId],
      )
    ).rows[0]!;

  it('footprints under the 1 m² minimum are skipped and counted, not rejected (BD TOPO slivers of 0.8–0.99 m²)', async () => {
    const b = houses(5, 'EPSG:2154', 'SMALL', [2.93, 50.41]);
    const square = (h: GenBuilding, w: number, d: number) => {
      const [x, y] = h.ring[0]!;
      h.ring = [
        [x, y],
        [x + w, y],
        [x + w, y + d],
        [x, y + d],
        [x, y],
      ];
    };
    // On the Lambert-93 plane 0.81, 0.99 and 1.21 m²; on the ellipsoid ≈ 0.3 % less at Lens (scale ≈ 1.0014).
    square(b[1]!, 0.9, 0.9);
    square(b[2]!, 1, 0.99);
    square(b[3]!, 1.1, 1.1);
    const file = path.join(dir, 'slivers.geojson');
    await writeGeoJson(file, b, { epsg: 2154 });
    const r = await load(file);
    expect(r).toMatchObject({ imported: 3, skipped: 2, rejected: 0, skips: { [SMALL_FOOTPRINT_SKIP]: 2 } });
    expect(r.first_rejected).toBeNull();
    const stored = await t.db.query<{ id: string }>(
      "SELECT source_id AS id FROM buildings WHERE source_id LIKE 'SMALL%' ORDER BY 1",
    );
    expect(stored.rows.map((x) => x.id)).toEqual([b[0]!.id, b[3]!.id, b[4]!.id]);
    const log = await logOf(r.import_id);
    expect(log).toMatchObject({ imported: 3, skipped: 2, rejected: 0 });
    expect(log.report).toMatchObject({ skips: { [SMALL_FOOTPRINT_SKIP]: 2 }, rejected_by_reason: {} });
  });

  it('a truly corrupt record still fails the file without --skip-invalid; with it, skips and rejections stay apart', async () => {
    const b = houses(4, 'EPSG:2154', 'CORRUPT', [2.94, 50.41]);
    const [x, y] = b[1]!.ring[0]!;
    b[1]!.ring = [
      [x, y],
      [x + 0.5, y],
      [x + 0.5, y + 0.5],
      [x, y],
    ]; // 0.125 m²: a skip
    b[2]!.ring[2] = [NaN, NaN]; // written as null: broken data, a rejection
    const file = path.join(dir, 'corrupt.geojson');
    await writeGeoJson(file, b, { epsg: 2154 });
    await refuses(
      file,
      new RegExp(
        `^1 of 4 features rejected; nothing was imported \\(first: feature 2 \\(${b[2]!.id}\\): a coordinate is not a finite number\\)$`,
      ),
    );
    const r = await load(file, { skipInvalid: true });
    expect(r).toMatchObject({
      imported: 2,
      skipped: 1,
      rejected: 1,
      skips: { [SMALL_FOOTPRINT_SKIP]: 1 },
      rejected_by_reason: { 'a coordinate is not a finite number': 1 },
    });
    expect(r.first_rejected).toMatchObject({
      index: 2,
      source_id: b[2]!.id,
      reason: 'a coordinate is not a finite number',
      properties: { cleabs: b[2]!.id, hauteur: b[2]!.height_m },
      geometry: { type: 'Polygon' },
    });
    expect((r.first_rejected!.geometry!.coordinates as unknown[][][])[0]![2]).toEqual([null, null]);
    const log = await logOf(r.import_id);
    expect(log).toMatchObject({ imported: 2, skipped: 1, rejected: 1 });
    expect(log.report).toMatchObject({
      skips: { [SMALL_FOOTPRINT_SKIP]: 1 },
      rejected_by_reason: { 'a coordinate is not a finite number': 1 },
      first_rejected: { source_id: b[2]!.id },
    });
  });

  it('OSM XML and PBF extracts: ways and multipolygons cut at the edge skipped and counted, the complete ones imported', async () => {
    // A bounding-box extract whose east edge is at lon 2.9505: houses 0 (a way) and 1 (a multipolygon) lie inside;
    // 2 (a way), 3 (a multipolygon of two outer ways) and 4 (a multipolygon whose courtyard way lies wholly outside)
    // straddle the edge: their nodes east of it are not in the file.
    const edge = 2.9505;
    const dx = 1 / 71_000;
    const dy = 1 / 111_200;
    const box = (x: number, y: number, w: number, d: number): [number, number][] => [
      [x, y],
      [x + w * dx, y],
      [x + w * dx, y + d * dy],
      [x, y + d * dy],
      [x, y],
    ];
    const base = { height_m: 7, levels: 2 };
    const b: GenBuilding[] = [
      { id: 'in-way', ring: box(2.95, 50.42, 10, 8), ...base },
      { id: 'in-relation', ring: box(2.95, 50.4202, 10, 8), ...base },
      { id: 'cut-way', ring: box(edge - 5 * dx, 50.4204, 10, 8), ...base },
      { id: 'cut-relation', ring: box(edge - 5 * dx, 50.4206, 10, 8), ...base },
      {
        id: 'cut-member',
        ring: box(edge - 5 * dx, 50.4208, 20, 12),
        holes: [box(edge + 5 * dx, 50.4208 + 4 * dy, 5, 4).reverse()],
        ...base,
      },
    ];
    for (const [format, write] of [
      ['osm', writeOsmXml],
      ['osm-pbf', writeOsmPbf],
    ] as const) {
      await t.db.query("DELETE FROM buildings WHERE source = 'osm'");
      const file = path.join(dir, format === 'osm' ? 'edge.osm' : 'edge.osm.pbf');
      write(file, b, {
        relation: (h) => (h.id === 'in-relation' ? true : h.id === 'cut-relation' ? { splitOuter: true } : false),
        clip: [2.9, 50.4, edge, 50.5],
      });
      const r = await load(file);
      expect(r).toMatchObject({
        format,
        features: 5,
        imported: 2,
        skipped: 3,
        rejected: 0,
        skips: { [WAY_INCOMPLETE_SKIP]: 1, [RELATION_INCOMPLETE_SKIP]: 2 },
      });
      const ids = await t.db.query<{ id: string }>(
        "SELECT source_id AS id FROM buildings WHERE source = 'osm' ORDER BY 1",
      );
      expect(ids.rows.map((x) => x.id)).toEqual(['relation/1', 'way/1']);
      const log = await logOf(r.import_id);
      expect(log).toMatchObject({ imported: 2, skipped: 3, rejected: 0 });
    }
  });

  it('a GeoPackage whose building layer is not named batiment: the one layer named like it is read', async () => {
    const file = path.join(dir, 'bdtopo_extract.gpkg');
    writeGeoPackage(file, houses(2, 'EPSG:2154', 'ZONE', [2.95, 50.43]), { srid: 2154, layer: 'zone_d_activite' });
    const b = houses(3, 'EPSG:2154', 'BDTB', [2.95, 50.431]);
    writeGeoPackage(file, b, { srid: 2154, layer: 'bdtopo_batiment', append: true });
    const r = await load(file);
    expect(r).toMatchObject({ format: 'gpkg', imported: 3 });
    expect(await centreOf(t.db, 'source_id = $1', [b[0]!.id])).toHaveLength(2);
    const other = path.join(dir, 'two_building_layers.gpkg');
    writeGeoPackage(other, houses(1, 'EPSG:2154', 'BATS', [2.95, 50.432]), { srid: 2154, layer: 'batiments' });
    writeGeoPackage(other, houses(1, 'EPSG:2154', 'BPART', [2.95, 50.433]), {
      srid: 2154,
      layer: 'building_parts',
      append: true,
    });
    await refuses(
      other,
      /several layers named like batiment or building \(batiments, building_parts\); choose one with the layer option; its layers: batiments \(MULTIPOLYGON\), building_parts \(MULTIPOLYGON\)/,
    );
    expect(await load(other, { layer: 'BUILDING_PARTS' })).toMatchObject({ imported: 1 });
  });

  it('CityJSON BuildingParts without GroundSurface: footprints matching the roof projection, a chimney part skipped', async () => {
    // swissBUILDINGS3D-like: EPSG:2056, each house a Building with one BuildingPart, a MultiSurface of roofs and walls
    // without floor, walls leaning out by a few millimetres (the derivation that gave "0.00 m²" before).
    const b = houses(2, 'EPSG:2056', 'LV95PART', [7.441, 46.95]);
    const [x, y] = b[1]!.ring[0]!;
    b.push({
      id: 'LV95CHIMNEY',
      ring: [
        [x + 20, y],
        [x + 20.8, y],
        [x + 20.8, y + 0.8],
        [x + 20, y + 0.8],
        [x + 20, y],
      ],
      height_m: 9,
      levels: null,
    });
    const file = path.join(dir, 'parts-lv95.city.json');
    await writeCityJson(file, b, {
      version: '2.0',
      epsg: 2056,
      parts: true,
      geometryType: 'MultiSurface',
      floor: 'none',
      topScale: 1.001,
    });
    const r = await load(file);
    expect(r).toMatchObject({ format: 'cityjson', imported: 2, rejected: 0 });
    expect(r.skips).toEqual({ 'replaced by its BuildingParts': 3, [SMALL_FOOTPRINT_SKIP]: 1 });
    const rows = await t.db.query<{ id: string; footprint: number; roof: number }>(
      `SELECT source_id AS id, footprint_area_m2 AS footprint, ST_Area(ST_Force2D(roof_surfaces)::geography) AS roof
       FROM buildings WHERE source_id LIKE 'LV95PART%' ORDER BY 1`,
    );
    expect(rows.rows.map((row) => row.id)).toEqual([`${b[0]!.id}-0`, `${b[1]!.id}-0`]);
    for (const row of rows.rows) {
      expect(row.footprint).toBeGreaterThan(79);
      expect(Math.abs(row.footprint / row.roof - 1)).toBeLessThan(0.01);
    }
  });

  it('--batch-commit: an interrupted import keeps its committed batches and resumes after them', async () => {
    const b = houses(10, 'EPSG:2154', 'RESUME', [2.91, 50.41]);
    const file = path.join(dir, 'resume.geojson');
    await writeGeoJson(file, b, { epsg: 2154 });
    // The database refuses the 8th house: the third batch of 3 fails after two were committed.
    await t.db.exec(`CREATE FUNCTION refuse_resume() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW.source_id = '${b[7]!.id}' THEN RAISE EXCEPTION 'disk full (test trigger)'; END IF; RETURN NEW; END $$;
      CREATE TRIGGER refuse_resume BEFORE INSERT ON buildings FOR EACH ROW EXECUTE FUNCTION refuse_resume();`);
    const options = { batchCommit: 3, batchSize: 3, fileKey: fileKey(file) };
    await expect(load(file, options)).rejects.toThrow(/disk full/);
    const committed = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM buildings WHERE source_id LIKE 'RESUME%'",
    );
    expect(committed.rows[0]!.n).toBe(6);
    await t.db.exec('DROP TRIGGER refuse_resume ON buildings; DROP FUNCTION refuse_resume();');
    const r = await load(file, options);
    expect(r).toMatchObject({ resumed_from: 6, imported: 10, features: 10 });
    const all = await t.db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM buildings WHERE source_id LIKE 'RESUME%'",
    );
    expect(all.rows[0]!.n).toBe(10);
    expect(await count(t.db, 'import_checkpoints')).toBe(0);
    const log = await t.db.query<{ finished: boolean; imported: number }>(
      'SELECT finished, imported FROM imports WHERE id = $1',
      [r.import_id],
    );
    expect(log.rows[0]).toEqual({ finished: true, imported: 10 });
  });
});
