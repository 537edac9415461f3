/**
 * Records the client works with once API responses are parsed. Geometry is in the local metric frame:
 * [east m, north m] from the view origin, rings open (first vertex not repeated), outer rings counter-clockwise
 * and holes clockwise seen from above.
 */
import type { LocalPoint, Vec3 } from '../../../engine/geo/types';

/** Open ring: the first vertex is not repeated (unlike engine/geo LocalRing). */
export type Ring = LocalPoint[];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];

export type Bbox = [minLon: number, minLat: number, maxLon: number, maxLat: number];

export interface Extent {
  bbox: Bbox;
  center: [lon: number, lat: number];
  buildings: number;
  obstacles: number;
}

/** What the 3D layer needs to draw one building. */
export interface BuildingRecord {
  id: number;
  polygons: Polygon[];
  /** Ground to top of roof [m]. */
  height_m: number;
  roofShape: string | null;
  /** Pitch of the main slopes [°]; null when unknown. */
  roofPitch_deg: number | null;
  /** Ridge line azimuth [°] clockwise from north, in [0, 180); null when unknown. */
  ridgeAzimuth_deg: number | null;
  typology: string | null;
  /** True when the building was invented by the demo generator. */
  synthetic: boolean;
  /** True when the server has computed its solar results (its roof faces can be drawn as a heat-map). */
  solarComputed: boolean;
}

export interface BuildingPage {
  buildings: BuildingRecord[];
  /** Features the server matched for the bbox; more than returned means the page was truncated. */
  numberMatched: number;
  numberReturned: number;
  /** Features dropped because their geometry was unusable. */
  skipped: number;
}

/** Everything the building panel shows. */
export interface BuildingDetail {
  id: number;
  name: string | null;
  address: string | null;
  addressSynthetic: boolean;
  commune: string | null;
  citeName: string | null;
  typology: string | null;
  yearBuilt: number | null;
  height_m: number | null;
  levels: number | null;
  roofShape: string | null;
  roofPitch_deg: number | null;
  ownerName: string | null;
  unesco: boolean;
  dwellings: number | null;
  usage: string | null;
  source: string | null;
  /** Solar results of the whole building; null while the cadastre has not computed it yet. */
  solar: SolarSummary | null;
  /** Its roof faces with their results; empty while not computed. */
  roofFaces: FaceSolar[];
}

/** A building's solar results (`properties.solar` of the API). */
export interface SolarSummary {
  /** Area-weighted mean annual irradiation of the roof [kWh/m²/yr]. */
  mean_kwh_m2: number | null;
  /** Best face's annual irradiation [kWh/m²/yr]. */
  best_kwh_m2: number | null;
  /** Roof area, all faces [m²]. */
  roofArea_m2: number | null;
  /** Area of the faces receiving at least the usable threshold [m²]. */
  usableArea_m2: number | null;
  /** Annual irradiation received by the usable area [kWh/yr] (before any conversion to electricity). */
  usable_kwh: number | null;
  /** Irradiation lost to shading by neighbours and slag heaps [%]. */
  shadingLoss_pct: number | null;
}

/** One roof face in the building panel. */
export interface FaceSolar {
  faceIndex: number;
  /** [°], 0 = flat. */
  tilt_deg: number;
  /** Direction the face looks towards [°] clockwise from north. */
  azimuth_deg: number;
  /** True area [m²]. */
  area_m2: number;
  /** Annual irradiation [kWh/m²/yr]. */
  annual_kwh_m2: number;
  shadingLoss_pct: number | null;
  usableArea_m2: number | null;
}

/**
 * One roof face for the heat-map (GET /api/v1/roofs), in the local frame: ring closed, (east, north, height above
 * ground) [m], counter-clockwise seen from above; `samples` holds the annual irradiation of each cell of the face's
 * sample grid [kWh/m²/yr], index i + j·nu, NaN outside the face.
 */
export interface RoofFaceRecord {
  buildingId: number;
  faceIndex: number;
  ring: Vec3[];
  tilt_deg: number;
  azimuth_deg: number;
  annual_kwh_m2: number;
  spacing_m: number;
  nu: number;
  nv: number;
  samples: Float32Array;
}

export type SlagHeapShape = 'cone' | 'truncated_cone' | 'plateau';

export interface ObstacleRecord {
  id: number;
  name: string | null;
  polygons: Polygon[];
  /** Summit above the surrounding ground [m]. */
  height_m: number;
  shape: SlagHeapShape;
  /** Top radius over base radius [-], 0 for a cone. */
  topRatio: number;
}

export interface SearchResult {
  id: number;
  label: string;
  address: string | null;
  name: string | null;
  commune: string | null;
  center: [lon: number, lat: number];
}
