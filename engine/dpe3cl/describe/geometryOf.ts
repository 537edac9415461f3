import type { BuildingRecord, DwellingAssumptions } from '../../renovation/dwellingOf';
import type { Dwelling } from '../../thermal/types';
import type { HouseGeometry } from './miningHouse';

/** Storey height, floor to floor [m], as dwellingOf (engine/renovation) takes it. */
const STOREY_HEIGHT_M = 2.7;
/**
 * A pitched roof over a loft is ≈ 1.3 × the ceiling it covers (a 40° pitch: 1/cos 40° ≈ 1.31, the mining houses'
 * usual pitch in the demo and in BD TOPO). Assumption.
 */
const ROOF_OVER_CEILING = 1.3;
/**
 * A one-storey coron has its attic lived in (« un étage plus comble », fixtures/bassin-minier/SOURCE.md): the attic
 * adds ≈ 60 % of the ground floor's living area under the slopes (height ≥ 1.8 m, as the surface habitable counts).
 * Assumption.
 */
const CORON_ATTIC_SHARE = 0.6;

/**
 * What the 3CL description needs of a building's mean dwelling (engine/renovation dwellingOf): walls and windows by
 * orientation, the ground floor and its exposed perimeter (party walls excluded), the top ceiling and the roof above it.
 */
export function geometryOf(
  record: BuildingRecord,
  dwelling: Dwelling,
  assumptions: DwellingAssumptions,
): HouseGeometry {
  const share = 1 / assumptions.dwellings;
  const exposedLength = record.envelope
    ? record.envelope.exposed_wall_m.reduce((s, x) => s + x, 0)
    : 4 * Math.sqrt(record.footprint_area_m2);
  const attic = record.typology === 'coron' && assumptions.storeys === 1;
  const floorArea = attic ? dwelling.floor_area_m2 * (1 + CORON_ATTIC_SHARE) : dwelling.floor_area_m2;
  const ceiling = dwelling.roof.reduce((s, r) => s + r.area_m2, 0);
  return {
    year_built: record.year_built ?? 1900,
    floor_area_m2: floorArea,
    storeys: attic ? 2 : assumptions.storeys,
    walls: dwelling.walls.map((w) => ({ area_m2: w.area_m2, azimuth_deg: w.azimuth_deg ?? 180 })),
    windows: dwelling.windows.map((w) => ({
      area_m2: w.area_m2 * (attic ? 1 + CORON_ATTIC_SHARE / 2 : 1),
      azimuth_deg: w.azimuth_deg,
    })),
    ground_floor_m2: dwelling.floors.reduce((s, f) => s + f.area_m2, 0),
    exposed_perimeter_m: exposedLength * share || STOREY_HEIGHT_M,
    ceiling_m2: ceiling,
    roof_m2: ceiling * ROOF_OVER_CEILING,
  };
}
