import { dpeThresholds } from './dpeThresholds';
import type { DpeLetter } from './types';

const LETTERS: readonly DpeLetter[] = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];

function letterOf(value: number, bounds: readonly number[]): number {
  for (let i = 0; i < bounds.length; i++) if (value < bounds[i]!) return i;
  return 6;
}

/** The DPE class and the two letters it comes from. */
export interface DpeClassResult {
  letter: DpeLetter;
  energyLetter: DpeLetter;
  ghgLetter: DpeLetter;
}

/**
 * DPE class by the double threshold (arrêté du 31 mars 2021, annexe 5): the energy letter from primary energy
 * (A < 70, B < 110, C < 180, D < 250, E < 330, F < 420 kWhEP/(m²·yr), else G), the climate letter from emissions
 * (A < 6, B < 11, C < 30, D < 50, E < 70, F < 100 kgCO2e/(m²·yr), else G), and the class is the worse of the two.
 * Below 40 m² the relaxed scale of the arrêté du 25 mars 2024 applies (dpeThresholds).
 *
 * @param ep_kwh_m2 primary energy, 5 uses [kWhEP/(m²·yr)] ≥ 0
 * @param ghg_kg_m2 emissions [kgCO2e/(m²·yr)] ≥ 0
 * @param floor_area_m2 reference floor area [m²] > 0
 * @example dpeClass(200, 5, 80).letter // 'D' (energy D, climate A)
 */
export function dpeClass(ep_kwh_m2: number, ghg_kg_m2: number, floor_area_m2: number): DpeClassResult {
  if (!(Number.isFinite(ep_kwh_m2) && ep_kwh_m2 >= 0)) throw new RangeError(`ep_kwh_m2 must be ≥ 0, got ${ep_kwh_m2}`);
  if (!(Number.isFinite(ghg_kg_m2) && ghg_kg_m2 >= 0)) throw new RangeError(`ghg_kg_m2 must be ≥ 0, got ${ghg_kg_m2}`);
  if (!(Number.isFinite(floor_area_m2) && floor_area_m2 > 0)) {
    throw new RangeError(`floor_area_m2 must be > 0, got ${floor_area_m2}`);
  }
  const t = dpeThresholds(floor_area_m2);
  const e = letterOf(ep_kwh_m2, t.energy);
  const g = letterOf(ghg_kg_m2, t.ghg);
  return { letter: LETTERS[Math.max(e, g)]!, energyLetter: LETTERS[e]!, ghgLetter: LETTERS[g]! };
}
