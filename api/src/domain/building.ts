/**
 * The building model shared by import, the demo generator, the database and the API.
 * Field names carry their units; angles in degrees, azimuth clockwise from north (180 = south).
 */

export const ROOF_SHAPES = [
  'flat',
  'shed',
  'gable',
  'hip',
  'pyramidal',
  'mansard',
  'gambrel',
  'half-hip',
  'dome',
  'other',
] as const;
export type RoofShape = (typeof ROOF_SHAPES)[number];

export { ROOF_ORIGINS, type RoofOrigin } from '../../../contracts/buildings.js';

/** Mining-stock typologies (Mission Bassin Minier "Cahier habitat minier") plus generic ones for imported data. */
export const TYPOLOGIES = [
  'coron',
  'cite_pavillonnaire',
  'cite_jardin',
  'cite_moderne',
  'camus',
  'heritage',
  'house',
  'apartment',
  'other',
] as const;
export type Typology = (typeof TYPOLOGIES)[number];

/** A 2D polygon or multipolygon in GeoJSON (lon/lat for WGS84, or the source CRS before reprojection). */
export type FootprintGeometry =
  { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };

/** What an importer hands to the database for one building, after attribute mapping. */
export interface BuildingInput {
  /** Where the record comes from: 'bdtopo', 'osm', 'synthetic', 'mbm-batis', 'geojson'. */
  source: string;
  /** Identifier in the source (BD TOPO `ID`/`cleabs`, OSM `way/123`, generator id); used to update in place. */
  source_id: string | null;
  footprint: FootprintGeometry;
  /** Height from ground to the top of the roof [m]. */
  height_m: number | null;
  /** Storeys above ground (ground floor counts as 1). */
  levels: number | null;
  roof_shape: RoofShape | null;
  /** Pitch of the main roof slopes [°], 0 = flat. */
  roof_pitch_deg: number | null;
  /** Azimuth the main roof slope faces [°] (OSM `roof:direction`). */
  roof_direction_deg: number | null;
  /** Azimuth of the ridge line [°], folded into [0, 180). */
  ridge_azimuth_deg: number | null;
  year_built: number | null;
  typology: Typology | null;
  /** Main use (BD TOPO USAGE1, OSM building=*), lower case: 'résidentiel', 'house', ... */
  usage: string | null;
  dwellings: number | null;
  /** Single-line postal address, e.g. "12 rue des Alouettes, 62300 Lens". */
  address: string | null;
  /** True when the address was invented by the demo generator (never a real postal address). */
  address_synthetic: boolean;
  /** Display name (heritage buildings, cités). */
  name: string | null;
  commune: string | null;
  commune_insee: string | null;
  /** Owner organisation name as given by the source ("Maisons et Cités", "SIA Habitat"). */
  owner_name: string | null;
  /** Name of the mining cité the building belongs to, if any. */
  cite_name: string | null;
  /** True when the building lies in a UNESCO-inscribed cité (internal insulation only). */
  unesco: boolean;
  /** Remaining source attributes worth keeping (JSON object). */
  attributes: Record<string, unknown>;
}

/** A slag heap or other terrain obstacle. */
export interface ObstacleInput {
  kind: 'slag_heap' | 'other';
  source: string;
  source_id: string | null;
  name: string | null;
  footprint: FootprintGeometry;
  /** Height of the summit above the surrounding ground [m]. */
  height_m: number;
  /** Shape used by the shading engine: a cone, a truncated cone, or a flat-topped plateau. */
  shape: 'cone' | 'truncated_cone' | 'plateau';
  /** Ratio of the top (plateau) radius to the base radius, 0 for a cone. */
  top_ratio: number;
  /** Where height_m comes from (a cited figure, or "assumption: ..."). */
  height_source: string;
  attributes: Record<string, unknown>;
}
