import type { Database } from '../../db/index.js';
import { AppError } from '../../errors/AppError.js';
import {
  outcomeOf,
  packageMeasures,
  simulateMeasures,
  stateOf,
  tenantContribution,
  type IncomeBand,
  type Owner,
} from '../../../../engine/renovation/index.js';
import { ESTIMATE_NOTICE, estimateDwelling, type Dwelling } from '../../../../engine/thermal/index.js';
import { renovationCatalogue } from '../../fixtures/loadFixture.js';
import { renovationClimate } from './renovationClimate.js';
import { tenantRules } from './tenantRules.js';

export interface SimulateInput {
  dwelling: Dwelling;
  measures: string[];
  package?: string;
  lat: number;
  lon: number;
  date?: string;
  owner?: Owner;
  income_band: IncomeBand;
  household_size: number;
}

/** 400 naming `field` for an engine refusal of the caller's input. */
function refuse(field: string, error: unknown): never {
  if (error instanceof RangeError) {
    throw new AppError(400, 'invalid_request', `${field}: ${error.message}`, [{ field, message: error.message }]);
  }
  throw error;
}

/**
 * Any dwelling, before and after measures (or a package): the estimate, cost, aid, savings, payback and the
 * landlord's « 3e ligne de quittance » ceiling.
 */
export async function simulateRenovation(db: Database, input: SimulateInput) {
  const catalogue = renovationCatalogue();
  const date = input.date ?? new Date().toISOString().slice(0, 10);
  const rc = await renovationClimate(db, null, input.lat, input.lon);
  let ids = [...input.measures];
  if (input.package !== undefined) {
    try {
      ids = [...packageMeasures(input.package, input.dwelling, catalogue), ...ids];
    } catch (error) {
      refuse('package', error);
    }
  }
  ids = [...new Set(ids)].filter((m) => m !== 'pv');
  const known = new Set(catalogue.measures.map((m) => m.id));
  const unknown = ids.findIndex((m) => !known.has(m));
  if (unknown >= 0) {
    const index = input.measures.indexOf(ids[unknown]!);
    const field = index >= 0 ? `measures.${index}` : 'measures';
    throw new AppError(400, 'invalid_request', `${field}: unknown measure "${ids[unknown]}"`, [
      { field, message: `unknown measure "${ids[unknown]}"` },
    ]);
  }
  let estimate;
  try {
    estimate = estimateDwelling(input.dwelling, rc.climate, date);
  } catch (error) {
    refuse('dwelling', error);
  }
  const need = estimate.balance.need_kwh.reduce((s, x) => s + x, 0);
  const before = stateOf(input.dwelling, estimate, need, date, catalogue);
  const owner = input.owner ?? 'owner_occupier';
  let result;
  try {
    result = simulateMeasures(
      input.dwelling,
      before,
      ids,
      rc.climate,
      date,
      {
        owner,
        income_band: input.income_band,
        household_size: input.household_size,
      },
      catalogue,
    );
  } catch (error) {
    refuse('measures', error);
  }
  return {
    date,
    notice: ESTIMATE_NOTICE,
    owner,
    before,
    ...outcomeOf(result),
    tenant: tenantContribution(result.savings_eur_yr, owner, tenantRules()),
  };
}
