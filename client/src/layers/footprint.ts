/** Small planar helpers on footprints in local metres (east, north). */
import type { Polygon, Ring } from '../data/types';

/** Signed area of a ring [m²], positive when counter-clockwise. */
export function ringArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}

/** Area of a polygon with holes [m²]. */
export function polygonArea(polygon: Polygon): number {
  return polygon.reduce((sum, ring) => sum + Math.abs(ringArea(ring)) * (ring === polygon[0] ? 1 : -1), 0);
}

/** Area-weighted centroid of a ring [m]; the vertex mean when the ring is degenerate. */
export function ringCentroid(ring: Ring): [number, number] {
  let cx = 0;
  let cy = 0;
  let a2 = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i]!;
    const [xj, yj] = ring[j]!;
    const cross = xj * yi - xi * yj;
    a2 += cross;
    cx += (xi + xj) * cross;
    cy += (yi + yj) * cross;
  }
  if (Math.abs(a2) < 1e-9) {
    const n = ring.length || 1;
    return [ring.reduce((s, p) => s + p[0], 0) / n, ring.reduce((s, p) => s + p[1], 0) / n];
  }
  return [cx / (3 * a2), cy / (3 * a2)];
}

/** The polygon with the largest area. */
export function largestPolygon(polygons: readonly Polygon[]): Polygon | null {
  let best: Polygon | null = null;
  let bestArea = -Infinity;
  for (const polygon of polygons) {
    const area = polygonArea(polygon);
    if (area > bestArea) {
      best = polygon;
      bestArea = area;
    }
  }
  return best;
}

/** Azimuth of the ring's longest edge [°] clockwise from north, folded into [0, 180). */
export function longestEdgeAzimuth(ring: Ring): number {
  let best = 0;
  let azimuth = 0;
  for (let i = 0; i < ring.length; i++) {
    const p = ring[i]!;
    const q = ring[(i + 1) % ring.length]!;
    const length = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (length > best) {
      best = length;
      azimuth = (Math.atan2(q[0] - p[0], q[1] - p[1]) * 180) / Math.PI;
    }
  }
  return ((azimuth % 180) + 180) % 180;
}

export interface OrientedBox {
  /** Unit vector along the ridge (east, north). */
  along: [number, number];
  /** Unit vector across the ridge (east, north), 90° clockwise from `along`. */
  across: [number, number];
  origin: [number, number];
  minU: number;
  maxU: number;
  minV: number;
  maxV: number;
  /** Polygon area over box area [-]; 1 for a rectangle aligned with the ridge. */
  fill: number;
}

/** The box around a polygon aligned with an azimuth [°], in (u along, v across) coordinates from its centroid. */
export function orientedBox(polygon: Polygon, azimuth_deg: number): OrientedBox {
  const azimuthRad = (azimuth_deg * Math.PI) / 180;
  const along: [number, number] = [Math.sin(azimuthRad), Math.cos(azimuthRad)];
  const across: [number, number] = [along[1], -along[0]];
  const outer = polygon[0] ?? [];
  const origin = ringCentroid(outer);
  let minU = Infinity;
  let maxU = -Infinity;
  let minV = Infinity;
  let maxV = -Infinity;
  for (const [e, n] of outer) {
    const de = e - origin[0];
    const dn = n - origin[1];
    const u = de * along[0] + dn * along[1];
    const v = de * across[0] + dn * across[1];
    minU = Math.min(minU, u);
    maxU = Math.max(maxU, u);
    minV = Math.min(minV, v);
    maxV = Math.max(maxV, v);
  }
  const boxArea = (maxU - minU) * (maxV - minV);
  return { along, across, origin, minU, maxU, minV, maxV, fill: boxArea > 0 ? polygonArea(polygon) / boxArea : 0 };
}

/** (u, v) in a box's frame → (east, north). */
export function fromBox(box: OrientedBox, u: number, v: number): [number, number] {
  return [box.origin[0] + u * box.along[0] + v * box.across[0], box.origin[1] + u * box.along[1] + v * box.across[1]];
}
