import { dpeClass, ghg, primaryEnergy, type Dwelling, type DwellingEstimate, type FinalEnergy } from '../thermal/index';
import { energyBill } from './energyBill';
import { rentalBan } from './rentalBan';
import type { RenovationCatalogue } from './types';

const r1 = (x: number) => Math.round(x * 10) / 10;

/** A dwelling's figures as the API reports them (contract of GET /buildings/{id}/renovation). */
export interface State {
  letter: string;
  energy_letter: string;
  ghg_letter: string;
  ep_kwh_m2: number;
  ghg_kg_m2: number;
  heating_need_kwh_m2: number;
  final_kwh: { heating: number; hot_water: number; lighting: number; auxiliaries: number; total: number };
  bill_eur_yr: number;
  co2_kg_yr: number;
  rental: { allowed: boolean; banned_from: string | null };
}

/** Final energy by carrier [kWh/yr]. */
export function byCarrier(final: FinalEnergy): Record<string, number> {
  const out: Record<string, number> = {};
  for (const l of final.lines) out[l.carrier] = (out[l.carrier] ?? 0) + l.final_kwh;
  return out;
}

/**
 * The state of a dwelling from its estimate: class, energy and emissions per m², final energy by use, the bill at the
 * catalogue's dated prices, emissions, and whether it may be let on `date` (rental calendar, with the 450 kWh/m² of
 * final energy rule).
 */
export function stateOf(
  dwelling: Dwelling,
  estimate: Pick<
    DwellingEstimate,
    'letter' | 'energyLetter' | 'ghgLetter' | 'ep_kwh_m2' | 'ghg_kg_m2' | 'ghg_kg' | 'final'
  >,
  heatingNeed_kwh: number,
  date: string,
  catalogue: RenovationCatalogue,
): State {
  const uses = { heating: 0, hot_water: 0, lighting: 0, auxiliaries: 0 };
  for (const l of estimate.final.lines) uses[l.use] += l.final_kwh;
  const total = uses.heating + uses.hot_water + uses.lighting + uses.auxiliaries;
  const area = dwelling.floor_area_m2;
  const rental = rentalBan(estimate.letter, date, catalogue.rental_ban, total / area);
  // The whole rental calendar applies to this class; the date letting stops (already or later).
  const banned_from = rental.banned_since ?? rental.next_deadline;
  return {
    letter: estimate.letter,
    energy_letter: estimate.energyLetter,
    ghg_letter: estimate.ghgLetter,
    ep_kwh_m2: r1(estimate.ep_kwh_m2),
    ghg_kg_m2: r1(estimate.ghg_kg_m2),
    heating_need_kwh_m2: r1(heatingNeed_kwh / area),
    final_kwh: {
      heating: Math.round(uses.heating),
      hot_water: Math.round(uses.hot_water),
      lighting: Math.round(uses.lighting),
      auxiliaries: Math.round(uses.auxiliaries),
      total: Math.round(total),
    },
    bill_eur_yr: Math.round(energyBill(byCarrier(estimate.final), catalogue.energy_prices).total_eur),
    co2_kg_yr: Math.round(estimate.ghg_kg),
    rental: { allowed: rental.allowed, banned_from },
  };
}

/**
 * The same estimate with `selfConsumed_kwh` of PV electricity used on site: the DPE deducts self-consumed PV
 * production from the electricity consumption (3CL-DPE 2021 §"production d'électricité"), here spread over the
 * electricity lines in proportion and never beyond them; primary energy, emissions and class recomputed.
 */
export function withSelfConsumption(
  dwelling: Dwelling,
  estimate: DwellingEstimate,
  selfConsumed_kwh: number,
  date: string,
) {
  const electricity = estimate.final.lines
    .filter((l) => l.carrier === 'electricity')
    .reduce((s, l) => s + l.final_kwh, 0);
  const kept = electricity > 0 ? Math.max(0, 1 - selfConsumed_kwh / electricity) : 1;
  const lines = estimate.final.lines.map((l) =>
    l.carrier === 'electricity' ? { ...l, final_kwh: l.final_kwh * kept } : l,
  );
  const final: FinalEnergy = { ...estimate.final, lines, total_kwh: lines.reduce((s, l) => s + l.final_kwh, 0) };
  const area = dwelling.floor_area_m2;
  const ep = primaryEnergy(final, date) / area;
  const ghgKg = ghg(final);
  const cls = dpeClass(ep, ghgKg / area, area);
  return {
    letter: cls.letter,
    energyLetter: cls.energyLetter,
    ghgLetter: cls.ghgLetter,
    ep_kwh_m2: ep,
    ghg_kg_m2: ghgKg / area,
    ghg_kg: ghgKg,
    final,
  };
}
