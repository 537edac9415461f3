import fs from 'node:fs';
import zlib from 'node:zlib';
import { Pbf, type PbfBuffer } from '../../../api/src/readers/osmPbf.js';
import type { GenBuilding } from './types.js';

/**
 * OpenStreetMap writers for the import tests and benchmark: XML (.osm, API 0.6) and PBF (.osm.pbf). Both stream to
 * disk with synchronous writes, so 100,000 buildings never sit in memory; the element sinks are public for tests
 * that need odd files (missing nodes, ways before nodes, non-building ways).
 */

export type OsmTags = Record<string, string>;
export interface OsmMemberSpec {
  type: 'node' | 'way' | 'relation';
  ref: number;
  role: string;
}

/** Takes OSM elements in the order they are to appear in the file. Coordinates in degrees. */
export interface OsmSink {
  node(id: number, lon: number, lat: number): void;
  way(id: number, refs: number[], tags: OsmTags): void;
  relation(id: number, members: OsmMemberSpec[], tags: OsmTags): void;
  close(): void;
}

/** Degrees to OSM's fixed precision (1e-7°, granularity 100 nanodegrees), the same in both formats. */
const fixed = (deg: number) => Math.round(deg * 1e7);

const escapeXml = (s: string) =>
  s.replace(
    /[&<>"\n\r\t]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? `&#${c.charCodeAt(0)};`,
  );

/** An .osm file: `<osm version="0.6">` with node, way (nd, tag) and relation (member, tag) elements. */
export function osmXmlSink(path: string): OsmSink {
  const fd = fs.openSync(path, 'w');
  let buffer = '<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="solar-cadastre tests">\n';
  const out = (text: string) => {
    buffer += text;
    if (buffer.length > 1 << 20) {
      fs.writeSync(fd, buffer);
      buffer = '';
    }
  };
  const tagLines = (tags: OsmTags) =>
    Object.entries(tags)
      .map(([k, v]) => `    <tag k="${escapeXml(k)}" v="${escapeXml(v)}"/>\n`)
      .join('');
  return {
    node(id, lon, lat) {
      out(`  <node id="${id}" lat="${(fixed(lat) / 1e7).toFixed(7)}" lon="${(fixed(lon) / 1e7).toFixed(7)}"/>\n`);
    },
    way(id, refs, tags) {
      out(`  <way id="${id}">\n${refs.map((r) => `    <nd ref="${r}"/>\n`).join('')}${tagLines(tags)}  </way>\n`);
    },
    relation(id, members, tags) {
      const lines = members.map((m) => `    <member type="${m.type}" ref="${m.ref}" role="${escapeXml(m.role)}"/>\n`);
      out(`  <relation id="${id}">\n${lines.join('')}${tagLines(tags)}  </relation>\n`);
    },
    close() {
      fs.writeSync(fd, `${buffer}</osm>\n`);
      fs.closeSync(fd);
    },
  };
}

/** Deltas of a list (PBF stores ids, coordinates and refs as differences from the previous value). */
const deltas = (values: number[]) => values.map((v, i) => v - (i > 0 ? values[i - 1]! : 0));

/** Appends one [4-byte length][BlobHeader][Blob] to the file, the block zlib-compressed. */
function writeBlob(fd: number, type: 'OSMHeader' | 'OSMData', block: Uint8Array) {
  const blob = new Pbf();
  blob.writeVarintField(2, block.length);
  blob.writeBytesField(3, zlib.deflateSync(block));
  const blobBytes = blob.finish();
  const header = new Pbf();
  header.writeStringField(1, type);
  header.writeVarintField(3, blobBytes.length);
  const headerBytes = header.finish();
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  fs.writeSync(fd, length);
  fs.writeSync(fd, headerBytes);
  fs.writeSync(fd, blobBytes);
}

type Pending =
  | { kind: 'node'; items: { id: number; lon: number; lat: number }[] }
  | { kind: 'way'; items: { id: number; refs: number[]; tags: OsmTags }[] }
  | { kind: 'relation'; items: { id: number; members: OsmMemberSpec[]; tags: OsmTags }[] };

/** A PrimitiveBlock of one PrimitiveGroup (DenseNodes, Ways or Relations) with its string table. */
function encodeBlock(pending: Pending): Uint8Array {
  const strings = new Map<string, number>([['', 0]]);
  const sid = (s: string) => {
    if (!strings.has(s)) strings.set(s, strings.size);
    return strings.get(s)!;
  };
  const keysVals = (tags: OsmTags, pbf: PbfBuffer) => {
    pbf.writePackedVarint(2, Object.keys(tags).map(sid));
    pbf.writePackedVarint(3, Object.values(tags).map(sid));
  };
  const group = new Pbf();
  if (pending.kind === 'node') {
    group.writeMessage(
      2,
      (nodes, pbf) => {
        pbf.writePackedSVarint(1, deltas(nodes.map((n) => n.id)));
        pbf.writePackedSVarint(8, deltas(nodes.map((n) => fixed(n.lat))));
        pbf.writePackedSVarint(9, deltas(nodes.map((n) => fixed(n.lon))));
      },
      pending.items,
    );
  } else if (pending.kind === 'way') {
    for (const way of pending.items) {
      group.writeMessage(
        3,
        (w, pbf) => {
          pbf.writeVarintField(1, w.id);
          keysVals(w.tags, pbf);
          pbf.writePackedSVarint(8, deltas(w.refs));
        },
        way,
      );
    }
  } else {
    const types = { node: 0, way: 1, relation: 2 };
    for (const relation of pending.items) {
      group.writeMessage(
        4,
        (r, pbf) => {
          pbf.writeVarintField(1, r.id);
          keysVals(r.tags, pbf);
          pbf.writePackedVarint(
            8,
            r.members.map((m) => sid(m.role)),
          );
          pbf.writePackedSVarint(9, deltas(r.members.map((m) => m.ref)));
          pbf.writePackedVarint(
            10,
            r.members.map((m) => types[m.type]),
          );
        },
        relation,
      );
    }
  }
  const groupBytes = group.finish();
  const block = new Pbf();
  block.writeMessage(
    1,
    (list, pbf) => {
      for (const s of list) pbf.writeBytesField(1, Buffer.from(s, 'utf8'));
    },
    [...strings.keys()],
  );
  block.writeBytesField(2, groupBytes);
  block.writeVarintField(17, 100);
  return block.finish();
}

/**
 * An .osm.pbf file: an OSMHeader blob (required features OsmSchema-V0.6 and DenseNodes unless given), then OSMData
 * blobs of at most 8,000 elements of one kind each.
 */
export function osmPbfSink(path: string, options: { requiredFeatures?: string[] } = {}): OsmSink {
  const fd = fs.openSync(path, 'w');
  const header = new Pbf();
  for (const feature of options.requiredFeatures ?? ['OsmSchema-V0.6', 'DenseNodes'])
    header.writeStringField(4, feature);
  header.writeStringField(16, 'solar-cadastre tests');
  writeBlob(fd, 'OSMHeader', header.finish());
  let pending: Pending | null = null;
  const flush = () => {
    if (pending && pending.items.length > 0) writeBlob(fd, 'OSMData', encodeBlock(pending));
    pending = null;
  };
  const add = <K extends Pending['kind']>(kind: K, item: Extract<Pending, { kind: K }>['items'][number]) => {
    if (pending?.kind !== kind || pending.items.length >= 8000) {
      flush();
      pending = { kind, items: [] } as Pending;
    }
    (pending!.items as (typeof item)[]).push(item);
  };
  return {
    node: (id, lon, lat) => add('node', { id, lon, lat }),
    way: (id, refs, tags) => add('way', { id, refs, tags }),
    relation: (id, members, tags) => add('relation', { id, members, tags }),
    close() {
      flush();
      fs.closeSync(fd);
    },
  };
}

/** Per-building choices of the building writers. */
export interface OsmBuildingOptions {
  /** Tags added to (or, null, removed from) the building's own tags: dirty values, building=no, other keys. */
  tags?: (b: GenBuilding, i: number) => Record<string, string | null> | undefined;
  /**
   * Write the building as a type=multipolygon relation (always done when it has holes); `splitOuter` writes its outer
   * ring as two ways, the second one reversed, which the reader has to join.
   */
  relation?: (b: GenBuilding, i: number) => boolean | { splitOuter: boolean } | undefined;
  /** building:part pieces, each a closed ring [°] written as a way tagged building:part=yes plus `tags`. */
  parts?: (b: GenBuilding, i: number) => { ring: [number, number][]; tags: OsmTags }[] | undefined;
  /**
   * A bounding-box extract [minLon, minLat, maxLon, maxLat] as osmium extract's simple strategy or an Overpass bbox
   * query make it: the nodes outside are left out; a way is kept, with all its node refs, when one of its nodes is
   * inside; a relation when one of its member ways is kept, with all its members.
   */
  clip?: [number, number, number, number];
}

/** OSM tags of a generated building: building=house, height, building:levels, roof:shape, start_date, addr:*, flats. */
export function buildingTags(b: GenBuilding): OsmTags {
  const tags: OsmTags = { building: 'house' };
  const put = (key: string, value: string | number | null | undefined) => {
    if (value !== null && value !== undefined) tags[key] = String(value);
  };
  put('height', b.height_m);
  put('building:levels', b.levels);
  put('roof:shape', b.roof_shape);
  put('start_date', b.year_built);
  put('addr:housenumber', b.housenumber);
  put('addr:street', b.street);
  put('addr:city', b.city);
  put('building:flats', b.dwellings);
  return tags;
}

export type BuildingSource = Iterable<GenBuilding> | (() => Iterable<GenBuilding>);

/** One pass of writeOsmBuildings: numbers every element and hands the ones of its `step` to the sink. */
class BuildingPass {
  nodeId = 0;
  wayId = 0;
  relationId = 0;
  private members: OsmMemberSpec[] = [];
  /** Nodes inside the clip box, and whether a member way of the current building was kept. */
  private inside = new Set<number>();
  private keptMember = false;
  constructor(
    private readonly sink: OsmSink,
    private readonly step: 'node' | 'way' | 'relation',
    private readonly options: OsmBuildingOptions,
  ) {}

  private refsOf(ring: [number, number][]): number[] {
    const refs: number[] = [];
    const clip = this.options.clip;
    for (let k = 0; k < ring.length - 1; k++) {
      this.nodeId += 1;
      const [lon, lat] = ring[k]!;
      const kept = !clip || (lon >= clip[0] && lat >= clip[1] && lon <= clip[2] && lat <= clip[3]);
      if (kept) this.inside.add(this.nodeId);
      if (this.step === 'node' && kept) this.sink.node(this.nodeId, lon, lat);
      refs.push(this.nodeId);
    }
    refs.push(refs[0]!);
    return refs;
  }

  private way(refs: number[], tags: OsmTags, role: string) {
    this.wayId += 1;
    const kept = refs.some((r) => this.inside.has(r));
    if (kept && role) this.keptMember = true;
    if (this.step === 'way' && kept) this.sink.way(this.wayId, refs, tags);
    if (role) this.members.push({ type: 'way', ref: this.wayId, role });
  }

  building(b: GenBuilding, i: number) {
    const tags: Record<string, string | null> = buildingTags(b);
    Object.assign(tags, this.options.tags?.(b, i));
    for (const k of Object.keys(tags)) if (tags[k] === null) delete tags[k];
    this.inside.clear();
    const choice = this.options.relation?.(b, i);
    const asRelation = Boolean(choice) || (b.holes?.length ?? 0) > 0;
    const parts = this.options.parts?.(b, i) ?? [];
    const outer = this.refsOf(b.ring);
    const holes: number[][] = [];
    for (const hole of b.holes ?? []) holes.push(this.refsOf(hole));
    const partRefs: number[][] = [];
    for (const part of parts) partRefs.push(this.refsOf(part.ring));
    this.members = [];
    this.keptMember = false;
    if (!asRelation) this.way(outer, tags as OsmTags, '');
    else if (typeof choice === 'object' && choice.splitOuter) {
      const k = Math.floor(outer.length / 2);
      this.way(outer.slice(0, k + 1), {}, 'outer');
      this.way(outer.slice(k).reverse(), {}, 'outer');
    } else this.way(outer, {}, 'outer');
    for (const hole of holes) this.way(hole, {}, 'inner');
    for (let k = 0; k < parts.length; k++) this.way(partRefs[k]!, { 'building:part': 'yes', ...parts[k]!.tags }, '');
    if (asRelation) {
      this.relationId += 1;
      if (this.step === 'relation' && this.keptMember) {
        this.sink.relation(this.relationId, this.members, { type: 'multipolygon', ...(tags as OsmTags) });
      }
    }
  }
}

/**
 * Writes buildings in OSM order (nodes, then ways, then relations), going over the buildings three times: pass a
 * factory (`() => generateBuildings(…)`) or an array, not a one-shot generator. Ids count from 1 per element type in
 * building order; a building's ways are its outer ring (one way, or two when split), its holes, then its parts; a
 * building written as a relation keeps its tags on the relation, its ways untagged.
 */
export function writeOsmBuildings(sink: OsmSink, buildings: BuildingSource, options: OsmBuildingOptions = {}) {
  if (typeof buildings !== 'function' && buildings[Symbol.iterator]() === (buildings as unknown)) {
    throw new TypeError('buildings: a generator can be read once; pass a factory such as () => generateBuildings(…)');
  }
  const iterable = typeof buildings === 'function' ? buildings : () => buildings;
  let pass: BuildingPass | null = null;
  for (const step of ['node', 'way', 'relation'] as const) {
    pass = new BuildingPass(sink, step, options);
    let i = 0;
    for (const b of iterable()) pass.building(b, i++);
  }
  return { nodes: pass!.nodeId, ways: pass!.wayId, relations: pass!.relationId };
}

/** Writes buildings (lon/lat [°]) to an .osm XML file. */
export function writeOsmXml(path: string, buildings: BuildingSource, options?: OsmBuildingOptions) {
  const sink = osmXmlSink(path);
  try {
    return writeOsmBuildings(sink, buildings, options);
  } finally {
    sink.close();
  }
}

/** Writes buildings (lon/lat [°]) to an .osm.pbf file. */
export function writeOsmPbf(path: string, buildings: BuildingSource, options?: OsmBuildingOptions) {
  const sink = osmPbfSink(path);
  try {
    return writeOsmBuildings(sink, buildings, options);
  } finally {
    sink.close();
  }
}
