/**
 * Plane geometry of OSM buildings in [°] lon/lat: ways joined into rings, RFC 7946 winding, point in polygon, an
 * interior point, and an index of the building:part interior points. Computed on lon/lat directly: at the scale of
 * a building the map to a projected CRS is nearly affine, which keeps winding and inside/outside.
 */

export type Ring = number[][];
export type Polygons = Ring[][];

/** Whether a way's node refs close on themselves (first = last, more than one ref). */
export const isClosed = (refs: number[]) => refs.length > 1 && refs[0] === refs[refs.length - 1];

/**
 * Chains ways into closed rings by their end nodes (a ring may be split over several ways, in either direction).
 * Returns the node refs of each ring, or the ways of the first ring that does not close and the node it ends at.
 */
export function joinRings(ways: { id: number; refs: number[] }[]): number[][] | { open: number[]; end: number } {
  const left = ways.filter((w) => w.refs.length > 0);
  const rings: number[][] = [];
  for (let first = left.shift(); first; first = left.shift()) {
    const ring = [...first.refs];
    const used = [first.id];
    while (!isClosed(ring)) {
      const end = ring[ring.length - 1]!;
      const k = left.findIndex((w) => w.refs[0] === end || w.refs[w.refs.length - 1] === end);
      if (k < 0) return { open: used, end };
      const next = left.splice(k, 1)[0]!;
      const refs = next.refs[0] === end ? next.refs : [...next.refs].reverse();
      for (let i = 1; i < refs.length; i++) ring.push(refs[i]!);
      used.push(next.id);
    }
    rings.push(ring);
  }
  return rings;
}

/** Twice the signed area (shoelace); > 0 for a counter-clockwise ring. */
function signedArea(ring: Ring): number {
  let s = 0;
  for (let i = 1; i < ring.length; i++) s += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return s;
}

/** RFC 7946 winding: outer rings counter-clockwise, holes clockwise. */
export const oriented = (ring: Ring, ccw: boolean) => (signedArea(ring) > 0 === ccw ? ring : [...ring].reverse());

/** Even-odd ray casting over every ring of every polygon. */
export function pointInPolygons(x: number, y: number, polygons: Polygons): boolean {
  for (const polygon of polygons) {
    let inside = false;
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        if (ay > y !== by > y && x < ax + ((y - ay) * (bx - ax)) / (by - ay)) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}

/**
 * A point strictly inside the polygons (not a vertex, not on an edge): the middle of the widest span cut by the
 * horizontal line through the middle of each outer ring's extent. The centroid would fall outside an L or U shape.
 */
export function interiorPoint(polygons: Polygons): [number, number] | null {
  let best: [number, number] | null = null;
  let bestWidth = 0;
  for (const polygon of polygons) {
    const ys = (polygon[0] ?? []).map((p) => p[1]!);
    const y = (Math.min(...ys) + Math.max(...ys)) / 2;
    const xs: number[] = [];
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) {
        const [ax, ay] = ring[i - 1] as [number, number];
        const [bx, by] = ring[i] as [number, number];
        if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
      }
    }
    xs.sort((a, b) => a - b);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1]! - xs[i]!;
      if (width > bestWidth) [bestWidth, best] = [width, [(xs[i]! + xs[i + 1]!) / 2, y]];
    }
  }
  return best;
}

/** Interior points of the building:part pieces, sorted by longitude for a bounding-box sweep. */
export class PartIndex {
  private readonly xs: Float64Array;
  private readonly ys: Float64Array;
  constructor(points: [number, number][]) {
    points.sort((a, b) => a[0] - b[0]);
    this.xs = Float64Array.from(points, (p) => p[0]);
    this.ys = Float64Array.from(points, (p) => p[1]);
  }
  /** Whether an outline holds at least one part's interior point. */
  anyInside(polygons: Polygons): boolean {
    if (this.xs.length === 0) return false;
    const outer = polygons.flatMap((p) => p[0] ?? []);
    const [x0, x1] = [Math.min(...outer.map((p) => p[0]!)), Math.max(...outer.map((p) => p[0]!))];
    const [y0, y1] = [Math.min(...outer.map((p) => p[1]!)), Math.max(...outer.map((p) => p[1]!))];
    let lo = 0;
    let hi = this.xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.xs[mid]! < x0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.xs.length && this.xs[i]! <= x1; i++) {
      const y = this.ys[i]!;
      if (y >= y0 && y <= y1 && pointInPolygons(this.xs[i]!, y, polygons)) return true;
    }
    return false;
  }
}
