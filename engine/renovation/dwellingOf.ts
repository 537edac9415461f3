import type { Dwelling, WindowGroup } from '../thermal/types';
import { typologyFor, type Typologies } from './typologies';
import { windowShading, type WindowShadingTable } from './windowShading';

/** A building as sql/queries/renovation/buildings.sql returns it. */
export interface BuildingRecord {
  id: number;
  lon: number;
  lat: number;
  typology: string | null;
  year_built: number | null;
  levels: number | null;
  height_m: number;
  footprint_area_m2: number;
  roof_shape: string | null;
  dwellings: number | null;
  usage: string | null;
  unesco: boolean;
  owner_org: number | null;
  owner_name: string | null;
  address: string | null;
  envelope: { perimeter_m: number; shared_wall_m: number; exposed_wall_m: number[]; obstruction_deg: number[] } | null;
  weather_id: number | null;
}

/** Storey height, floor to floor [m]: typical of French houses of the period (2.5 m clear + floor). Assumption. */
const STOREY_HEIGHT_M = 2.7;
/**
 * Living area over gross floor area [-]: walls, stairs and partitions take ≈ 15–20 % of a small house's gross floor
 * (the "surface habitable" of the DPE excludes them). Assumption, 0.8.
 */
const LIVING_OVER_GROSS = 0.8;
/**
 * General and permanent ventilation became compulsory in new dwellings with the arrêté du 24 mars 1982 (aération des
 * logements): earlier houses are taken as naturally ventilated, later ones with a single-flow VMC.
 */
const VMC_FROM_YEAR = 1982;

/** What was assumed to build the dwelling, for the answer's "Hypothèses". */
export interface DwellingAssumptions {
  typology: string | null;
  year_built: number | null;
  age_band: string;
  floor_area_m2: number;
  storeys: number;
  party_wall_m: number;
  exposed_wall_m2: number;
  window_m2: number;
  roof_m2: number;
  floor_m2: number;
  heating: string;
  hot_water: string;
  ventilation: string;
  unesco: boolean;
  dwellings: number;
}

/**
 * The mean dwelling of a building for the heat balance: the typology's defaults for its age band
 * (fixtures/typologies) on the building's own geometry — living area = footprint × storeys × 0.8 / dwellings; walls =
 * exposed (not shared) wall length by orientation × storeys × 2.7 m, less the windows; windows = the typology's
 * window-to-floor ratio × living area, spread over the orientations in proportion to their exposed wall, each shaded
 * by what stands in front of it (building_envelope obstruction angle, through the irradiance engine's table); roof =
 * the footprint (an attic floor under a pitched roof, a flat roof otherwise); floor = the footprint. A building of
 * several dwellings is divided evenly. Walls not measured yet fall back to a detached house's perimeter.
 *
 * @param b the building
 * @param rc the window shading table of its place
 * @param typologies the typology defaults (fixtures/typologies/typologies.json through parseTypologies)
 */
export function dwellingOf(
  b: BuildingRecord,
  rc: WindowShadingTable,
  typologies: Typologies,
): { dwelling: Dwelling; assumptions: DwellingAssumptions } {
  const { record, band } = typologyFor(typologies, b.typology, b.year_built);
  const storeys = Math.max(1, Math.min(20, b.levels ?? (Math.round(b.height_m / STOREY_HEIGHT_M) || 1)));
  const dwellings = Math.max(1, b.dwellings ?? 1);
  const share = 1 / dwellings;
  const footprint = b.footprint_area_m2;
  const floorArea = Math.max(1, footprint * storeys * LIVING_OVER_GROSS * share);
  const wallHeight = storeys * STOREY_HEIGHT_M;
  // Exposed wall length per 45° sector (N, NE, ..., NW); without measured walls, a square's perimeter, one side each way.
  const exposed = b.envelope?.exposed_wall_m ?? [1, 0, 1, 0, 1, 0, 1, 0].map((x) => x * Math.sqrt(footprint));
  const obstruction = b.envelope?.obstruction_deg ?? new Array(8).fill(0);
  const exposedTotal = exposed.reduce((s, x) => s + x, 0);
  const windowArea = record.window_to_floor_ratio.value * floorArea;
  const windows: WindowGroup[] = [];
  const walls: Dwelling['walls'] = [];
  exposed.forEach((length, sector) => {
    if (!(length > 0)) return;
    const azimuth = sector * 45;
    const glazing = exposedTotal > 0 ? (windowArea * length) / exposedTotal : 0;
    const gross = length * wallHeight * share;
    windows.push({
      area_m2: glazing,
      u_w_m2k: record.window_u_w_m2k.value,
      g_value: record.window_g.value,
      azimuth_deg: azimuth,
      shading_factor: windowShading(rc, azimuth, obstruction[sector] ?? 0),
    });
    walls.push({ area_m2: Math.max(0, gross - glazing), u_w_m2k: record.walls_u_w_m2k.value, azimuth_deg: azimuth });
  });
  const flat = b.roof_shape === 'flat';
  const roofArea = footprint * share;
  const dwelling: Dwelling = {
    floor_area_m2: floorArea,
    volume_m3: floorArea * 2.5,
    walls,
    roof: [
      {
        area_m2: roofArea,
        u_w_m2k: record.roof_u_w_m2k.value,
        roof_kind: flat ? 'flat' : 'attic_floor',
      } as Dwelling['roof'][number],
    ],
    floors: [{ area_m2: footprint * share, u_w_m2k: record.floor_u_w_m2k.value }],
    windows: windows.filter((w) => w.area_m2 > 0),
    ventilation: (b.year_built ?? 0) >= VMC_FROM_YEAR ? 'vmc_simple' : 'natural',
    infiltration_ach: record.infiltration_ach.value,
    thermal_mass: record.thermal_mass.value,
    heating: {
      system: record.heating.system,
      carrier: record.heating.carrier,
      efficiency: record.heating.efficiency.value,
    },
    hot_water: {
      system: record.hot_water.system,
      carrier: record.hot_water.carrier,
      efficiency: record.hot_water.efficiency.value,
    },
    year_built: b.year_built,
    unesco: b.unesco,
  };
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    dwelling,
    assumptions: {
      typology: b.typology,
      year_built: b.year_built,
      age_band: band,
      floor_area_m2: round(floorArea),
      storeys,
      party_wall_m: round((b.envelope?.shared_wall_m ?? 0) * share),
      exposed_wall_m2: round(walls.reduce((s, w) => s + w.area_m2, 0)),
      window_m2: round(dwelling.windows.reduce((s, w) => s + w.area_m2, 0)),
      roof_m2: round(roofArea),
      floor_m2: round(footprint * share),
      heating: record.heating.system,
      hot_water: record.hot_water.system,
      ventilation: dwelling.ventilation,
      unesco: b.unesco,
      dwellings,
    },
  };
}
