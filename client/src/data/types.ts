/**
 * Records the client works with once API responses are parsed. Geometry is in the local metric frame:
 * [east m, north m] from the view origin, rings open (first vertex not repeated), outer rings counter-clockwise
 * and holes clockwise seen from above.
 */
import type { LocalPoint } from '../../../engine/geo/types';

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
