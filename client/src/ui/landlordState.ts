/**
 * The « Bailleur » workspace's part of the application state: who is signed in (never the token itself, which only
 * app/landlord.ts and sessionStorage hold), the portfolios, the one shown in 3D, the plan form and its answer.
 */
import type { MeResponse, PlanResponse, PortfolioEstimateResponse, PortfolioSummary } from '../../../contracts';
import type { Strategy } from '../data/requests';
import type { DpeLetter } from '../data/requests';

type Status = 'idle' | 'loading' | 'ready' | 'error';

/** 'unauthorized': the server refused the token (401), said in the reader's language. */
export type AuthStatus = 'signed_out' | 'checking' | 'signed_in' | 'unauthorized' | 'error';

/** What the plan form holds (the request is built from it and the portfolio shown). */
export interface PlanForm {
  /** [€/yr], ≥ 0. */
  budget_eur_per_year: number;
  /** 1–30. */
  years: number;
  /** [year], 2024–2060 (contract). */
  startYear: number;
  /** 'legal': the rental-ban calendar; a letter: at least that class. */
  target: 'legal' | DpeLetter;
  strategy: Strategy;
  /** Null: no cap. */
  maxHousesPerYear: number | null;
  compare: boolean;
}

export interface LandlordState {
  /** Whether the workspace is shown. */
  open: boolean;
  auth: AuthStatus;
  /** Why signing in or a request failed (not for 401, which has its own message). */
  error: string | null;
  me: MeResponse | null;
  portfolios: PortfolioSummary[];
  create: { status: Status; error: string | null };
  /** The portfolio shown in 3D and planned. */
  portfolioId: number | null;
  estimate: { status: Status; data: PortfolioEstimateResponse | null; error: string | null };
  /** Which classes colour the houses: today's, or after the plan's works. */
  colourBy: 'now' | 'plan';
  /** Houses of the portfolio painted in the view. */
  highlighted: number;
  form: PlanForm;
  plan: { status: Status; data: PlanResponse | null; error: string | null };
  exporting: { status: Status; error: string | null };
  decimalComma: boolean;
}

/**
 * Before any answer: 1 M€ a year over 10 years from next year, the legal calendar, worst first. The budget is the
 * order of a cité of a hundred houses renovated in ten years at ≈ 25,000 € TTC a house (an assumption for a first
 * run, not a landlord's figure).
 */
export function initialLandlordState(now = new Date()): LandlordState {
  return {
    open: false,
    auth: 'signed_out',
    error: null,
    me: null,
    portfolios: [],
    create: { status: 'idle', error: null },
    portfolioId: null,
    estimate: { status: 'idle', data: null, error: null },
    colourBy: 'now',
    highlighted: 0,
    form: {
      budget_eur_per_year: 1_000_000,
      years: 10,
      startYear: Math.min(2060, Math.max(2024, now.getFullYear() + 1)),
      target: 'legal',
      strategy: 'worst_first',
      maxHousesPerYear: null,
      compare: true,
    },
    plan: { status: 'idle', data: null, error: null },
    exporting: { status: 'idle', error: null },
    decimalComma: true,
  };
}
