import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GABLE_RISE_M, writeCityJson } from '../../../tests/import/writers/cityjson.js';
import { generateBuildings, type GenBuilding } from '../../../tests/import/writers/types.js';
import { ImportError } from './ImportError.js';
import { openCityJson } from './cityjson.js';
import { crsOfMetadata } from './cityjsonObjects.js';
import { readAll } from './readAll.testkit.js';
import type { FeatureSource, SourceFeature } from './types.js';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cityjson-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

async function readCity(file: string): Promise<{ source: FeatureSource; features: SourceFeature[] }> {
  const source = await openCityJson(file);
  return { source, features: await readAll(source) };
}

const rect = (x: number, y: number, w: number, d: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + d],
  [x, y + d],
  [x, y],
];

const house = (id: string, ring: [number, number][], height: number): GenBuilding => ({
  id,
  ring,
  height_m: height,
  levels: 2,
  year_built: 1931,
  roof_shape: 'gabled',
});

/** Tilt of a planar face from its Newell normal [°]. */
function tilt(ring: number[][]): number {
  let [nx, ny, nz] = [0, 0, 0];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [a, b] = [ring[i]!, ring[i + 1]!];
    nx += (a[1]! - b[1]!) * (a[2]! + b[2]!);
    ny += (a[2]! - b[2]!) * (a[0]! + b[0]!);
    nz += (a[0]! - b[0]!) * (a[1]! + b[1]!);
  }
  return (Math.acos(nz / Math.hypot(nx, ny, nz)) * 180) / Math.PI;
}

const expectRing = (actual: number[][] | undefined, expected: number[][], digits = 6) => {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((p, i) => p.forEach((v, k) => expect(actual![i]![k]).toBeCloseTo(v, digits)));
};

describe('openCityJson: whole documents', () => {
  it('reads a 2.0 LoD2 Solid: transform applied, footprint = ground surface, gable roofs above a 35 m ground', async () => {
    const file = path.join(dir, 'a.city.json');
    // 10 m along x, 8 m along y: the ridge runs along x at y0 + 4, eaves at 9 − 2 = 7 m, ridge at 9 m
    const ring = rect(85000.123, 446000.456, 10, 8);
    await writeCityJson(file, [house('NL.1', ring, 9)], { version: '2.0', epsg: 7415, groundZ: 35.2 });
    const { source, features } = await readCity(file);
    expect(source).toMatchObject({ format: 'cityjson', vocabulary: 'cityjson' });
    expect(source.crs).toEqual({
      epsg: 7415,
      text: 'https://www.opengis.net/def/crs/EPSG/0/7415',
      from: 'metadata.referenceSystem',
    });
    expect(source.progress()).toEqual({ done: 2 * fs.statSync(file).size, total: 2 * fs.statSync(file).size });
    expect(features).toHaveLength(1);
    const f = features[0]!;
    expect(f).toMatchObject({ index: 0, id: 'NL.1', geometry: { type: 'MultiPolygon' } });
    const polygons = (f.geometry!.coordinates as number[][][][])!;
    expect(polygons).toHaveLength(1);
    expectRing(polygons[0]![0], ring);
    expect(f.properties).toMatchObject({
      measuredHeight: 9,
      storeysAboveGround: 2,
      yearOfConstruction: 1931,
      roofType: 'gabled',
      '@object_type': 'Building',
      '@lod': '2.2',
      '@ground_z_m': 35.2,
      '@height_from_geometry_m': 9,
    });
    const [x0, y0] = [85000.123, 446000.456];
    const eave = 9 - GABLE_RISE_M;
    expect(f.roofSurfaces).toHaveLength(2);
    expectRing(f.roofSurfaces![0]![0], [
      [x0, y0, eave],
      [x0 + 10, y0, eave],
      [x0 + 10, y0 + 4, 9],
      [x0, y0 + 4, 9],
      [x0, y0, eave],
    ]);
    expectRing(f.roofSurfaces![1]![0], [
      [x0 + 10, y0 + 8, eave],
      [x0, y0 + 8, eave],
      [x0, y0 + 4, 9],
      [x0 + 10, y0 + 4, 9],
      [x0 + 10, y0 + 8, eave],
    ]);
    // rise 2 m over a run of half the 8 m width
    const expected = (Math.atan(GABLE_RISE_M / 4) * 180) / Math.PI;
    for (const roof of f.roofSurfaces!) expect(tilt(roof[0]!)).toBeCloseTo(expected, 6);
  });

  it('reads 1.1 with an http:// reference system, the ridge along the longer y side', async () => {
    const file = path.join(dir, 'b.json');
    await writeCityJson(file, [house('b', rect(650000, 6800000, 8, 12), 7)], {
      version: '1.1',
      referenceSystem: 'http://www.opengis.net/def/crs/EPSG/0/2154',
    });
    const { source, features } = await readCity(file);
    expect(source.crs).toMatchObject({ epsg: 2154, text: 'http://www.opengis.net/def/crs/EPSG/0/2154' });
    const ridge = features[0]!.roofSurfaces!.flatMap((p) => p[0]!).filter((q) => q[2] === 7);
    expect(ridge.length).toBeGreaterThan(0);
    for (const q of ridge) expect(q[0]).toBeCloseTo(650004, 6);
    const run = 4;
    for (const roof of features[0]!.roofSurfaces!) {
      expect(tilt(roof[0]!)).toBeCloseTo((Math.atan(GABLE_RISE_M / run) * 180) / Math.PI, 6);
    }
    expect(features[0]!.properties).toMatchObject({ '@ground_z_m': 0, '@height_from_geometry_m': 7 });
  });

  it('reads 1.0 without transform: raw vertices, numeric LoD, URN reference system', async () => {
    const file = path.join(dir, 'c.json');
    const ring = rect(85000.25, 446000.75, 10, 8);
    await writeCityJson(file, [house('c', ring, 6)], { version: '1.0', epsg: 7415, groundZ: 2.5 });
    const text = fs.readFileSync(file, 'utf8');
    expect(text).not.toContain('"transform"');
    const { source, features } = await readCity(file);
    expect(source.crs).toEqual({ epsg: 7415, text: 'urn:ogc:def:crs:EPSG::7415', from: 'metadata.referenceSystem' });
    expect(features[0]!.geometry!.coordinates).toEqual([[ring]]);
    expect(features[0]!.properties).toMatchObject({ '@lod': '2', '@ground_z_m': 2.5, '@height_from_geometry_m': 6 });
    expect(features[0]!.roofSurfaces).toHaveLength(2);
  });

  it('reads an LoD1 block from its bottom face, without roof surfaces', async () => {
    const file = path.join(dir, 'd.json');
    const ring = rect(1000, 2000, 10, 8);
    await writeCityJson(file, [house('d', ring, 12)], { version: '2.0', lod2: false, groundZ: 20 });
    const { source, features } = await readCity(file);
    expect(source.crs).toBeNull();
    expectRing((features[0]!.geometry!.coordinates as number[][][][])[0]![0], ring);
    expect(features[0]!.roofSurfaces).toBeUndefined();
    expect(features[0]!.properties).toMatchObject({
      '@lod': '1.2',
      '@ground_z_m': 20,
      '@height_from_geometry_m': 12,
      roofType: 'gabled',
    });
  });

  it('reads the same faces written as a MultiSurface', async () => {
    const file = path.join(dir, 'e.json');
    const ring = rect(1000, 2000, 10, 8);
    await writeCityJson(file, [house('e', ring, 6)], { version: '2.0', geometryType: 'MultiSurface' });
    const { features } = await readCity(file);
    expectRing((features[0]!.geometry!.coordinates as number[][][][])[0]![0], ring);
    expect(features[0]!.roofSurfaces!.map((p) => p[0]!.map((q) => q[2]))).toEqual([
      [4, 4, 6, 6, 4],
      [4, 4, 6, 6, 4],
    ]);
  });

  it('keeps a courtyard: a hole in the footprint and in the flat roof', async () => {
    const file = path.join(dir, 'f.json');
    const hole: [number, number][] = [
      [1004, 2003],
      [1004, 2005],
      [1006, 2005],
      [1006, 2003],
      [1004, 2003],
    ];
    await writeCityJson(file, [{ ...house('f', rect(1000, 2000, 10, 8), 5), holes: [hole] }], { version: '2.0' });
    const { features } = await readCity(file);
    const polygon = (features[0]!.geometry!.coordinates as number[][][][])[0]!;
    expectRing(polygon[0], rect(1000, 2000, 10, 8));
    expectRing(polygon[1], hole);
    expect(features[0]!.roofSurfaces).toHaveLength(1);
    expect(features[0]!.roofSurfaces![0]).toHaveLength(2);
    expect(features[0]!.roofSurfaces![0]!.flat().every((q) => q[2] === 5)).toBe(true);
    expect(features[0]!.properties.roofType).toBe('flat');
  });

  it('streams thousands of buildings across chunks and growing vertex storage', async () => {
    const file = path.join(dir, 'many.city.json');
    const n = 7000; // 70,000 vertices: more than the first vertex block; the file spans many read chunks
    const written = await writeCityJson(file, () => generateBuildings(n, { x0: 85000, y0: 446000 }), {
      version: '2.0',
      epsg: 7415,
    });
    expect(written).toEqual({ buildings: n, vertices: 10 * n });
    expect(fs.statSync(file).size).toBeGreaterThan(2 << 20);
    const { features } = await readCity(file);
    expect(features).toHaveLength(n);
    const last = features[n - 1]!;
    const col = (n - 1) % 300;
    const row = Math.floor((n - 1) / 300);
    expect(last).toMatchObject({ index: n - 1, id: `BATIMENT${String(n - 1).padStart(10, '0')}` });
    expectRing((last.geometry!.coordinates as number[][][][])[0]![0], rect(85000 + col * 14, 446000 + row * 12, 10, 8));
    expect(last.properties.measuredHeight).toBe(6 + ((n - 1) % 7));
  });

  it('stops when closed before the end', async () => {
    const file = path.join(dir, 'g.json');
    await writeCityJson(file, generateBuildings(50, { x0: 0, y0: 0 }), { version: '2.0' });
    const source = await openCityJson(file);
    for await (const f of source.features()) {
      expect(f.id).toBe('BATIMENT0000000000');
      break;
    }
    await source.close();
  });
});

describe('openCityJson: CityJSONSeq', () => {
  it('reads a header line then one CityJSONFeature a line, with the header transform', async () => {
    const file = path.join(dir, 'h.city.jsonl');
    const buildings = [house('s1', rect(85000.5, 446000, 10, 8), 6), house('s2', rect(85020, 446000, 10, 8), 8)];
    await writeCityJson(file, buildings, { version: '2.0', epsg: 7415, seq: true, groundZ: 35 });
    expect(fs.readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(3);
    const { source, features } = await readCity(file);
    expect(source.crs).toMatchObject({ epsg: 7415 });
    expect(source.progress()).toEqual({ done: fs.statSync(file).size, total: fs.statSync(file).size });
    expect(features.map((f) => [f.index, f.id])).toEqual([
      [0, 's1'],
      [1, 's2'],
    ]);
    expectRing((features[0]!.geometry!.coordinates as number[][][][])[0]![0], buildings[0]!.ring);
    expect(features[1]!.properties).toMatchObject({ '@ground_z_m': 35, '@height_from_geometry_m': 8 });
    expect(features[1]!.roofSurfaces![0]![0]!.map((q) => q[2])).toEqual([6, 6, 8, 8, 6]);
  });

  it('recognises CityJSONSeq by its first line under another name, in 1.1', async () => {
    const file = path.join(dir, 'h.json');
    await writeCityJson(file, [house('s1', rect(0, 0, 10, 8), 6)], { version: '1.1', seq: true, lod2: false });
    const { features } = await readCity(file);
    expect(features.map((f) => f.properties['@lod'])).toEqual(['1.2']);
  });

  it('reads files that start with a byte order mark', async () => {
    for (const seq of [false, true]) {
      const file = path.join(dir, seq ? 'bom.city.jsonl' : 'bom.city.json');
      await writeCityJson(file, [house('m', rect(0, 0, 10, 8), 6)], { version: '2.0', seq });
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), fs.readFileSync(file)]));
      const { features } = await readCity(file);
      expect(features.map((f) => f.id)).toEqual(['m']);
    }
  });

  it('names the line of a feature cut short', async () => {
    const file = path.join(dir, 'i.city.jsonl');
    await writeCityJson(file, generateBuildings(3, { x0: 0, y0: 0 }), { version: '2.0', seq: true });
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, bytes.subarray(0, bytes.length - 40));
    await expect(readCity(file)).rejects.toThrow(/^line 4 is not valid JSON \(the file is truncated or corrupt\)/);
  });
});

/** A box as a Solid (vertex indices from `base`), rings anticlockwise seen from outside. */
function box(x: number, y: number, w: number, d: number, z0: number, z1: number, base: number) {
  const vertices = [
    [x, y, z0],
    [x + w, y, z0],
    [x + w, y + d, z0],
    [x, y + d, z0],
    [x, y, z1],
    [x + w, y, z1],
    [x + w, y + d, z1],
    [x, y + d, z1],
  ];
  const faces = [
    [3, 2, 1, 0],
    [0, 1, 5, 4],
    [1, 2, 6, 5],
    [2, 3, 7, 6],
    [3, 0, 4, 7],
    [4, 5, 6, 7],
  ].map((r) => [r.map((i) => i + base)]);
  return { vertices, geometry: { type: 'Solid', lod: '1.2', boundaries: [faces] } };
}

function writeDoc(file: string, doc: unknown) {
  fs.writeFileSync(file, JSON.stringify(doc));
}

describe('openCityJson: buildings and their parts', () => {
  it('replaces a building by its parts, which carry its attributes, and passes over other objects', async () => {
    const p1 = box(0, 0, 5, 5, 0, 6, 0);
    const p2 = box(5, 0, 5, 5, 0, 9, 8);
    const p3 = box(20, 0, 6, 4, 1, 4, 16);
    const doc = {
      type: 'CityJSON',
      version: '2.0',
      // vertices before the objects and transform last: members come in any order
      vertices: [...p1.vertices, ...p2.vertices, ...p3.vertices],
      CityObjects: {
        'B1-1': { type: 'BuildingPart', parents: ['B1'], attributes: { measuredHeight: 9 }, geometry: [p2.geometry] },
        B1: {
          type: 'Building',
          children: ['B1-0', 'B1-1'],
          attributes: { yearOfConstruction: 1930, measuredHeight: 1 },
        },
        'B1-0': { type: 'BuildingPart', parents: ['B1'], geometry: [p1.geometry] },
        // 3DBAG: an LoD0 footprint on the building, the LoD2.2 solid on its part
        B2: {
          type: 'Building',
          children: ['B2-0'],
          attributes: { b3_h_dak_max: 4, oorspronkelijkbouwjaar: 1965 },
          geometry: [{ type: 'MultiSurface', lod: '0', boundaries: [[[16, 17, 18, 19]]] }],
        },
        'B2-0': { type: 'BuildingPart', parents: ['B2'], attributes: {}, geometry: [p3.geometry] },
        B3: { type: 'Building', attributes: { function: 'shed' } },
        I1: { type: 'BuildingInstallation', parents: ['B1'], geometry: [p1.geometry] },
        R1: { type: 'Road', geometry: [{ type: 'MultiSurface', lod: 1, boundaries: [[[0, 1, 2]]] }] },
      },
      transform: { scale: [1, 1, 1], translate: [100, 200, 10] },
    };
    const file = path.join(dir, 'parts.json');
    writeDoc(file, doc);
    const { features } = await readCity(file);
    const summary = features.map((f) => [f.index, f.id, f.skip ?? f.invalid ?? 'feature']);
    expect(summary).toEqual([
      [1, 'B1', 'replaced by its BuildingParts'],
      [0, 'B1-1', 'feature'],
      [2, 'B1-0', 'feature'],
      [3, 'B2', 'replaced by its BuildingParts'],
      [4, 'B2-0', 'feature'],
      [5, 'B3', 'the CityObject has no geometry'],
    ]);
    const byId = new Map(features.map((f) => [f.id, f]));
    expect(byId.get('B1-1')!.properties).toMatchObject({
      yearOfConstruction: 1930,
      measuredHeight: 9,
      '@parent': 'B1',
      '@object_type': 'BuildingPart',
      '@ground_z_m': 10,
      '@height_from_geometry_m': 9,
    });
    expect(byId.get('B1-0')!.properties).toMatchObject({ yearOfConstruction: 1930, measuredHeight: 1 });
    expectRing((byId.get('B1-0')!.geometry!.coordinates as number[][][][])[0]![0], rect(100, 200, 5, 5));
    expect(byId.get('B2-0')!.properties).toMatchObject({
      b3_h_dak_max: 4,
      oorspronkelijkbouwjaar: 1965,
      '@lod': '1.2',
      '@ground_z_m': 11,
      '@height_from_geometry_m': 3,
    });
  });

  it('does the same inside one CityJSONFeature line', async () => {
    const p1 = box(0, 0, 5, 5, 0, 6, 0);
    const file = path.join(dir, 'parts.city.jsonl');
    const header = { type: 'CityJSON', version: '2.0', transform: { scale: [0.5, 0.5, 0.5], translate: [0, 0, 0] } };
    const line = {
      type: 'CityJSONFeature',
      id: 'B1',
      CityObjects: {
        B1: { type: 'Building', children: ['B1-0'], attributes: { yearOfConstruction: 1930 } },
        'B1-0': { type: 'BuildingPart', parents: ['B1'], geometry: [p1.geometry] },
      },
      vertices: p1.vertices,
    };
    fs.writeFileSync(file, `${JSON.stringify(header)}\n${JSON.stringify(line)}\n`);
    const { source, features } = await readCity(file);
    expect(source.crs).toBeNull();
    expect(features.map((f) => f.skip ?? f.id)).toEqual(['replaced by its BuildingParts', 'B1-0']);
    expect(features[1]!.properties).toMatchObject({ yearOfConstruction: 1930, '@height_from_geometry_m': 3 });
    expectRing((features[1]!.geometry!.coordinates as number[][][][])[0]![0], rect(0, 0, 2.5, 2.5));
  });
});

describe('openCityJson: footprints of parts without a GroundSurface', () => {
  /** Planar area of a closed ring's xy projection (shoelace) [m²]. */
  const planArea = (ring: number[][]) =>
    Math.abs(ring.slice(0, -1).reduce((s, p, i) => s + p[0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * p[1]!, 0)) / 2;
  const footprintArea = (f: SourceFeature) =>
    (f.geometry!.coordinates as number[][][][]).reduce(
      (s, rings) => s + planArea(rings[0]!) - rings.slice(1).reduce((h, r) => h + planArea(r), 0),
      0,
    );
  /** The roof's projected area: its faces' xy projections (a gable's two faces do not overlap) [m²]. */
  const roofArea = (f: SourceFeature) => f.roofSurfaces!.reduce((s, rings) => s + planArea(rings[0]!), 0);
  // Swiss LV95 houses near Bern, 10 m × 8 m, walls leaning out by 4–5 mm (topScale 1.001), each held by a BuildingPart.
  const swiss = () => [...generateBuildings(3, { x0: 2_600_100, y0: 1_199_900, idPrefix: 'CH' })];

  it.each([
    ['a MultiSurface part without floor', { geometryType: 'MultiSurface', floor: 'none' }, 'projection of the faces'],
    ['a Solid part whose floor has no label', { geometryType: 'Solid', floor: 'unlabelled' }, undefined],
  ] as const)('%s: the footprint matches the roof projected area within 1 %%', async (_name, shape, from) => {
    const file = path.join(dir, 'parts-lv95.city.json');
    await writeCityJson(file, swiss(), { version: '2.0', epsg: 2056, parts: true, topScale: 1.001, ...shape });
    const { features } = await readCity(file);
    const parts = features.filter((f) => !f.skip);
    expect(parts.map((f) => f.id)).toEqual(['CH0000000000-0', 'CH0000000001-0', 'CH0000000002-0']);
    for (const f of parts) {
      expect(f.invalid).toBeUndefined();
      expect(f.roofSurfaces).toHaveLength(2);
      // 80 m² of ground; the roof a few mm wider on each side (≈ 80.16 m²)
      expect(Math.abs(footprintArea(f) / roofArea(f) - 1)).toBeLessThan(0.01);
      expect(footprintArea(f)).toBeGreaterThan(79.9);
      expect(f.properties['@footprint_from']).toBe(from);
    }
  });
});

describe('crsOfMetadata', () => {
  it.each([
    ['https://www.opengis.net/def/crs/EPSG/0/7415', 7415],
    ['http://www.opengis.net/def/crs/EPSG/0/2154', 2154],
    ['urn:ogc:def:crs:EPSG::7415', 7415],
    ['urn:ogc:def:crs:EPSG:8.9:28992', 28992],
  ])('reads %s', (text, epsg) => {
    expect(crsOfMetadata({ referenceSystem: text })).toEqual({ epsg, text, from: 'metadata.referenceSystem' });
  });
  it('keeps a text it cannot read, and gives null without one', () => {
    expect(crsOfMetadata({ referenceSystem: 'RD New' })).toEqual({ text: 'RD New', from: 'metadata.referenceSystem' });
    expect(crsOfMetadata({})).toBeNull();
    expect(crsOfMetadata(undefined)).toBeNull();
  });
});

describe('openCityJson: broken files', () => {
  const valid = (version = '2.0') => {
    const b = box(0, 0, 5, 5, 0, 6, 0);
    return {
      type: 'CityJSON',
      version,
      CityObjects: { A: { type: 'Building', geometry: [b.geometry] } },
      vertices: b.vertices,
    };
  };
  const refuses = async (name: string, content: string | object, message: string | RegExp) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 1));
    const run = readCity(file);
    await expect(run).rejects.toBeInstanceOf(ImportError);
    await expect(readCity(file)).rejects.toThrow(message);
  };

  it('names where a truncated document ends', async () => {
    const file = path.join(dir, 'cut.json');
    await writeCityJson(file, generateBuildings(20, { x0: 0, y0: 0 }), { version: '2.0' });
    const text = fs.readFileSync(file, 'utf8');
    const inObjects = text.indexOf('BATIMENT0000000010');
    await refuses(
      'cut1.json',
      text.slice(0, inObjects + 100),
      /^the file ends at byte \d+ inside "CityObjects" \(in or after "BATIMENT0000000010"\): it is truncated$/,
    );
    await refuses(
      'cut2.json',
      text.slice(0, text.length - 30),
      /^the file ends at byte \d+ inside "vertices" \(after \d+ vertices\): it is truncated$/,
    );
  });

  it('gives the line and column of a syntax error', async () => {
    const text = JSON.stringify(valid(), null, 1).replace('"Building"', '"Building" 7');
    await refuses('syntax.json', text, /^the file is not valid JSON at line \d+, column \d+: /);
  });

  it('refuses a vertex index beyond the vertices', async () => {
    const doc = valid();
    doc.CityObjects.A.geometry[0]!.boundaries[0]![5]![0]![3] = 8;
    await refuses(
      'index.json',
      doc,
      'CityObjects["A"].geometry[0]: boundaries[0][5][0][3] is vertex index 8, beyond the 8 vertices of "vertices"',
    );
  });

  it('refuses boundaries not nested as their type requires', async () => {
    const doc = valid();
    (doc.CityObjects.A.geometry[0] as { type: string }).type = 'MultiSolid';
    await refuses(
      'nesting.json',
      doc,
      'CityObjects["A"].geometry[0]: boundaries[0][0][0][0] should be a ring (an array of vertex indices), got a number (a MultiSolid nests solids › shells › surfaces › rings › vertex indices)',
    );
  });

  it('refuses a vertex that is not three numbers', async () => {
    const doc = valid();
    (doc.vertices as unknown[])[2] = [1, 2];
    await refuses('vertex.json', doc, '"vertices"[2] is not an array of 3 numbers (x, y, z)');
  });

  it('refuses files that are not CityJSON or of an unsupported version', async () => {
    await refuses(
      'geo.json',
      { type: 'FeatureCollection', features: [] },
      'the file is not CityJSON: its "type" is "FeatureCollection", expected "CityJSON"',
    );
    await refuses('notype.json', { version: '2.0', CityObjects: {}, vertices: [] }, /its "type" is missing/);
    await refuses('array.json', '[1, 2]', 'the file is not CityJSON: it is not a JSON object');
    await refuses('v3.json', valid('3.0'), 'the file: CityJSON version "3.0" is not supported (1.0, 1.1 and 2.0 are)');
    await refuses('empty.json', '', 'the file is empty');
    await refuses(
      'noobjects.json',
      { type: 'CityJSON', version: '2.0', vertices: [] },
      'the file has no "CityObjects" object',
    );
    const seqHeader = { type: 'CityJSON', version: '0.9', CityObjects: {}, vertices: [] };
    await refuses(
      'old.city.jsonl',
      `${JSON.stringify(seqHeader)}\n`,
      /line 1 \(the CityJSONSeq header\): CityJSON version "0.9"/,
    );
  });
});
