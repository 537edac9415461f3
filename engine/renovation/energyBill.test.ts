import { describe, expect, it } from 'vitest';
import { energyBill } from './energyBill';
import { loadRenovationCatalogue } from '../../tests/engine/fixtures';

const prices = loadRenovationCatalogue().energy_prices;

describe('energyBill', () => {
  it('prices each carrier at its dated tariff (by hand)', () => {
    // Electricity 2,500 kWh × 0.194 € (Tarif Bleu Base, 2026-02-01) = 485 €;
    // gas 15,000 kWh PCI × 1.11 PCS/PCI × 0.10192 € (CRE prix repère chauffage, 2026-01) = 1,696.968 €.
    const b = energyBill({ electricity: 2500, gas: 15000 }, prices);
    expect(b.by_carrier_eur.electricity).toBeCloseTo(485, 6);
    expect(b.by_carrier_eur.gas).toBeCloseTo(1696.968, 6);
    expect(b.total_eur).toBeCloseTo(2181.968, 6);
    // Heating oil: 10,000 kWh × 0.1158 € (1.158 €/L at 10 kWh/L, 2026-02-16) = 1,158 €.
    expect(energyBill({ oil: 10000 }, prices).total_eur).toBeCloseTo(1158, 6);
    expect(energyBill({}, prices).total_eur).toBe(0);
  });

  it('names negative amounts and unpriced carriers', () => {
    expect(() => energyBill({ gas: -1 }, prices)).toThrow(/final_kwh_by_carrier\.gas/);
    expect(() => energyBill({ coal: 1000 }, prices)).toThrow(/no price for carrier 'coal'/);
    expect(() => energyBill(null as never, prices)).toThrow(/final_kwh_by_carrier/);
  });
});
