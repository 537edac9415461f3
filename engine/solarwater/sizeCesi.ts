import { checkRange } from '../geo/checkRange';
import type { CesiFixture } from './parseCesi';

/** Collector area and tank of a CESI. */
export interface CesiSize {
  /** Collector area [m²] */
  collector_m2: number;
  /** Tank volume [L] */
  tank_l: number;
}

/**
 * Size a CESI for a household in northern France by the rules of thumb of the fixture (Viessmann, Souop, ADEME's
 * table via Solaire Diffusion; see fixtures/solarwater/SOURCE.md): area = occupants × collector_m2_per_person
 * rounded to 0.5 m², tank = occupants × tank_l_per_person rounded up to 50 L, each clamped to the fixture's bounds.
 *
 * @param occupants people in the dwelling [-], an integer within [1, 20]
 * @param sizing the fixture's `sizing` block
 * @returns collector area [m²] and tank [L]
 * @example sizeCesi(4, cesi.sizing) // { collector_m2: 4, tank_l: 200 }
 */
export function sizeCesi(occupants: number, sizing: CesiFixture['sizing']): CesiSize {
  checkRange('occupants', occupants, 1, 20);
  if (!Number.isInteger(occupants)) throw new RangeError(`occupants must be an integer, got ${occupants}`);
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  const area = Math.round(occupants * sizing.collector_m2_per_person.value * 2) / 2;
  const tank = Math.ceil((occupants * sizing.tank_l_per_person.value) / 50) * 50;
  return {
    collector_m2: clamp(area, sizing.collector_min_m2.value, sizing.collector_max_m2.value),
    tank_l: clamp(tank, sizing.tank_min_l.value, sizing.tank_max_l.value),
  };
}
