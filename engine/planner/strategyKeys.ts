import { DPE_CLASSES } from '../renovation/types';
import type { PlanHouse, PlanOption, Strategy } from './types';

/** Saving per euro [unit/€]; free works rank first when they save anything, and last when they lose. */
function perEur(saved: number, cost_eur: number): number {
  if (cost_eur > 0) return saved / cost_eur;
  return saved > 0 ? Infinity : saved < 0 ? -Infinity : 0;
}

/**
 * Sort keys of a house under a strategy, smaller first (the planner breaks remaining ties by house id):
 * - worst_first: worst class first (G before F), then highest primary energy [kWh/(m²·yr)];
 * - cheapest_class_gain: fewest euros per class gained by the chosen option [€/class];
 * - kwh_per_eur: most final energy saved per euro [kWh/(yr·€)];
 * - co2_per_eur: most emissions saved per euro [kg CO2e/(yr·€)].
 * @param strategy one of STRATEGIES
 * @param house the house
 * @param option the package chosen for it (chooseOption)
 * @throws RangeError for an unknown strategy
 * @example strategyKeys('cheapest_class_gain', gHouse, optionToD) // [cost / 3, 0]
 */
export function strategyKeys(strategy: Strategy, house: PlanHouse, option: PlanOption): [number, number] {
  switch (strategy) {
    case 'worst_first':
      return [-DPE_CLASSES.indexOf(house.letter), -house.ep_kwh_m2];
    case 'cheapest_class_gain': {
      const gain = DPE_CLASSES.indexOf(house.letter) - DPE_CLASSES.indexOf(option.letter);
      return [gain > 0 ? option.cost_eur / gain : Infinity, 0];
    }
    case 'kwh_per_eur':
      return [-perEur(option.energy_saved_kwh_yr, option.cost_eur), 0];
    case 'co2_per_eur':
      return [-perEur(option.co2_saved_kg_yr, option.cost_eur), 0];
    default:
      throw new RangeError(`strategy must be one of worst_first, cheapest_class_gain, kwh_per_eur, co2_per_eur`);
  }
}
