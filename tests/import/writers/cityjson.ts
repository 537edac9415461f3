import fs from 'node:fs';
import type { GenBuilding } from './types.js';

/**
 * Writes buildings as CityJSON (1.0, 1.1, 2.0) or CityJSONSeq for the import tests and the benchmark. Each building
 * becomes a Building with an LoD2 Solid — GroundSurface (the footprint at `groundZ`), WallSurfaces and two
 * RoofSurfaces of a gable roof along the longer side, eaves at height_m − 2 m and ridge at height_m — or an LoD1 block
 * without semantics when `lod2` is false. A footprint that is not a rectangle, or has courtyards, gets a flat roof.
 *
 * Whole documents are streamed: the CityObjects go to the file and the vertices to a side file appended after them,
 * so that 100,000 buildings are never held at once.
 */
export interface CityJsonWriteOptions {
  version: '1.0' | '1.1' | '2.0';
  /** EPSG code written in metadata.referenceSystem in the version's form (URN for 1.0, URL after). */
  epsg?: number;
  /** metadata.referenceSystem as written, overriding `epsg` (e.g. an http:// URL). */
  referenceSystem?: string;
  /** Integer vertices with a transform (scale 0.001 m); default: true except for 1.0. */
  transform?: boolean;
  /** LoD2 gable-roofed Solids (default) or LoD1 blocks. */
  lod2?: boolean;
  /** CityJSONSeq: a header line, then one CityJSONFeature a line (1.1 and 2.0 only). */
  seq?: boolean;
  /** Ground altitude of every building [m] (e.g. 35 for NAP heights); default 0. */
  groundZ?: number;
  /** The geometry type the surfaces are written in; default Solid. */
  geometryType?: 'Solid' | 'MultiSurface';
  /**
   * How the floor is written: labelled GroundSurface (default), without a semantic label (null, as writers that label
   * only roofs and walls do), or not at all (a MultiSurface of roofs and walls, as some exports of LoD2 parts are).
   */
  floor?: 'GroundSurface' | 'unlabelled' | 'none';
  /**
   * Every vertex above the ground moved away from the footprint's centre by this factor (1.001: walls leaning out by
   * 4–5 mm on a 10 m × 8 m house, the survey noise of real LoD2 models); default 1.
   */
  topScale?: number;
  /** Each building as a Building holding its attributes and one BuildingPart `<id>-0` holding the geometry (3D BAG, swissBUILDINGS3D). */
  parts?: boolean;
}

/** Eaves sit this far below the ridge [m]. */
export const GABLE_RISE_M = 2;
const SCALE = 0.001;
const KINDS = ['GroundSurface', 'WallSurface', 'RoofSurface'] as const;

type Point = [number, number, number];
interface Face {
  rings: number[][];
  kind: 0 | 1 | 2;
}

const open = (ring: [number, number][]) => ring.slice(0, -1);

function isRectangle(c: [number, number][]): boolean {
  if (c.length !== 4) return false;
  for (let i = 0; i < 4; i++) {
    const [a, b, d] = [c[i]!, c[(i + 1) % 4]!, c[(i + 2) % 4]!];
    const dot = (b[0] - a[0]) * (d[0] - b[0]) + (b[1] - a[1]) * (d[1] - b[1]);
    const scale = Math.hypot(b[0] - a[0], b[1] - a[1]) * Math.hypot(d[0] - b[0], d[1] - b[1]);
    if (Math.abs(dot) > 1e-9 * scale) return false;
  }
  return true;
}

/** Points and faces (outward normals, rings anticlockwise seen from outside) of one building. */
export function buildingModel(
  b: GenBuilding,
  options: { lod2: boolean; groundZ: number; topScale?: number },
): { points: Point[]; faces: Face[]; roofType: string | null } {
  const z0 = options.groundZ;
  const height = b.height_m ?? 3 * (b.levels ?? 1);
  const outer = open(b.ring);
  const holes = (b.holes ?? []).map(open);
  const points: Point[] = [];
  const k0 = options.topScale ?? 1;
  const cx = outer.reduce((s, p) => s + p[0], 0) / outer.length;
  const cy = outer.reduce((s, p) => s + p[1], 0) / outer.length;
  const add = (x: number, y: number, z: number) =>
    points.push(z > z0 && k0 !== 1 ? [cx + (x - cx) * k0, cy + (y - cy) * k0, z] : [x, y, z]) - 1;
  const ground = [outer, ...holes].map((ring) => ring.map(([x, y]) => add(x, y, z0)));
  const faces: Face[] = [{ rings: ground.map((r) => [...r].reverse()), kind: 0 }];
  const gable = options.lod2 && holes.length === 0 && isRectangle(outer) && height > GABLE_RISE_M;
  if (!gable) {
    const top = [outer, ...holes].map((ring) => ring.map(([x, y]) => add(x, y, z0 + height)));
    ground.forEach((g, r) => {
      for (let i = 0; i < g.length; i++) {
        const j = (i + 1) % g.length;
        faces.push({ rings: [[g[i]!, g[j]!, top[r]![j]!, top[r]![i]!]], kind: 1 });
      }
    });
    faces.push({ rings: top, kind: 2 });
    return { points, faces, roofType: options.lod2 ? 'flat' : (b.roof_shape ?? null) };
  }
  // corners A B C D with AB a long side: the ridge joins the middles of DA and BC
  const long = Math.hypot(outer[1]![0] - outer[0]![0], outer[1]![1] - outer[0]![1]);
  const short = Math.hypot(outer[2]![0] - outer[1]![0], outer[2]![1] - outer[1]![1]);
  const k = long >= short ? 0 : 1;
  const [A, B, C, D] = [0, 1, 2, 3].map((i) => ground[0]![(i + k) % 4]!) as [number, number, number, number];
  const eave = z0 + height - GABLE_RISE_M;
  // from the ground points, not yet moved by topScale (add moves what is above the ground)
  const up = (v: number) => add(points[v]![0], points[v]![1], eave);
  const [A2, B2, C2, D2] = [up(A), up(B), up(C), up(D)];
  const mid = (p: number, q: number) =>
    add((points[p]![0] + points[q]![0]) / 2, (points[p]![1] + points[q]![1]) / 2, z0 + height);
  const R1 = mid(D, A);
  const R2 = mid(B, C);
  faces.push(
    { rings: [[A, B, B2, A2]], kind: 1 },
    { rings: [[B, C, C2, R2, B2]], kind: 1 },
    { rings: [[C, D, D2, C2]], kind: 1 },
    { rings: [[D, A, A2, R1, D2]], kind: 1 },
    { rings: [[A2, B2, R2, R1]], kind: 2 },
    { rings: [[C2, D2, R1, R2]], kind: 2 },
  );
  return { points, faces, roofType: 'gabled' };
}

/** Buffered synchronous writes: the writer runs in tests and before a benchmark, not in a server. */
class Out {
  private parts: string[] = [];
  private size = 0;
  constructor(readonly fd: number) {}
  write(s: string) {
    this.parts.push(s);
    this.size += s.length;
    if (this.size > 1 << 20) this.flush();
  }
  flush() {
    fs.writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

export async function writeCityJson(
  path: string,
  buildings: Iterable<GenBuilding> | (() => Iterable<GenBuilding>),
  options: CityJsonWriteOptions,
): Promise<{ buildings: number; vertices: number }> {
  const { version, seq = false, lod2 = true, groundZ = 0, geometryType = 'Solid', floor = 'GroundSurface' } = options;
  if (seq && version === '1.0') throw new RangeError('CityJSONSeq needs version 1.1 or 2.0, got 1.0');
  const useTransform = options.transform ?? version !== '1.0';
  const iterator = (typeof buildings === 'function' ? buildings() : buildings)[Symbol.iterator]();
  const first = iterator.next();
  const origin: [number, number] = first.done ? [0, 0] : first.value.ring[0]!;
  const translate = [Math.floor(origin[0]), Math.floor(origin[1]), Math.floor(groundZ)];
  const position = (p: Point) => (useTransform ? p.map((v, i) => Math.round((v - translate[i]!) / SCALE)) : p);
  const referenceSystem =
    options.referenceSystem ??
    (options.epsg === undefined
      ? undefined
      : version === '1.0'
        ? `urn:ogc:def:crs:EPSG::${options.epsg}`
        : `https://www.opengis.net/def/crs/EPSG/0/${options.epsg}`);
  const header: Record<string, unknown> = { type: 'CityJSON', version };
  if (useTransform) header.transform = { scale: [SCALE, SCALE, SCALE], translate };
  if (referenceSystem) header.metadata = { referenceSystem };
  const lod = lod2 ? (version === '1.0' ? 2 : '2.2') : version === '1.0' ? 1 : '1.2';

  const objectOf = (b: GenBuilding, base: number) => {
    const model = buildingModel(b, { lod2, groundZ, topScale: options.topScale });
    const faces = floor === 'none' ? model.faces.filter((f) => f.kind !== 0) : model.faces;
    const surfaces = faces.map((f) => f.rings.map((r) => r.map((v) => v + base)));
    const kinds = faces.map((f) => (f.kind === 0 && floor === 'unlabelled' ? null : f.kind));
    const geometry: Record<string, unknown> = {
      type: geometryType,
      lod,
      boundaries: geometryType === 'Solid' ? [surfaces] : surfaces,
    };
    if (lod2) {
      geometry.semantics = {
        surfaces: KINDS.map((type) => ({ type })),
        values: geometryType === 'Solid' ? [kinds] : kinds,
      };
    }
    const attributes: Record<string, unknown> = {};
    if (b.height_m !== null) attributes.measuredHeight = b.height_m;
    if (b.levels !== null) attributes.storeysAboveGround = b.levels;
    if (b.year_built !== null && b.year_built !== undefined) attributes.yearOfConstruction = b.year_built;
    if (model.roofType !== null) attributes.roofType = model.roofType;
    const objects: Record<string, unknown> = options.parts
      ? {
          [b.id]: { type: 'Building', attributes, children: [`${b.id}-0`] },
          [`${b.id}-0`]: { type: 'BuildingPart', parents: [b.id], geometry: [geometry] },
        }
      : { [b.id]: { type: 'Building', attributes, geometry: [geometry] } };
    return { objects, points: model.points };
  };

  const fd = fs.openSync(path, 'w');
  const out = new Out(fd);
  let count = 0;
  let vertexCount = 0;
  const all = function* () {
    if (!first.done) yield first.value;
    for (let r = iterator.next(); !r.done; r = iterator.next()) yield r.value;
  };
  try {
    if (seq) {
      out.write(`${JSON.stringify({ ...header, CityObjects: {}, vertices: [] })}\n`);
      for (const b of all()) {
        const { objects, points } = objectOf(b, 0);
        const feature = {
          type: 'CityJSONFeature',
          id: b.id,
          CityObjects: objects,
          vertices: points.map(position),
        };
        out.write(`${JSON.stringify(feature)}\n`);
        count += 1;
        vertexCount += points.length;
      }
      out.flush();
      return { buildings: count, vertices: vertexCount };
    }
    const sidePath = `${path}.vertices`;
    const sideFd = fs.openSync(sidePath, 'w+');
    try {
      const side = new Out(sideFd);
      out.write(`${JSON.stringify(header).slice(0, -1)},"CityObjects":{`);
      for (const b of all()) {
        const { objects, points } = objectOf(b, vertexCount);
        const members = Object.entries(objects).map(([id, o]) => `${JSON.stringify(id)}:${JSON.stringify(o)}`);
        out.write(`${count > 0 ? ',\n' : '\n'}${members.join(',\n')}`);
        for (const p of points) side.write(`${vertexCount++ > 0 ? ',\n' : '\n'}${JSON.stringify(position(p))}`);
        count += 1;
      }
      side.flush();
      out.write('\n},"vertices":[');
      out.flush();
      const buffer = Buffer.alloc(1 << 20);
      for (let at = 0, n = 0; (n = fs.readSync(sideFd, buffer, 0, buffer.length, at)) > 0; at += n) {
        fs.writeSync(fd, buffer, 0, n);
      }
      out.write('\n]}\n');
      out.flush();
    } finally {
      fs.closeSync(sideFd);
      fs.rmSync(sidePath, { force: true });
    }
    return { buildings: count, vertices: vertexCount };
  } finally {
    fs.closeSync(fd);
  }
}
