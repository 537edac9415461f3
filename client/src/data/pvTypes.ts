/**
 * The photovoltaic estimate of one building (GET /api/v1/buildings/{id}/pv) once parsed: what the "Mon toit" panel
 * shows and the panels the 3D layer draws. Field names follow the client's records (camelCase, unit suffixes);
 * the panels are in the local frame of the view, like the heat-map's roof faces.
 */
import type { Vec3 } from '../../../engine/geo/types';

export const HEATINGS = ['electric', 'heat_pump', 'gas', 'other'] as const;
export type Heating = (typeof HEATINGS)[number];
export const PV_SIZINGS = ['npv', 'max', 'consumption'] as const;
export type PvSizing = (typeof PV_SIZINGS)[number];

/** One installation size: the first `panels` panels of the layout (best first). */
export interface PvConfiguration {
  panels: number;
  /** Peak power [kWc = kWp]. */
  kwp: number;
  /** Yearly AC production [kWh/yr]. */
  annual_kwh: number;
  /** Production per installed peak kilowatt [kWh/kWp/yr]. */
  specificYield_kwh_kwp: number;
  /** Production used in the house [kWh/yr]. */
  selfConsumed_kwh: number;
  /** Production sold to the grid [kWh/yr]. */
  exported_kwh: number;
  /** Self-consumed over production [%]. */
  selfConsumption_pct: number;
  /** Self-consumed over consumption, "autonomie" [%]. */
  selfSufficiency_pct: number;
  /** Installed cost [€]. */
  capex_eur: number;
  /** Self-consumption premium [€]. */
  premium_eur: number;
  /** Cost after the premium [€]. */
  netCost_eur: number;
  /** First-year bill savings [€/yr]. */
  savings_eur_yr: number;
  /** First-year surplus sale [€/yr]. */
  exportRevenue_eur_yr: number;
  /** Simple payback [yr]; null when not within the lifetime. */
  payback_yr: number | null;
  /** Net present value over the lifetime [€]. */
  npv_eur: number;
  /** Levelised cost of electricity [€/kWh]. */
  lcoe_eur_kwh: number;
  /** CO₂ avoided [kg/yr]. */
  co2Avoided_kg_yr: number;
}

/** One module of the layout: its quad in the local frame ([east m, north m, height above ground m]), best first. */
export interface PvPanel {
  rank: number;
  faceIndex: number;
  orientation: 'portrait' | 'landscape';
  /** Yearly AC energy of this panel [kWh/yr]. */
  annual_kwh: number;
  /** Irradiation on it [kWh/m²/yr]. */
  mean_kwh_m2: number;
  /** The four corners in ring order (open: the first is not repeated). */
  corners: [Vec3, Vec3, Vec3, Vec3];
}

export interface PvSource {
  id: string;
  title: string;
  url: string | null;
  date: string | null;
}

export interface PvAssumptions {
  /** Date of the tariff file (ISO 8601 date). */
  tariffsValidFrom: string;
  /** Quarter of the feed-in tariff (obligation d’achat) used, e.g. "2025-Q3"; null when not given. */
  oaQuarter: string | null;
  retailPrice_eur_kwh: number;
  exportTariff_eur_kwh: number;
  premium_eur_kwp: number;
  installedCost_eur_kwp: number;
  priceDrift_pct_yr: number;
  degradation_pct_yr: number;
  discountRate_pct: number;
  lifetime_yr: number;
  losses_pct: number;
  co2_kg_kwh: number;
  sources: PvSource[];
}

export interface PvModule {
  id: string;
  manufacturer: string;
  model: string;
  /** Rated power [Wc = Wp]. */
  wp: number;
  length_m: number;
  width_m: number;
}

export interface BuildingPv {
  buildingId: number;
  /** Name of the typical meteorological year used. */
  weather: string;
  module: PvModule;
  heating: Heating;
  occupants: number;
  /** Household consumption used, given or estimated [kWh/yr]. */
  consumption_kwh: number;
  consumptionEstimated: boolean;
  sizing: PvSizing;
  /** Panels that fit on the usable roof (= panels.length); 0 when none does. */
  maxPanels: number;
  /** The size the sizing rule picked; null when no panel fits (then `configurations` is empty). */
  chosen: PvConfiguration | null;
  /** Panel counts ascending (possibly thinned); includes chosen.panels and maxPanels. */
  configurations: PvConfiguration[];
  /** Twelve months, January first, for `chosen` (zeros without one) [kWh]. */
  monthly: { production_kwh: number[]; consumption_kwh: number[]; selfConsumed_kwh: number[] };
  assumptions: PvAssumptions;
  panels: PvPanel[];
}

/** The household answers that change the estimate (each is a query parameter; null = the server's default). */
export interface PvInputs {
  /** [€]; null = no budget limit. */
  budget_eur: number | null;
  /** Annual household consumption [kWh/yr]; null = estimated from heating and occupants. */
  consumption_kwh: number | null;
  heating: Heating;
  occupants: number;
}
