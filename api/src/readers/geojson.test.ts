import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bdTopoProperties, writeGeoJson, writeNdjson } from '../../../tests/import/writers/geojson.js';
import { generateBuildings, type GenBuilding } from '../../../tests/import/writers/types.js';
import { ImportError } from './ImportError.js';
import { openGeoJson, openNdjson } from './geojson.js';
import type { FeatureSource, SourceFeature } from './types.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'geojson-test-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

async function readAll(source: FeatureSource) {
  try {
    const features: SourceFeature[] = [];
    for await (const feature of source.features()) features.push(feature);
    return { features, crs: source.crs, progress: source.progress() };
  } finally {
    await source.close();
  }
}

/** The ImportError a reading throws, or a failure when it throws nothing or something else. */
async function readError(source: FeatureSource): Promise<ImportError> {
  const error = await readAll(source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

/** A 10 m × 8 m Lambert-93 house with its south-west corner at (x, y) [m], as a GeoJSON Feature object. */
function house(x: number, y: number, properties: Record<string, unknown>, id?: string | number) {
  return {
    type: 'Feature',
    ...(id === undefined ? {} : { id }),
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + 10, y],
          [x + 10, y + 8],
          [x, y + 8],
          [x, y],
        ],
      ],
    },
  };
}

const L93_CRS = { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } };
const buildings = (n: number): GenBuilding[] => [...generateBuildings(n, { x0: 690000, y0: 7030000 })];

/** Open file descriptors of this process (Linux), to see that close() releases the file read. */
const openDescriptors = () => fs.readdirSync('/proc/self/fd').length;

/** Reads one feature of a long file, closes the source, and gives the descriptors still open beyond those before. */
async function descriptorsLeftAfterEarlyClose(open: (p: string) => Promise<FeatureSource>, p: string): Promise<number> {
  const before = openDescriptors();
  const source = await open(p);
  const first = await source.features().next();
  expect(first.done).toBe(false);
  await source.close();
  // The descriptor is closed asynchronously after the stream is destroyed: wait for it, a bounded number of turns.
  for (let turn = 0; turn < 200 && openDescriptors() > before; turn++) await new Promise((r) => setTimeout(r, 5));
  return openDescriptors() - before;
}

describe.runIf(fs.existsSync('/proc/self/fd'))('close() before the end', () => {
  it('releases the file of a FeatureCollection and of NDJSON, plain or gzipped', async () => {
    // Long enough (≈ 10 MB) that the first feature comes out while most of the file is still unread.
    const written = buildings(30_000);
    const geojson = path.join(dir, 'long.geojson');
    const ndjson = path.join(dir, 'long.ndjson');
    await writeGeoJson(geojson, written, { epsg: 2154 });
    await writeNdjson(ndjson, written);
    const geojsonGz = file('long.geojson.gz', zlib.gzipSync(fs.readFileSync(geojson)));
    expect(await descriptorsLeftAfterEarlyClose(openGeoJson, geojson)).toBe(0);
    expect(await descriptorsLeftAfterEarlyClose(openGeoJson, geojsonGz)).toBe(0);
    expect(await descriptorsLeftAfterEarlyClose(openNdjson, ndjson)).toBe(0);
  });
});

describe('openGeoJson', () => {
  it('streams a FeatureCollection written by the test writer, with its crs member known from the first feature on', async () => {
    const written = buildings(3);
    const p = path.join(dir, 'batiment.geojson');
    await writeGeoJson(p, written, { epsg: 2154 });
    const source = await openGeoJson(p);
    expect(source.format).toBe('geojson');
    const iterator = source.features();
    const first = await iterator.next();
    // The pipeline resolves the CRS after the first record: the crs member, written before the features, is known.
    expect(source.crs).toMatchObject({ epsg: 2154, from: 'crs member' });
    expect(source.crs?.text).toContain('urn:ogc:def:crs:EPSG::2154');
    const features = [first.value as SourceFeature];
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) features.push(r.value);
    await source.close();
    expect(features.map((f) => f.index)).toEqual([0, 1, 2]);
    for (const [i, b] of written.entries()) {
      expect(features[i]!.geometry).toEqual({ type: 'Polygon', coordinates: [b.ring] });
      expect(features[i]!.properties).toEqual(bdTopoProperties(b));
      expect(features[i]!.invalid).toBeUndefined();
    }
  });

  it('declares no CRS when the crs member is absent or null', async () => {
    const absent = file('a.geojson', JSON.stringify({ type: 'FeatureCollection', features: [house(0, 0, {})] }));
    expect((await readAll(await openGeoJson(absent))).crs).toBeNull();
    const nul = file(
      'b.geojson',
      JSON.stringify({ type: 'FeatureCollection', crs: null, features: [house(0, 0, {})] }),
    );
    expect((await readAll(await openGeoJson(nul))).crs).toBeNull();
  });

  it('refuses a crs member that comes after the features', async () => {
    const p = file(
      'late.geojson',
      JSON.stringify({ type: 'FeatureCollection', features: [house(0, 0, {})], crs: L93_CRS }),
    );
    expect((await readError(await openGeoJson(p))).message).toMatch(/"crs" member comes after the features/);
  });

  it('reads members in any order around the features: type last, foreign members', async () => {
    const text = JSON.stringify({
      name: 'batiment',
      bbox: [0, 0, 10, 8],
      crs: L93_CRS,
      features: [house(0, 0, { hauteur: 6 })],
      type: 'FeatureCollection',
    });
    const { features, crs } = await readAll(await openGeoJson(file('order.geojson', text)));
    expect(crs?.epsg).toBe(2154);
    expect(features).toHaveLength(1);
    expect(features[0]!.properties).toEqual({ hauteur: 6 });
  });

  it('reads a document that is one Feature', async () => {
    const p = file(
      'one.geojson',
      JSON.stringify({ ...house(700000, 6600000, { cleabs: 'BATIMENT1' }, 'b1'), crs: L93_CRS }),
    );
    const { features, crs } = await readAll(await openGeoJson(p));
    expect(crs?.epsg).toBe(2154);
    expect(features).toHaveLength(1);
    expect(features[0]).toMatchObject({ index: 0, id: 'b1', properties: { cleabs: 'BATIMENT1' } });
    expect(features[0]!.geometry).toEqual(house(700000, 6600000, {}).geometry);
  });

  it('refuses a FeatureCollection without a features array', async () => {
    const none = file('none.geojson', JSON.stringify({ type: 'FeatureCollection', crs: L93_CRS }));
    expect((await readError(await openGeoJson(none))).message).toMatch(/no "features" array/);
  });

  it('refuses a FeatureCollection whose features member is not an array', async () => {
    for (const [name, features] of [
      ['null', null],
      ['object', { a: house(0, 0, {}) }],
      ['string', 'house'],
    ] as const) {
      const p = file(`${name}.geojson`, JSON.stringify({ type: 'FeatureCollection', features }));
      expect((await readError(await openGeoJson(p))).message, name).toMatch(/"features".*array/);
    }
  });

  it('refuses a JSON array and a document of another GeoJSON type', async () => {
    const array = file('array.geojson', JSON.stringify([house(0, 0, {})]));
    expect((await readError(await openGeoJson(array))).message).toMatch(/JSON array/);
    const polygon = file('polygon.geojson', JSON.stringify(house(0, 0, {}).geometry));
    expect((await readError(await openGeoJson(polygon))).message).toMatch(/FeatureCollection.*"Polygon"/);
  });

  it('turns members of the features array that are not Feature objects into invalid features, keeping their place', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [7, house(0, 0, { n: 1 }), null, 'x', [1, 2], { type: 'Polygon' }, house(20, 0, { n: 2 })],
    });
    const { features } = await readAll(await openGeoJson(file('mixed.geojson', text)));
    expect(features.map((f) => f.index)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(features.map((f) => f.invalid === undefined)).toEqual([false, true, false, false, false, false, true]);
    expect(features[1]!.properties).toEqual({ n: 1 });
    expect(features[6]!.properties).toEqual({ n: 2 });
    for (const f of [features[0]!, features[2]!, features[3]!, features[4]!, features[5]!])
      expect(f.invalid).toMatch(/not a GeoJSON Feature/);
  });

  it('refuses a file truncated anywhere, as not valid JSON', async () => {
    const p = path.join(dir, 'full.geojson');
    await writeGeoJson(p, buildings(4), { epsg: 2154 });
    const text = fs.readFileSync(p, 'utf8');
    // Inside the crs member, inside a feature, just after a feature's comma, before the closing "]}".
    const cuts = [40, Math.floor(text.length / 2), text.indexOf(',\n') + 1, text.lastIndexOf(']')];
    for (const cut of cuts) {
      const source = await openGeoJson(file(`cut${cut}.geojson`, text.slice(0, cut)));
      expect((await readError(source)).message, `cut at ${cut}`).toMatch(/not valid JSON/);
    }
  });

  it('refuses bytes after the document', async () => {
    const text = JSON.stringify({ type: 'FeatureCollection', features: [house(0, 0, {})] });
    const source = await openGeoJson(file('twice.geojson', `${text}\n${text}`));
    expect((await readError(source)).message).toMatch(/not valid JSON/);
  });

  it('reads a gzipped file, and refuses a truncated one', async () => {
    const written = buildings(50);
    const plain = path.join(dir, 'batiment.geojson');
    await writeGeoJson(plain, written, { epsg: 2154 });
    const gz = zlib.gzipSync(fs.readFileSync(plain));
    const { features, crs, progress } = await readAll(await openGeoJson(file('batiment.geojson.gz', gz)));
    expect(crs?.epsg).toBe(2154);
    expect(features).toHaveLength(50);
    expect(features[49]!.properties).toEqual(bdTopoProperties(written[49]!));
    expect(progress).toEqual({ done: gz.length, total: gz.length });
    const cut = await openGeoJson(file('cut.geojson.gz', gz.subarray(0, gz.length - 20)));
    await readError(cut);
  });

  it('streams 5,000 features in file order with their properties and ids, progress ending at the file size', async () => {
    const n = 5000;
    const all = Array.from({ length: n }, (_, i) =>
      house((i % 100) * 14, Math.floor(i / 100) * 12, { rank: i, nom: `bâtiment ${i}` }, i % 2 === 0 ? i : `b${i}`),
    );
    const text = `{"type":"FeatureCollection","crs":${JSON.stringify(L93_CRS)},"features":[\n${all.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
    const p = file('big.geojson', text);
    const source = await openGeoJson(p);
    const { features, progress } = await readAll(source);
    expect(features).toHaveLength(n);
    for (let i = 0; i < n; i++) {
      const f = features[i]!;
      expect(f.index).toBe(i);
      expect(f.id).toBe(i % 2 === 0 ? i : `b${i}`);
      expect(f.properties).toEqual({ rank: i, nom: `bâtiment ${i}` });
      expect(f.geometry).toEqual(all[i]!.geometry);
    }
    const size = Buffer.byteLength(text);
    expect(progress).toEqual({ done: size, total: size });
  });

  it('gives an id of null when a feature has none or one that is neither a string nor a number', async () => {
    const text = JSON.stringify({
      type: 'FeatureCollection',
      features: [house(0, 0, {}), { ...house(0, 0, {}), id: { a: 1 } }],
    });
    const { features } = await readAll(await openGeoJson(file('ids.geojson', text)));
    expect(features.map((f) => f.id)).toEqual([null, null]);
  });
});

describe('openNdjson', () => {
  it('reads one feature per line, declaring no CRS, with progress ending at the file size', async () => {
    const written = buildings(20);
    const p = path.join(dir, 'batiment.ndjson');
    await writeNdjson(p, written);
    const source = await openNdjson(p);
    expect(source.format).toBe('ndjson');
    const { features, crs, progress } = await readAll(source);
    expect(crs).toBeNull();
    expect(features.map((f) => f.index)).toEqual([...Array(20).keys()]);
    for (const [i, b] of written.entries()) {
      expect(features[i]!.geometry).toEqual({ type: 'Polygon', coordinates: [b.ring] });
      expect(features[i]!.properties).toEqual(bdTopoProperties(b));
    }
    const size = fs.statSync(p).size;
    expect(progress).toEqual({ done: size, total: size });
  });

  it('reads GeoJSON text sequences (RS before each record), CRLF line ends and skips blank lines', async () => {
    const a = JSON.stringify(house(0, 0, { n: 'a' }, 1));
    const b = JSON.stringify(house(20, 0, { n: 'b' }, 2));
    const c = JSON.stringify(house(40, 0, { n: 'c' }, 3));
    const text = `\u001e${a}\r\n\r\n\u001e${b}\r\n   \r\n\u001e${c}\r\n`;
    const { features } = await readAll(await openNdjson(file('seq.geojsons', text)));
    expect(features.map((f) => [f.index, f.id, f.properties.n, f.invalid])).toEqual([
      [0, 1, 'a', undefined],
      [1, 2, 'b', undefined],
      [2, 3, 'c', undefined],
    ]);
  });

  it('turns a line that is not JSON, or not a Feature, into an invalid feature naming its line, and goes on', async () => {
    const good = (n: number) => JSON.stringify(house(n * 20, 0, { n }));
    const text = [
      good(0),
      '',
      '{"type":"Feature","properties":{',
      good(1),
      '{"type":"Polygon","coordinates":[]}',
      good(2),
    ].join('\n');
    const { features } = await readAll(await openNdjson(file('bad.ndjson', text)));
    expect(features).toHaveLength(5);
    expect(features.map((f) => f.index)).toEqual([0, 1, 2, 3, 4]);
    expect(features[1]!.invalid).toMatch(/^line 3 is not valid JSON/);
    expect(features[1]!.geometry).toBeNull();
    expect(features[3]!.invalid).toMatch(/^line 5: not a GeoJSON Feature/);
    expect([features[0]!, features[2]!, features[4]!].map((f) => f.properties.n)).toEqual([0, 1, 2]);
  });

  it('turns a last line cut short into an invalid feature naming it', async () => {
    const lines = buildings(3).map((b) => JSON.stringify(house(b.ring[0]![0], b.ring[0]![1], { id: b.id })));
    const text = `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 40)}`;
    const { features } = await readAll(await openNdjson(file('cut.ndjson', text)));
    expect(features).toHaveLength(3);
    expect(features[2]!.invalid).toMatch(/^line 3 is not valid JSON \(truncated/);
  });

  it('reads a gzipped file', async () => {
    const written = buildings(10);
    const plain = path.join(dir, 'batiment.ndjson');
    await writeNdjson(plain, written);
    const gz = zlib.gzipSync(fs.readFileSync(plain));
    const { features, progress } = await readAll(await openNdjson(file('batiment.ndjson.gz', gz)));
    expect(features.map((f) => f.properties.cleabs)).toEqual(written.map((b) => b.id));
    expect(progress).toEqual({ done: gz.length, total: gz.length });
  });

  it('refuses a truncated gzipped file', async () => {
    const plain = path.join(dir, 'batiment.ndjson');
    await writeNdjson(plain, buildings(200));
    const gz = zlib.gzipSync(fs.readFileSync(plain));
    await readError(await openNdjson(file('cut.ndjson.gz', gz.subarray(0, gz.length - 20))));
  });
});
