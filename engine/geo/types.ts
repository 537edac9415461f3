/** A point in a local metric frame: metres east and north of the frame's origin. */
export type LocalPoint = [east_m: number, north_m: number];

/** A WGS84 position in GeoJSON order: longitude, latitude [°]. */
export type LonLat = [lon_deg: number, lat_deg: number];

/** A linear ring in local metres, closed (first point repeated last) as in GeoJSON. */
export type LocalRing = LocalPoint[];

/** A polygon in local metres: exterior ring first, then holes, GeoJSON style. */
export type LocalPolygon = LocalRing[];
