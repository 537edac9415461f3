import { ringBounds } from '../geo/ringBounds';
import type { LocalPoint } from '../geo/types';
import { ridgeAzimuthOf } from './ridgeAzimuthOf';
import { roofModel } from './roofModel';
import { sharedWallLength } from './sharedWallLength';
import type { RowCandidate } from './types';

/** Largest difference between the ridges of two row neighbours [°]. */
export const ROW_RIDGE_TOLERANCE_DEG = 10;
/** Shortest shared wall that attaches two houses [m] (a touching corner or a short offset is not a party wall). */
export const MIN_SHARED_WALL_M = 1;
/** Smallest angle between a party wall and the ridge [°]: walls along the ridge join back-to-back houses. */
const MIN_WALL_RIDGE_ANGLE_DEG = 45;
const CELL_M = 25;

interface Entry {
  index: number;
  rings: LocalPoint[][];
  ridge: number;
  box: [number, number, number, number];
}

const angleBetween = (a: number, b: number) => {
  const d = Math.abs(a - b) % 180;
  return Math.min(d, 180 - d);
};

/**
 * Groups gable-roofed buildings attached in rows: two buildings join when a wall of one lies on a wall of the other
 * (within `toleranceM`, over at least `MIN_SHARED_WALL_M`), that wall crosses their ridges (at 45° or more) and
 * their ridges agree within `ROW_RIDGE_TOLERANCE_DEG`; rows are the connected groups. Roof shapes drawn as gables
 * (gable, gambrel, half-hip) and unknown shapes take part; a missing ridge azimuth is the footprint's long axis.
 *
 * @param buildings candidates with their local footprints [m]
 * @param toleranceM largest gap between two walls taken as one [m], ≥ 0
 * @returns rows of two buildings or more, each in input order, rows ordered by their first member
 * @example findRoofRows(corons).map((row) => row.map((b) => b.id)) // [[1, 2, 3, 4, 5], ...]
 */
export function findRoofRows<T extends RowCandidate>(buildings: readonly T[], toleranceM = 0.05): T[][] {
  if (!Array.isArray(buildings)) throw new RangeError('buildings must be an array');
  if (!Number.isFinite(toleranceM) || toleranceM < 0) throw new RangeError(`toleranceM must be ≥ 0, got ${toleranceM}`);
  const entries = buildings.flatMap((b: T, index: number): Entry[] => {
    if (b.roof_shape !== null && roofModel(b.roof_shape) !== 'gable') return [];
    const rings = b.footprint.map((part) => part[0] ?? []).filter((ring) => ring.length >= 2);
    if (rings.length === 0) return [];
    return [{ index, rings, ridge: ridgeAzimuthOf(b.footprint, b.ridge_azimuth_deg), box: ringBounds(rings.flat()) }];
  });
  const cells = new Map<string, number[]>();
  entries.forEach((e, k) => {
    for (let cx = Math.floor(e.box[0] / CELL_M); cx <= Math.floor(e.box[2] / CELL_M); cx++) {
      for (let cy = Math.floor(e.box[1] / CELL_M); cy <= Math.floor(e.box[3] / CELL_M); cy++) {
        const key = `${cx},${cy}`;
        const list = cells.get(key);
        if (list) list.push(k);
        else cells.set(key, [k]);
      }
    }
  });
  const parent = entries.map((_, k) => k);
  const root = (k: number): number => (parent[k] === k ? k : (parent[k] = root(parent[k]!)));
  const attached = (a: Entry, b: Entry) => {
    if (angleBetween(a.ridge, b.ridge) > ROW_RIDGE_TOLERANCE_DEG) return false;
    for (const ra of a.rings) {
      for (let i = 0; i + 1 < ra.length; i++) {
        const p: LocalPoint = ra[i]!;
        const q: LocalPoint = ra[i + 1]!;
        const wall = (Math.atan2(q[0] - p[0], q[1] - p[1]) * 180) / Math.PI;
        if (angleBetween(wall, a.ridge) < MIN_WALL_RIDGE_ANGLE_DEG) continue;
        for (const rb of b.rings) {
          for (let j = 0; j + 1 < rb.length; j++) {
            if (sharedWallLength(p, q, rb[j]!, rb[j + 1]!, toleranceM) >= MIN_SHARED_WALL_M) return true;
          }
        }
      }
    }
    return false;
  };
  for (const members of cells.values()) {
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = entries[members[x]!]!;
        const b = entries[members[y]!]!;
        if (root(members[x]!) === root(members[y]!)) continue;
        if (a.box[0] > b.box[2] + toleranceM || b.box[0] > a.box[2] + toleranceM) continue;
        if (a.box[1] > b.box[3] + toleranceM || b.box[1] > a.box[3] + toleranceM) continue;
        if (attached(a, b)) parent[root(members[x]!)] = root(members[y]!);
      }
    }
  }
  const groups = new Map<number, T[]>();
  entries.forEach((e, k) => {
    const r = root(k);
    const group = groups.get(r);
    if (group) group.push(buildings[e.index]!);
    else groups.set(r, [buildings[e.index]!]);
  });
  return [...groups.values()].filter((group) => group.length >= 2);
}
