import { ringsIntersect } from '../geo/ringsIntersect';
import type { LocalPoint } from '../geo/types';
import { segmentDistance } from './segmentDistance';

/** Rounding allowance on the setback distance [m] (a table exactly at the setback fits). */
export const DISTANCE_TOLERANCE_M = 1e-9;

/** A ring edge with its bounding box, for quick rejection. */
export interface Edge {
  a: LocalPoint;
  b: LocalPoint;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The edges of a ring (open or closed; repeated points skipped). */
export function edgesOf(ring: readonly LocalPoint[]): Edge[] {
  const n = ring.length;
  const edges: Edge[] = [];
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    if (a[0] === b[0] && a[1] === b[1]) continue;
    edges.push({
      a,
      b,
      minX: Math.min(a[0], b[0]),
      maxX: Math.max(a[0], b[0]),
      minY: Math.min(a[1], b[1]),
      maxY: Math.max(a[1], b[1]),
    });
  }
  return edges;
}

/**
 * Even-odd ray casting (W. R. Franklin's PNPOLY, as geo/pointInRing) over a list of edges: enough when the list holds
 * every edge of the ring whose y-range spans the point's y.
 */
export function pointInEdges([x, y]: LocalPoint, edges: readonly Edge[]): boolean {
  let inside = false;
  for (const { a, b } of edges) {
    if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
  }
  return inside;
}

/** An exclusion ring with its bounding box. */
export interface Exclusion {
  ring: LocalPoint[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/**
 * Whether a footprint (a convex quadrilateral) lies in the buildable area: its corners inside the site, at least
 * `setback_m` from every site edge (segment-to-segment distance; with no setback, touching or crossing an edge
 * refuses it), and sharing no point with any exclusion (ringsIntersect: no crossing, no corner inside, no exclusion
 * inside the footprint).
 *
 * @param corners footprint [m]
 * @param siteEdges every site edge whose y-range comes within `setback_m` of the footprint's (edgesOf, filtered)
 * @param exclusions the exclusions (bounding boxes tested first)
 * @param setback_m [m], ≥ 0
 */
export function tableFits(
  corners: LocalPoint[],
  siteEdges: readonly Edge[],
  exclusions: readonly Exclusion[],
  setback_m: number,
): boolean {
  for (const c of corners) if (!pointInEdges(c, siteEdges)) return false;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [x, y] of corners) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  for (const e of siteEdges) {
    if (e.maxX < minX - setback_m || e.minX > maxX + setback_m) continue;
    if (e.maxY < minY - setback_m || e.minY > maxY + setback_m) continue;
    for (let i = 0; i < corners.length; i++) {
      const d = segmentDistance(corners[i]!, corners[(i + 1) % corners.length]!, e.a, e.b);
      if (d === 0 || d < setback_m - DISTANCE_TOLERANCE_M) return false;
    }
  }
  for (const x of exclusions) {
    if (x.maxX < minX || x.minX > maxX || x.maxY < minY || x.minY > maxY) continue;
    if (ringsIntersect(corners, x.ring)) return false;
  }
  return true;
}
