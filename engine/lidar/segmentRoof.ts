import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { openRing } from '../roof/openRing';
import { planarFace, type RoofPlane } from '../roof/planarFace';
import { assignPoints } from './assignPoints';
import { cellGrid } from './cellGrid';
import { cellNormals } from './cellNormals';
import { facePolygon } from './facePolygon';
import { findDormers } from './findDormers';
import { findSuperstructures, planeZ } from './findSuperstructures';
import { footprintCells } from './footprintCells';
import { growRegions } from './growRegions';
import { labelCells } from './labelCells';
import { mergeCoplanar } from './mergeCoplanar';
import { planeDistance } from './planeMoments';
import { robustPlane } from './robustPlane';
import { resolveSegmentRoofOptions, type SegmentRoofOptions } from './segmentRoofOptions';
import type { LidarRoofFace, RoofPoints, RoofSuperstructure, SegmentRoofResult } from './segmentRoofTypes';
import { selectPoints } from './selectPoints';
import type { PlanRing } from './types';

const DEG = Math.PI / 180;
/** Points a local window should hold for its normal (≈ 1° of tilt noise at σ = 5 cm over 1.5 m). */
const WINDOW_POINTS = 12;

/**
 * Roof faces of one building from its airborne LiDAR points (IGN LiDAR HD class 6), in five steps, all on a plan
 * raster of `cell_m` cells (the grid index: every step is linear in the points or the cells):
 * 1. local normals: the least-squares plane of each cell's neighbourhood (a window of ≈ 12 expected points, 1.5 m at
 *    10 pts/m², wider on sparser data), from a summed-area table of point moments and a 3 × 3 Jacobi eigen-solve;
 * 2. region growing over cells on normal similarity and distance to the region's plane (`growRegions` says why not
 *    RANSAC), then the merge of adjacent coplanar regions;
 * 3. a robust plane per region (least squares, points beyond 2.5σ dropped, re-fit), every point then given to the
 *    nearest nearby plane within the distance tolerance, and each face re-fitted robustly on its points;
 * 4. each face's cells (majority of their inliers, gaps filled from the neighbours, speckle removed) → the outline of
 *    its cells, simplified (Douglas–Peucker, `simplify_m`), clipped to the footprint, lifted onto its plane by
 *    engine/roof/planarFace (so tilt, azimuth and areas are computed as for every other roof source);
 * 5. superstructures: clusters of leftover points more than `superstructureHeight_m` above their face, and faces that
 *    stand above a larger neighbour's plane (dormers: returned as faces and listed on their host face).
 * Faces flatter than `flatTilt_deg` are made horizontal (tilt 0, azimuth 180 by the project's convention).
 *
 * @param points the building's points (a PointSet, or indices into one), x/y in the footprint's metres, z altitude [m]
 * @param footprint closed plan ring of the building [m]
 * @param options `ground_m` (altitude of the ground [m]) and the tuning of `SEGMENT_ROOF_DEFAULTS`
 * @returns faces (ring z above ground [m]), superstructures, unassigned points; `sparse` with a reason and no face
 *   when the data cannot carry planes (fewer than `minPoints` points or `minDensity_per_m2`)
 * @throws RangeError naming the argument when the footprint, the points or an option is malformed
 * @example segmentRoof(points, [[0, 0], [10, 0], [10, 8], [0, 8], [0, 0]], { ground_m: 52.3 })
 *   // a 35° gable at 10 pts/m²: two faces, azimuths 0 and 180, tilt 35 ± 0.5°
 */
export function segmentRoof(points: RoofPoints, footprint: PlanRing, options: SegmentRoofOptions): SegmentRoofResult {
  const o = resolveSegmentRoofOptions(options);
  const ring = openRing(validFootprint(footprint));
  const footprintArea_m2 = Math.abs(signedArea(ring));
  if (!(footprintArea_m2 > 0)) throw new RangeError('footprint must enclose an area');
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const x0 = Math.min(...xs);
  const y0 = Math.min(...ys);
  const { x, y, z, index, n } = selectPoints(points, x0, y0, o.ground_m);
  const density_per_m2 = n / footprintArea_m2;
  const empty = (reason: string, sparse: boolean): SegmentRoofResult => ({
    faces: [],
    superstructures: [],
    unassigned_points: Uint32Array.from(index),
    density_per_m2,
    sparse,
    reason,
  });
  if (n < o.minPoints) return empty(`sparse: ${n} points, fewer than minPoints ${o.minPoints}`, true);
  if (density_per_m2 < o.minDensity_per_m2) {
    return empty(
      `sparse: ${density_per_m2.toFixed(2)} points/m², below minDensity_per_m2 ${o.minDensity_per_m2}`,
      true,
    );
  }

  const cell = o.cell_m;
  const nx = Math.max(1, Math.ceil((Math.max(...xs) - x0) / cell));
  const ny = Math.max(1, Math.ceil((Math.max(...ys) - y0) / cell));
  const grid = cellGrid(x, y, n, nx, ny, cell);
  const radius = Math.max(1, Math.ceil((Math.sqrt(WINDOW_POINTS / density_per_m2) / cell - 1) / 2));
  const local = cellNormals(grid, x, y, z, radius, 6);
  const grown = growRegions(grid, local, {
    seedRms_m: o.distanceTolerance_m / 2,
    cosNormalTolerance: Math.cos(o.normalTolerance_deg * DEG),
    distanceTolerance_m: o.distanceTolerance_m,
    minRegionPoints: o.minFacePoints,
  });
  const regions = mergeCoplanar(grid, grown, Math.cos(o.mergeAngle_deg * DEG), o.distanceTolerance_m);

  // Step 3: robust region planes, points to the nearest plane, robust face planes.
  const members: number[][] = regions.moments.map(() => []);
  for (let k = 0; k < n; k++) {
    const r = regions.cellRegion[grid.cellOf[k]!]!;
    if (r >= 0) members[r]!.push(k);
  }
  const regionPlanes = members.map((m) => robustPlane(m, x, y, z, o.outlierSigmas)?.plane ?? null);
  const nearest = assignPoints(grid, regions.cellRegion, regionPlanes, x, y, z, radius + 1, o.distanceTolerance_m);
  const byRegion: number[][] = regions.moments.map(() => []);
  for (let k = 0; k < n; k++) if (nearest[k]! >= 0) byRegion[nearest[k]!]!.push(k);
  const cosMaxTilt = Math.cos(o.maxTilt_deg * DEG);
  const fits = byRegion
    .map((m) => robustPlane(m, x, y, z, o.outlierSigmas))
    .filter((f) => f !== null && f.inliers.length >= o.minFacePoints && f.plane.nz >= cosMaxTilt);
  const pointFace = new Int32Array(n).fill(-1);
  fits.forEach((f, i) => f!.inliers.forEach((k) => (pointFace[k] = i)));

  // Step 4: cells, outlines, faces.
  const inFootprint = footprintCells(ring, x0, y0, nx, ny, cell);
  const minCells = Math.max(1, Math.round(o.minFaceArea_m2 / (cell * cell)));
  const tol2 = o.distanceTolerance_m ** 2;
  const misfit = (f: number, c: number): number => {
    let sum = 0;
    for (let s = grid.start[c]!; s < grid.start[c + 1]!; s++) {
      const k = grid.order[s]!;
      sum += Math.min(tol2, planeDistance(fits[f]!.plane, x[k]!, y[k]!, z[k]!) ** 2);
    }
    return sum;
  };
  const cellFace = labelCells(grid, pointFace, fits.length, inFootprint, minCells, misfit);
  const shifted = ring.map(([px, py]): LocalPoint => [px - x0, py - y0]);
  const faces: LidarRoofFace[] = [];
  const planes: RoofPlane[] = [];
  const inliers: number[][] = [];
  const renumber = new Int32Array(fits.length).fill(-1);
  fits.forEach((fit, f) => {
    const { plane } = fit!;
    const flat = Math.acos(Math.min(1, plane.nz)) < o.flatTilt_deg * DEG;
    const local: RoofPlane = flat
      ? { gx: 0, gy: 0, z0_m: plane.cz }
      : {
          gx: -plane.nx / plane.nz,
          gy: -plane.ny / plane.nz,
          z0_m: plane.cz + (plane.nx * plane.cx + plane.ny * plane.cy) / plane.nz,
        };
    const outline = facePolygon(cellFace, f, nx, ny, 0, 0, cell, shifted, o.simplify_m, o.minFaceArea_m2);
    if (!outline) return;
    const absolute: RoofPlane = { gx: local.gx, gy: local.gy, z0_m: local.z0_m - local.gx * x0 - local.gy * y0 };
    const face = planarFace(
      outline.map(([px, py]): LocalPoint => [px + x0, py + y0]),
      absolute,
      faces.length,
    );
    const rms_m = flat ? verticalRms(fit!.inliers, local, x, y, z) : plane.rms_m;
    renumber[f] = faces.length;
    faces.push({ ...face, rms_m, point_count: fit!.inliers.length });
    planes.push(local);
    inliers.push(fit!.inliers);
  });
  for (let k = 0; k < n; k++) pointFace[k] = pointFace[k]! >= 0 ? renumber[pointFace[k]!]! : -1;
  for (let c = 0; c < cellFace.length; c++) cellFace[c] = cellFace[c]! >= 0 ? renumber[cellFace[c]!]! : -1;

  // Step 5: superstructures.
  const { clusters, inCluster } = findSuperstructures(
    grid,
    cellFace,
    planes,
    pointFace,
    x,
    y,
    z,
    x0,
    y0,
    o.superstructureHeight_m,
    o.minSuperstructurePoints,
  );
  const areas = faces.map((f) => f.plan_area_m2);
  const dormers: RoofSuperstructure[] = findDormers(
    grid,
    cellFace,
    planes,
    areas,
    inliers,
    x,
    y,
    z,
    o.superstructureHeight_m,
  ).map(({ dormer, host, height_m }) => {
    const f = faces[dormer]!;
    const centroid = inliers[dormer]!.reduce<[number, number]>((s, k) => [s[0] + x[k]!, s[1] + y[k]!], [0, 0]);
    return {
      kind: 'dormer',
      face_index: host,
      dormer_face_index: dormer,
      ring: f.ring.map((p): [number, number] => [p[0], p[1]]),
      centroid: [x0 + centroid[0] / f.point_count, y0 + centroid[1] / f.point_count],
      height_m,
      plan_area_m2: f.plan_area_m2,
      point_count: f.point_count,
    };
  });
  const unassigned: number[] = [];
  for (let k = 0; k < n; k++) if (pointFace[k]! < 0 && !inCluster[k]) unassigned.push(index[k]!);
  return {
    faces,
    superstructures: [...dormers, ...clusters],
    unassigned_points: Uint32Array.from(unassigned),
    density_per_m2,
    sparse: false,
    reason: faces.length === 0 ? 'no plane found: the points fit no roof face' : null,
  };
}

function verticalRms(
  indices: readonly number[],
  plane: RoofPlane,
  x: Float64Array,
  y: Float64Array,
  z: Float64Array,
): number {
  let s = 0;
  for (const k of indices) s += (z[k]! - planeZ(plane, x[k]!, y[k]!)) ** 2;
  return indices.length > 0 ? Math.sqrt(s / indices.length) : 0;
}

function validFootprint(footprint: PlanRing): PlanRing {
  if (!Array.isArray(footprint) || footprint.length < 4) {
    throw new RangeError(
      `footprint must be a closed ring of at least 4 [x, y] points, got ${Array.isArray(footprint) ? footprint.length : typeof footprint}`,
    );
  }
  footprint.forEach((p, i) => {
    if (!Array.isArray(p) || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new RangeError(`footprint[${i}] must be a point [x_m, y_m] of finite numbers, got ${JSON.stringify(p)}`);
    }
  });
  return footprint;
}
