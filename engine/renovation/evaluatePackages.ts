import { estimateDwelling, type Dwelling, type DwellingEstimate, type MonthlyClimate } from '../thermal/index';
import { applyMeasures } from './applyMeasures';
import { maPrimeRenov, type Owner } from './maPrimeRenov';
import { measureCost } from './measureCost';
import { LABELS_EN } from './measureLabels';
import { stateOf, type State } from './stateOf';
import type { IncomeBand, RenovationCatalogue } from './types';

export interface Household {
  owner: Owner;
  income_band: IncomeBand;
  household_size: number;
}

export interface Simulated {
  measures: {
    id: string;
    label_fr: string;
    label_en: string;
    cost_eur: { low: number; central: number; high: number };
  }[];
  after: State;
  estimate: DwellingEstimate;
  dwelling: Dwelling;
  cost_eur: { low: number; central: number; high: number };
  aid_eur: number;
  aid_rule: string;
  net_cost_eur: number;
  savings_eur_yr: number;
  payback_years: number | null;
  classes_gained: number;
}

const LETTERS = 'ABCDEFG';

/** The class figures of an estimate (what stateOf reads besides the energy). */
export interface ClassFigures {
  letter: DwellingEstimate['letter'];
  energyLetter: DwellingEstimate['energyLetter'];
  ghgLetter: DwellingEstimate['ghgLetter'];
  ep_kwh_m2: number;
  ghg_kg_m2: number;
}

/**
 * A set of measures on a dwelling: the dwelling after them (engine/renovation applyMeasures), its estimate and state,
 * the cost lines (measureCost), the household's MaPrimeRénov' (0 for a social landlord, with the reason), the net
 * cost, the first-year bill saving and the simple payback (net cost / saving).
 */
export function simulateMeasures(
  dwelling: Dwelling,
  before: State,
  measureIds: string[],
  climate: MonthlyClimate,
  date: string,
  household: Household,
  catalogue: RenovationCatalogue,
  /**
   * The class after the measures from another method (the 3CL estimate of engine/dpe3cl): its letters, primary energy
   * and emissions replace the monthly balance's; energy, bills and savings stay the balance's.
   */
  classAfter?: (measureIds: readonly string[]) => ClassFigures,
): Simulated {
  const after = applyMeasures(dwelling, measureIds, catalogue);
  const estimate = estimateDwelling(after, climate, date);
  const state = stateOf(
    after,
    classAfter ? { ...estimate, ...classAfter(measureIds) } : estimate,
    estimate.balance.need_kwh.reduce((s, x) => s + x, 0),
    date,
    catalogue,
  );
  const cost = measureCost(dwelling, measureIds, catalogue);
  const aid = maPrimeRenov(
    {
      income_band: household.income_band,
      household_size: household.household_size,
      region: 'other',
      owner: household.owner,
      measures: cost.lines.map((l) => ({ id: l.id, quantity: l.quantity })),
      classes_before: before.letter as 'A',
      classes_after: state.letter as 'A',
      cost: cost.total.central_eur,
    },
    catalogue,
  );
  const savings = before.bill_eur_yr - state.bill_eur_yr;
  const net = Math.max(0, cost.total.central_eur - aid.aid_eur);
  const label = (id: string) => catalogue.measures.find((m) => m.id === id)?.label_fr ?? id;
  return {
    measures: cost.lines.map((l) => ({
      id: l.id,
      label_fr: label(l.id),
      label_en: LABELS_EN[l.id] ?? label(l.id),
      cost_eur: { low: Math.round(l.low_eur), central: Math.round(l.central_eur), high: Math.round(l.high_eur) },
    })),
    after: state,
    estimate,
    dwelling: after,
    cost_eur: {
      low: Math.round(cost.total.low_eur),
      central: Math.round(cost.total.central_eur),
      high: Math.round(cost.total.high_eur),
    },
    aid_eur: Math.round(aid.aid_eur),
    aid_rule: aid.reason,
    net_cost_eur: Math.round(net),
    savings_eur_yr: Math.round(savings),
    payback_years: savings > 0 ? Math.round((net / savings) * 10) / 10 : null,
    classes_gained: LETTERS.indexOf(before.letter) - LETTERS.indexOf(state.letter),
  };
}

/** What the API reports of a simulation (the same fields for a building's packages and for /renovation/simulate). */
export function outcomeOf(result: Simulated) {
  return {
    measures: result.measures,
    after: result.after,
    cost_eur: result.cost_eur,
    aid_eur: result.aid_eur,
    aid_rule: result.aid_rule,
    net_cost_eur: result.net_cost_eur,
    savings_eur_yr: result.savings_eur_yr,
    payback_years: result.payback_years,
    classes_gained: result.classes_gained,
  };
}
