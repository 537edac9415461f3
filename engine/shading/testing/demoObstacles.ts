import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createLocalFrame } from '../../geo/localFrame';
import { minimumRotatedRectangle } from '../../geo/minimumRotatedRectangle';
import type { LocalPoint } from '../../geo/types';
import type { BuildingObstacle, HeapObstacle } from '../../solar/contracts';
import { pitchedRoofFaces } from './pitchedRoofFaces';

/** One demo building with the attributes tests filter on. */
export interface DemoBuilding extends BuildingObstacle {
  cite: string | null;
  commune: string | null;
}

/** Lowest eaves of a heritage building whose eaves are not given [m]. */
const MIN_EAVES_M = 2.5;

/**
 * Test and bench helper (reads files: never imported by engine code): the committed demo
 * (fixtures/demo/buildings.geojson.gz, obstacles.geojson) as obstacles in one local frame around Lens (2.83° E,
 * 50.43° N; the demo spans ±8 km, where the frame's scale error, < 0.2 %, is irrelevant to relative geometry).
 * Roofs from `pitchedRoofFaces` on each footprint's minimum rotated rectangle, the ridge along the side nearest
 * ridge_azimuth_deg (the long side when null); eaves from attributes.eaves_height_m, else height_m less the rise of
 * roof_pitch_deg over half the width (eaves ≥ 2.5 m). Heaps: the circle of the footprint's area at its centroid.
 *
 * @param root the repository root
 */
export function demoObstacles(root: string): { buildings: DemoBuilding[]; heaps: HeapObstacle[] } {
  const frame = createLocalFrame(2.83, 50.43);
  const local = (ring: number[][]): LocalPoint[] => ring.map(([lon, lat]) => frame.toLocal([lon!, lat!]));
  const text = gunzipSync(readFileSync(`${root}/fixtures/demo/buildings.geojson.gz`)).toString('utf8');
  const buildings = (JSON.parse(text).features as GeoFeature[]).map((feature, i): DemoBuilding => {
    const p = feature.properties;
    const polygons =
      feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    const footprint = (polygons as number[][][][]).map((polygon) => local(polygon[0]!));
    const rect = minimumRotatedRectangle(footprint[0]!.slice(0, -1));
    let corners = rect.corners;
    const axis: LocalPoint =
      p.ridge_azimuth_deg === null
        ? rect.axis
        : [Math.sin((p.ridge_azimuth_deg * Math.PI) / 180), Math.cos((p.ridge_azimuth_deg * Math.PI) / 180)];
    const along = (a: LocalPoint, b: LocalPoint) =>
      Math.abs((b[0] - a[0]) * axis[0] + (b[1] - a[1]) * axis[1]) / Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (along(corners[1]!, corners[2]!) > along(corners[0]!, corners[1]!)) corners = [...corners.slice(1), corners[0]!];
    const width = Math.hypot(corners[3]![0] - corners[0]![0], corners[3]![1] - corners[0]![1]);
    const shape = p.roof_shape === 'hip' ? 'hip' : p.roof_shape === 'flat' ? 'flat' : 'gable';
    const pitchRise = (width / 2) * Math.tan(((p.roof_pitch_deg ?? 0) * Math.PI) / 180);
    const eaves =
      shape === 'flat'
        ? p.height_m
        : (p.attributes?.eaves_height_m ?? Math.max(Math.min(MIN_EAVES_M, p.height_m), p.height_m - pitchRise));
    const faces = pitchedRoofFaces(corners, shape, eaves, p.height_m - eaves);
    return { id: i + 1, footprint, eaves_m: eaves, faces, cite: p.cite_name, commune: p.commune };
  });
  const obstacles = JSON.parse(readFileSync(`${root}/fixtures/demo/obstacles.geojson`, 'utf8'))
    .features as GeoFeature[];
  const heaps = obstacles.map((feature): HeapObstacle => {
    const ring = local((feature.geometry.coordinates as number[][][])[0]!);
    let a = 0;
    let cx = 0;
    let cy = 0;
    for (let k = 0; k < ring.length - 1; k++) {
      const [x0, y0] = ring[k]!;
      const [x1, y1] = ring[k + 1]!;
      const cross = x0 * y1 - x1 * y0;
      a += cross / 2;
      cx += ((x0 + x1) * cross) / 6;
      cy += ((y0 + y1) * cross) / 6;
    }
    const p = feature.properties;
    return {
      center: [cx / a, cy / a],
      base_radius_m: Math.sqrt(Math.abs(a) / Math.PI),
      height_m: p.height_m,
      top_ratio: p.top_ratio ?? 0,
    };
  });
  return { buildings, heaps };
}

interface GeoFeature {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: {
    height_m: number;
    roof_shape: string | null;
    roof_pitch_deg: number | null;
    ridge_azimuth_deg: number | null;
    cite_name: string | null;
    commune: string | null;
    top_ratio?: number;
    attributes: { eaves_height_m?: number } | null;
  };
}
