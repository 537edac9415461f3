/**
 * Moving the "puissance" slider without a request: the configuration at a slider position and its monthly
 * production, rescaled from the chosen configuration's months as the contract allows (production scales nearly
 * linearly with the panel count; the self-consumed months are exact only for `chosen`).
 */
import type { BuildingPv, PvConfiguration } from './pvPanels';

/** Index in `configurations` of the one with `panels` panels, else of the largest one below it (0 if none). */
export function configurationIndex(pv: BuildingPv, panels: number): number {
  let best = 0;
  pv.configurations.forEach((c, k) => {
    if (c.panels <= panels) best = k;
  });
  return best;
}

/** The configuration at a slider position, clamped to the table; null when the table is empty (no panel fits). */
export function configurationAt(pv: BuildingPv, index: number): PvConfiguration | null {
  if (!Number.isInteger(index)) throw new RangeError(`index must be an integer, got ${index}`);
  const k = Math.min(Math.max(index, 0), pv.configurations.length - 1);
  return pv.configurations[k] ?? null;
}

/** The slider's first position: the chosen size, else the smallest. */
export function chosenIndex(pv: BuildingPv): number {
  return pv.chosen ? configurationIndex(pv, pv.chosen.panels) : 0;
}

/**
 * Monthly production of a configuration [kWh]: the chosen months × its annual over the chosen annual.
 * @example chosen 3,000 kWh/yr with June at 400 kWh; a 1,500 kWh/yr configuration → June 200 kWh
 */
export function monthlyProduction(pv: BuildingPv, configuration: PvConfiguration): number[] {
  const scale = pv.chosen && pv.chosen.annual_kwh > 0 ? configuration.annual_kwh / pv.chosen.annual_kwh : 0;
  return pv.monthly.production_kwh.map((v) => v * scale);
}
