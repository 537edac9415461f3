/**
 * What the client keeps of its own once an answer is read with its contract (contracts/): geometry in the local
 * metric frame of the view, [east m, north m] from the view origin, rings open (first vertex not repeated), outer
 * rings counter-clockwise and holes clockwise seen from above. Every other field keeps the contract's name.
 */
import type { LocalPoint, Vec3 } from '../../../engine/geo/types';
import type {
  Bbox,
  BuildingFeature,
  BuildingProperties,
  ExtentResponse,
  LonLat,
  ObstacleFeature,
  RoofFeature,
} from '../../../contracts';

export type { Vec3 };
export type { Bbox, SearchResult } from '../../../contracts';

/** GET /extent with something to show: its bbox, and its centre (else the bbox's). */
export type Extent = ExtentResponse & { bbox: Bbox; center: LonLat };

/** Everything the building panel shows: the properties of GET /buildings/{id}. */
export type BuildingDetail = BuildingFeature['properties'];

/** Open ring: the first vertex is not repeated (unlike engine/geo LocalRing). */
export type Ring = LocalPoint[];
/** An outer ring followed by its holes. */
export type Polygon = Ring[];

/** What the 3D layer needs to draw one building. */
export interface BuildingRecord extends Pick<BuildingProperties, 'id' | 'roof_shape' | 'roof_pitch_deg' | 'typology'> {
  polygons: Polygon[];
  /** Ground to top of roof as drawn [m]: the contract's height_m, else from its levels, else a default. */
  height_m: number;
  /** Ridge line azimuth [°] clockwise from north, in [0, 180); null when unknown. */
  ridge_azimuth_deg: number | null;
  /** True when the building was invented by the demo generator. */
  synthetic: boolean;
  /** True when the server has computed its solar results (its roof faces can be drawn as a heat-map). */
  solar_computed: boolean;
}

export interface BuildingPage {
  buildings: BuildingRecord[];
  /** Features the server matched for the bbox; more than returned means the page was truncated. */
  numberMatched: number;
  numberReturned: number;
  /** Features dropped because their footprint is degenerate once in local metres. */
  skipped: number;
}

/**
 * One roof face for the heat-map (GET /api/v1/roofs), in the local frame: ring closed, (east, north, height above
 * ground) [m], counter-clockwise seen from above; `sample_kwh_m2` holds the annual irradiation of each cell of the
 * face's sample grid [kWh/m²/yr], index i + j·grid_nu, NaN outside the face.
 */
export type RoofFaceRecord = Omit<RoofFeature['properties'], 'sample_kwh_m2' | 'shading_loss_pct' | 'area_m2'> & {
  ring: Vec3[];
  sample_kwh_m2: Float32Array;
};

export type SlagHeapShape = ObstacleFeature['properties']['shape'];

export interface ObstacleRecord extends Pick<ObstacleFeature['properties'], 'id' | 'name' | 'height_m' | 'shape'> {
  polygons: Polygon[];
  /** Top radius over base radius [-], 0 for a cone. */
  top_ratio: number;
}

/** One tree crown (GET /api/v1/trees) as the tree layer draws it, in the local frame. */
export interface TreeRecord {
  id: number;
  /** Centroid of the crown's outline [east m, north m]. */
  centre: LocalPoint;
  /** Radius of the disc of the crown's area [m]. */
  radius_m: number;
  /** Bottom of the crown above the ground [m]: the contract's base_m, else a third of its top. */
  base_m: number;
  /** Top of the crown above the ground [m]. */
  top_m: number;
  /** Acquisition date of the LiDAR file it was found in (YYYY-MM-DD), null when unknown. */
  acquired_on: string | null;
}
