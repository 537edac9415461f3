import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeWkb,
  gpkgBlob,
  LAMBERT93_WKT,
  WGS84_WKT,
  writeGeoPackage,
  type GeoPackageWriteOptions,
} from '../../../tests/import/writers/geopackage.js';
import { generateBuildings, type GenBuilding } from '../../../tests/import/writers/types.js';
import { ImportError } from './ImportError.js';
import { decodeGpkgGeometry, openGeoPackage } from './geopackage.js';
import type { SourceFeature } from './types.js';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gpkg-reader-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

let fileNo = 0;
function write(buildings: Iterable<GenBuilding>, options: GeoPackageWriteOptions, file?: string): string {
  const p = file ?? path.join(dir, `t${fileNo++}.gpkg`);
  writeGeoPackage(p, buildings, options);
  return p;
}

async function readAll(file: string, layer?: string) {
  const source = await openGeoPackage(file, layer === undefined ? {} : { layer });
  try {
    const features: SourceFeature[] = [];
    for await (const f of source.features()) features.push(f);
    return { source, features };
  } finally {
    await source.close();
  }
}

const COURTYARD: GenBuilding = {
  id: 'BATIMENT0000000295374065',
  ring: [
    [700000, 6600000],
    [700020, 6600000],
    [700020, 6600020],
    [700000, 6600020],
    [700000, 6600000],
  ],
  holes: [
    [
      [700005, 6600005],
      [700005, 6600010],
      [700010, 6600010],
      [700010, 6600005],
      [700005, 6600005],
    ],
  ],
  height_m: 12.5,
  levels: 4,
  year_built: 1932,
  usage: 'Résidentiel',
  dwellings: 8,
};

const reject = (p: Promise<unknown>) =>
  p.then(
    () => new Error('expected a rejection'),
    (e: unknown) => e,
  );

describe('openGeoPackage on BD TOPO v3 files', () => {
  it('reads a Lambert-93 MultiPolygon Z layer with a hole, its attributes, fid and CRS', async () => {
    const file = write([COURTYARD, ...generateBuildings(2, { x0: 650000, y0: 7000000 })], { srid: 2154, z: true });
    const { source, features } = await readAll(file);
    expect(source.format).toBe('gpkg');
    expect(source.crs).toEqual({
      epsg: 2154,
      wkt: LAMBERT93_WKT,
      text: 'RGF93 v1 / Lambert-93',
      from: 'gpkg_spatial_ref_sys',
    });
    expect(source.progress()).toEqual({ done: 3, total: 3 });
    expect(features.map((f) => [f.index, f.id])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    const [first, second] = features;
    expect(first?.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[COURTYARD.ring, COURTYARD.holes![0]]] });
    expect(first?.invalid).toBeUndefined();
    expect(first?.properties).toMatchObject({
      cleabs: 'BATIMENT0000000295374065',
      nature: 'Indifférenciée',
      usage_1: 'Résidentiel',
      usage_2: null,
      construction_legere: 0,
      etat_de_l_objet: 'En service',
      date_d_apparition: '1932-01-01',
      nombre_de_logements: 8,
      nombre_d_etages: 4,
      hauteur: 12.5,
      altitude_minimale_sol: 50,
      altitude_maximale_toit: 62.5,
    });
    expect(first?.properties).not.toHaveProperty('geometrie');
    expect(first?.properties).not.toHaveProperty('fid');
    expect(second?.properties.cleabs).toBe('BATIMENT0000000000');
    expect(second?.geometry).toEqual({
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [650000, 7000000],
            [650010, 7000000],
            [650010, 7000008],
            [650000, 7000008],
            [650000, 7000000],
          ],
        ],
      ],
    });
  });

  it('passes the values a row hook set (state, light construction, null height)', async () => {
    const file = write(generateBuildings(3, { x0: 0, y0: 0 }), {
      srid: 2154,
      rowHook: (b, row, i) => {
        if (i === 1) {
          row.etat_de_l_objet = 'En projet';
          row.construction_legere = 1;
          row.hauteur = null;
          row.materiaux_des_murs = '01';
        }
      },
    });
    const { features } = await readAll(file);
    expect(features[1]?.properties).toMatchObject({
      etat_de_l_objet: 'En projet',
      construction_legere: 1,
      hauteur: null,
      materiaux_des_murs: '01',
    });
    expect(features[0]?.properties).toMatchObject({
      etat_de_l_objet: 'En service',
      construction_legere: 0,
      hauteur: 6,
    });
  });

  it('declares EPSG:4326 with its WKT, an undefined SRS as null, and reads "epsg" in any case', async () => {
    const wgs = await openGeoPackage(write(generateBuildings(1, { x0: 2.7, y0: 50.4, degrees: true }), { srid: 4326 }));
    expect(wgs.crs).toEqual({ epsg: 4326, wkt: WGS84_WKT, text: 'WGS 84 geodetic', from: 'gpkg_spatial_ref_sys' });
    await wgs.close();
    const undef = await openGeoPackage(write(generateBuildings(1, { x0: 0, y0: 0 }), { srid: 0 }));
    expect(undef.crs).toBeNull();
    await undef.close();
    const cartesian = await openGeoPackage(write(generateBuildings(1, { x0: 0, y0: 0 }), { srid: -1 }));
    expect(cartesian.crs).toBeNull();
    await cartesian.close();
    const cc49 = write(generateBuildings(1, { x0: 0, y0: 0 }), { srid: 3949, srsName: 'RGF93 v1 / CC49' });
    const db = new Database(cc49);
    db.prepare(`UPDATE gpkg_spatial_ref_sys SET organization = 'epsg' WHERE srs_id = 3949`).run();
    db.close();
    const lower = await openGeoPackage(cc49);
    expect(lower.crs).toEqual({ epsg: 3949, text: 'RGF93 v1 / CC49', from: 'gpkg_spatial_ref_sys' });
    await lower.close();
  });

  it('keeps integers beyond 2^53 exact as text and others as numbers', async () => {
    const file = write(generateBuildings(1, { x0: 0, y0: 0 }), { srid: 2154 });
    const db = new Database(file);
    db.exec('ALTER TABLE batiment ADD COLUMN big INTEGER');
    db.prepare('UPDATE batiment SET big = ?').run(9007199254740993n);
    db.close();
    const { features } = await readAll(file);
    expect(features[0]?.properties.big).toBe('9007199254740993');
    expect(features[0]?.properties.nombre_d_etages).toBe(1);
  });

  it('reports progress as rows read out of the layer count, and closes mid-iteration', async () => {
    const source = await openGeoPackage(write(generateBuildings(5, { x0: 0, y0: 0 }), { srid: 2154 }));
    expect(source.progress()).toEqual({ done: 0, total: 5 });
    const it = source.features();
    await it.next();
    await it.next();
    expect(source.progress()).toEqual({ done: 2, total: 5 });
    await source.close();
    await expect(source.close()).resolves.toBeUndefined();
  });
});

describe('openGeoPackage geometry blobs', () => {
  const ring = COURTYARD.ring;
  const hole = COURTYARD.holes![0]!;
  const blobs: [string, Buffer | null, unknown][] = [
    [
      'big-endian header and WKB, no envelope',
      gpkgBlob(encodeWkb({ type: 'Polygon', coordinates: [ring, hole] }, { byteOrder: 'big' }), ring, {
        srsId: 2154,
        headerByteOrder: 'big',
        envelope: 0,
      }),
      { type: 'Polygon', coordinates: [ring, hole] },
    ],
    ...([2, 3, 4] as const).map((envelope): [string, Buffer, unknown] => [
      `envelope indicator ${envelope}`,
      gpkgBlob(
        encodeWkb(
          { type: 'MultiPolygon', coordinates: [[ring.map(([x, y]) => [x, y, 7, 9])]] },
          { dims: 'xyzm', typeCodes: 'ewkb' },
        ),
        ring.map(([x, y]) => [x, y, 7, 9]),
        { srsId: 2154, envelope },
      ),
      { type: 'MultiPolygon', coordinates: [[ring]] },
    ]),
    [
      'ISO Polygon M little-endian',
      gpkgBlob(encodeWkb({ type: 'Polygon', coordinates: [ring.map(([x, y]) => [x, y, 3])] }, { dims: 'xym' }), ring, {
        srsId: 2154,
      }),
      { type: 'Polygon', coordinates: [ring] },
    ],
    ['a null geometry', null, { geometry: null }],
  ];

  it.each(blobs)('reads %s', async (_label, blob, expected) => {
    const file = write([COURTYARD], {
      srid: 2154,
      rowHook: (_b, row) => {
        row.geometrie = blob;
      },
    });
    const { features } = await readAll(file);
    if (blob === null) {
      expect(features[0]).toMatchObject(expected as object);
      expect(features[0]?.invalid).toBeUndefined();
    } else {
      expect(features[0]?.geometry).toEqual(expected);
    }
  });

  it('gives null for an empty geometry, invalid for a Point and a blob cut short, and reads on', async () => {
    const emptyWkb = encodeWkb({ type: 'MultiPolygon', coordinates: [] });
    const point = encodeWkb({ type: 'Point', coordinates: [700000, 6600000] });
    const file = write(generateBuildings(5, { x0: 0, y0: 0 }), {
      srid: 2154,
      rowHook: (_b, row, i) => {
        if (i === 1) row.geometrie = gpkgBlob(emptyWkb, [], { srsId: 2154, envelope: 0, empty: true });
        if (i === 2) row.geometrie = gpkgBlob(point, [[700000, 6600000]], { srsId: 2154 });
        if (i === 3) row.geometrie = row.geometrie!.subarray(0, row.geometrie!.length - 12);
      },
    });
    const { features } = await readAll(file);
    expect(features).toHaveLength(5);
    expect(features[1]).toMatchObject({ index: 1, id: 2, geometry: null });
    expect(features[1]?.invalid).toBeUndefined();
    expect(features[2]).toMatchObject({
      geometry: null,
      invalid: 'batiment fid 3: geometry type Point is not a Polygon or MultiPolygon',
    });
    expect(features[3]?.geometry).toBeNull();
    expect(features[3]?.invalid).toMatch(/^batiment fid 4: WKB cut short at byte \d+/);
    expect(features[3]?.properties.cleabs).toBe('BATIMENT0000000003');
    expect(features[4]?.geometry).toMatchObject({ type: 'MultiPolygon' });
    expect(features[4]?.invalid).toBeUndefined();
  });

  it('flags blobs that are not GeoPackage geometries', () => {
    expect(decodeGpkgGeometry('POLYGON((0 0,1 0,1 1,0 0))').invalid).toMatch(/holds a string/);
    expect(decodeGpkgGeometry(Buffer.from('XP\0\x01abcd')).invalid).toMatch(/magic "GP"/);
    expect(decodeGpkgGeometry(Buffer.from('GP\x01\x01abcd')).invalid).toMatch(/version 1/);
    expect(decodeGpkgGeometry(Buffer.from('GP\0\x0Babcd')).invalid).toMatch(/envelope indicator 5/);
    expect(decodeGpkgGeometry(Buffer.from('GP\0\x03abcd')).invalid).toMatch(/cut short: 8 bytes.*take 40/);
  });
});

describe('openGeoPackage layer choice', () => {
  function twoLayers(names: [string, string]): string {
    const file = path.join(dir, `t${fileNo++}.gpkg`);
    write(generateBuildings(2, { x0: 0, y0: 0, idPrefix: 'A' }), { srid: 2154, layer: names[0] }, file);
    write(generateBuildings(3, { x0: 0, y0: 0, idPrefix: 'B' }), { srid: 2154, layer: names[1], append: true }, file);
    return file;
  }

  it('takes batiment by default, in any case, and another layer when asked', async () => {
    const file = twoLayers(['autre', 'BATIMENT']);
    expect((await readAll(file)).features.map((f) => f.properties.cleabs)).toEqual([
      'B0000000000',
      'B0000000001',
      'B0000000002',
    ]);
    expect((await readAll(file, 'autre')).features).toHaveLength(2);
    expect((await readAll(file, 'Autre')).features).toHaveLength(2);
  });

  it('refuses an unknown layer and several polygon layers without batiment, listing the layers', async () => {
    const file = twoLayers(['bati_a', 'bati_b']);
    const unknown = await reject(openGeoPackage(file, { layer: 'routes' }));
    expect(unknown).toBeInstanceOf(ImportError);
    expect((unknown as Error).message).toMatch(
      /no features layer "routes"; its layers: bati_a \(MULTIPOLYGON\), bati_b/,
    );
    const several = await reject(openGeoPackage(file));
    expect(several).toBeInstanceOf(ImportError);
    expect((several as Error).message).toMatch(/several polygon layers; .*bati_a \(MULTIPOLYGON\), bati_b/);
  });

  it.each([
    ['bdtopo_batiment', 'zone_d_habitation'],
    ['BATIMENT', 'zone_d_habitation'],
    ['batiments', 'troncon_de_route'],
    ['osm_buildings', 'landuse'],
  ] as [string, string][])(
    'takes the one layer named like batiment or building: %s next to %s',
    async (name, other) => {
      const file = twoLayers([other, name]);
      expect((await readAll(file)).features.map((f) => f.properties.cleabs)).toEqual([
        'B0000000000',
        'B0000000001',
        'B0000000002',
      ]);
    },
  );

  it('prefers an exact batiment to longer names, and refuses several candidates, listing them', async () => {
    expect((await readAll(twoLayers(['batiment', 'batiment_remarquable']))).features).toHaveLength(2);
    const file = twoLayers(['bdtopo_batiment', 'building_parts']);
    const several = await reject(openGeoPackage(file));
    expect((several as Error).message).toMatch(
      /several layers named like batiment or building \(bdtopo_batiment, building_parts\); choose one with the layer option; its layers: bdtopo_batiment \(MULTIPOLYGON\), building_parts \(MULTIPOLYGON\)$/,
    );
    expect((await readAll(file, 'building_parts')).features).toHaveLength(3);
  });

  it('takes the only polygon layer next to a point layer', async () => {
    const file = write(generateBuildings(2, { x0: 0, y0: 0 }), { srid: 2154, layer: 'bati' });
    const db = new Database(file);
    db.exec(`CREATE TABLE adresse (fid INTEGER PRIMARY KEY, geom POINT, numero TEXT);
      INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('adresse', 'features', 2154);
      INSERT INTO gpkg_geometry_columns VALUES ('adresse', 'geom', 'POINT', 2154, 0, 0);`);
    db.close();
    const { features } = await readAll(file);
    expect(features.map((f) => f.properties.cleabs)).toEqual(['BATIMENT0000000000', 'BATIMENT0000000001']);
  });
});

describe('openGeoPackage on files that are not GeoPackages', () => {
  it('refuses a file that is not SQLite, and an empty file', async () => {
    const text = path.join(dir, 'text.gpkg');
    fs.writeFileSync(text, 'cleabs;hauteur\nBATIMENT1;6\n');
    const e = await reject(openGeoPackage(text));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toBe('text.gpkg is not a SQLite/GeoPackage file (no "SQLite format 3" header)');
    const empty = path.join(dir, 'empty.gpkg');
    fs.writeFileSync(empty, '');
    expect(((await reject(openGeoPackage(empty))) as Error).message).toMatch(/not a SQLite\/GeoPackage file/);
  });

  it('refuses a SQLite file without the GeoPackage tables', async () => {
    const file = path.join(dir, 'plain.sqlite');
    const db = new Database(file);
    db.exec('CREATE TABLE batiment (fid INTEGER PRIMARY KEY, cleabs TEXT)');
    db.close();
    const e = await reject(openGeoPackage(file));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toMatch(/^plain\.sqlite is not a GeoPackage/);
  });

  it('refuses a missing file', async () => {
    const e = await reject(openGeoPackage(path.join(dir, 'missing.gpkg')));
    expect(e).toBeInstanceOf(ImportError);
    expect((e as Error).message).toMatch(/missing\.gpkg: cannot open the file/);
  });

  /** A 3000-building Lambert-93 gpkg, as bytes. */
  function bigFile(): Buffer {
    const whole = path.join(dir, `whole${fileNo++}.gpkg`);
    writeGeoPackage(whole, generateBuildings(3000, { x0: 0, y0: 0 }), { srid: 2154, z: true });
    return fs.readFileSync(whole);
  }

  /** Opens and reads `file` to the end; returns the error it ended with and the features read before. */
  async function readUntilError(file: string) {
    let read = 0;
    const error = await reject(
      (async () => {
        const source = await openGeoPackage(file);
        try {
          for await (const _f of source.features()) read++;
        } finally {
          await source.close();
        }
      })(),
    );
    return { error, read };
  }

  it.each([0.5, 0.8, 0.95])('refuses a file cut at %d of its length, naming the sizes', async (fraction) => {
    const bytes = bigFile();
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.readUInt32BE(28);
    expect(pages * pageSize).toBe(bytes.length);
    const cutLength = Math.floor(bytes.length * fraction);
    const cut = path.join(dir, `cut${fileNo++}.gpkg`);
    fs.writeFileSync(cut, bytes.subarray(0, cutLength));
    const { error } = await readUntilError(cut);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      `${path.basename(cut)} is truncated: its SQLite header gives ${pages} pages of ${pageSize} bytes ` +
        `(${bytes.length} bytes), the file has ${cutLength} bytes`,
    );
  });

  it('refuses a cut file whose header page count SQLite does not trust, through the SQLite error', async () => {
    const bytes = bigFile();
    const cut = Buffer.from(bytes.subarray(0, Math.floor(bytes.length / 2)));
    cut.writeUInt32BE(cut.readUInt32BE(24) + 1, 92); // version-valid-for ≠ change counter: page count ignored
    const file = path.join(dir, `cut${fileNo++}.gpkg`);
    fs.writeFileSync(file, cut);
    const { error, read } = await readUntilError(file);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/batiment.*database disk image is malformed \(SQLITE_CORRUPT\)/);
    expect(read).toBeLessThan(3000);
  });

  it('stops with the layer and the row reached when a page breaks mid-layer', async () => {
    // Row 6 gets a geometry of 3000 points (48 kB), which SQLite stores in a chain of overflow pages; pointing
    // the chain's first link past the end of the file breaks that row only, after count(*) has succeeded.
    const big: [number, number][] = Array.from({ length: 2999 }, (_, i) => [i, (i * 7) % 13]);
    big.push(big[0]!);
    const file = write(generateBuildings(10, { x0: 0, y0: 0 }), {
      srid: 2154,
      rowHook: (_b, row, i) => {
        if (i === 5) row.geometrie = gpkgBlob(encodeWkb({ type: 'Polygon', coordinates: [big] }), big, { srsId: 2154 });
      },
    });
    const db = new Database(file);
    const overflow = db
      .prepare(`SELECT pageno FROM dbstat WHERE name = 'batiment' AND pagetype = 'overflow' ORDER BY pageno`)
      .pluck()
      .all() as number[];
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    expect(overflow.length).toBeGreaterThan(2);
    const bytes = fs.readFileSync(file);
    bytes.writeUInt32BE(0xfffffff0, (overflow[0]! - 1) * pageSize);
    fs.writeFileSync(file, bytes);
    const { error, read } = await readUntilError(file);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toBe(
      `${path.basename(file)}: SQLite error reading layer "batiment" after row 5 (fid 5): ` +
        'database disk image is malformed (SQLITE_CORRUPT)',
    );
    expect(read).toBe(5);
  });
});
