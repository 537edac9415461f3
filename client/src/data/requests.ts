/**
 * What the client asks: the enumerations its forms offer (from the contracts) and the form values each request is
 * built from (api.ts turns them into the contract's query or body).
 */
import {
  DpeLetter,
  FARM_TABLES,
  INCOME_BANDS,
  OWNERS,
  PV_HEATING,
  type PlanRequest as PlanBody,
  type SiteEvaluateRequest,
} from '../../../contracts';
import { STRATEGIES, type Strategy } from '../../../engine/planner/types';
import type { Bbox } from './types';

export { FARM_TABLES, INCOME_BANDS, OWNERS, STRATEGIES };
export type { Strategy };
export { PortfolioSelection } from '../../../contracts';

/** DPE classes, best first (arrêté du 31 mars 2021, annexe 5). */
export const DPE_LETTERS = DpeLetter.options;
export type { DpeLetter } from '../../../contracts';
export const HEATINGS = PV_HEATING;
export type Heating = (typeof HEATINGS)[number];
export type Owner = (typeof OWNERS)[number];
/** MaPrimeRénov' income bands (Anah): très modestes, modestes, intermédiaires, supérieurs. */
export type IncomeBand = (typeof INCOME_BANDS)[number];

/** The answers that change the renovation estimate (query parameters). */
export interface RenovationInputs {
  /** Null: the server decides (social landlord when the building has one, else owner-occupier). */
  owner: Owner | null;
  incomeBand: IncomeBand;
  /** People in the household, 1–12. */
  householdSize: number;
}

/** The plan form's values (api.ts planBody gives the body of POST /portfolios/plan). */
export interface PlanRequest {
  portfolioId: number;
  /** First year of works [year]. */
  startYear: number;
  /** Years planned, 1–30. */
  years: number;
  /** Budget of works [€/yr], ≥ 0. */
  budget_eur_per_year: number;
  target: PlanBody['target'];
  strategy: Strategy;
  /** At most this many houses renovated a year; null: no limit. */
  maxHousesPerYear: number | null;
  compare: boolean;
}

export type ExportFormat = 'csv' | 'geojson';
export type DecimalMark = 'point' | 'comma';

export type FarmTable = (typeof FARM_TABLES)[number];
type FarmOptionsBody = NonNullable<SiteEvaluateRequest['options']>;
/** Row spacing: a ground coverage ratio, or the winter-solstice rule (no shade at solar noon on 21 December). */
export type FarmPitch = NonNullable<FarmOptionsBody['pitch']>;
/** The farm form's options, every one given. */
export type FarmOptions = Required<Omit<FarmOptionsBody, 'road_every_rows'>>;

/** What is evaluated: a listed site or a drawn polygon, minus exclusion zones ([lon, lat] rings, open). */
export interface FarmRequest {
  siteId: number | null;
  polygon: [number, number][] | null;
  exclusions: [number, number][][];
  options: FarmOptions;
  sweep: boolean;
}

export type { Bbox };
