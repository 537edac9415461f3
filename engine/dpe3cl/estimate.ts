import type { BuildingRecord, DwellingAssumptions } from '../renovation/dwellingOf';
import type { RenovationCatalogue } from '../renovation/types';
import type { Dwelling } from '../thermal/types';
import { computeDpe3cl } from './computeDpe3cl';
import { applyWorks } from './describe/applyWorks';
import { genericHouseDescription } from './describe/genericHouse';
import { geometryOf } from './describe/geometryOf';
import { houseLogement, type HouseDescription } from './describe/houseLogement';
import {
  houseWorks,
  miningHouseDescription,
  stateShares,
  WORKS_STATES,
  type HouseWorks,
  type MiningPriors,
  type WorksState,
} from './describe/miningHouse';
import type { Tables3cl } from './tables';

/**
 * The territory's climate for the 3CL method: Nord (59) and Pas-de-Calais (62) are zone H1a (arrêté du 31 mars 2021,
 * annexe: zones by département), below 400 m.
 */
export const ARTOIS_CLIMATE = { zone_id: 1, altitude_class_id: 1 } as const;

export const ESTIMATE_3CL_NOTICE =
  'Estimation : méthode officielle 3CL-DPE 2021 appliquée à une description probable du logement (typologie, année, ' +
  "travaux probables), ce n'est pas un DPE, que seul un diagnostiqueur certifié peut établir. / Estimate on the official " +
  '3CL method from a likely description, not a DPE.';

const LETTERS = 'ABCDEFG';

export interface Estimate3cl {
  estimate: true;
  notice: string;
  /** ISO date of the estimate (factors and state of works on that date). */
  date: string;
  letter: string;
  energy_letter: string;
  climate_letter: string;
  ep_kwh_m2: number;
  ges_kg_m2: number;
  /** Where the description comes from: a mining typology's priors, or the ordinary-house defaults. */
  basis: 'mining_priors' | 'house_defaults';
  /** The state of works drawn for the house (mining typologies), with its components. */
  works: HouseWorks | null;
  /** The likely range: the best and worst class over the states that hold ≥ 10 % of the typology on the date. */
  range: { best: string; worst: string };
  /** The description the method ran on (what is assumed), kept for the answer's « hypothèses ». */
  description: HouseDescription;
}

/** The class of a description on a date. */
function classOf(h: HouseDescription, tables: Tables3cl, date: string) {
  return computeDpe3cl(houseLogement(h, tables), tables, { date }).balance;
}

/** A decimal year of an ISO date (2026-07-02 → 2026.5). */
function yearOf(date: string): number {
  const t = Date.parse(date);
  const y = new Date(t).getUTCFullYear();
  return y + (t - Date.UTC(y, 0, 1)) / (Date.UTC(y + 1, 0, 1) - Date.UTC(y, 0, 1));
}

/**
 * The estimated DPE of a building's mean dwelling on a date, on the official 3CL method: for a mining typology, its
 * construction and the works drawn for this house from the priors (fixtures/dpe/mining-priors.json) on the date; for
 * any other house, the ordinary-house defaults (genericHouse.ts) on its typology's heating energy. `measures` (ids of
 * the renovation catalogue) describe the house after those works.
 */
export function estimateBuilding3cl(
  record: BuildingRecord,
  dwelling: Dwelling,
  assumptions: DwellingAssumptions,
  ctx: {
    priors: MiningPriors;
    tables: Tables3cl;
    date: string;
    catalogue?: RenovationCatalogue;
    measures?: readonly string[];
    /** Whether to compute the range over the other likely states (two more runs of the method); default true. */
    range?: boolean;
    /** The date whose state of works is described (e.g. 2017 for the ERBM count); default `date`. */
    works_date?: string;
  },
): Estimate3cl {
  const year = yearOf(ctx.works_date ?? ctx.date);
  const typology = record.typology ?? 'house';
  const mining = typology in ctx.priors.construction && typology in ctx.priors.state_shares;
  const key = `building:${record.id}`;
  const geometry = geometryOf(record, dwelling, assumptions);
  const describe = (works: HouseWorks | null): HouseDescription => {
    const base = works
      ? miningHouseDescription(ctx.priors, typology, geometry, works, ARTOIS_CLIMATE)
      : genericHouseDescription({
          year_built: geometry.year_built,
          surface_habitable_m2: geometry.floor_area_m2,
          levels: geometry.storeys,
          ...ARTOIS_CLIMATE,
          heating_energy_id:
            dwelling.heating.carrier === 'electricity'
              ? 1
              : dwelling.heating.carrier === 'oil'
                ? 3
                : dwelling.heating.carrier === 'wood'
                  ? 4
                  : 2,
          hot_water_energy_id: dwelling.hot_water.carrier === 'electricity' ? 1 : 2,
          wall_material_id: 8,
        });
    return ctx.measures?.length && ctx.catalogue ? applyWorks(base, ctx.measures, ctx.catalogue) : base;
  };
  const works = mining ? houseWorks(ctx.priors, typology, key, year) : null;
  const description = describe(works);
  const b = classOf(description, ctx.tables, ctx.date);
  let best = b.classe_dpe as string;
  let worst = b.classe_dpe as string;
  if (mining && ctx.range !== false) {
    for (const state of WORKS_STATES as readonly WorksState[]) {
      const share = stateShares(ctx.priors, typology, year)[WORKS_STATES.indexOf(state)]!;
      if (share < 0.1 || state === works!.state) continue;
      const letter = classOf(
        describe(houseWorks(ctx.priors, typology, key, year, state)),
        ctx.tables,
        ctx.date,
      ).classe_dpe;
      if (LETTERS.indexOf(letter) < LETTERS.indexOf(best)) best = letter;
      if (LETTERS.indexOf(letter) > LETTERS.indexOf(worst)) worst = letter;
    }
  }
  return {
    estimate: true,
    notice: ESTIMATE_3CL_NOTICE,
    date: new Date(Date.parse(ctx.date)).toISOString(),
    letter: b.classe_dpe,
    energy_letter: b.classe_energie,
    climate_letter: b.classe_climat,
    ep_kwh_m2: b.ep_kwh_m2,
    ges_kg_m2: b.ges_kg_m2,
    basis: mining ? 'mining_priors' : 'house_defaults',
    works,
    range: { best, worst },
    description,
  };
}
