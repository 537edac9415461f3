/**
 * « Friches »: the records the client keeps of GET /sites and POST /sites/evaluate (docs/client.md, « Friches »),
 * in the client's names with unit suffixes. Rings are in the view's local frame [east m, north m].
 */
import type { Polygon, Ring } from './types';

export const FARM_TABLES = ['2P', '3L'] as const;
/** '2P': two modules portrait per table column; '3L': three landscape. */
export type FarmTable = (typeof FARM_TABLES)[number];

/** A candidate site (a flat slag heap or a brownfield) as GET /sites lists it. */
export interface CandidateSite {
  id: number;
  name: string;
  kind: string;
  /** [ha]. */
  area_ha: number;
  commune: string | null;
  /** Outline(s) in the local frame, outer ring counter-clockwise. */
  polygons: Polygon[];
}

/** Row spacing: a ground coverage ratio, or the winter-solstice rule (no shade at solar noon on 21 December). */
export type FarmPitch = { kind: 'gcr'; gcr: number } | { kind: 'solstice' };

export interface FarmOptions {
  /** Module tilt [°], (0, 60]. */
  tilt_deg: number;
  /** Direction the rows face [°] clockwise from north, [90, 270]. */
  azimuth_deg: number;
  table: FarmTable;
  pitch: FarmPitch;
  /** Distance kept from the boundary [m], ≥ 0. */
  setback_m: number;
}

/** What is evaluated: a listed site or a drawn polygon, minus exclusion zones ([lon, lat] rings, open). */
export interface FarmRequest {
  siteId: number | null;
  polygon: [number, number][] | null;
  exclusions: [number, number][][];
  options: FarmOptions;
  sweep: boolean;
}

export interface FarmFigures {
  modules: number;
  /** Peak power [MWc]. */
  mwp: number;
  /** Annual production [MWh/yr]. */
  mwh_yr: number;
  specificYield_kwh_kwp: number;
  /** Performance ratio [-], within [0, 1]. */
  performanceRatio: number;
  shadingLoss_pct: number;
  /** Area left to build on once setback and exclusions are taken off [ha]. */
  buildable_ha: number;
  mwp_per_ha: number;
  /** Ground coverage ratio [-]. */
  gcr: number;
  /** Row-to-row distance [m]. */
  pitch_m: number;
  capex_eur: number;
  opex_eur_yr: number;
  lcoe_eur_mwh: number;
  households: number;
  co2Avoided_t_yr: number;
}

/** One row of tables: its ground polygon (the tilted tables seen from above) in the local frame. */
export interface FarmRow {
  row: number;
  tables: number;
  modules: number;
  ring: Ring;
}

export interface SweepPoint {
  tilt_deg: number;
  gcr: number;
  mwp: number;
  mwh_yr: number;
  specificYield_kwh_kwp: number;
}

export interface FarmEvaluation {
  site: { id: number | null; name: string | null; area_ha: number };
  figures: FarmFigures;
  /** Twelve months, January first [MWh]. */
  monthly_mwh: number[];
  /** The economic and physical assumptions, flattened to `key` or `key.sub` → value, in the API's order. */
  assumptions: [string, string | number | boolean][];
  rows: FarmRow[];
  sweep: SweepPoint[] | null;
}
