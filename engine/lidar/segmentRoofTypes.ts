import type { RoofFace } from '../geo/types';
import type { PlanPoint, PlanRing, PointSet } from './types';

/** Points of one building: a whole PointSet, or the listed indices into one. */
export type RoofPoints = PointSet | { set: PointSet; indices: ArrayLike<number> };

/**
 * A roof face found in the point cloud: a RoofFace (`ring` = the closed 3D ring, counter-clockwise seen from above,
 * [x, y, z above ground] in the PointSet's metres; normal, tilt, azimuth, areas as engine/roof computes them) plus
 * the quality of its plane.
 */
export interface LidarRoofFace extends RoofFace {
  /** RMS of the orthogonal point-to-plane distances of the face's inliers [m]. */
  rms_m: number;
  /** Number of inlier points of the plane. */
  point_count: number;
}

/**
 * Something standing off a face: a cluster of points more than `superstructureHeight_m` above it (chimney,
 * skylight, equipment, a dormer too small for a plane: kind 'cluster'), or a face of its own lying above its
 * neighbour's plane (kind 'dormer', `dormer_face_index` set).
 */
export interface RoofSuperstructure {
  kind: 'cluster' | 'dormer';
  /** Index of the face it stands on. */
  face_index: number;
  /** The dormer's own face (kind 'dormer'), else null. */
  dormer_face_index: number | null;
  /** Plan outline, closed and counter-clockwise (raster cells for a cluster, the face's outline for a dormer) [m]. */
  ring: PlanRing;
  /** Mean plan position of its points [m]. */
  centroid: PlanPoint;
  /** Highest point above the face's plane (vertical distance) [m]. */
  height_m: number;
  /** Plan area of its outline [m²]. */
  plan_area_m2: number;
  point_count: number;
}

export interface SegmentRoofResult {
  faces: LidarRoofFace[];
  superstructures: RoofSuperstructure[];
  /** Indices (into the PointSet) of the points in no face and no superstructure. */
  unassigned_points: Uint32Array;
  /** Points per m² of footprint. */
  density_per_m2: number;
  /** True when too few points to fit planes: then `faces` is empty and `reason` says why (use another roof source). */
  sparse: boolean;
  /** Why there are no faces (sparse data, or no plane found), else null. */
  reason: string | null;
}
