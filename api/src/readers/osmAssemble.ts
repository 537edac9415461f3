import { ImportError } from './ImportError.js';
import {
  interiorPoint,
  isClosed,
  joinRings,
  oriented,
  PartIndex,
  pointInPolygons,
  type Polygons,
  type Ring,
} from './osmGeometry.js';
import { IdList, NodeStore } from './osmNodeStore.js';
import type { FeatureSource, ImportFormat, SourceFeature } from './types.js';

/**
 * Buildings out of OpenStreetMap elements, shared by the XML and PBF readers. A file is read in several passes so
 * that only the coordinates of building nodes are held, never every node of the extract:
 *
 * 1. ways and relations: node ids of closed building ways, refs of building:part ways, member way ids of building
 *    relations, and whether the file is ordered nodes → ways → relations;
 * 2. (only when there are building relations) ways: the node refs of those member ways;
 * 3. nodes fill the coordinates of the collected ids, then ways and relations are emitted as they arrive. A file not
 *    ordered nodes → ways → relations takes one more pass: coordinates first, then the emission.
 *
 * Memory bound: 16 bytes per distinct building node (id as float64, lon and lat as int32 × 1e7 like OSM itself);
 * while the ids are collected, 8 bytes per building node ref (24 at the moment the growing array doubles); plus the
 * refs of relation member ways and building:part ways (few) as plain arrays and 16 bytes per part for its interior
 * point. Nothing else grows with the file: elements are read a block (PBF) or a 1 MiB chunk (XML) at a time.
 */

export type OsmKind = 'node' | 'way' | 'relation';
export type OsmTags = Record<string, string>;
export interface OsmMember {
  type: OsmKind;
  ref: number;
  role: string;
}
export type OsmElement =
  | { type: 'node'; id: number; lon: number; lat: number }
  | { type: 'way'; id: number; refs: number[]; tags: OsmTags }
  | { type: 'relation'; id: number; members: OsmMember[]; tags: OsmTags };

/** A run of elements of one kind in file order; `elements` is null when the pass did not ask for that kind. */
export interface OsmGroup {
  kind: OsmKind;
  elements: OsmElement[] | null;
}

/** An OSM file a reader can scan again and again. */
export interface OsmElementFile {
  /** Size of the file [bytes]. */
  readonly size: number;
  /** Reads the whole file once, in order; kinds not in `wants` may be reported without their elements. */
  scan(wants: ReadonlySet<OsmKind>): AsyncGenerator<OsmGroup>;
  /** Bytes of the file read by the current scan. */
  position(): number;
}

const RANK: Record<OsmKind, number> = { node: 0, way: 1, relation: 2 };
const NODES = new Set<OsmKind>(['node']);
const WAYS = new Set<OsmKind>(['way']);
const WAYS_RELATIONS = new Set<OsmKind>(['way', 'relation']);
const ALL = new Set<OsmKind>(['node', 'way', 'relation']);
export const OUTLINE_SKIP = 'outline replaced by its building:part pieces';
/**
 * Every bounding-box or Overpass extract cuts the ways that cross its edge: the way is kept with all its node refs,
 * the nodes outside are not (osmium extract's simple strategy, an Overpass bbox query). osmium and osm2pgsql treat such
 * ways and relations as incomplete, not as corrupt: they are skipped and counted, never rejected.
 */
export const WAY_INCOMPLETE_SKIP = "OSM: way incomplete at the extract's edge (nodes missing from the file)";
export const RELATION_INCOMPLETE_SKIP =
  "OSM: relation incomplete at the extract's edge (member ways or their nodes missing from the file)";

const yes = (v: string | undefined) => v !== undefined && v !== 'no';

/** 'part' for building:part=* (any value but no), 'outline' for building=*, null otherwise. */
export function buildingKind(tags: OsmTags): 'part' | 'outline' | null {
  if (yes(tags['building:part'])) return 'part';
  return yes(tags.building) ? 'outline' : null;
}

/** Multipolygons tagged as buildings or parts, and type=building relations (a building grouping its outline). */
function relationKind(tags: OsmTags): 'part' | 'outline' | 'group' | null {
  const kind = buildingKind(tags);
  if (kind && tags.type === 'multipolygon') return kind;
  return kind === 'outline' && tags.type === 'building' ? 'group' : null;
}

/** Ways of a relation that make its rings: outer/inner of a multipolygon, outline of a type=building relation. */
function ringMembers(relation: { members: OsmMember[]; tags: OsmTags }): { ref: number; inner: boolean }[] {
  const group = relation.tags.type === 'building';
  return relation.members
    .filter((m) => m.type === 'way' && (group ? m.role === 'outline' : ['outer', 'inner', ''].includes(m.role)))
    .map((m) => ({ ref: m.ref, inner: m.role === 'inner' }));
}

/** What the first passes learn about the file. */
interface Plan {
  nodeIds: IdList;
  /** Closed building:part ways → node refs. */
  partWays: Map<number, number[]>;
  /** building:part multipolygons → their ring members. */
  partRelations: Map<number, { ref: number; inner: boolean }[]>;
  /** Ways that make the rings of building relations → node refs (filled by pass 2). */
  memberRefs: Map<number, number[] | null>;
  /** Member ways that are tagged as buildings themselves. */
  taggedMembers: Set<number>;
  /** Multipolygons tagged building (a type=building relation may name one as its outline). */
  buildingRelations: Set<number>;
  sorted: boolean;
}

/** Pass 1: building ways, building:part pieces and building relations; checks the order of the kinds. */
async function planPass(file: OsmElementFile): Promise<Plan> {
  const plan: Plan = {
    nodeIds: new IdList(),
    partWays: new Map(),
    partRelations: new Map(),
    memberRefs: new Map(),
    taggedMembers: new Set(),
    buildingRelations: new Set(),
    sorted: true,
  };
  let rank = 0;
  for await (const group of file.scan(WAYS_RELATIONS)) {
    if (RANK[group.kind] < rank) plan.sorted = false;
    rank = Math.max(rank, RANK[group.kind]);
    for (const e of group.elements ?? []) {
      if (e.type === 'way') {
        const kind = buildingKind(e.tags);
        if (!kind || !isClosed(e.refs)) continue;
        plan.nodeIds.addAll(e.refs);
        if (kind === 'part') plan.partWays.set(e.id, e.refs);
      } else if (e.type === 'relation') {
        const kind = relationKind(e.tags);
        if (!kind) continue;
        const members = ringMembers(e);
        for (const m of members) plan.memberRefs.set(m.ref, null);
        if (kind === 'part') plan.partRelations.set(e.id, members);
        if (kind === 'outline') plan.buildingRelations.add(e.id);
      }
    }
  }
  return plan;
}

/** Pass 2: node refs of the ways that make the rings of building relations. */
async function memberPass(file: OsmElementFile, plan: Plan): Promise<void> {
  for await (const group of file.scan(WAYS)) {
    for (const e of group.elements ?? []) {
      if (e.type !== 'way' || !plan.memberRefs.has(e.id)) continue;
      plan.memberRefs.set(e.id, e.refs);
      plan.nodeIds.addAll(e.refs);
      if (buildingKind(e.tags)) plan.taggedMembers.add(e.id);
    }
  }
}

/** Turns building ways and relations into features once the node coordinates are known. */
class Emitter {
  private index = 0;
  private parts: PartIndex | null = null;
  constructor(
    private readonly plan: Plan,
    private readonly nodes: NodeStore,
  ) {}

  private feature(type: 'way' | 'relation', id: number, tags: OsmTags, rest: Partial<SourceFeature>): SourceFeature {
    const osmId = `${type}/${id}`;
    return { index: this.index++, geometry: null, properties: { ...tags, '@id': osmId }, id: osmId, ...rest };
  }

  /** Coordinates [°] of node refs; the refs the file lacks go to `missing`. */
  private ring(refs: number[], missing: Set<number>): Ring {
    const ring: Ring = [];
    for (const ref of refs) {
      const c = this.nodes.get(ref);
      if (c) ring.push(c);
      else missing.add(ref);
    }
    return ring;
  }

  /** Interior points of the parts, built on first use: after every node, before the first way is emitted. */
  private partIndex(): PartIndex {
    if (this.parts) return this.parts;
    const points: [number, number][] = [];
    for (const refs of this.plan.partWays.values()) {
      const missing = new Set<number>();
      const ring = this.ring(refs, missing);
      const p = missing.size === 0 ? interiorPoint([[ring]]) : null;
      if (p) points.push(p);
    }
    for (const [id, members] of this.plan.partRelations) {
      const built = this.polygons(id, members);
      const p = 'polygons' in built ? interiorPoint(built.polygons) : null;
      if (p) points.push(p);
    }
    this.parts = new PartIndex(points);
    return this.parts;
  }

  /** An outline holding a building:part piece is skipped: the parts carry the heights (Simple 3D Buildings). */
  private located(type: 'way' | 'relation', id: number, tags: OsmTags, outline: boolean, polygons: Polygons) {
    const geometry =
      type === 'way' ? { type: 'Polygon', coordinates: polygons[0] } : { type: 'MultiPolygon', coordinates: polygons };
    const skip = outline && this.partIndex().anyInside(polygons);
    return this.feature(type, id, tags, skip ? { geometry, skip: OUTLINE_SKIP } : { geometry });
  }

  way(w: { id: number; refs: number[]; tags: OsmTags }): SourceFeature | null {
    const kind = buildingKind(w.tags);
    if (!kind) return null;
    if (!isClosed(w.refs)) {
      // An open way tagged building that is a piece of a building relation's ring is read through the relation.
      if (this.plan.memberRefs.has(w.id)) return null;
      const invalid = `way ${w.id} is tagged building but is not closed (its first and last nodes differ)`;
      return this.feature('way', w.id, w.tags, { invalid });
    }
    const missing = new Set<number>();
    const ring = this.ring(w.refs, missing);
    if (missing.size > 0) return this.feature('way', w.id, w.tags, { skip: WAY_INCOMPLETE_SKIP });
    return this.located('way', w.id, w.tags, kind === 'outline', [[oriented(ring, true)]]);
  }

  relation(r: { id: number; members: OsmMember[]; tags: OsmTags }): SourceFeature | null {
    const kind = relationKind(r.tags);
    if (!kind) return null;
    if (kind === 'group') {
      const outline = r.members.filter((m) => m.role === 'outline');
      const own = outline.find((m) =>
        m.type === 'way' ? this.plan.taggedMembers.has(m.ref) : this.plan.buildingRelations.has(m.ref),
      );
      if (own) {
        const skip = `type=building relation: its outline ${own.type}/${own.ref} is read as the building`;
        return this.feature('relation', r.id, r.tags, { skip });
      }
      const other = outline.find((m) => m.type !== 'way');
      if (other) {
        const invalid = `relation ${r.id}: its outline ${other.type}/${other.ref} is not a building multipolygon`;
        return this.feature('relation', r.id, r.tags, { invalid });
      }
    }
    const built = this.polygons(r.id, ringMembers(r));
    if ('incomplete' in built) return this.feature('relation', r.id, r.tags, { skip: RELATION_INCOMPLETE_SKIP });
    if ('invalid' in built) return this.feature('relation', r.id, r.tags, { invalid: built.invalid });
    return this.located('relation', r.id, r.tags, kind !== 'part', built.polygons);
  }

  /**
   * A relation's rings from its member ways: joined end to end, located, each hole put in the outer around it.
   * `incomplete` when member ways or their nodes are missing from the file (cut at the extract's edge).
   */
  private polygons(
    id: number,
    members: { ref: number; inner: boolean }[],
  ): { polygons: Polygons } | { invalid: string } | { incomplete: true } {
    const ways = { outer: [] as { id: number; refs: number[] }[], inner: [] as { id: number; refs: number[] }[] };
    const absent = new Set<number>();
    for (const m of members) {
      const refs = this.plan.memberRefs.get(m.ref);
      if (refs) ways[m.inner ? 'inner' : 'outer'].push({ id: m.ref, refs });
      else absent.add(m.ref);
    }
    if (absent.size > 0) return { incomplete: true };
    if (ways.outer.length === 0) return { invalid: `relation ${id} has no outer way` };
    const missing = new Set<number>();
    const rings = { outer: [] as Ring[], inner: [] as Ring[] };
    for (const role of ['outer', 'inner'] as const) {
      const joined = joinRings(ways[role]);
      if (!Array.isArray(joined)) {
        const list = joined.open.map((w) => `way ${w}`).join(', ');
        return {
          invalid: `relation ${id}: the ${role} ring made of ${list} is not closed (it ends at node ${joined.end})`,
        };
      }
      rings[role] = joined.map((refs) => this.ring(refs, missing));
    }
    if (missing.size > 0) return { incomplete: true };
    const polygons: Polygons = rings.outer.map((ring) => [oriented(ring, true)]);
    for (const hole of rings.inner) {
      const host = polygons.find((p) => hole.some(([x, y]) => pointInPolygons(x!, y!, [[p[0]!]])));
      if (!host) return { invalid: `relation ${id}: an inner ring lies outside every outer ring` };
      host.push(oriented(hole, false));
    }
    return { polygons };
  }
}

/** Runs the passes (see the top of this file) and yields the buildings in file order. */
async function* assembleBuildings(
  file: OsmElementFile,
  state: { pass: number; passes: number },
): AsyncGenerator<SourceFeature> {
  const plan = await planPass(file);
  const needMembers = plan.memberRefs.size > 0;
  state.passes = 1 + (needMembers ? 1 : 0) + (plan.sorted ? 1 : 2);
  state.pass = 1;
  if (needMembers) {
    await memberPass(file, plan);
    state.pass += 1;
  }
  const nodes = new NodeStore(plan.nodeIds);
  plan.nodeIds = new IdList();
  const emitter = new Emitter(plan, nodes);
  if (!plan.sorted) {
    for await (const group of file.scan(NODES)) {
      for (const e of group.elements ?? []) if (e.type === 'node') nodes.set(e.id, e.lon, e.lat);
    }
    state.pass += 1;
  }
  let emitting = false;
  for await (const group of file.scan(plan.sorted ? ALL : WAYS_RELATIONS)) {
    for (const e of group.elements ?? []) {
      if (e.type === 'node') {
        if (emitting) throw new ImportError('the file changed while it was being read (nodes now come after ways)');
        nodes.set(e.id, e.lon, e.lat);
        continue;
      }
      emitting = true;
      const feature = e.type === 'way' ? emitter.way(e) : emitter.relation(e);
      if (feature) yield feature;
    }
  }
  state.pass += 1;
}

/**
 * The FeatureSource of an OSM file: WGS84 always, OSM vocabulary, progress as the bytes read over all passes. The
 * index of a feature counts the buildings met (ways and relations tagged building or building:part), skipped too.
 */
export function osmFeatureSource(
  format: ImportFormat,
  file: OsmElementFile,
  close: () => Promise<void>,
): FeatureSource {
  const state = { pass: 0, passes: 3 };
  let started = false;
  return {
    format,
    crs: { epsg: 4326, from: 'OpenStreetMap (always WGS84)' },
    vocabulary: 'osm',
    progress() {
      const total = state.passes * file.size;
      return { done: Math.min(state.pass * file.size + file.position(), total), total };
    },
    features() {
      if (started) throw new Error('features() may be called once');
      started = true;
      return assembleBuildings(file, state);
    },
    close,
  };
}
