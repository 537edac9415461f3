import { checkAtLeast, checkRange } from '../geo/checkRange';

/** Options of `segmentRoof`; every one but `ground_m` has a default (`SEGMENT_ROOF_DEFAULTS`). */
export interface SegmentRoofOptions {
  /** Ground altitude under the building [m], same datum as the points' z: heights above ground are z − ground_m. */
  ground_m: number;
  /** Side of the plan raster cells [m]. */
  cell_m?: number;
  /** Fewest inlier points for a plane to become a face. */
  minFacePoints?: number;
  /** Smallest plan area of a face's cells [m²]. */
  minFaceArea_m2?: number;
  /** Largest point-to-plane distance for a point or cell to belong to a plane [m]. */
  distanceTolerance_m?: number;
  /** Largest angle between a cell's local normal and its region's normal while growing [°]. */
  normalTolerance_deg?: number;
  /** Largest angle between two adjacent regions' normals for them to be merged as one plane [°]. */
  mergeAngle_deg?: number;
  /** Outliers dropped at the robust re-fit: farther than this many RMS from the least-squares plane. */
  outlierSigmas?: number;
  /** Faces flatter than this are made exactly horizontal (tilt 0, azimuth 180 by convention) [°]. */
  flatTilt_deg?: number;
  /** Planes steeper than this are walls or noise, not roof faces [°]. */
  maxTilt_deg?: number;
  /** Height above a face from which points stand off it (superstructure) [m]. */
  superstructureHeight_m?: number;
  /** Fewest points for a superstructure cluster. */
  minSuperstructurePoints?: number;
  /** Below this density (points per m² of footprint) no plane is fitted [1/m²]. */
  minDensity_per_m2?: number;
  /** Below this many points no plane is fitted. */
  minPoints?: number;
  /** Douglas–Peucker tolerance of the face outlines [m]. */
  simplify_m?: number;
}

export type ResolvedSegmentRoofOptions = Required<SegmentRoofOptions>;

export const SEGMENT_ROOF_DEFAULTS: Omit<ResolvedSegmentRoofOptions, 'ground_m'> = {
  // 0.5 m: 2.5 points per cell at IGN LiDAR HD's nominal 10 pts/m², the resolution of the faces' outlines.
  cell_m: 0.5,
  // 20 points ≈ 2 m² at 10 pts/m²: with σ = 5 cm the plane's tilt is then known to about 1°.
  minFacePoints: 20,
  // 1.5 m²: less holds no PV module (1.7 × 1.1 m); smaller planes are reported as superstructures instead.
  minFaceArea_m2: 1.5,
  // 0.15 m = 3σ of IGN LiDAR HD's vertical precision (≈ 5 cm on hard surfaces; IGN, LiDAR HD specifications 2021).
  distanceTolerance_m: 0.15,
  // 15°: local normals over 1.5 m windows scatter by ≈ 2° at σ 5 cm; two roof planes rarely differ by less.
  normalTolerance_deg: 15,
  // 5°: regions split by a chimney or a noisy cell are the same plane within the normals' scatter.
  mergeAngle_deg: 5,
  // 2.5σ: the brief's robust re-fit; keeps 98.8 % of Gaussian inliers.
  outlierSigmas: 2.5,
  // 3°: flat-roof drainage falls are 1–2 % (≤ 1.2°); low-pitch metal roofs (≥ 5°) stay sloped. See docs/lidar-roofs.md.
  flatTilt_deg: 3,
  // 70°: airborne LiDAR samples walls only at grazing angles; steeper "planes" are facades or mixed cells.
  maxTilt_deg: 70,
  // 0.3 m = 6σ of the vertical noise: chimneys, dormer cheeks, skylights, equipment stand higher than that.
  superstructureHeight_m: 0.3,
  // 1: a 0.6 m chimney gets 3.6 returns on average at 10 pts/m², one or none 13 % of the time (Poisson); IGN files
  // stray echoes (birds, wires) under noise classes, not class 6. Callers may filter on point_count.
  minSuperstructurePoints: 1,
  // 2 pts/m²: below it a 1.5 m neighbourhood holds < 5 points, too few for a local normal.
  minDensity_per_m2: 2,
  // 50 points: fewer cannot support even two planes of `minFacePoints`.
  minPoints: 50,
  // 0.25 m = half a cell: straightens the raster staircase without moving an edge by more than its quantisation.
  simplify_m: 0.25,
};

/** The options with defaults filled in, each checked (RangeError naming the option). */
export function resolveSegmentRoofOptions(options: SegmentRoofOptions): ResolvedSegmentRoofOptions {
  if (typeof options !== 'object' || options === null) throw new RangeError('options must be an object with ground_m');
  const o: ResolvedSegmentRoofOptions = {
    ...SEGMENT_ROOF_DEFAULTS,
    ...stripUndefined(options),
  } as ResolvedSegmentRoofOptions;
  if (!Number.isFinite(o.ground_m)) throw new RangeError(`ground_m must be a finite number, got ${o.ground_m}`);
  checkRange('cell_m', o.cell_m, 0.05, 5);
  checkAtLeast('minFacePoints', o.minFacePoints, 3);
  checkAtLeast('minFaceArea_m2', o.minFaceArea_m2, 0);
  checkRange('distanceTolerance_m', o.distanceTolerance_m, 0.001, 5);
  checkRange('normalTolerance_deg', o.normalTolerance_deg, 0.1, 90);
  checkRange('mergeAngle_deg', o.mergeAngle_deg, 0, 90);
  checkRange('outlierSigmas', o.outlierSigmas, 1, 10);
  checkRange('flatTilt_deg', o.flatTilt_deg, 0, 45);
  checkRange('maxTilt_deg', o.maxTilt_deg, 1, 89);
  checkRange('superstructureHeight_m', o.superstructureHeight_m, 0.01, 50);
  checkAtLeast('minSuperstructurePoints', o.minSuperstructurePoints, 1);
  checkAtLeast('minDensity_per_m2', o.minDensity_per_m2, 0);
  checkAtLeast('minPoints', o.minPoints, 3);
  checkRange('simplify_m', o.simplify_m, 0, 10);
  return o;
}

function stripUndefined(o: SegmentRoofOptions): Partial<SegmentRoofOptions> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
