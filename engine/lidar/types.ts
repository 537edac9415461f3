/**
 * LiDAR types shared by the point-cloud reader (api/src/readers/las.ts), the roof segmentation, the footprint and
 * tree-crown extraction (engine/lidar) and the cadastre. Coordinates are projected metres (Lambert-93 for IGN
 * LiDAR HD) minus an origin chosen by the caller, so that Float64 keeps millimetres; z is the altitude [m] (IGN69
 * for IGN) unless a function says "above ground".
 */

/** ASPRS LAS classes used here (LAS 1.4 R15 table 17; IGN LiDAR HD uses the same codes, 64+ are IGN's own). */
export const LAS_CLASS = {
  unclassified: 1,
  ground: 2,
  lowVegetation: 3,
  mediumVegetation: 4,
  highVegetation: 5,
  building: 6,
  lowPoint: 7,
  water: 9,
  bridge: 17,
} as const;

/** A set of points in structure-of-arrays form: point i is (x[i], y[i], z[i]) with class classification[i]. */
export interface PointSet {
  /** Number of points (the arrays may be longer; only the first `count` entries are points). */
  readonly count: number;
  /** Easting minus the origin [m]. */
  readonly x: Float64Array;
  /** Northing minus the origin [m]. */
  readonly y: Float64Array;
  /** Altitude [m]. */
  readonly z: Float64Array;
  /** ASPRS classification code. */
  readonly classification: Uint8Array;
}

/** A point in plan [x, y] in the same metres as the PointSet. */
export type PlanPoint = [x_m: number, y_m: number];

/** A closed ring in plan (first point repeated last), same metres as the PointSet. */
export type PlanRing = PlanPoint[];
