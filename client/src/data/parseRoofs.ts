/** GET /api/v1/roofs (roof faces with their per-cell annual irradiation) → records for the heat-map layer. */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { Vec3 } from '../../../engine/geo/types';
import { idOrNull, isRecord, numberOrNull } from './json';
import { parseFeatureCollection } from './parseBuildings';
import type { RoofFaceRecord } from './types';

export interface RoofPage {
  faces: RoofFaceRecord[];
  /** Features dropped because their ring or grid was unusable. */
  skipped: number;
}

/** The first ring of a Polygon of [lon, lat, z] positions → closed ring in local metres, or null. */
function parseRing(geometry: unknown, frame: LocalFrame): Vec3[] | null {
  if (!isRecord(geometry) || geometry.type !== 'Polygon' || !Array.isArray(geometry.coordinates)) return null;
  const positions = geometry.coordinates[0];
  if (!Array.isArray(positions)) return null;
  const ring: Vec3[] = [];
  for (const p of positions) {
    if (!Array.isArray(p) || p.length < 3) return null;
    const [lon, lat, z] = p.map(numberOrNull);
    if (lon === null || lat === null || z === null || lon === undefined || lat === undefined || z === undefined)
      return null;
    const [east, north] = frame.toLocal([lon, lat]);
    ring.push([east, north, z]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1] || first[2] !== last[2])) ring.push([...first]);
  return ring.length >= 4 ? ring : null;
}

/** One feature → record, or null when a field the heat-map needs is missing or inconsistent. */
export function parseRoofFeature(feature: unknown, frame: LocalFrame): RoofFaceRecord | null {
  if (!isRecord(feature) || !isRecord(feature.properties)) return null;
  const props = feature.properties;
  const buildingId = idOrNull(props.building_id);
  const faceIndex = idOrNull(props.face_index);
  const tilt = numberOrNull(props.tilt_deg);
  const azimuth = numberOrNull(props.azimuth_deg);
  const annual = numberOrNull(props.annual_kwh_m2);
  const spacing = numberOrNull(props.grid_spacing_m);
  const nu = idOrNull(props.grid_nu);
  const nv = idOrNull(props.grid_nv);
  if (buildingId === null || faceIndex === null || tilt === null || azimuth === null || annual === null) return null;
  if (spacing === null || !(spacing > 0 && spacing <= 1) || nu === null || nv === null || nu < 1 || nv < 1) return null;
  const values = props.sample_kwh_m2;
  if (!Array.isArray(values) || values.length !== nu * nv) return null;
  const ring = parseRing(feature.geometry, frame);
  if (!ring) return null;
  const samples = new Float32Array(values.length);
  for (let k = 0; k < values.length; k++) samples[k] = numberOrNull(values[k]) ?? Number.NaN;
  return {
    buildingId,
    faceIndex,
    ring,
    tilt_deg: tilt,
    azimuth_deg: azimuth,
    annual_kwh_m2: annual,
    spacing_m: spacing,
    nu,
    nv,
    samples,
  };
}

/** Parses a page of roof faces; bad features are skipped and counted, never fatal for the page. */
export function parseRoofs(json: unknown, frame: LocalFrame): RoofPage {
  const { features } = parseFeatureCollection(json, 'roofs');
  const faces: RoofFaceRecord[] = [];
  for (const feature of features) {
    const face = parseRoofFeature(feature, frame);
    if (face) faces.push(face);
  }
  return { faces, skipped: features.length - faces.length };
}
