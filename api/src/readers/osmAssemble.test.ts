import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  osmPbfSink,
  osmXmlSink,
  writeOsmPbf,
  writeOsmXml,
  type OsmBuildingOptions,
  type OsmSink,
} from '../../../tests/import/writers/osm.js';
import { generateBuildings, type GenBuilding } from '../../../tests/import/writers/types.js';
import { OUTLINE_SKIP, WAY_INCOMPLETE_SKIP } from './osmAssemble.js';
import { interiorPoint, joinRings, pointInPolygons } from './osmGeometry.js';
import { openOsmPbf } from './osmPbf.js';
import { openOsmXml } from './osmXml.js';
import { readAll } from './readAll.testkit.js';
import type { SourceFeature } from './types.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'osm-assemble-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Pt = [number, number];
/** A closed counter-clockwise rectangle [°]. */
const rect = (x: number, y: number, w: number, h: number): Pt[] => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];

/** Every coordinate within 1e-7° (OSM's precision) of the expected one. */
function expectCoords(actual: unknown, expected: unknown) {
  if (typeof expected === 'number') {
    expect(typeof actual).toBe('number');
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(1e-7 + 1e-12);
    return;
  }
  expect(Array.isArray(actual)).toBe(true);
  const a = actual as unknown[];
  const e = expected as unknown[];
  expect(a.length).toBe(e.length);
  e.forEach((item, i) => expectCoords(a[i], item));
}

// The hand-made scene, written element by element with explicit ids (node ids in comments).
const A = rect(2.8, 50.4, 0.0001, 0.00008); // way 10, nodes 1-4
const B = rect(2.801, 50.4, 0.0003, 0.0002); // relation 1: ways 20 + 21 (reversed), nodes 11-14
const B_HOLE: Pt[] = [
  [2.8011, 50.40005],
  [2.8011, 50.40015],
  [2.8012, 50.40015],
  [2.8012, 50.40005],
  [2.8011, 50.40005],
]; // way 22 (clockwise), nodes 15-18
const C = rect(2.802, 50.4, 0.0002, 0.0001); // outline way 30, nodes 21-24; parts 31 and 32 split it at x + 0.0001
const D = rect(2.803, 50.4, 0.0001, 0.0001); // dirty way 60, nodes 51-54
const E = rect(2.808, 50.4, 0.0001, 0.0001); // untagged way 90, nodes 81-84: outline of type=building relation 4
const DIRTY = {
  building: 'yes',
  'roof:shape': '9.0',
  height: '12 m',
  'building:levels': '2;3',
  name: 'R&D <lab> "Nord" – été',
};

function writeNodes(sink: OsmSink) {
  const ring = (first: number, pts: Pt[]) => pts.slice(0, -1).forEach(([x, y], k) => sink.node(first + k, x, y));
  ring(1, A);
  ring(11, B);
  ring(15, B_HOLE);
  ring(21, C);
  sink.node(25, 2.8021, 50.4); // C's parts: the middle of its bottom and top edges
  sink.node(26, 2.8021, 50.4001);
  ring(31, rect(2.804, 50.4, 0.0001, 0.0001));
  sink.node(41, 2.805, 50.4);
  sink.node(42, 2.8051, 50.4);
  ring(51, D);
  ring(61, rect(2.806, 50.4, 0.0001, 0.0001));
  ring(71, rect(2.807, 50.4, 0.0001, 0.0001));
  ring(81, E);
}
function writeWays(sink: OsmSink) {
  sink.way(10, [1, 2, 3, 4, 1], { building: 'house', height: '7', 'building:levels': '2', 'addr:housenumber': '3' });
  sink.way(20, [11, 12, 13], {});
  sink.way(21, [11, 14, 13], {});
  sink.way(22, [15, 16, 17, 18, 15], {});
  sink.way(30, [21, 22, 23, 24, 21], { building: 'yes', height: '20' });
  sink.way(31, [21, 25, 26, 24, 21], { 'building:part': 'yes', height: '20', 'building:levels': '5' });
  sink.way(32, [25, 22, 23, 26, 25], { 'building:part': 'yes', height: '8', 'roof:shape': 'flat' });
  sink.way(40, [31, 32, 33, 34, 31], { building: 'no', amenity: 'parking' });
  sink.way(41, [31, 32], { highway: 'residential' });
  sink.way(42, [31, 32, 33, 34, 31], { landuse: 'grass' });
  sink.way(50, [41, 42, 9001, 9002, 41], { building: 'yes' });
  sink.way(60, [51, 52, 53, 54, 51], DIRTY);
  sink.way(70, [61, 62, 63], { building: 'yes' });
  sink.way(80, [71, 72, 73], {});
  sink.way(90, [81, 82, 83, 84, 81], {});
}
function writeRelations(sink: OsmSink) {
  const way = (ref: number, role: string) => ({ type: 'way' as const, ref, role });
  sink.relation(1, [way(20, 'outer'), way(21, 'outer'), way(22, 'inner')], {
    type: 'multipolygon',
    building: 'apartments',
    'building:levels': '4',
  });
  sink.relation(2, [way(80, 'outer')], { type: 'multipolygon', building: 'yes' });
  sink.relation(3, [way(42, 'outer')], { type: 'multipolygon', landuse: 'meadow' });
  sink.relation(4, [way(90, 'outline')], { type: 'building', building: 'school', height: '15' });
  // Simple 3D Buildings grouping: the outline is a building way of its own, so the relation adds nothing.
  sink.relation(5, [way(30, 'outline'), way(31, 'part'), way(32, 'part')], { type: 'building', building: 'yes' });
}

const formats = [
  { name: 'XML', ext: 'osm', sink: osmXmlSink, open: openOsmXml },
  { name: 'PBF', ext: 'osm.pbf', sink: osmPbfSink, open: openOsmPbf },
] as const;

describe.each(formats)('OSM $name buildings', ({ ext, sink: makeSink, open }) => {
  async function scene(order: 'sorted' | 'ways first'): Promise<SourceFeature[]> {
    const file = path.join(dir, `scene-${order.replace(' ', '-')}.${ext}`);
    const sink = makeSink(file);
    if (order === 'sorted') [writeNodes, writeWays, writeRelations].forEach((w) => w(sink));
    else [writeWays, writeRelations, writeNodes].forEach((w) => w(sink));
    sink.close();
    return readAll(await open(file));
  }

  it('reads way and relation buildings, parts, and rejects what cannot be built', async () => {
    const features = await scene('sorted');
    expect(features.map((f) => [f.id, f.index])).toEqual([
      ['way/10', 0],
      ['way/30', 1],
      ['way/31', 2],
      ['way/32', 3],
      ['way/50', 4],
      ['way/60', 5],
      ['way/70', 6],
      ['relation/1', 7],
      ['relation/2', 8],
      ['relation/4', 9],
      ['relation/5', 10],
    ]);
    const byId = new Map(features.map((f) => [f.id, f]));

    const a = byId.get('way/10')!;
    expect(a.geometry?.type).toBe('Polygon');
    expectCoords(a.geometry?.coordinates, [A]);
    expect(a.properties).toEqual({
      building: 'house',
      height: '7',
      'building:levels': '2',
      'addr:housenumber': '3',
      '@id': 'way/10',
    });
    expect(a.skip).toBeUndefined();
    expect(a.invalid).toBeUndefined();

    // The outer ring is split over ways 20 and 21 (the second one drawn backwards); the hole is way 22.
    const b = byId.get('relation/1')!;
    expect(b.geometry?.type).toBe('MultiPolygon');
    expectCoords(b.geometry?.coordinates, [[B, B_HOLE]]);
    expect(b.properties).toMatchObject({ type: 'multipolygon', building: 'apartments', '@id': 'relation/1' });

    expect(byId.get('way/30')!.skip).toBe(OUTLINE_SKIP);
    const part31 = byId.get('way/31')!;
    expect(part31.skip).toBeUndefined();
    expect(part31.properties).toMatchObject({ 'building:part': 'yes', height: '20', 'building:levels': '5' });
    const xs = [2.802, 2.8021, 2.8021, 2.802, 2.802];
    const ys = [50.4, 50.4, 50.4001, 50.4001, 50.4];
    expectCoords(part31.geometry?.coordinates, [xs.map((x, k) => [x, ys[k]!])]);
    expect(byId.get('way/32')!.properties).toMatchObject({ height: '8', 'roof:shape': 'flat' });

    // cut at the extract's edge: skipped as incomplete, not rejected
    expect(byId.get('way/50')).toMatchObject({ geometry: null, skip: WAY_INCOMPLETE_SKIP });
    expect(byId.get('way/50')!.invalid).toBeUndefined();
    expect(byId.get('way/60')!.properties).toEqual({ ...DIRTY, '@id': 'way/60' });
    expect(byId.get('way/70')!.invalid).toMatch(/^way 70 is tagged building but is not closed/);
    expect(byId.get('relation/2')!.invalid).toBe(
      'relation 2: the outer ring made of way 80 is not closed (it ends at node 73)',
    );
    const e = byId.get('relation/4')!;
    expect(e.properties).toEqual({ type: 'building', building: 'school', height: '15', '@id': 'relation/4' });
    expectCoords(e.geometry?.coordinates, [[E]]);
    expect(byId.get('relation/5')).toMatchObject({
      geometry: null,
      skip: 'type=building relation: its outline way/30 is read as the building',
    });
  });

  it('reads a file whose ways come before their nodes (one more pass)', async () => {
    const sorted = await scene('sorted');
    const unsorted = await scene('ways first');
    expect(unsorted).toEqual(sorted);
  });

  it('reports progress over all passes, ending at the total', async () => {
    const file = path.join(dir, `progress.${ext}`);
    (ext === 'osm' ? writeOsmXml : writeOsmPbf)(file, () =>
      generateBuildings(20, { x0: 2.8, y0: 50.4, degrees: true }),
    );
    const source = await open(file);
    const size = fs.statSync(file).size;
    let count = 0;
    for await (const f of source.features()) {
      count += f.geometry ? 1 : 0;
      const { done, total } = source.progress();
      expect(done).toBeLessThanOrEqual(total);
    }
    // No relations: pass 1 (ways and relations), then coordinates and emission in one pass.
    expect(source.progress()).toEqual({ done: 2 * size, total: 2 * size });
    expect(source.crs).toEqual({ epsg: 4326, from: 'OpenStreetMap (always WGS84)' });
    expect(source.vocabulary).toBe('osm');
    expect(count).toBe(20);
    await source.close();
  });
});

describe('OSM XML and PBF', () => {
  /** Generated houses; every fifth a split multipolygon, every fifth+2 with a courtyard, every fifth+3 with parts. */
  const buildings = (): GenBuilding[] =>
    [...generateBuildings(60, { x0: 2.8, y0: 50.4, degrees: true })].map((b, i) => {
      if (i % 5 !== 2) return b;
      const [[x0, y0], , [x1, y1]] = b.ring as [Pt, Pt, Pt];
      const [w, h] = [(x1 - x0) / 4, (y1 - y0) / 4];
      return { ...b, holes: [[...rect(x0 + w, y0 + h, 2 * w, 2 * h)].reverse()] };
    });
  const options: OsmBuildingOptions = {
    relation: (_b, i) => (i % 5 === 1 ? { splitOuter: true } : false),
    parts: (b, i): { ring: Pt[]; tags: Record<string, string> }[] | undefined => {
      if (i % 5 !== 3) return undefined;
      const [[x0, y0], , [x1, y1]] = b.ring as [Pt, Pt, Pt];
      const xm = (x0 + x1) / 2;
      return [
        { ring: rect(x0, y0, xm - x0, y1 - y0), tags: { height: '9' } },
        { ring: rect(xm, y0, x1 - xm, y1 - y0), tags: { height: '4', 'roof:shape': 'skillion' } },
      ];
    },
    tags: (_b, i) => (i % 7 === 0 ? { 'roof:shape': '9.0', height: '12 m' } : undefined),
  };

  it('give the same features for the same written buildings, with the tags and coordinates written', async () => {
    const xmlFile = path.join(dir, 'same.osm');
    const pbfFile = path.join(dir, 'same.osm.pbf');
    writeOsmXml(xmlFile, buildings, options);
    writeOsmPbf(pbfFile, buildings, options);
    const fromXml = await readAll(await openOsmXml(xmlFile));
    const fromPbf = await readAll(await openOsmPbf(pbfFile));
    expect(fromPbf).toEqual(fromXml);

    const input = buildings();
    const outlines = fromXml.filter((f) => f.properties.building === 'house');
    expect(outlines).toHaveLength(60);
    const parts = fromXml.filter((f) => f.properties['building:part'] === 'yes');
    expect(parts).toHaveLength(24);
    outlines.forEach((f) => {
      const b = input.find((g) => g.housenumber === f.properties['addr:housenumber'])!;
      const i = input.indexOf(b);
      expect(f.properties).toMatchObject({
        height: i % 7 === 0 ? '12 m' : String(b.height_m),
        'building:levels': String(b.levels),
        'roof:shape': i % 7 === 0 ? '9.0' : b.roof_shape,
        start_date: String(b.year_built),
        'addr:street': 'Rue des Mineurs',
        'addr:city': 'Liévin',
        'building:flats': String(b.dwellings),
      });
      expect(f.skip).toBe(i % 5 === 3 ? OUTLINE_SKIP : undefined);
      if (i % 5 === 1 || i % 5 === 2) {
        expect(f.id).toMatch(/^relation\//);
        expectCoords(f.geometry?.coordinates, [[b.ring, ...(b.holes ?? [])]]);
      } else {
        expect(f.id).toMatch(/^way\//);
        expectCoords(f.geometry?.coordinates, [b.ring]);
      }
    });
  });
});

describe('OSM ring helpers', () => {
  it('joins ways end to end in either direction and names an open ring', () => {
    expect(
      joinRings([
        { id: 1, refs: [1, 2, 3] },
        { id: 2, refs: [5, 4, 3] },
        { id: 3, refs: [5, 1] },
      ]),
    ).toEqual([[1, 2, 3, 4, 5, 1]]);
    expect(
      joinRings([
        { id: 1, refs: [1, 2, 3] },
        { id: 2, refs: [3, 4] },
      ]),
    ).toEqual({ open: [1, 2], end: 4 });
  });

  it('finds a point inside a U shape, where its centroid is not', () => {
    // U open at the top: x 0..3, y 0..3, with the notch x 1..2, y 1..3.
    const u = [
      [
        [0, 0],
        [3, 0],
        [3, 3],
        [2, 3],
        [2, 1],
        [1, 1],
        [1, 3],
        [0, 3],
        [0, 0],
      ],
    ];
    const p = interiorPoint([u])!;
    expect(pointInPolygons(p[0], p[1], [u])).toBe(true);
    expect(pointInPolygons(1.5, 2, [u])).toBe(false);
  });
});
