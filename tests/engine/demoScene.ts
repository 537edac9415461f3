import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createLocalFrame } from '../../engine/geo/localFrame';
import type { BuildingObstacle, HeapObstacle, LocalPolygon, LonLat } from '../../engine/geo/types';
import { faceGrid, findRoofRows, roofFaces, rowRidge, type RidgeLine, type RoofInput } from '../../engine/roof/index';

/** One demo building: the obstacle, its 1 m roof samples with their faces, and the attributes tests filter on. */
export interface DemoBuilding extends BuildingObstacle {
  cite: string | null;
  /** x, y, z of every 1 m sample of every face [m] (engine/roof faceGrid). */
  samples: Float64Array;
  /** RoofFace.index of each sample's face. */
  sampleFace: Int32Array;
}

interface Feature {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
  properties: Omit<RoofInput, 'footprint'> & { cite_name?: string | null; top_ratio?: number };
}

/**
 * Test and bench helper (reads files, so never imported by engine code): the committed demo (fixtures/demo) as
 * shading obstacles, built the way the batch cadastre builds them (engine/cadastre/computeTile): rows of attached
 * gables share their ridge (findRoofRows, rowRidge), roofs from engine/roof roofFaces (a flat roof when a footprint
 * defeats the roof models), samples from faceGrid at 1 m. One local frame around Lens (2.83° E, 50.43° N); the demo
 * spans about ±8 km, where the frame's scale error (< 0.2 %) does not matter to relative geometry. Heaps: the circle
 * of the footprint's area at its centroid, with the height and top ratio of obstacles.geojson.
 *
 * @param root repository root
 * @param keep which buildings to keep (default all), on their GeoJSON properties
 */
export function demoScene(
  root: string,
  keep: (properties: Feature['properties']) => boolean = () => true,
): { buildings: DemoBuilding[]; heaps: HeapObstacle[] } {
  const frame = createLocalFrame(2.83, 50.43);
  const text = gunzipSync(readFileSync(`${root}/fixtures/demo/buildings.geojson.gz`)).toString('utf8');
  const features = (JSON.parse(text).features as Feature[]).filter((f) => keep(f.properties));
  const inputs = features.map((f, i) => {
    const polygons = (
      f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates
    ) as LonLat[][][];
    const footprint = polygons.map((rings): LocalPolygon => rings.map((ring) => ring.map((p) => frame.toLocal(p))));
    return { ...f.properties, id: i + 1, footprint };
  });
  const ridges = new Map<number, RidgeLine>();
  for (const row of findRoofRows(inputs)) {
    const ridge = rowRidge(row);
    for (const b of row) ridges.set(b.id, ridge);
  }
  const buildings = inputs.map((b): DemoBuilding => {
    let roof;
    try {
      roof = roofFaces({ ...b, ridgeLine: ridges.get(b.id) ?? null });
    } catch {
      roof = roofFaces({ ...b, roof_shape: 'flat', ridgeLine: null });
    }
    const grids = roof.faces.map((face) => faceGrid(face, 1));
    const count = grids.reduce((n, g) => n + g.points.length / 3, 0);
    const samples = new Float64Array(3 * count);
    const sampleFace = new Int32Array(count);
    let k = 0;
    grids.forEach((g, i) => {
      samples.set(g.points, 3 * k);
      sampleFace.fill(roof.faces[i]!.index, k, k + g.points.length / 3);
      k += g.points.length / 3;
    });
    return {
      id: b.id,
      footprint: b.footprint.map((part) => part[0]!),
      eaves_m: roof.eaves_m,
      faces: roof.faces,
      cite: b.cite_name ?? null,
      samples,
      sampleFace,
    };
  });
  const obstacles = JSON.parse(readFileSync(`${root}/fixtures/demo/obstacles.geojson`, 'utf8')).features as Feature[];
  const heaps = obstacles.map((f): HeapObstacle => {
    const ring = (f.geometry.coordinates as LonLat[][])[0]!.map((p) => frame.toLocal(p));
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let k = 0; k + 1 < ring.length; k++) {
      const [x0, y0] = ring[k]!;
      const [x1, y1] = ring[k + 1]!;
      const cross = x0 * y1 - x1 * y0;
      area += cross / 2;
      cx += ((x0 + x1) * cross) / 6;
      cy += ((y0 + y1) * cross) / 6;
    }
    return {
      center: [cx / area, cy / area],
      base_radius_m: Math.sqrt(Math.abs(area) / Math.PI),
      height_m: f.properties.height_m,
      top_ratio: f.properties.top_ratio ?? 0,
    };
  });
  return { buildings, heaps };
}
