import { pointInRing } from '../geo/pointInRing';
import { signedArea } from '../geo/signedArea';
import type { PlanPoint, PlanRing, PointSet } from './types';
import { LAS_CLASS } from './types';

/**
 * Synthetic airborne point clouds of roofs whose geometry is known exactly, for the segmentation's tests and bench.
 * Each roof is a list of planar faces (plan polygon + plane), dormers drawn over them and boxes (chimneys); the
 * expected tilt, azimuth and areas come from those definitions, never from the code under test.
 */

/** Seeded PRNG (mulberry32, T. Ettinger, public domain): uniform in [0, 1) — the planner tests' generator. */
import { seeded as mulberry32 } from '../planner/planStock.testkit';
export { mulberry32 };

/** Standard normal draws by Box–Muller from a uniform PRNG. */
export function gaussian(uniform: () => number): () => number {
  return () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A planar piece z = z0_m + gx·x + gy·y over a plan polygon (open ring) [m above ground]. */
export interface KnownFace {
  name: string;
  plan: PlanPoint[];
  gx: number;
  gy: number;
  z0_m: number;
}

export interface KnownBox {
  name: string;
  plan: PlanPoint[];
  top_m: number;
}

export interface KnownRoof {
  footprint: PlanRing;
  /** Main faces (disjoint in plan, covering the footprint). */
  faces: KnownFace[];
  /** Faces drawn over the main ones where they are higher (dormers). */
  dormers: KnownFace[];
  boxes: KnownBox[];
}

/** Expected values of a known face: tilt [°], azimuth of the downslope direction [°], true and plan areas [m²]. */
export function expected(face: KnownFace): {
  tilt_deg: number;
  azimuth_deg: number;
  area_m2: number;
  plan_area_m2: number;
} {
  const slope = Math.hypot(face.gx, face.gy);
  const tilt_deg = (Math.atan(slope) * 180) / Math.PI;
  let azimuth_deg = slope > 0 ? (Math.atan2(-face.gx, -face.gy) * 180) / Math.PI : 180;
  if (azimuth_deg < 0) azimuth_deg += 360;
  const plan_area_m2 = Math.abs(signedArea(face.plan));
  return { tilt_deg, azimuth_deg, area_m2: plan_area_m2 * Math.sqrt(1 + slope * slope), plan_area_m2 };
}

const zOf = (f: KnownFace, x: number, y: number) => f.z0_m + f.gx * x + f.gy * y;
const rect = (x0: number, y0: number, x1: number, y1: number): PlanPoint[] => [
  [x0, y0],
  [x1, y0],
  [x1, y1],
  [x0, y1],
];
const closed = (ring: PlanPoint[]): PlanRing => [...ring, ring[0]!];
const T35 = Math.tan((35 * Math.PI) / 180);

/** Height of the known roof above (x, y) [m]; NaN outside every face. */
export function heightAt(roof: KnownRoof, x: number, y: number): number {
  for (const b of roof.boxes) if (pointInRing([x, y], b.plan)) return b.top_m;
  const main = roof.faces.find((f) => pointInRing([x, y], f.plan));
  const base = main ? zOf(main, x, y) : NaN;
  for (const d of roof.dormers) if (pointInRing([x, y], d.plan)) return Math.max(base, zOf(d, x, y));
  return base;
}

/** Gable of `width_m` (x) × `depth_m` (y), ridge east–west at mid-depth, eaves at `eaves_m`: faces south and north. */
export function gableRoof(width_m = 10, depth_m = 8, pitch_deg = 35, eaves_m = 5): KnownRoof {
  const t = Math.tan((pitch_deg * Math.PI) / 180);
  const h = depth_m / 2;
  return {
    footprint: closed(rect(0, 0, width_m, depth_m)),
    faces: [
      { name: 'south', plan: rect(0, 0, width_m, h), gx: 0, gy: t, z0_m: eaves_m },
      { name: 'north', plan: rect(0, h, width_m, depth_m), gx: 0, gy: -t, z0_m: eaves_m + t * depth_m },
    ],
    dormers: [],
    boxes: [],
  };
}

/** Hip roof 12 m × 8 m, all four slopes at 30°, eaves 5 m: ridge from (4, 4) to (8, 4). */
export function hipRoof(): KnownRoof {
  const t = Math.tan((30 * Math.PI) / 180);
  return {
    footprint: closed(rect(0, 0, 12, 8)),
    faces: [
      {
        name: 'south',
        plan: [
          [0, 0],
          [12, 0],
          [8, 4],
          [4, 4],
        ],
        gx: 0,
        gy: t,
        z0_m: 5,
      },
      {
        name: 'north',
        plan: [
          [12, 8],
          [0, 8],
          [4, 4],
          [8, 4],
        ],
        gx: 0,
        gy: -t,
        z0_m: 5 + 8 * t,
      },
      {
        name: 'east',
        plan: [
          [12, 0],
          [12, 8],
          [8, 4],
        ],
        gx: -t,
        gy: 0,
        z0_m: 5 + 12 * t,
      },
      {
        name: 'west',
        plan: [
          [0, 8],
          [0, 0],
          [4, 4],
        ],
        gx: t,
        gy: 0,
        z0_m: 5,
      },
    ],
    dormers: [],
    boxes: [],
  };
}

/** Flat roof 10 m × 10 m at 6 m with a 0.6 m × 0.6 m chimney 1.2 m high centred on (6.5, 6.5). */
export function flatRoofWithChimney(): KnownRoof {
  return {
    footprint: closed(rect(0, 0, 10, 10)),
    faces: [{ name: 'flat', plan: rect(0, 0, 10, 10), gx: 0, gy: 0, z0_m: 6 }],
    dormers: [],
    boxes: [{ name: 'chimney', plan: rect(6.2, 6.2, 6.8, 6.8), top_m: 7.2 }],
  };
}

/**
 * Gable 12 m × 8 m at 35° with a shed dormer on the south face: 3 m wide (x 4.5–7.5) and 2 m deep (y 1–3), its roof
 * at 10° looking south, meeting the main roof at y = 3 and 1.05 m above it at its front (y = 1).
 */
export function gableWithDormer(): KnownRoof {
  const roof = gableRoof(12, 8);
  const t10 = Math.tan((10 * Math.PI) / 180);
  const back_m = 5 + T35 * 3;
  roof.dormers.push({ name: 'dormer', plan: rect(4.5, 1, 7.5, 3), gx: 0, gy: t10, z0_m: back_m - t10 * 3 });
  return roof;
}

/** The roof turned counter-clockwise by `deg` about the origin, then moved by (dx, dy) [m]. */
export function transformed(roof: KnownRoof, deg: number, dx: number, dy: number): KnownRoof {
  const c = Math.cos((deg * Math.PI) / 180);
  const s = Math.sin((deg * Math.PI) / 180);
  const p = ([x, y]: PlanPoint): PlanPoint => [c * x - s * y + dx, s * x + c * y + dy];
  // z = z0 + g·q with q = Rᵀ(p − d): the gradient turns with the roof, z0 absorbs the shift.
  const face = (f: KnownFace): KnownFace => {
    const gx = c * f.gx - s * f.gy;
    const gy = s * f.gx + c * f.gy;
    return { ...f, plan: f.plan.map(p), gx, gy, z0_m: f.z0_m - gx * dx - gy * dy };
  };
  return {
    footprint: roof.footprint.map(p),
    faces: roof.faces.map(face),
    dormers: roof.dormers.map(face),
    boxes: roof.boxes.map((b) => ({ ...b, plan: b.plan.map(p) })),
  };
}

/**
 * Airborne points on the roof: uniform random x, y over the footprint at `density_per_m2`, z = roof height + ground
 * + Gaussian noise of `sigma_m` (IGN LiDAR HD: ≈ 10 pts/m², σ ≈ 5 cm), all class 6 (building).
 */
export function pointCloud(roof: KnownRoof, density_per_m2 = 10, sigma_m = 0.05, seed = 1, ground_m = 100): PointSet {
  const uniform = mulberry32(seed);
  const normal = gaussian(uniform);
  const xs = roof.footprint.map((q) => q[0]);
  const ys = roof.footprint.map((q) => q[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const count = Math.round(density_per_m2 * Math.abs(signedArea(roof.footprint)));
  const x = new Float64Array(count);
  const y = new Float64Array(count);
  const z = new Float64Array(count);
  for (let k = 0; k < count;) {
    const px = x0 + (x1 - x0) * uniform();
    const py = y0 + (y1 - y0) * uniform();
    const h = heightAt(roof, px, py);
    if (!pointInRing([px, py], roof.footprint) || !Number.isFinite(h)) continue;
    x[k] = px;
    y[k] = py;
    z[k++] = ground_m + h + sigma_m * normal();
  }
  return { count, x, y, z, classification: new Uint8Array(count).fill(LAS_CLASS.building) };
}
