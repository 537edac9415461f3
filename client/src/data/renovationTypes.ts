/**
 * The renovation estimate of one building (GET /api/v1/buildings/{id}/renovation) once parsed: what the
 * « Rénovation » section shows. Field names follow the client's records (camelCase, unit suffixes).
 */

/** DPE classes, best first (arrêté du 31 mars 2021, annexe 5). */
export const DPE_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
export type DpeLetter = (typeof DPE_LETTERS)[number];

export const OWNERS = ['owner_occupier', 'landlord_private', 'social_landlord'] as const;
export type Owner = (typeof OWNERS)[number];

/** MaPrimeRénov' income bands (Anah): très modestes, modestes, intermédiaires, supérieurs. */
export const INCOME_BANDS = ['tres_modeste', 'modeste', 'intermediaire', 'superieur'] as const;
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** The four end uses of the breakdown, in the order the chart shows them. */
export const END_USES = ['heating', 'hotWater', 'lighting', 'auxiliaries'] as const;
export type EndUse = (typeof END_USES)[number];

/** The dwelling in one state (today, after a package of works, with PV). */
export interface DwellingState {
  /** DPE class: the worse of the energy and climate letters. */
  letter: DpeLetter;
  energyLetter: DpeLetter;
  ghgLetter: DpeLetter;
  /** Primary energy [kWhEP/(m²·yr)]. */
  ep_kwh_m2: number;
  /** Greenhouse-gas emissions [kgCO2e/(m²·yr)]. */
  ghg_kg_m2: number;
  /** Useful space-heating need [kWh/(m²·yr)]. */
  heatingNeed_kwh_m2: number;
  /** Final energy by end use and in total [kWh/yr]. */
  final_kwh: Record<EndUse | 'total', number>;
  /** Energy bill at dated prices, subscriptions aside [€/yr]. */
  bill_eur_yr: number;
  co2_kg_yr: number;
  /** Whether a lease may be signed on the estimate's date, and the date letting stops (null if never). */
  rental: { allowed: boolean; bannedFrom: string | null };
}

export interface CostRange {
  low_eur: number;
  central_eur: number;
  high_eur: number;
}

export interface RenovationMeasure {
  id: string;
  labelFr: string;
  labelEn: string;
  cost: CostRange;
}

export interface RenovationPackage {
  id: string;
  labelFr: string;
  labelEn: string;
  measures: RenovationMeasure[];
  after: DwellingState;
  /** Cost of the works, TTC [€]. */
  cost: CostRange;
  /** MaPrimeRénov' for the household [€]; 0 for social landlords. */
  aid_eur: number;
  /** Which rule applied, or why there is none (French, from the API). */
  aidRule: string;
  /** Central cost − aid [€]. */
  netCost_eur: number;
  /** Bill before − bill after [€/yr]. */
  savings_eur_yr: number;
  /** Net cost / savings [yr]; null when there are no savings. */
  payback_yr: number | null;
  classesGained: number;
}

/** What the estimate assumed about the dwelling (shown under « Hypothèses »). */
export interface RenovationDwelling {
  typology: string | null;
  yearBuilt: number | null;
  ageBand: string;
  floorArea_m2: number;
  storeys: number;
  partyWall_m: number;
  exposedWall_m2: number;
  window_m2: number;
  roof_m2: number;
  floor_m2: number;
  heating: string;
  hotWater: string;
  ventilation: string;
  unesco: boolean;
  dwellings: number;
}

export interface RenovationWithPv {
  /** Peak power of the « Mon toit » system [kWc]. */
  kwp: number;
  /** Its production used in the house, deducted as the DPE does [kWh/yr]. */
  selfConsumed_kwh: number;
  current: DwellingState;
  /** The first package with the PV system; null when there is none. */
  bestPackage: DwellingState | null;
}

export interface BuildingRenovation {
  buildingId: number;
  /** Date of the estimate (conversion factors, rental calendar), ISO 8601. */
  date: string;
  /** "Estimate, not an official DPE": always shown. */
  notice: string;
  dwelling: RenovationDwelling;
  owner: Owner;
  current: DwellingState;
  /** Ranked by the API: best class after first, then lowest net cost. */
  packages: RenovationPackage[];
  /** Null when the roof's solar cadastre is not computed. */
  withPv: RenovationWithPv | null;
  energyPrices: { date: string; eur_kwh: Record<string, number> };
}

/** The answers that change the estimate (query parameters). */
export interface RenovationInputs {
  /** Null: the server decides (social landlord when the building has one, else owner-occupier). */
  owner: Owner | null;
  incomeBand: IncomeBand;
  /** People in the household, 1–12. */
  householdSize: number;
}
