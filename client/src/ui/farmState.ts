/**
 * The « Friches » workspace's part of the application state: the candidate sites, the one chosen or the polygon
 * drawn, the exclusion zones, the options and the evaluation. Drawn points are in the view's local frame [m].
 */
import type { CandidateSite, FarmEvaluation } from '../data/farmAreas';
import type { FarmOptions } from '../data/requests';
import type { LocalPoint } from '../../../engine/geo/types';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** What a click on the ground does: nothing, add a point to the site polygon, or to an exclusion zone. */
export type DrawMode = 'none' | 'site' | 'exclusion';

export interface FarmState {
  open: boolean;
  sites: { status: Status; list: CandidateSite[]; error: string | null };
  /** The listed site evaluated, when no polygon is drawn. */
  siteId: number | null;
  draw: { mode: DrawMode; points: LocalPoint[] };
  /** The drawn site (replaces the listed one). */
  polygon: LocalPoint[] | null;
  exclusions: LocalPoint[][];
  options: FarmOptions;
  /** Ask for the tilt × GCR sweep with the evaluation. */
  sweep: boolean;
  evaluation: {
    status: Status;
    data: FarmEvaluation | null;
    /** The options the evaluation shown was asked with (its rows are drawn at this tilt and azimuth). */
    asked: FarmOptions | null;
    error: string | null;
    /** HTTP status of a refused request (400, 422), or null. */
    httpStatus: number | null;
  };
}

/** The contract's defaults (engine/farm FarmOptions): 25°, facing south, 2P tables, GCR 0.4, 10 m setback. */
export const DEFAULT_FARM_OPTIONS: FarmOptions = {
  tilt_deg: 25,
  azimuth_deg: 180,
  table: '2P',
  pitch: { kind: 'gcr', gcr: 0.4 },
  setback_m: 10,
};

export function initialFarmState(): FarmState {
  return {
    open: false,
    sites: { status: 'idle', list: [], error: null },
    siteId: null,
    draw: { mode: 'none', points: [] },
    polygon: null,
    exclusions: [],
    options: DEFAULT_FARM_OPTIONS,
    sweep: false,
    evaluation: { status: 'idle', data: null, asked: null, error: null, httpStatus: null },
  };
}
