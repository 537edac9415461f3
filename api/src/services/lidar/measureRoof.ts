import { pointInRing } from '../../../../engine/geo/pointInRing.js';
import { segmentRoof } from '../../../../engine/lidar/segmentRoof.js';
import type { PlanRing, PointSet } from '../../../../engine/lidar/types.js';

/** One building's roof as measured on the LiDAR, ready for lidar_roofs (coordinates in the file's CRS). */
export interface MeasuredRoof {
  status: 'faces' | 'sparse';
  /** GeoJSON MultiPolygon with [x, y, z above ground] in the file's CRS, null when sparse. */
  surfaces: { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
  /** GeoJSON MultiPolygon in plan (file's CRS) of the chimneys, skylights, equipment and dormers, null when none. */
  superstructures: { type: 'MultiPolygon'; coordinates: number[][][][] } | null;
  /** Per face: orientation, size and fit. */
  faces: {
    tilt_deg: number;
    azimuth_deg: number;
    area_m2: number;
    rms_m: number;
    point_count: number;
  }[];
  ground_m: number | null;
  point_count: number;
  density_pts_m2: number;
  /** RMS residual over all faces' inliers [m], null when sparse. */
  rms_m: number | null;
  /** Why no face was measured (sparse data, no ground), else null. */
  reason: string | null;
  /** Superstructures found, by kind. */
  chimneys_and_equipment: number;
  dormers: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

function planArea(ring: PlanRing): number {
  let a = 0;
  for (let i = 0; i + 1 < ring.length; i++) a += ring[i]![0] * ring[i + 1]![1] - ring[i + 1]![0] * ring[i]![1];
  return Math.abs(a) / 2;
}

/**
 * Measures one building's roof from its building-class points (x, y, z interleaved, in the tile's metres) with
 * engine/lidar/segmentRoof, part by part of its footprint, and turns the faces into the file's CRS (adding `origin`).
 */
export function measureBuildingRoof(
  coords: Float64Array,
  footprint: PlanRing[][],
  ground_m: number | null,
  origin: [number, number],
): MeasuredRoof {
  const count = coords.length / 3;
  const area = footprint.reduce(
    (s, poly) => s + planArea(poly[0]!) - poly.slice(1).reduce((h, r) => h + planArea(r), 0),
    0,
  );
  const density = area > 0 ? round(count / area, 2) : 0;
  const empty: MeasuredRoof = {
    status: 'sparse',
    surfaces: null,
    superstructures: null,
    faces: [],
    ground_m: ground_m === null ? null : round(ground_m, 2),
    point_count: count,
    density_pts_m2: density,
    rms_m: null,
    reason: null,
    chimneys_and_equipment: 0,
    dormers: 0,
  };
  if (ground_m === null) return { ...empty, reason: 'no ground point around the building' };
  const surfaces: number[][][][] = [];
  const superstructures: number[][][][] = [];
  const faces: MeasuredRoof['faces'] = [];
  const reasons: string[] = [];
  let squares = 0;
  let inliers = 0;
  let chimneys = 0;
  let dormers = 0;
  const lift = (p: number[]) => [round(p[0]! + origin[0], 3), round(p[1]! + origin[1], 3)];
  for (const polygon of footprint) {
    const outer = polygon[0]!;
    const xs: number[] = [];
    const ys: number[] = [];
    const zs: number[] = [];
    for (let i = 0; i < count; i++) {
      const x = coords[3 * i]!;
      const y = coords[3 * i + 1]!;
      if (footprint.length > 1 && !pointInRing([x, y], outer)) continue;
      xs.push(x);
      ys.push(y);
      zs.push(coords[3 * i + 2]!);
    }
    const set: PointSet = {
      count: xs.length,
      x: Float64Array.from(xs),
      y: Float64Array.from(ys),
      z: Float64Array.from(zs),
      classification: new Uint8Array(xs.length).fill(6),
    };
    const result = segmentRoof(set, outer, { ground_m });
    if (result.faces.length === 0) {
      reasons.push(result.reason ?? 'no roof plane found');
      continue;
    }
    for (const face of result.faces) {
      surfaces.push([face.ring.map((p) => [...lift(p), round(p[2], 3)])]);
      faces.push({
        tilt_deg: round(face.tilt_deg, 2),
        azimuth_deg: round(face.azimuth_deg, 1),
        area_m2: round(face.area_m2, 2),
        rms_m: round(face.rms_m, 3),
        point_count: face.point_count,
      });
      squares += face.rms_m * face.rms_m * face.point_count;
      inliers += face.point_count;
    }
    // A face's outline covers what stands on it (engine/lidar/segmentRoof): the outlines of its chimneys, skylights,
    // equipment and dormers are where its samples hold no panel (engine/cadastre/computeTile takes them off; a dormer's
    // own face, wholly inside its outline, keeps its samples).
    for (const s of result.superstructures) {
      if (s.kind === 'dormer') dormers += 1;
      else chimneys += 1;
      superstructures.push([s.ring.map(lift)]);
    }
  }
  if (surfaces.length === 0) return { ...empty, reason: reasons.join('; ') || 'no roof plane found' };
  return {
    ...empty,
    status: 'faces',
    surfaces: { type: 'MultiPolygon', coordinates: surfaces },
    superstructures: superstructures.length > 0 ? { type: 'MultiPolygon', coordinates: superstructures } : null,
    faces,
    rms_m: inliers > 0 ? round(Math.sqrt(squares / inliers), 3) : null,
    chimneys_and_equipment: chimneys,
    dormers,
  };
}
