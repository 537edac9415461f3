import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  LAMBERT93_PRJ,
  LAMBERT93_PRJ_V1,
  writeShapefile,
  type ShapefileBuilding,
} from '../../../tests/import/writers/shapefile.js';
import { writeZip } from '../../../tests/import/writers/zip.js';
import { ImportError } from './ImportError.js';
import { encodingFromCpg, openShapefile } from './shapefile.js';
import type { OpenOptions, SourceFeature } from './types.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shapefile-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A 10 m × 8 m house with its south-west corner at (x, y) [m], outer ring counter-clockwise as GenBuilding has it. */
function house(id: string, x: number, y: number, more: Partial<ShapefileBuilding> = {}): ShapefileBuilding {
  return {
    id,
    ring: [
      [x, y],
      [x + 10, y],
      [x + 10, y + 8],
      [x, y + 8],
      [x, y],
    ],
    height_m: 7.5,
    levels: 2,
    usage: 'Résidentiel',
    dwellings: 3,
    year_built: 1950,
    ...more,
  };
}

async function readAll(file: string, options: OpenOptions = {}) {
  const source = await openShapefile(file, options);
  try {
    const features: SourceFeature[] = [];
    for await (const feature of source.features()) features.push(feature);
    return { crs: source.crs, features, progress: source.progress(), format: source.format };
  } finally {
    await source.close();
  }
}

const base = (name = 'BATIMENT') => path.join(dir, name);
// é è ç œ and the typographic apostrophe (byte 0x92 in windows-1252); 35 UTF-8 bytes, within NATURE C(40).
const ACCENTS = 'Chœur d’église, façade, arène';

describe('openShapefile: loose files', () => {
  it('reads geometry in the file CRS, BD TOPO fields, the .prj and the progress', async () => {
    const hole: [number, number][] = [
      [690002, 7030002],
      [690002, 7030004],
      [690004, 7030004],
      [690004, 7030002],
      [690002, 7030002],
    ];
    const buildings = [house('BATIMENT0000000001', 690000, 7030000, { holes: [hole] }), house('B2', 690020, 7030000)];
    await writeShapefile(base(), buildings, {});
    const { crs, features, progress, format } = await readAll(`${base()}.shp`);
    expect(format).toBe('shapefile');
    expect(crs).toEqual({ wkt: LAMBERT93_PRJ, from: '.prj' });
    expect(features).toHaveLength(2);
    expect(features[0]).toEqual({
      index: 0,
      geometry: { type: 'Polygon', coordinates: [buildings[0]!.ring, hole] },
      properties: {
        ID: 'BATIMENT0000000001',
        NATURE: 'Indifférenciée',
        USAGE1: 'Résidentiel',
        HAUTEUR: 7.5,
        NB_ETAGES: 2,
        NB_LOGTS: 3,
        DATE_APP: '1950-01-01',
        ETAT: 'En service',
        LEGER: 'Non',
      },
    });
    expect(features[1]!.index).toBe(1);
    expect(features[1]!.geometry).toEqual({ type: 'Polygon', coordinates: [buildings[1]!.ring] });
    expect(progress).toEqual({ done: fs.statSync(`${base()}.shp`).size, total: fs.statSync(`${base()}.shp`).size });
  });

  it('finds siblings whatever the case of their names and extensions', async () => {
    await writeShapefile(base(), [house('A', 0, 0)], { prj: LAMBERT93_PRJ_V1 });
    fs.renameSync(`${base()}.shp`, `${base()}.SHP`);
    fs.renameSync(`${base()}.dbf`, path.join(dir, 'batiment.dbf'));
    fs.renameSync(`${base()}.prj`, path.join(dir, 'Batiment.PRJ'));
    const { crs, features } = await readAll(`${base()}.SHP`);
    expect(crs).toEqual({ wkt: LAMBERT93_PRJ_V1, from: '.prj' });
    expect(features[0]!.properties.ID).toBe('A');
  });

  it('indexes each record in the .shx the writer makes', async () => {
    await writeShapefile(base(), [house('A', 0, 0), house('N', 0, 0, { nullShape: true }), house('C', 9, 9)], {});
    const shp = fs.readFileSync(`${base()}.shp`);
    const shx = fs.readFileSync(`${base()}.shx`);
    expect(shx.length).toBe(100 + 3 * 8);
    expect(shx.readInt32BE(24) * 2).toBe(shx.length);
    expect(shp.readInt32BE(24) * 2).toBe(shp.length);
    for (let i = 0; i < 3; i++) {
      const offset = shx.readInt32BE(100 + 8 * i) * 2;
      expect(shp.readInt32BE(offset)).toBe(i + 1); // record number
      expect(shp.readInt32BE(offset + 4)).toBe(shx.readInt32BE(104 + 8 * i)); // content length
    }
  });

  it('declares no CRS without a .prj', async () => {
    await writeShapefile(base(), [house('A', 0, 0)], { prj: null });
    expect((await readAll(`${base()}.shp`)).crs).toBeNull();
  });

  it('drops z from PolygonZ', async () => {
    const b = house('Z', 690000, 7030000);
    await writeShapefile(base(), [b], { shapeType: 'PolygonZ' });
    const { features } = await readAll(`${base()}.shp`);
    expect(features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [b.ring] });
  });

  it('reads a multi-part footprint with a hole as a MultiPolygon', async () => {
    const hole: [number, number][] = [
      [2, 2],
      [2, 5],
      [6, 5],
      [6, 2],
      [2, 2],
    ];
    const annex: [number, number][] = [
      [20, 0],
      [25, 0],
      [25, 4],
      [20, 4],
      [20, 0],
    ];
    const b = house('M', 0, 0, { holes: [hole], moreParts: [{ ring: annex }] });
    await writeShapefile(base(), [b], {});
    const { features } = await readAll(`${base()}.shp`);
    expect(features[0]!.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[b.ring, hole], [annex]] });
  });

  it('gives a null geometry for a null shape and still reads its attributes', async () => {
    await writeShapefile(base(), [house('A', 0, 0), house('N', 0, 0, { nullShape: true })], {});
    const { features } = await readAll(`${base()}.shp`);
    expect(features[1]).toMatchObject({ index: 1, geometry: null, properties: { ID: 'N' } });
  });

  it('skips a record deleted in the .dbf', async () => {
    await writeShapefile(base(), [house('A', 0, 0), house('D', 20, 0)], {});
    const dbf = fs.readFileSync(`${base()}.dbf`);
    dbf[dbf.readUInt16LE(8) + dbf.readUInt16LE(10)] = 0x2a; // deletion flag of record 2
    fs.writeFileSync(`${base()}.dbf`, dbf);
    const { features } = await readAll(`${base()}.shp`);
    expect(features.map((f) => f.skip)).toEqual([undefined, 'deleted in the .dbf']);
  });
});

describe('openShapefile: DBF values', () => {
  it('reads overflow asterisks and blanks as null, never NaN or 0', async () => {
    await writeShapefile(
      base(),
      [
        house('O', 0, 0, {
          extra: { HAUTEUR: '*******', NB_ETAGES: '****', NB_LOGTS: '', DATE_APP: '', LEGER: 'Oui' },
        }),
        // 1234567.8 m does not fit N(7,1): the writer stores asterisks, as dBase does.
        house('W', 0, 0, { height_m: 1234567.8, levels: null, dwellings: 0, year_built: null }),
      ],
      {},
    );
    const { features } = await readAll(`${base()}.shp`);
    expect(features[0]!.properties).toMatchObject({
      HAUTEUR: null,
      NB_ETAGES: null,
      NB_LOGTS: null,
      DATE_APP: null,
      LEGER: 'Oui',
    });
    expect(features[1]!.properties).toMatchObject({ HAUTEUR: null, NB_ETAGES: null, NB_LOGTS: 0, DATE_APP: null });
  });

  it('reads logicals as booleans or null and dates as YYYY-MM-DD', async () => {
    const flags = ['T', 'F', 'Y', 'N', '?', '', 't', 'n'];
    const buildings = flags.map((flag, i) =>
      house(`L${i}`, 0, 0, { extra: { DETRUIT: flag, DATE_APP: i === 0 ? '20230415' : '19991231' } }),
    );
    await writeShapefile(base(), buildings, { moreFields: [{ name: 'DETRUIT', type: 'L', length: 1 }] });
    const { features } = await readAll(`${base()}.shp`);
    expect(features.map((f) => f.properties.DETRUIT)).toEqual([true, false, true, false, null, null, true, false]);
    expect(features[0]!.properties.DATE_APP).toBe('2023-04-15');
    expect(features[1]!.properties.DATE_APP).toBe('1999-12-31');
  });

  it.each([
    ['UTF-8 with a .cpg', { encoding: 'utf-8', cpg: true }, {}],
    ['windows-1252 with a .cpg', { encoding: 'windows-1252', cpg: true }, {}],
    ['windows-1252 from the language driver id 0x57', { encoding: 'windows-1252', cpg: false }, {}],
    ['windows-1252 by default (no driver id)', { encoding: 'windows-1252', cpg: false, ldid: 0 }, {}],
    ['UTF-8 without a .cpg, from the encoding option', { encoding: 'utf-8', cpg: false }, { encoding: 'UTF8' }],
  ] as const)('decodes accented French names: %s', async (_label, write, open) => {
    await writeShapefile(
      base(),
      [house('ÉCOLE', 0, 0, { usage: 'Commercial et services', extra: { NATURE: ACCENTS } })],
      {
        ...write,
      },
    );
    const { features } = await readAll(`${base()}.shp`, open);
    expect(features[0]!.properties).toMatchObject({ ID: 'ÉCOLE', NATURE: ACCENTS, USAGE1: 'Commercial et services' });
  });

  it('decodes windows-1252 bytes written by hand (0x9C œ, 0x92 ’, 0xE7 ç)', async () => {
    await writeShapefile(base(), [house('A', 0, 0, { extra: { NATURE: 'x' } })], { encoding: 'windows-1252' });
    const dbf = fs.readFileSync(`${base()}.dbf`);
    const nature = dbf.readUInt16LE(8) + 1 + 24; // after the deletion flag and ID C(24)
    Buffer.from([0x43, 0x68, 0x9c, 0x75, 0x72, 0x20, 0x64, 0x92, 0x61, 0x20, 0xe7, 0xe0]).copy(dbf, nature);
    fs.writeFileSync(`${base()}.dbf`, dbf);
    const { features } = await readAll(`${base()}.shp`);
    expect(features[0]!.properties.NATURE).toBe('Chœur d’a çà');
  });

  it('writes windows-1252 text with the cp1252 bytes', async () => {
    await writeShapefile(base(), [house('A', 0, 0, { extra: { NATURE: 'Chœur d’a' } })], { encoding: 'windows-1252' });
    const dbf = fs.readFileSync(`${base()}.dbf`);
    expect(dbf.includes(Buffer.from([0x43, 0x68, 0x9c, 0x75, 0x72, 0x20, 0x64, 0x92, 0x61]))).toBe(true);
  });

  it('lets the encoding option override the .cpg', async () => {
    await writeShapefile(base(), [house('A', 0, 0, { extra: { NATURE: ACCENTS } })], { encoding: 'windows-1252' });
    fs.writeFileSync(`${base()}.cpg`, 'UTF-8');
    const { features } = await readAll(`${base()}.shp`, { encoding: 'windows-1252' });
    expect(features[0]!.properties.NATURE).toBe(ACCENTS);
  });

  it('refuses an unknown encoding', async () => {
    await writeShapefile(base(), [house('A', 0, 0)], {});
    fs.writeFileSync(`${base()}.cpg`, 'EBCDIC-42');
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(/BATIMENT\.cpg names an unknown encoding "EBCDIC-42"/);
    await expect(openShapefile(`${base()}.shp`, { encoding: 'klingon' })).rejects.toThrow(/unknown encoding "klingon"/);
  });

  it.each([
    ['UTF-8', 'utf-8'],
    ['UTF8', 'utf-8'],
    ['utf-8\r\n', 'utf-8'],
    ['65001', 'utf-8'],
    ['1252', 'windows-1252'],
    ['ANSI 1252', 'windows-1252'],
    ['CP1252', 'windows-1252'],
    ['ISO-8859-1', 'iso-8859-1'],
    ['88591', 'iso-8859-1'],
    ['8859-15', 'iso-8859-15'],
    ['latin1', 'windows-1252'],
    ['EBCDIC', null],
  ])('encodingFromCpg(%j) = %j', (text, expected) => {
    expect(encodingFromCpg(text)).toBe(expected);
    // Each label the function gives must be one TextDecoder accepts.
    if (expected) expect(() => new TextDecoder(expected)).not.toThrow();
  });
});

describe('openShapefile: zip archives', () => {
  async function layerFiles(name: string, buildings: ShapefileBuilding[]) {
    return (await writeShapefile(base(name), buildings, {})).files;
  }
  const entries = (files: string[], folder: string) => files.map((f) => ({ name: folder + path.basename(f), path: f }));

  it('reads a shapefile inside folders of a deflated zip, streaming the entries', async () => {
    const b = house('Z1', 690000, 7030000);
    const files = await layerFiles('BATIMENT', [b, house('Z2', 690020, 7030000)]);
    const zip = path.join(dir, 'BDTOPO.zip');
    await writeZip(zip, entries(files, 'BDTOPO_3-3/1_DONNEES/BATI/'), { deflate: true });
    const { crs, features, progress } = await readAll(zip);
    expect(crs).toEqual({ wkt: LAMBERT93_PRJ, from: '.prj' });
    expect(features.map((f) => f.properties.ID)).toEqual(['Z1', 'Z2']);
    expect(features[0]!.geometry).toEqual({ type: 'Polygon', coordinates: [b.ring] });
    expect(progress).toEqual({ done: fs.statSync(files[0]!).size, total: fs.statSync(files[0]!).size });
  });

  it('picks the batiment layer among several, or the one named by the layer option', async () => {
    const bati = await layerFiles('BATIMENT', [house('BAT', 0, 0)]);
    const route = await layerFiles('ROUTE', [house('RTE', 0, 0)]);
    const zip = path.join(dir, 'two.zip');
    await writeZip(zip, [...entries(bati, 'BATI/'), ...entries(route, 'TRANSPORT/')]);
    expect((await readAll(zip)).features[0]!.properties.ID).toBe('BAT');
    expect((await readAll(zip, { layer: 'route' })).features[0]!.properties.ID).toBe('RTE');
    await expect(openShapefile(zip, { layer: 'HYDRO' })).rejects.toThrow(
      /two\.zip holds no shapefile named "HYDRO"; it holds: BATI\/BATIMENT\.shp, TRANSPORT\/ROUTE\.shp/,
    );
  });

  it('asks for a layer when several shapefiles none named batiment share the zip', async () => {
    const a = await layerFiles('CONSTRUCTION', [house('A', 0, 0)]);
    const b = await layerFiles('RESERVOIR', [house('B', 0, 0)]);
    const zip = path.join(dir, 'two.zip');
    await writeZip(zip, [...entries(a, ''), ...entries(b, '')]);
    await expect(openShapefile(zip)).rejects.toThrow(
      /several shapefiles \(CONSTRUCTION\.shp, RESERVOIR\.shp\): choose one with the layer option/,
    );
    expect((await readAll(zip, { layer: 'Reservoir' })).features[0]!.properties.ID).toBe('B');
  });

  it('refuses a file that is not a zip, and a zip cut short', async () => {
    const garbage = path.join(dir, 'garbage.zip');
    fs.writeFileSync(garbage, Buffer.from('PK\u0003\u0004 this is not really a zip archive'));
    await expect(openShapefile(garbage)).rejects.toThrow(/garbage\.zip is not a readable zip archive/);
    const files = await layerFiles('BATIMENT', [house('A', 0, 0)]);
    const zip = path.join(dir, 'cut.zip');
    await writeZip(zip, entries(files, ''));
    fs.truncateSync(zip, fs.statSync(zip).size - 30);
    await expect(openShapefile(zip)).rejects.toThrow(/cut\.zip is not a readable zip archive/);
  });

  it('detects an entry whose bytes do not match the CRC-32 of the zip', async () => {
    const files = await layerFiles('BATIMENT', [house('A', 0, 0)]);
    const zip = path.join(dir, 'flip.zip');
    await writeZip(zip, entries(files, ''));
    const bytes = fs.readFileSync(zip);
    // Stored entries: the .shp data follows its 30-byte local header and name. Flipping the lowest byte of the first
    // x moves it by a hair, so only the CRC-32 can tell.
    const at = 30 + 'BATIMENT.shp'.length + 100 + 8 + 44 + 4;
    bytes[at] = bytes[at]! ^ 0xff;
    fs.writeFileSync(zip, bytes);
    await expect(readAll(zip)).rejects.toThrow(/BATIMENT\.shp in flip\.zip is corrupt: its CRC-32 is/);
  });

  it('refuses a deflated entry whose data is damaged, naming it', async () => {
    const files = await layerFiles('BATIMENT', [house('A', 0, 0), house('B', 20, 0)]);
    const zip = path.join(dir, 'flip.zip');
    await writeZip(zip, entries(files, ''), { deflate: true });
    const bytes = fs.readFileSync(zip);
    const at = 30 + 'BATIMENT.shp'.length + 20;
    bytes[at] = bytes[at]! ^ 0x5a;
    fs.writeFileSync(zip, bytes);
    const error = await readAll(zip).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(/^BATIMENT\.shp in flip\.zip /);
  });

  it('names the missing .dbf inside a zip', async () => {
    const files = await layerFiles('BATIMENT', [house('A', 0, 0)]);
    const zip = path.join(dir, 'nodbf.zip');
    await writeZip(
      zip,
      entries(files, 'BATI/').filter((e) => !e.name.endsWith('.dbf')),
    );
    await expect(openShapefile(zip)).rejects.toThrow(/BATI\/BATIMENT\.shp in nodbf\.zip has no \.dbf beside it/);
  });
});

describe('openShapefile: truncated and corrupt files', () => {
  const three = () => [house('A', 0, 0), house('B', 20, 0), house('C', 40, 0)];
  // Each house record: 8-byte record header + 44 + 4 (one part) + 5 points × 16 bytes.
  const RECORD = 8 + 44 + 4 + 5 * 16;

  it('refuses a .shp cut inside a record, naming the record', async () => {
    await writeShapefile(base(), three(), {});
    fs.truncateSync(`${base()}.shp`, 100 + RECORD + 20);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      `BATIMENT.shp is truncated: it ends at byte ${100 + RECORD + 20}, inside record 2 (from byte ${100 + RECORD}), ` +
        `its header declares ${100 + 3 * RECORD} bytes`,
    );
  });

  it('throws ImportError, the error the pipeline reports', async () => {
    await writeShapefile(base(), three(), {});
    fs.truncateSync(`${base()}.shp`, 100 + RECORD + 20);
    await expect(readAll(`${base()}.shp`)).rejects.toBeInstanceOf(ImportError);
  });

  it('refuses a .shp that ends between records before its declared length', async () => {
    await writeShapefile(base(), three(), {});
    fs.truncateSync(`${base()}.shp`, 100 + 2 * RECORD);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      `truncated: it ends at byte ${100 + 2 * RECORD}, after record 2`,
    );
  });

  it('refuses a .dbf with fewer records than its header declares', async () => {
    await writeShapefile(base(), three(), {});
    const dbf = fs.readFileSync(`${base()}.dbf`);
    const headerLength = dbf.readUInt16LE(8);
    const recordLength = dbf.readUInt16LE(10);
    fs.writeFileSync(`${base()}.dbf`, dbf.subarray(0, headerLength + recordLength + 10));
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.dbf is truncated: its header declares 3 records .* inside record 2/,
    );
  });

  it('refuses a .shp and a .dbf with different record counts', async () => {
    await writeShapefile(base(), three(), {});
    await writeShapefile(base('TWO'), three().slice(0, 2), {});
    fs.copyFileSync(`${base('TWO')}.dbf`, `${base()}.dbf`);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.shp holds more records than the 2 of BATIMENT\.dbf/,
    );
    await writeShapefile(base(), three(), {});
    fs.copyFileSync(`${base('TWO')}.shp`, `${base()}.shp`);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.shp holds 2 records but BATIMENT\.dbf holds 3: a shapefile pairs them one to one/,
    );
  });

  it('refuses a wrong file code and an unknown shape type', async () => {
    await writeShapefile(base(), three(), {});
    const shp = fs.readFileSync(`${base()}.shp`);
    fs.writeFileSync(`${base()}.shp`, Buffer.concat([Buffer.from([0, 0, 0x27, 0x0b]), shp.subarray(4)]));
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.shp is not a shapefile: its file code is 9995/,
    );
    shp.writeInt32LE(42, 32);
    fs.writeFileSync(`${base()}.shp`, shp);
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(/BATIMENT\.shp is corrupt: unknown shape type 42/);
  });

  it('refuses a record whose shape type differs from the file, naming it', async () => {
    await writeShapefile(base(), three(), {});
    const shp = fs.readFileSync(`${base()}.shp`);
    shp.writeInt32LE(3, 100 + RECORD + 8);
    fs.writeFileSync(`${base()}.shp`, shp);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.shp record 2 \(at byte 236\) is corrupt: a PolyLine shape in a Polygon file/,
    );
  });

  it('refuses a record whose point count overruns it', async () => {
    await writeShapefile(base(), three(), {});
    const shp = fs.readFileSync(`${base()}.shp`);
    shp.writeInt32LE(500, 100 + 8 + 40);
    fs.writeFileSync(`${base()}.shp`, shp);
    await expect(readAll(`${base()}.shp`)).rejects.toThrow(
      /record 1 \(at byte 100\) is corrupt: 1 parts and 500 points do not fit in 128 bytes/,
    );
  });

  it('refuses a point shapefile, naming the shape type', async () => {
    await writeShapefile(base(), three(), { shapeType: 'Point' });
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(
      'BATIMENT.shp: the shapefile holds Point shapes, not polygons',
    );
  });

  it('explains a missing .dbf', async () => {
    await writeShapefile(base(), three(), {});
    fs.rmSync(`${base()}.dbf`);
    await expect(openShapefile(`${base()}.shp`)).rejects.toThrow(
      /BATIMENT\.shp has no \.dbf beside it \(same name, any case\)/,
    );
  });

  it('refuses other extensions and missing files', async () => {
    await expect(openShapefile(path.join(dir, 'x.gpkg'))).rejects.toThrow(/neither a \.shp nor a \.zip/);
    await expect(openShapefile(path.join(dir, 'x.shp'))).rejects.toThrow(/x\.shp does not exist/);
  });
});
