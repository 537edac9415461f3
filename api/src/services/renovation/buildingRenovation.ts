import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError, notFound } from '../../errors/AppError.js';
import {
  dwellingOf,
  LABELS_EN,
  outcomeOf,
  packageMeasures,
  rentalBan,
  simulateMeasures,
  stateOf,
  tenantContribution,
  withSelfConsumption,
  type BuildingRecord,
  type DpeClass,
  type RenovationCatalogue,
  type Household,
  type IncomeBand,
  type Owner,
} from '../../../../engine/renovation/index.js';
import { ESTIMATE_NOTICE, estimateDwelling, type Dwelling } from '../../../../engine/thermal/index.js';
import { computeEnvelopesOf } from '../cadastre/computeEnvelopes.js';
import { buildingPvWithin } from '../pv/buildingPv.js';
import { miningPriors, renovationCatalogue, tables3cl, typologies } from '../../fixtures/loadFixture.js';
import { estimateBuilding3cl } from '../../../../engine/dpe3cl/estimate.js';
import { renovationClimate } from './renovationClimate.js';
import { tenantRules } from './tenantRules.js';

export interface RenovationQuery {
  date?: string;
  owner?: Owner;
  income_band: IncomeBand;
  household_size: number;
}

const LETTERS = 'ABCDEFG';
/** PV shown with the renovation: up to 3 kWc, the ≤ 3 kWc band of fixtures/tariffs (most French home systems). */
const PV_KWP = 3;

/** The PV estimate's heating type for the household load of a dwelling's heating system. */
function pvHeating(d: Dwelling): 'electric' | 'heat_pump' | 'gas' | 'other' {
  if (d.heating.system === 'electric_direct') return 'electric';
  if (d.heating.system.startsWith('heat_pump')) return 'heat_pump';
  return d.heating.carrier === 'gas' ? 'gas' : 'other';
}

/** The buildings' records with their walls (measured now when missing). */
export async function buildingRecords(db: Database, ids: number[]): Promise<BuildingRecord[]> {
  let rows = (await db.query<{ body: string }>(sql('renovation/buildings'), [ids])).rows.map(
    (r) => JSON.parse(r.body) as BuildingRecord,
  );
  const missing = rows.filter((r) => r.envelope === null).map((r) => r.id);
  if (missing.length > 0) {
    await computeEnvelopesOf(db, missing);
    rows = (await db.query<{ body: string }>(sql('renovation/buildings'), [ids])).rows.map(
      (r) => JSON.parse(r.body) as BuildingRecord,
    );
  }
  return rows;
}

/**
 * A building's renovation potential: its mean dwelling (dwellingOf), the current estimate (engine/thermal: monthly
 * balance, 3CL conversions, DPE class — an estimate), every catalogue package applied (UNESCO substitutes included),
 * with cost, aid for this household, savings and payback, the contribution a landlord may then add to the rent (« 3e
 * ligne de quittance », engine/renovation tenantContribution), ranked by class after then net cost; and the same with the
 * roof's PV (the PV estimate's self-consumed kWh deducted as the DPE does) when its cadastre is computed.
 */
export async function buildingRenovation(db: Database, id: number, query: RenovationQuery) {
  const [record] = await buildingRecords(db, [id]);
  if (!record) throw notFound(`building ${id} not found`);
  const date = query.date ?? new Date().toISOString().slice(0, 10);
  const catalogue = renovationCatalogue();
  const rules = tenantRules();
  const rc = await renovationClimate(db, record.weather_id, record.lat, record.lon);
  const { dwelling, assumptions } = dwellingOf(record, rc, typologies());
  const owner: Owner = query.owner ?? (record.owner_org !== null ? 'social_landlord' : 'owner_occupier');
  const household: Household = { owner, income_band: query.income_band, household_size: query.household_size };
  const estimate = estimateDwelling(dwelling, rc.climate, date);
  const need = estimate.balance.need_kwh.reduce((s, x) => s + x, 0);
  // The class on the official 3CL method from the house's likely description (engine/dpe3cl/estimate.ts), before and
  // after each package; energy, bills and savings stay those of the monthly balance.
  const ctx3cl = { priors: miningPriors(), tables: tables3cl(), date, catalogue };
  const label3cl = (measures: readonly string[] = [], range = false) =>
    estimateBuilding3cl(record, dwelling, assumptions, { ...ctx3cl, measures, range });
  const classFigures = (e: ReturnType<typeof label3cl>) => ({
    letter: e.letter as DpeClass,
    energyLetter: e.energy_letter as DpeClass,
    ghgLetter: e.climate_letter as DpeClass,
    ep_kwh_m2: e.ep_kwh_m2,
    ghg_kg_m2: e.ges_kg_m2,
  });
  const now3cl = label3cl([], true);
  const current = stateOf(dwelling, { ...estimate, ...classFigures(now3cl) }, need, date, catalogue);
  const official = await officialLabel(db, record.id, date, catalogue);
  const simulated = catalogue.packages.map((p) => {
    const ids = packageMeasures(p.id, dwelling, catalogue).filter((m) => m !== 'pv');
    return {
      pkg: p,
      result: simulateMeasures(dwelling, current, ids, rc.climate, date, household, catalogue, (m) =>
        classFigures(label3cl(m)),
      ),
    };
  });
  simulated.sort(
    (a, b) =>
      LETTERS.indexOf(a.result.after.letter) - LETTERS.indexOf(b.result.after.letter) ||
      a.result.net_cost_eur - b.result.net_cost_eur,
  );
  let withPv = null;
  if (record.weather_id !== null) {
    try {
      // The most common residential size (the ≤ 3 kWc band of the tariff file), or less when the roof is smaller.
      const pv = await buildingPvWithin(db, id, {
        heating: pvHeating(dwelling),
        occupants: Math.max(1, Math.min(12, query.household_size)),
        kwp_max: PV_KWP,
      });
      if (pv) {
        const sc = pv.self_consumed_kwh / assumptions.dwellings;
        const now = withSelfConsumption(dwelling, estimate, sc, date);
        const best = simulated[0];
        const bestPv = best ? withSelfConsumption(best.result.dwelling, best.result.estimate, sc, date) : null;
        withPv = {
          kwp: pv.kwp,
          self_consumed_kwh: Math.round(sc),
          current: stateOf(dwelling, now, need, date, catalogue),
          best_package:
            best && bestPv
              ? stateOf(
                  best.result.dwelling,
                  bestPv,
                  best.result.estimate.balance.need_kwh.reduce((s, x) => s + x, 0),
                  date,
                  catalogue,
                )
              : null,
        };
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
    }
  }
  const prices: Record<string, number> = {};
  let priceDate = '';
  for (const [carrier, p] of Object.entries(catalogue.energy_prices.carriers)) {
    prices[carrier] = p.price_eur_kwh_ttc;
    if (p.date > priceDate) priceDate = p.date;
  }
  return {
    building_id: record.id,
    date,
    notice: ESTIMATE_NOTICE,
    dwelling: assumptions,
    owner,
    current,
    packages: simulated.map(({ pkg, result }) => ({
      id: pkg.id,
      label_fr: pkg.label_fr,
      label_en: LABELS_EN[pkg.id] ?? pkg.label_fr,
      ...outcomeOf(result),
      tenant: tenantContribution(result.savings_eur_yr, owner, rules),
    })),
    with_pv: withPv,
    official,
    energy_prices: { date: priceDate, eur_kwh: prices },
  };
}

/**
 * The label the law goes by on `date`: the building's valid, firmly matched real DPE (dpe/current_labels, the rule
 * landlord plans use) and whether a dwelling of that class may be let then (with the 450 kWh/m² final-energy rule
 * when the DPE gives its final energy); null when it has none.
 */
async function officialLabel(db: Database, id: number, date: string, catalogue: RenovationCatalogue) {
  const row = (
    await db.query<{
      number: string;
      letter: DpeClass;
      ep_kwh_m2: number;
      issue_date: string;
      valid_until: string;
      final_kwh_m2: number | null;
    }>(sql('dpe/current_labels'), [[id], date])
  ).rows[0];
  if (!row) return null;
  const rental = rentalBan(row.letter, date, catalogue.rental_ban, row.final_kwh_m2 ?? undefined);
  return {
    number: row.number,
    letter: row.letter,
    ep_kwh_m2: Math.round(row.ep_kwh_m2 * 10) / 10,
    issue_date: row.issue_date,
    valid_until: row.valid_until,
    rental: { allowed: rental.allowed, banned_from: rental.banned_since ?? rental.next_deadline },
  };
}
