import { pointInRing } from '../geo/pointInRing';
import { LAS_CLASS, type PlanPoint, type PointSet } from './types';

/** mulberry32 (Tommy Ettinger, public domain): the seeded generator the planner's tests use, so clouds replay. */
import { seeded } from '../planner/planStock.testkit';
export { seeded };

/** A standard normal draw (Box–Muller). */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/** Growable point list that ends as a PointSet. */
export class PointList {
  private readonly xs: number[] = [];
  private readonly ys: number[] = [];
  private readonly zs: number[] = [];
  private readonly cs: number[] = [];
  add(x: number, y: number, z: number, classification: number): void {
    this.xs.push(x);
    this.ys.push(y);
    this.zs.push(z);
    this.cs.push(classification);
  }
  toPointSet(): PointSet {
    return {
      count: this.xs.length,
      x: Float64Array.from(this.xs),
      y: Float64Array.from(this.ys),
      z: Float64Array.from(this.zs),
      classification: Uint8Array.from(this.cs),
    };
  }
}

/** Whether (x, y) lies inside a polygon given as rings (even-odd: holes are the rings inside the exterior). */
export function insideRings(p: PlanPoint, rings: readonly PlanPoint[][]): boolean {
  let inside = false;
  for (const r of rings) if (pointInRing(p, r)) inside = !inside;
  return inside;
}

/**
 * Uniform random points (a Poisson pattern, as a LiDAR scan at a given density roughly is) over a box.
 * @param density_m2 points per square metre
 */
export function scatter(
  rand: () => number,
  box: [x0: number, y0: number, x1: number, y1: number],
  density_m2: number,
  emit: (x: number, y: number) => void,
): void {
  const [x0, y0, x1, y1] = box;
  const n = Math.round((x1 - x0) * (y1 - y0) * density_m2);
  for (let k = 0; k < n; k++) emit(x0 + rand() * (x1 - x0), y0 + rand() * (y1 - y0));
}

/**
 * Flat roofs at `roof_m` over polygons (one per building: exterior then courtyards) and ground at 0 elsewhere in
 * `box`, both at `density_m2`, z noise 0.03 m.
 */
export function buildingScene(
  seed: number,
  box: [number, number, number, number],
  buildings: { rings: PlanPoint[][]; roof_m: number }[],
  density_m2 = 10,
): PointSet {
  const rand = seeded(seed);
  const list = new PointList();
  scatter(rand, box, density_m2, (x, y) => {
    const b = buildings.find((bb) => insideRings([x, y], bb.rings));
    const noise = 0.03 * gaussian(rand);
    if (b) list.add(x, y, b.roof_m + noise, LAS_CLASS.building);
    else list.add(x, y, noise, LAS_CLASS.ground);
  });
  return list.toPointSet();
}

/** A rectangle as an open ring, counter-clockwise, rotated by `angle_deg` about its first corner. */
export function rectangle(x: number, y: number, w: number, h: number, angle_deg = 0): PlanPoint[] {
  const a = (angle_deg * Math.PI) / 180;
  const c = Math.cos(a);
  const s = Math.sin(a);
  return (
    [
      [0, 0],
      [w, 0],
      [w, h],
      [0, h],
    ] as PlanPoint[]
  ).map(([u, v]) => [x + u * c - v * s, y + u * s + v * c]);
}
