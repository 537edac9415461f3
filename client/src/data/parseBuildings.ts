/** GET /api/v1/buildings (GeoJSON FeatureCollection) → records for the 3D layer. */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import { idOrNull, isRecord, numberOrNull, stringOrNull } from './json';
import { parseFootprint } from './parseGeometry';
import type { BuildingPage, BuildingRecord } from './types';

/** Storey height used when only the number of levels is known [m]. */
const STOREY_HEIGHT_M = 3;
/** Height drawn when neither height nor levels is known [m]: a two-storey house. */
const DEFAULT_HEIGHT_M = 7;

export function parseFeatureCollection(
  json: unknown,
  what: string,
): { features: unknown[]; numberMatched: number | null } {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new TypeError(`${what}: expected a GeoJSON FeatureCollection`);
  }
  return { features: json.features, numberMatched: numberOrNull(json.numberMatched) };
}

/** Building height [m] from height_m, else from levels, else a default. */
export function buildingHeight(height_m: number | null, levels: number | null): number {
  if (height_m !== null && height_m > 0) return height_m;
  if (levels !== null && levels > 0) return levels * STOREY_HEIGHT_M + 1;
  return DEFAULT_HEIGHT_M;
}

export function parseBuildingFeature(feature: unknown, frame: LocalFrame): BuildingRecord | null {
  if (!isRecord(feature)) return null;
  const props = isRecord(feature.properties) ? feature.properties : {};
  const id = idOrNull(feature.id) ?? idOrNull(props.id);
  if (id === null) return null;
  const polygons = parseFootprint(feature.geometry, frame);
  if (!polygons) return null;
  const ridge = numberOrNull(props.ridge_azimuth_deg);
  return {
    id,
    polygons,
    height_m: buildingHeight(numberOrNull(props.height_m), numberOrNull(props.levels)),
    roofShape: stringOrNull(props.roof_shape),
    roofPitch_deg: numberOrNull(props.roof_pitch_deg),
    ridgeAzimuth_deg: ridge === null ? null : ((ridge % 180) + 180) % 180,
    typology: stringOrNull(props.typology),
    synthetic: props.address_synthetic === true || props.source === 'synthetic',
    solarComputed: isRecord(props.solar),
  };
}

/**
 * Parses a page of buildings. Features without an integer id or a usable footprint are skipped and counted,
 * so one bad record never hides a whole tile.
 */
export function parseBuildings(json: unknown, frame: LocalFrame): BuildingPage {
  const { features, numberMatched } = parseFeatureCollection(json, 'buildings');
  const buildings: BuildingRecord[] = [];
  for (const feature of features) {
    const record = parseBuildingFeature(feature, frame);
    if (record) buildings.push(record);
  }
  return {
    buildings,
    numberMatched: numberMatched ?? features.length,
    numberReturned: features.length,
    skipped: features.length - buildings.length,
  };
}
