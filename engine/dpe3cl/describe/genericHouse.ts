import type { HouseDescription } from './houseLogement';
import { periodId } from './miningHouse';
import type { HeatingKind } from './vocabulary';

/**
 * What a cadastre or the national building database (BDNB: fichiers fonciers, BD TOPO) knows of an ordinary house,
 * without a DPE: its year, living area, storeys, climate, the energy of its heating and of its hot water, and the
 * material of its walls.
 */
export interface HouseFacts {
  year_built: number;
  surface_habitable_m2: number;
  levels: number;
  zone_id: number;
  altitude_class_id: number;
  /** ADEME type_energie of the main heating (1 électricité, 2 gaz naturel, 3 fioul, 4–7 bois, 9/10/13 GPL, 11 charbon…). */
  heating_energy_id: number;
  /** ADEME type_energie of the hot water. */
  hot_water_energy_id: number;
  /** ADEME materiaux_structure_mur (1 inconnu); fichiers fonciers give the walls' material. */
  wall_material_id: number;
}

/**
 * Typical wall thickness by material [cm] when only the material is known: stone 50, solid brick 23 (one brick), other
 * masonry and concrete 20. Assumption (thickness is not in the cadastre).
 */
function wallThickness(material_id: number): number {
  if ([2, 3, 4].includes(material_id)) return 50;
  if (material_id === 8) return 23;
  if (material_id === 9) return 34;
  return 20;
}

/**
 * The modal heating system today for a heating energy (assumptions, each the commonest system of the energy in the
 * house records of fixtures/dpe): electric convectors; for gas a condensing boiler of 2001–2015; for fuel oil and LPG a
 * standard boiler; for wood a log stove; for coal a stove.
 */
function heatingFor(energy_id: number): HeatingKind {
  switch (energy_id) {
    case 2:
      return 'gas_condensing_2001_2015';
    case 3:
      return 'oil_boiler_1991_2015';
    case 4:
    case 5:
    case 6:
    case 7:
      return 'wood_stove_2007_2017';
    case 9:
    case 10:
    case 13:
      return 'lpg_boiler_2001_2015';
    case 11:
      return 'coal_stove';
    default:
      return 'electric_convector';
  }
}

/**
 * Lofts of houses built before the first thermal regulation (1975) have mostly been insulated since: taken as 10 cm
 * seen on site. Assumption, tuned on the house records of fixtures/dpe (calibration.test.ts): with the method's
 * « isolation inconnue » table (uninsulated before 1975) the estimate was 0.66 class too pessimistic on average.
 */
const OLD_LOFT_BEFORE = 1975;
const OLD_LOFT = { kind: 'thickness', cm: 10, type_id: 3 } as const;

/** Glazed area over living area [-]: ≈ 1/6–1/7 for French houses (the habitable-rooms rule of 1/6). Assumption 0.15. */
const GLAZING_RATIO = 0.15;
/** Share of the windows by orientation, south 35 %, east and west 25 % each, north 15 %. Assumption. */
const WINDOW_SHARES: readonly [number, number][] = [
  [1, 0.35],
  [3, 0.25],
  [4, 0.25],
  [2, 0.15],
];

/**
 * An ordinary house described for the 3CL method from what the cadastre knows: a square plan of the living area per
 * storey, detached, 2.5 m clear height; walls of the known material with their insulation unknown, as the method's
 * tables by period take it (« isolation inconnue »), and so for the loft floor and the ground floor; windows double
 * glazed (argon low-e from 2013); ventilation of its period (window opening before 1982, VMC auto-réglable to 2000,
 * hygro B after); the modal system of the heating energy; the boiler's own hot water when both use the same fuel,
 * else an electric tank.
 */
export function genericHouseDescription(f: HouseFacts): HouseDescription {
  const levels = Math.max(1, Math.min(4, Math.round(f.levels)));
  const ground = f.surface_habitable_m2 / levels;
  const side = Math.sqrt(ground);
  const perimeter = 4 * side;
  const glazing = GLAZING_RATIO * f.surface_habitable_m2;
  const wallGross = perimeter * levels * 2.6;
  const opaque = Math.max(0, wallGross - glazing - 2);
  const heating = heatingFor(f.heating_energy_id);
  const boiler = heating.includes('boiler') || heating.includes('condensing');
  const sameFuel = f.hot_water_energy_id === f.heating_energy_id;
  return {
    year_built: f.year_built,
    period_id: periodId(f.year_built),
    surface_habitable_m2: Math.round(f.surface_habitable_m2 * 100) / 100,
    levels,
    hsp_m: 2.5,
    zone_id: f.zone_id,
    altitude_class_id: f.altitude_class_id,
    walls: [1, 2, 3, 4].map((orientation_id) => ({ orientation_id, area_m2: Math.round((opaque / 4) * 100) / 100 })),
    wall: {
      material_id: f.wall_material_id,
      thickness_cm: wallThickness(f.wall_material_id),
      insulation: { kind: 'unknown' },
    },
    floor: { area_m2: ground, perimeter_m: perimeter, adjacency_id: 5, type_id: 1, insulation: { kind: 'unknown' } },
    ceiling: {
      area_m2: ground,
      roof_area_m2: ground * 1.3,
      type_id: 1,
      insulation: f.year_built < OLD_LOFT_BEFORE ? OLD_LOFT : { kind: 'unknown' },
    },
    windows: WINDOW_SHARES.map(([orientation_id, share]) => ({
      orientation_id,
      area_m2: Math.round(glazing * share * 100) / 100,
      kind: f.year_built >= 2013 ? 'double_pvc_argon_low_e' : 'double_pvc_air',
    })),
    door: { area_m2: 2, kind: f.year_built >= 2000 ? 'insulated' : 'wood' },
    ventilation:
      f.year_built < 1982 ? 'windows' : f.year_built <= 2000 ? 'vmc_auto_1982_2000' : 'vmc_hygro_b_after_2012',
    heating,
    ...(boiler && sameFuel ? {} : { hot_water: 'electric_tank_200l' as const }),
  };
}
