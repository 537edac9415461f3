import {
  flatRoofWithChimney,
  gableRoof,
  gaussian,
  mulberry32,
  pointCloud,
  transformed,
  type KnownRoof,
} from '../../engine/lidar/syntheticRoofs.testkit.js';
import { pointInRing } from '../../engine/geo/pointInRing.js';
import type { LasPoint } from './lasWriter.js';

/**
 * A small synthetic LiDAR scene in Lambert-93 near Lens, for the import tests: known roofs (engine/lidar's
 * synthetic-roof testkit: 10 points/m², σ 5 cm), bare ground around them and, optionally, a tree.
 */

/** South-west corner of the scene (Lambert-93, m): ≈ 2.83° E, 50.43° N (Lens). */
export const SCENE_ORIGIN: [number, number] = [687_000, 7_035_000];
/** Side of the scene [m]. */
export const SCENE_SIZE_M = 80;
export const GROUND_M = 30;

export interface SceneHouse {
  id: string;
  roof: KnownRoof;
  /** Top of the roof above the ground [m]. */
  height_m: number;
}

/** A tree as a crown of points: an ellipsoid cap from base to top, radius at mid-height. */
export interface SceneTree {
  center: [number, number];
  radius_m: number;
  base_m: number;
  top_m: number;
}

/** The houses: a 35° gable (A), the same gable north of where the tree stands (B), a flat roof with a chimney (C). */
export function sceneHouses(): SceneHouse[] {
  return [
    { id: 'A', roof: transformed(gableRoof(), 0, 10, 10), height_m: 5 + 4 * Math.tan((35 * Math.PI) / 180) },
    { id: 'B', roof: transformed(gableRoof(), 0, 40, 40), height_m: 5 + 4 * Math.tan((35 * Math.PI) / 180) },
    { id: 'C', roof: transformed(flatRoofWithChimney(), 0, 55, 10), height_m: 6 },
  ];
}

/** A 12 m tree 5.5 m south of house B's south wall (its crown's edge 2.5 m from the wall). */
export const TREE_SOUTH_OF_B: SceneTree = { center: [45, 34.5], radius_m: 3, base_m: 3, top_m: 12 };

/** The scene's points in Lambert-93: roofs (class 6), ground (class 2) outside the houses, tree crowns (class 5). */
export function scenePoints(trees: readonly SceneTree[], seed = 7): LasPoint[] {
  const out: LasPoint[] = [];
  const houses = sceneHouses();
  houses.forEach((h, k) => {
    const cloud = pointCloud(h.roof, 10, 0.05, seed + k, GROUND_M);
    for (let i = 0; i < cloud.count; i++) {
      out.push({
        x: SCENE_ORIGIN[0] + cloud.x[i]!,
        y: SCENE_ORIGIN[1] + cloud.y[i]!,
        z: cloud.z[i]!,
        classification: 6,
      });
    }
  });
  const uniform = mulberry32(seed + 100);
  const normal = gaussian(uniform);
  const groundCount = SCENE_SIZE_M * SCENE_SIZE_M * 5;
  for (let k = 0; k < groundCount; k++) {
    const x = uniform() * SCENE_SIZE_M;
    const y = uniform() * SCENE_SIZE_M;
    if (houses.some((h) => pointInRing([x, y], h.roof.footprint))) continue;
    out.push({ x: SCENE_ORIGIN[0] + x, y: SCENE_ORIGIN[1] + y, z: GROUND_M + 0.03 * normal(), classification: 2 });
  }
  for (const t of trees) {
    const n = Math.round(Math.PI * t.radius_m * t.radius_m * 10);
    for (let k = 0; k < n; k++) {
      const r = t.radius_m * Math.sqrt(uniform());
      const a = 2 * Math.PI * uniform();
      // Ellipsoid cap: the first return on the crown's upper surface.
      const z = t.base_m + (t.top_m - t.base_m) * Math.sqrt(Math.max(0, 1 - (r / t.radius_m) ** 2));
      out.push({
        x: SCENE_ORIGIN[0] + t.center[0] + r * Math.cos(a),
        y: SCENE_ORIGIN[1] + t.center[1] + r * Math.sin(a),
        z: GROUND_M + z + 0.1 * normal(),
        classification: 5,
      });
    }
  }
  return out;
}

/** The houses' footprints as a GeoJSON FeatureCollection in EPSG:2154, with their ids and heights. */
export function sceneBuildingsGeoJson(): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2154' } },
    features: sceneHouses().map((h) => ({
      type: 'Feature',
      properties: { source_id: `lidar-scene-${h.id}`, height_m: Math.round(h.height_m * 100) / 100, levels: 1 },
      geometry: {
        type: 'Polygon',
        coordinates: [h.roof.footprint.map(([x, y]) => [SCENE_ORIGIN[0] + x, SCENE_ORIGIN[1] + y])],
      },
    })),
  });
}
