import { loadRenovationCatalogue } from '../../tests/engine/fixtures';
import { DPE_CLASSES } from '../renovation/types';
import type { Letter, PlanHouse, PlanOption } from './types';

/** The repository calendar (loi Climat et Résilience: G 2025-01-01, F 2028-01-01, E 2034-01-01). */
export const CAL = loadRenovationCatalogue().rental_ban;

/**
 * An option whose savings follow a rule simple enough to total by hand: energy = cost / 4 [kWh/yr],
 * CO2 = cost / 100 [kg/yr], bill = cost / 50 [€/yr], unless given.
 */
export function opt(package_id: string, letter: Letter, cost_eur: number, extra: Partial<PlanOption> = {}): PlanOption {
  return {
    package_id,
    letter,
    cost_eur,
    energy_saved_kwh_yr: cost_eur / 4,
    co2_saved_kg_yr: cost_eur / 100,
    bill_saved_eur_yr: cost_eur / 50,
    ...extra,
  };
}

/** A house of 20,000 kWh/yr, 4,000 kg CO2/yr and 2,000 €/yr now. */
export function house(
  id: number,
  letter: Letter,
  ep_kwh_m2: number,
  options: PlanOption[],
  extra: Partial<PlanHouse> = {},
): PlanHouse {
  return { id, letter, ep_kwh_m2, energy_kwh_yr: 20_000, co2_kg_yr: 4_000, bill_eur_yr: 2_000, options, ...extra };
}

/** mulberry32 (Tommy Ettinger, public domain): a seeded generator, so random tests replay exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random stock of `n` houses, mostly E–G like the mining basin, each with 0–4 options of a better class costing
 * whole euros (so sums are exact in binary floating point), some available only from a later year.
 */
export function randomStock(seed: number, n: number, start_year = 2026): PlanHouse[] {
  const r = seeded(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  return Array.from({ length: n }, (_, k) => {
    const letter = pick(['C', 'D', 'E', 'E', 'F', 'F', 'G', 'G'] as const);
    const rank = DPE_CLASSES.indexOf(letter);
    const nOptions = Math.floor(r() * 5);
    const options = Array.from({ length: nOptions }, (_, j) => {
      const after = DPE_CLASSES[Math.floor(r() * (rank + 1))]!;
      return opt(`p${j}`, after, 10_000 + Math.floor(r() * 90_000));
    });
    const later = r() < 0.2 ? { available_from_year: start_year + Math.floor(r() * 6) } : {};
    return house(1000 + k * 7, letter, 150 + Math.floor(r() * 400), options, later);
  });
}

/** Fisher–Yates shuffle with a seeded generator; returns a new array. */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  const r = seeded(seed);
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
