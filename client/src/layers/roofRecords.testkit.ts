/** Test helpers: roof faces made by the engine and sent through the same JSON, contract and transform as the API's. */
import { createLocalFrame } from '../../../engine/geo/localFrame';
import { faceGrid } from '../../../engine/roof/faceGrid';
import { roofFaces } from '../../../engine/roof/roofFaces';
import type { RoofFace } from '../../../engine/geo/types';
import { RoofFeature } from '../../../contracts';
import { parseAnswer } from '../data/answer';
import { roofFaceRecord } from '../data/sceneRecords';
import type { RoofFaceRecord } from '../data/types';

export const testFrame = createLocalFrame(2.79, 50.438);

/** The engine's gable over a `width` × `depth` m rectangle at (x, y), ridge east–west, 40°, 9 m high. */
export function gableFaces(x = 100, y = 50, width = 10.2, depth = 6.4): RoofFace[] {
  const ring: [number, number][] = [
    [x, y],
    [x + width, y],
    [x + width, y + depth],
    [x, y + depth],
    [x, y],
  ];
  return roofFaces({
    footprint: [[ring]],
    height_m: 9,
    roof_shape: 'gable',
    roof_pitch_deg: 40,
    roof_direction_deg: null,
    ridge_azimuth_deg: 90,
    typology: 'house',
    levels: 2,
  }).faces;
}

/**
 * A face as GET /api/v1/roofs sends it (ring in degrees rounded to 8 decimals, heights to 3), parsed back.
 * @param kwh_m2 value of every inside cell [kWh/m²/yr]
 */
export function throughApi(face: RoofFace, buildingId = 1, kwh_m2 = 900): RoofFaceRecord {
  const grid = faceGrid(face);
  const ring = face.ring.map(([x, y, z]) => {
    const [lon, lat] = testFrame.toLonLat([x, y]);
    return [Number(lon.toFixed(8)), Number(lat.toFixed(8)), Number(z.toFixed(3))];
  });
  const feature = {
    type: 'Feature',
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      building_id: buildingId,
      face_index: face.index,
      tilt_deg: Number(face.tilt_deg.toFixed(1)),
      azimuth_deg: Number(face.azimuth_deg.toFixed(1)),
      area_m2: Number(face.area_m2.toFixed(1)),
      annual_kwh_m2: kwh_m2,
      shading_loss_pct: 0,
      grid_spacing_m: 1,
      grid_nu: grid.nu,
      grid_nv: grid.nv,
      sample_kwh_m2: [...grid.inside].map((inside) => (inside ? kwh_m2 : null)),
    },
  };
  const record = roofFaceRecord(parseAnswer(RoofFeature, feature, 'roof'), testFrame);
  if (!record) throw new Error('test face did not parse');
  return record;
}
