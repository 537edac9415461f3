import type { EnergyPrices } from './types';

export interface EnergyBill {
  /** Yearly cost per carrier [€ TTC/yr], subscriptions aside. */
  by_carrier_eur: Record<string, number>;
  total_eur: number;
}

/**
 * Yearly energy bill by carrier: final kWh × billed kWh per final kWh × price [€ TTC/kWh], subscriptions aside.
 * Final energy is expected in kWh PCI as the DPE reports it (gas is converted to its billed PCS kWh).
 * @param final_kwh_by_carrier final energy per carrier [kWh/yr], e.g. { gas: 15000, electricity: 2500 }
 * @param prices catalogue.energy_prices (dated: electricity Tarif Bleu 2026-02-01, gas prix repère 2026-01...)
 * @throws RangeError naming a negative or non-numeric amount, or a carrier without a price
 * @example energyBill({ electricity: 1000 }, cat.energy_prices).total_eur // 194 € at 0.194 €/kWh
 */
export function energyBill(final_kwh_by_carrier: Record<string, number>, prices: EnergyPrices): EnergyBill {
  if (typeof final_kwh_by_carrier !== 'object' || final_kwh_by_carrier === null)
    throw new RangeError(
      `final_kwh_by_carrier must be an object of kWh per carrier, got ${JSON.stringify(final_kwh_by_carrier)}`,
    );
  const by_carrier_eur: Record<string, number> = {};
  for (const [carrier, kwh] of Object.entries(final_kwh_by_carrier)) {
    if (typeof kwh !== 'number' || !Number.isFinite(kwh) || kwh < 0)
      throw new RangeError(
        `final_kwh_by_carrier.${carrier} must be a non-negative number [kWh/yr], got ${JSON.stringify(kwh)}`,
      );
    const p = prices.carriers[carrier];
    if (p === undefined)
      throw new RangeError(
        `final_kwh_by_carrier.${carrier}: no price for carrier '${carrier}' (priced: ${Object.keys(prices.carriers).join(', ')})`,
      );
    by_carrier_eur[carrier] = kwh * p.kwh_billed_per_kwh_final * p.price_eur_kwh_ttc;
  }
  return { by_carrier_eur, total_eur: Object.values(by_carrier_eur).reduce((a, b) => a + b, 0) };
}
