import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { createLocalFrame } from '../../engine/geo/localFrame';
import { ringBounds } from '../../engine/geo/ringBounds';
import type { LocalPoint, LocalPolygon, LonLat } from '../../engine/geo/types';
import type { RoofInput, RowCandidate } from '../../engine/roof/types';

interface DemoFeature {
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: number[][][] | number[][][][] };
  properties: Omit<RoofInput, 'footprint'> & { source_id: string; attributes: { eaves_height_m?: number } };
}

/** A demo building as roofFaces and findRoofRows read it, with the generator's eaves height [m] when it has one. */
export type DemoRoofInput = RoofInput & RowCandidate & { eavesAttribute: number | null };

/** The committed demo (fixtures/demo), in one local frame centred on its bounding box. */
export function loadDemoRoofInputs(): DemoRoofInput[] {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../fixtures/demo/buildings.geojson.gz');
  const features = (JSON.parse(gunzipSync(fs.readFileSync(file)).toString('utf8')) as { features: DemoFeature[] })
    .features;
  const polygons = (f: DemoFeature) =>
    (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates) as number[][][][];
  const [minLon, minLat, maxLon, maxLat] = ringBounds(features.flatMap((f) => polygons(f).flat(2)) as LocalPoint[]);
  const frame = createLocalFrame((minLon + maxLon) / 2, (minLat + maxLat) / 2);
  return features.map((f) => ({
    ...f.properties,
    id: f.properties.source_id,
    footprint: polygons(f).map((rings): LocalPolygon =>
      rings.map((ring) => ring.map((p) => frame.toLocal(p as LonLat))),
    ),
    eavesAttribute: f.properties.attributes.eaves_height_m ?? null,
  }));
}
