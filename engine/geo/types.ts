/**
 * Geometry types shared by the engine's parts (roof → shading → irradiance → cadastre), the API and the client.
 * Frame: the local metric frame of engine/geo/localFrame.ts, x = east, y = north, z = up [m] above local ground.
 * Angles in degrees; azimuth clockwise from north (0 N, 90 E, 180 S, 270 W); tilt 0 = horizontal.
 */

/** A point in a local metric frame: metres east and north of the frame's origin. */
export type LocalPoint = [east_m: number, north_m: number];

/** A WGS84 position in GeoJSON order: longitude, latitude [°]. */
export type LonLat = [lon_deg: number, lat_deg: number];

/** A linear ring in local metres, closed (first point repeated last) as in GeoJSON. */
export type LocalRing = LocalPoint[];

/** A polygon in local metres: exterior ring first, then holes, GeoJSON style. */
export type LocalPolygon = LocalRing[];

/** A point or vector in the local frame [m]. */
export type Vec3 = [x_m: number, y_m: number, z_m: number];

/** The roof of one building as the roof module produces it. */
export interface RoofFace {
  /** Index of the face within its building (stable for the same inputs). */
  index: number;
  /** Closed 3D ring (first vertex repeated last), counter-clockwise seen from above the face [m]. */
  ring: Vec3[];
  /** Unit normal pointing up/out of the roof. */
  normal: Vec3;
  /** Slope of the face [°], 0 = flat. */
  tilt_deg: number;
  /** Azimuth the face looks towards (its downslope direction) [°]; 180 for a flat face by convention. */
  azimuth_deg: number;
  /** True (inclined) area of the face [m²]. */
  area_m2: number;
  /** Horizontal projection of the face [m²] (sums to the roofed footprint). */
  plan_area_m2: number;
}

/**
 * Sample grid of a face, defined from the face's own ring so that any program holding the ring (server, browser)
 * rebuilds the same grid: u = unit horizontal vector in the face plane (normalize(up × normal); east for a flat face),
 * v = normal × u (pointing up-slope; north for a flat face); origin = the corner (min u, min v) of the ring's in-plane
 * bounding rectangle. Cell (i, j) has its sample at origin + (i + ½)·spacing·u + (j + ½)·spacing·v, lifted 0.05 m
 * along the normal so the face itself never shades it; `inside` marks the cells whose sample lies in the face.
 * A face smaller than one cell still gets one sample (its centroid's cell).
 */
export interface FaceGrid {
  origin: Vec3;
  u: Vec3;
  v: Vec3;
  /** Cell size in the face plane [m] (≤ 1). */
  spacing_m: number;
  nu: number;
  nv: number;
  /** nu × nv flags, index i + j·nu: 1 when the sample lies inside the face. */
  inside: Uint8Array;
  /** x, y, z of every inside sample, in index order [m]. */
  points: Float64Array;
}

/**
 * Horizon seen from a point: elevation angle of the top of the obstructions [°] for `n` equal azimuth sectors,
 * sector i covering azimuth [i·360/n, (i+1)·360/n), starting at north, clockwise (as the API's `horizon_deg`).
 * 0 where nothing rises above the horizontal plane; never negative.
 */
export type Horizon = Float32Array;

/** A slag heap (terril) for shading: a cone or truncated cone over a circle equivalent to its footprint. */
export interface HeapObstacle {
  /** Centre of the base [m] (local frame). */
  center: [x_m: number, y_m: number];
  /** Radius of the circle with the footprint's area [m]. */
  base_radius_m: number;
  /** Summit height above the surrounding ground [m]. */
  height_m: number;
  /** Radius of the flat top over base radius; 0 for a cone. */
  top_ratio: number;
}

/** A building as an obstacle: a prism up to its eaves with its roof faces on top. */
export interface BuildingObstacle {
  id: number;
  /** Footprint exterior rings in the local frame [m] (one per part). */
  footprint: [number, number][][];
  /** Wall height (eaves) [m]. */
  eaves_m: number;
  /** Roof faces (from engine/roof); a flat roof at eaves_m when empty. */
  faces: RoofFace[];
}
