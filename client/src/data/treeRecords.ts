/**
 * Answers of GET /trees (read with their contract) → the records the tree layer draws, in the local frame: each crown
 * as its centroid, the radius of the disc of the same area, and its bottom and top above the ground. A crown whose
 * outline is degenerate once in local metres is skipped and counted.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { TreeFeature, TreeListResponse } from '../../../contracts';
import { ringCentroid } from '../layers/footprint';
import { localFootprint, ringArea2 } from './localGeometry';
import type { TreeRecord } from './types';

/** Crown bottom over its top when LiDAR saw no gap under it [-]: a broadleaf's crown takes its upper two thirds. */
export const DEFAULT_BASE_RATIO = 1 / 3;

export function treeRecord(feature: TreeFeature, frame: LocalFrame): TreeRecord | null {
  const { top_m, base_m, acquired_on } = feature.properties;
  const polygons = localFootprint(feature.geometry, frame);
  const outer = polygons?.[0]?.[0];
  if (!outer || !(top_m > 0)) return null;
  const area_m2 = Math.abs(ringArea2(outer)) / 2;
  const bottom = base_m !== null && base_m >= 0 && base_m < top_m ? base_m : top_m * DEFAULT_BASE_RATIO;
  return {
    id: feature.id,
    centre: ringCentroid(outer),
    radius_m: Math.sqrt(area_m2 / Math.PI),
    base_m: bottom,
    top_m,
    acquired_on,
  };
}

export interface TreePage {
  trees: TreeRecord[];
  numberMatched: number;
  numberReturned: number;
  /** Crowns dropped because their outline is degenerate once in local metres. */
  skipped: number;
}

export function treePage(page: TreeListResponse, frame: LocalFrame): TreePage {
  const trees = page.features.flatMap((feature) => treeRecord(feature, frame) ?? []);
  return {
    trees,
    numberMatched: page.numberMatched,
    numberReturned: page.numberReturned,
    skipped: page.features.length - trees.length,
  };
}
