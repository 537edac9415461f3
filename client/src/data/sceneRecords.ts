/**
 * Answers of GET /buildings, /obstacles and /roofs (read with their contracts) → the records the 3D layers draw, in
 * the local frame. A feature whose geometry is degenerate once in local metres is skipped and counted, so one bad
 * record never hides a whole tile.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type {
  BuildingListFeature,
  BuildingListResponse,
  ObstacleFeature,
  ObstacleListResponse,
  RoofFeature,
  RoofListResponse,
} from '../../../contracts';
import { localFootprint } from './localGeometry';
import type { BuildingPage, BuildingRecord, ObstacleRecord, RoofFaceRecord, SlagHeapShape, Vec3 } from './types';

/** Storey height used when only the number of levels is known [m]. */
const STOREY_HEIGHT_M = 3;
/** Height drawn when neither height nor levels is known [m]: a two-storey house. */
const DEFAULT_HEIGHT_M = 7;
/** Top radius / base radius assumed when the server gives none, by shape [-]. */
const DEFAULT_TOP_RATIO: Record<SlagHeapShape, number> = { cone: 0, truncated_cone: 0.3, plateau: 0.8 };

/** Building height [m] from height_m, else from levels, else a default. */
export function buildingHeight(height_m: number | null, levels: number | null): number {
  if (height_m !== null && height_m > 0) return height_m;
  if (levels !== null && levels > 0) return levels * STOREY_HEIGHT_M + 1;
  return DEFAULT_HEIGHT_M;
}

export function buildingRecord(feature: BuildingListFeature, frame: LocalFrame): BuildingRecord | null {
  const props = feature.properties;
  const polygons = localFootprint(feature.geometry, frame);
  if (!polygons) return null;
  const ridge = props.ridge_azimuth_deg;
  return {
    id: feature.id,
    polygons,
    height_m: buildingHeight(props.height_m, props.levels),
    roof_shape: props.roof_shape,
    roof_pitch_deg: props.roof_pitch_deg,
    ridge_azimuth_deg: ridge === null ? null : ((ridge % 180) + 180) % 180,
    typology: props.typology,
    synthetic: props.address_synthetic || props.source === 'synthetic',
    solar_computed: props.solar !== null,
  };
}

export function buildingPage(page: BuildingListResponse, frame: LocalFrame): BuildingPage {
  const buildings: BuildingRecord[] = [];
  for (const feature of page.features) {
    const record = buildingRecord(feature, frame);
    if (record) buildings.push(record);
  }
  return {
    buildings,
    numberMatched: page.numberMatched,
    numberReturned: page.numberReturned,
    skipped: page.features.length - buildings.length,
  };
}

export function obstacleRecord(feature: ObstacleFeature, frame: LocalFrame): ObstacleRecord | null {
  const { id, name, height_m, shape, top_ratio } = feature.properties;
  const polygons = localFootprint(feature.geometry, frame);
  if (height_m <= 0 || !polygons) return null;
  return {
    id,
    name,
    polygons,
    height_m,
    shape,
    top_ratio: shape === 'cone' ? 0 : Math.min(0.95, Math.max(0, top_ratio ?? DEFAULT_TOP_RATIO[shape])),
  };
}

export function obstacleRecords(page: ObstacleListResponse, frame: LocalFrame): ObstacleRecord[] {
  return page.features.flatMap((feature) => obstacleRecord(feature, frame) ?? []);
}

export interface RoofPage {
  faces: RoofFaceRecord[];
  /** Features dropped because their ring has no heights or their grid does not hold its values. */
  skipped: number;
}

/** The outer ring of [lon, lat, z] positions → closed ring in local metres, or null without heights. */
function localRing(feature: RoofFeature, frame: LocalFrame): Vec3[] | null {
  const ring: Vec3[] = [];
  for (const [lon, lat, z] of feature.geometry.coordinates[0] ?? []) {
    if (z === undefined) return null;
    ring.push([...frame.toLocal([lon!, lat!]), z]);
  }
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1] || first[2] !== last[2])) ring.push([...first]);
  return ring.length >= 4 ? ring : null;
}

/** One face → record, or null when its ring or grid cannot be drawn. */
export function roofFaceRecord(feature: RoofFeature, frame: LocalFrame): RoofFaceRecord | null {
  const { sample_kwh_m2, shading_loss_pct: _loss, area_m2: _area, ...props } = feature.properties;
  if (!(props.grid_spacing_m > 0 && props.grid_spacing_m <= 1) || props.grid_nu < 1 || props.grid_nv < 1) return null;
  if (sample_kwh_m2.length !== props.grid_nu * props.grid_nv) return null;
  const ring = localRing(feature, frame);
  if (!ring) return null;
  return { ...props, ring, sample_kwh_m2: Float32Array.from(sample_kwh_m2, (v) => v ?? Number.NaN) };
}

export function roofPage(page: RoofListResponse, frame: LocalFrame): RoofPage {
  const faces = page.features.flatMap((feature) => roofFaceRecord(feature, frame) ?? []);
  return { faces, skipped: page.features.length - faces.length };
}
