/** What the batch cadastre sends to a compute worker for one tile, and what comes back. Plain data (structured clone). */

export type SkyModel = 'isotropic' | 'haydavies' | 'perez';

export interface CadastreSettings {
  /** Sample spacing on roof faces [m] (≤ 1). */
  spacing_m: number;
  /** Azimuth sectors of the horizon profiles. */
  sectors: number;
  model: SkyModel;
  /** Ground reflectance [0-1]. */
  albedo: number;
  /** Buildings farther than this do not shade [m]. */
  maxDistance_m: number;
  /** A sample at or above this annual irradiation counts as usable roof [kWh/m²]. */
  usableThreshold_kwh_m2: number;
}

export interface TileBuilding {
  id: number;
  /** True for the buildings to compute; false for neighbours that only shade. */
  target: boolean;
  /** MultiPolygon coordinates in lon/lat [°]. */
  footprint: number[][][][];
  height_m: number;
  levels: number | null;
  roof_shape: string | null;
  roof_pitch_deg: number | null;
  roof_direction_deg: number | null;
  ridge_azimuth_deg: number | null;
  typology: string | null;
  /** Main use, lower case (buildings.usage); read by the default roof shape. */
  usage: string | null;
  /** Measured rise of the roof, ridge above eaves [m] (buildings.roof_rise_m), null when not measured. */
  roof_rise_m: number | null;
  /**
   * Roof surfaces of a 3D city model (buildings.roof_surfaces): MultiPolygonZ coordinates [lon °, lat °, z m above
   * the ground]; when set, these faces (engine/roof givenRoofFaces) replace the roof inferred from the attributes.
   */
  roof_surfaces: number[][][][] | null;
  /**
   * Plan outlines of what stands on the roof (chimneys, dormers, equipment: lidar_roofs.superstructures), MultiPolygon
   * coordinates in lon/lat [°]: the roof samples inside them are no roof to put panels on. Null or absent when none.
   */
  superstructures?: number[][][][] | null;
}

/** A tree crown as an obstacle (lidar_trees): opaque, its outline extruded from the ground to its top. */
export interface TileTree {
  id: number;
  /** Exterior ring of the crown in lon/lat [°]. */
  crown: number[][];
  /** Top of the crown above the ground [m]. */
  top_m: number;
}

export interface TileHeap {
  lon: number;
  lat: number;
  base_radius_m: number;
  height_m: number;
  top_ratio: number;
}

export interface TileInput {
  /** Origin of the tile's local frame [lon, lat] (°). */
  origin: [number, number];
  buildings: TileBuilding[];
  heaps: TileHeap[];
  /** Tree crowns that shade (none when the area has no LiDAR). */
  trees?: TileTree[];
}

export interface FaceResult {
  face_index: number;
  /** GeoJSON Polygon with [lon, lat, z_m] positions, z = metres above ground. */
  ring: string;
  tilt_deg: number;
  azimuth_deg: number;
  area_m2: number;
  plan_area_m2: number;
  annual_kwh_m2: number;
  monthly_kwh_m2: number[];
  deciles_kwh_m2: number[];
  unshaded_annual_kwh_m2: number;
  shading_loss_pct: number;
  sky_view_factor: number;
  usable_area_m2: number;
  /** Annual irradiation on the usable part of the face [kWh]. */
  usable_kwh: number;
  grid_spacing_m: number;
  grid_nu: number;
  grid_nv: number;
  /** Annual irradiation of each grid cell [kWh/m²], null outside the face; index i + j·nu. */
  sample_kwh_m2: (number | null)[];
  /** Mean horizon of the face's samples per azimuth sector (from north, clockwise) [°]. */
  horizon_deg?: number[];
}

export interface BuildingSolarResult {
  building_id: number;
  faces: FaceResult[];
  summary: {
    faces: number;
    roof_area_m2: number;
    usable_area_m2: number;
    mean_kwh_m2: number;
    best_kwh_m2: number;
    usable_kwh: number;
    shading_loss_pct: number;
  };
}

export interface TileOutput {
  results: BuildingSolarResult[];
  samples: number;
}
