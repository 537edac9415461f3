import { ImportError } from './ImportError.js';
import { footprintOf, normalZ, type FootprintSource, type Surface } from './cityjsonFootprint.js';

/**
 * CityJSON geometry → what the cadastre needs of a building: a 2D footprint, the LoD2 roof surfaces with z above the
 * ground, the ground z and the top z. Coordinates stay in the file's CRS (metres, z in the file's vertical datum).
 */

/** Vertex coordinates with the transform applied, 3 per vertex (x, y, z), in the file's CRS [m]. */
export interface VertexTable {
  coords: Float64Array;
  count: number;
}

export interface BuildingShape {
  /** The LoD of the geometry used, as written ("2.2", 2, …) turned into text. */
  lod: string;
  footprint: { type: 'MultiPolygon'; coordinates: number[][][][] };
  /** Which faces the footprint was taken from (see footprintOf). */
  footprintFrom: FootprintSource;
  /** RoofSurface polygons as rings of [x, y, z − groundZ], closed; set for LoD ≥ 2 only. */
  roofSurfaces?: number[][][][];
  /** Lowest z of the GroundSurface, else of all the geometry's vertices [m]. */
  groundZ: number;
  /** Highest z of the geometry's vertices [m]. */
  maxZ: number;
}

export type ShapeResult = ({ ok: true } & BuildingShape) | { ok: false; reason: string };

/** Highest LoD read: LoD3 adds openings and installations the solar model has no use for. */
export const MAX_LOD = 2.2;

/** How many array levels each geometry type puts above its list of surfaces (shells, solids). */
const SURFACE_DEPTH: Record<string, number> = {
  MultiSurface: 0,
  CompositeSurface: 0,
  Solid: 1,
  MultiSolid: 2,
  CompositeSolid: 2,
};
const NESTING: Record<number, string> = {
  0: 'surfaces › rings › vertex indices',
  1: 'shells › surfaces › rings › vertex indices',
  2: 'solids › shells › surfaces › rings › vertex indices',
};

/** A z within this of the lowest z counts as on the ground [m]. */
const Z_TOLERANCE = 0.01;
/** Without semantics, an LoD2 face whose normal's z component exceeds this is a roof (tilt < ≈ 84°). */
const ROOF_NORMAL_Z = 0.1;

interface GeometryObject {
  type?: unknown;
  lod?: unknown;
  boundaries?: unknown;
  semantics?: { surfaces?: unknown; values?: unknown } | null;
}

const lodNumber = (lod: unknown): number =>
  typeof lod === 'number' ? lod : typeof lod === 'string' && lod.trim() !== '' ? Number(lod) : NaN;

/**
 * The geometry to read: the highest LoD ≤ 2.2 among the polyhedral types (Solid, MultiSolid, CompositeSolid,
 * MultiSurface, CompositeSurface); the first of equal LoDs. Returns the reason when there is none.
 */
export function chooseGeometry(geometries: unknown[]): { geometry: GeometryObject; index: number } | string {
  let best: { geometry: GeometryObject; index: number; lod: number } | null = null;
  const seen: string[] = [];
  geometries.forEach((g, index) => {
    const geometry = g as GeometryObject | null;
    if (!geometry || typeof geometry !== 'object') return;
    const lod = lodNumber(geometry.lod);
    seen.push(`${String(geometry.type)} LoD ${String(geometry.lod)}`);
    if (typeof geometry.type !== 'string' || !(geometry.type in SURFACE_DEPTH)) return;
    if (!(lod <= MAX_LOD)) return;
    if (!best || lod > best.lod) best = { geometry, index, lod };
  });
  if (best) return best;
  return `no Solid, MultiSolid, CompositeSolid, MultiSurface or CompositeSurface geometry at LoD ≤ ${MAX_LOD} (found: ${seen.join(', ') || 'none'})`;
}

/**
 * The surfaces of a geometry with their semantic type, checking that the boundaries nest as the type requires and
 * that every vertex index exists. `where` names the geometry in messages (`CityObjects["id"].geometry[2]`).
 */
export function surfacesOf(geometry: GeometryObject, vertexCount: number, where: string): Surface[] {
  const type = String(geometry.type);
  const found = SURFACE_DEPTH[type];
  if (found === undefined) throw new ImportError(`${where}: geometry type ${type} is not read`);
  const depth: number = found;
  const semanticSurfaces = Array.isArray(geometry.semantics?.surfaces) ? geometry.semantics.surfaces : null;
  const semanticOf = (value: unknown): string | null => {
    if (!semanticSurfaces || typeof value !== 'number') return null;
    const s = semanticSurfaces[value] as { type?: unknown } | undefined;
    return typeof s?.type === 'string' ? s.type : null;
  };
  const path: number[] = [];
  function fail(problem: string): never {
    const at = path.map((i) => `[${i}]`).join('');
    throw new ImportError(`${where}: boundaries${at} ${problem} (a ${type} nests ${NESTING[depth]})`);
  }
  const kind = (v: unknown) => (Array.isArray(v) ? 'an array' : v === null ? 'null' : `a ${typeof v}`);
  const out: Surface[] = [];
  const ringOf = (ring: unknown): number[] => {
    if (!Array.isArray(ring)) return fail(`should be a ring (an array of vertex indices), got ${kind(ring)}`);
    for (let k = 0; k < ring.length; k++) {
      const v: unknown = ring[k];
      if (typeof v !== 'number' || !Number.isInteger(v)) {
        path.push(k);
        fail(`should be a vertex index, got ${kind(v)}`);
      }
      if ((v as number) < 0 || (v as number) >= vertexCount) {
        path.push(k);
        fail(`is vertex index ${String(v)}, beyond the ${vertexCount} vertices of "vertices"`);
      }
    }
    return ring as number[];
  };
  const walk = (node: unknown, values: unknown, level: number): void => {
    if (!Array.isArray(node))
      fail(`should be an array of ${level > 0 ? (level === 2 ? 'solids' : 'shells') : 'surfaces'}, got ${kind(node)}`);
    for (let i = 0; i < node.length; i++) {
      path.push(i);
      const value: unknown = Array.isArray(values) ? values[i] : undefined;
      if (level > 0) {
        walk(node[i], value, level - 1);
      } else {
        const surface: unknown = node[i];
        if (!Array.isArray(surface) || surface.length === 0)
          fail(`should be a surface (an array of rings), got ${kind(surface)}`);
        const rings: number[][] = [];
        (surface as unknown[]).forEach((ring, r) => {
          path.push(r);
          rings.push(ringOf(ring));
          path.pop();
        });
        out.push({ rings, semantic: semanticOf(value) });
      }
      path.pop();
    }
  };
  walk(geometry.boundaries, semanticSurfaces ? geometry.semantics?.values : undefined, depth);
  return out;
}

/**
 * The building's shape from its CityObject `geometry` array. Throws ImportError (naming `where`) when the chosen
 * geometry's boundaries are malformed or name missing vertices; returns a reason when no footprint can be found.
 */
export function buildingShape(geometries: unknown[], vertices: VertexTable, where: string): ShapeResult {
  const chosen = chooseGeometry(geometries);
  if (typeof chosen === 'string') return { ok: false, reason: chosen };
  const { geometry, index } = chosen;
  const at = `${where}.geometry[${index}]`;
  const surfaces = surfacesOf(geometry, vertices.count, at);
  const c = vertices.coords;
  let minZ = Infinity;
  let maxZ = -Infinity;
  let groundZ = Infinity;
  for (const s of surfaces) {
    for (const ring of s.rings) {
      for (const v of ring) {
        const z = c[v * 3 + 2]!;
        if (z < minZ) minZ = z;
        if (z > maxZ) maxZ = z;
        if (s.semantic === 'GroundSurface' && z < groundZ) groundZ = z;
      }
    }
  }
  if (surfaces.length === 0 || minZ === Infinity) return { ok: false, reason: `${at} has no surfaces` };
  if (groundZ === Infinity) groundZ = minZ;

  const onGround = (s: Surface) => s.rings.every((r) => r.every((v) => Math.abs(c[v * 3 + 2]! - minZ) <= Z_TOLERANCE));
  const found = footprintOf(surfaces, c, minZ, at);
  if (!found.ok) return { ok: false, reason: found.reason };

  const lod = lodNumber(geometry.lod);
  let roofSurfaces: number[][][][] | undefined;
  if (lod >= 2) {
    const semantic = surfaces.some((s) => s.semantic !== null);
    const roofs = semantic
      ? surfaces.filter((s) => s.semantic === 'RoofSurface')
      : surfaces.filter((s) => normalZ(s.rings[0]!, c) > ROOF_NORMAL_Z && !onGround(s));
    roofSurfaces = roofs
      .filter((s) => new Set(s.rings[0]).size >= 3)
      .map((s) =>
        s.rings.map((ring) => {
          const out = ring.map((v) => [c[v * 3]!, c[v * 3 + 1]!, c[v * 3 + 2]! - groundZ]);
          out.push([...out[0]!]);
          return out;
        }),
      );
  }
  return {
    ok: true,
    lod: String(geometry.lod),
    footprint: { type: 'MultiPolygon', coordinates: found.polygons },
    footprintFrom: found.from,
    ...(roofSurfaces ? { roofSurfaces } : {}),
    groundZ,
    maxZ,
  };
}
