import {
  dpeClass,
  ELECTRICITY_EP_FACTOR_BEFORE_2026,
  ELECTRICITY_EP_FACTOR_FROM_2026,
} from '../../../../engine/thermal/index.js';
import type { DpeClass, DpeEnergy } from './types.js';

/** The day the electricity factor changed (arrêté du 13 août 2025): labels issued before it used 2.3. */
export const FACTOR_SWITCH_DATE = '2026-01-01';

export interface Reclassed2026 {
  /** The class the same consumption gives with electricity at 1.9 kWhEP/kWhEF (null: not computable, see reason). */
  energy_class: DpeClass | null;
  primary_kwh_m2: number | null;
  /** Why it could not be computed, or null. */
  reason: string | null;
  /** The factor and the date of the rule. */
  electricity_factor: number;
  rule_date: string;
}

const isElectricity = (e: DpeEnergy) => /^[ée]lectricit[ée]$/i.test(e.energy.trim());

/**
 * A label issued before 1 January 2026 under the 1.9 electricity factor, as ADEME reissues it: the primary energy of
 * the five uses less (2.3 − 1.9) × the electricity consumed (final energy), per m² of living area; emissions are
 * unchanged (the GHG factors did not move), and the double threshold (dpeClass) gives the class. Labels issued from
 * 2026 already use 1.9: returned as issued.
 */
export function reclassUnder2026Factor(r: {
  issue_date: string;
  energy_class: DpeClass;
  primary_kwh_m2: number;
  ghg_kg_m2: number | null;
  living_area_m2: number | null;
  energies: DpeEnergy[];
}): Reclassed2026 {
  const base = { electricity_factor: ELECTRICITY_EP_FACTOR_FROM_2026, rule_date: FACTOR_SWITCH_DATE };
  if (r.issue_date >= FACTOR_SWITCH_DATE) {
    return { ...base, energy_class: r.energy_class, primary_kwh_m2: r.primary_kwh_m2, reason: null };
  }
  const missing = (reason: string) => ({ ...base, energy_class: null, primary_kwh_m2: null, reason });
  if (!r.living_area_m2 || r.living_area_m2 <= 0) return missing('living area not given');
  if (r.ghg_kg_m2 === null) return missing('emissions not given');
  const electric = r.energies.filter(isElectricity);
  if (electric.some((e) => e.final_kwh === null)) return missing('electricity consumption not given');
  const electricKwhM2 = electric.reduce((s, e) => s + (e.final_kwh ?? 0), 0) / r.living_area_m2;
  const delta = (ELECTRICITY_EP_FACTOR_BEFORE_2026 - ELECTRICITY_EP_FACTOR_FROM_2026) * electricKwhM2;
  const primary = Math.max(0, r.primary_kwh_m2 - delta);
  return {
    ...base,
    energy_class: dpeClass(primary, r.ghg_kg_m2, r.living_area_m2).letter,
    primary_kwh_m2: Math.round(primary * 10) / 10,
    reason: null,
  };
}
