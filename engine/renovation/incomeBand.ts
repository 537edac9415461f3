import { INCOME_BANDS, type IncomeBand, type IncomeCeilings, type Region } from './types';

/**
 * MaPrimeRénov' income band (Anah ceilings): the first band whose ceiling the income does not exceed
 * (income ≤ ceiling), else 'superieur'. Above the last tabulated household size, each extra person adds the
 * table's `extra_person` amount.
 * @param income_eur revenu fiscal de référence of every occupant [€/yr], ≥ 0
 * @param household_size number of people, integer ≥ 1
 * @param region 'ile_de_france' or 'other'
 * @param ceilings catalogue.maprimerenov.income_ceilings (2026: valid from 2026-01-01)
 * @throws RangeError naming the bad argument
 * @example incomeBand(25000, 2, 'other', cat.maprimerenov.income_ceilings) // 'tres_modeste' (≤ 25,393 € in 2026)
 */
export function incomeBand(
  income_eur: number,
  household_size: number,
  region: Region,
  ceilings: IncomeCeilings,
): IncomeBand {
  if (typeof income_eur !== 'number' || !Number.isFinite(income_eur) || income_eur < 0)
    throw new RangeError(`income_eur must be a non-negative number [€/yr], got ${JSON.stringify(income_eur)}`);
  if (!Number.isInteger(household_size) || household_size < 1 || household_size > 30)
    throw new RangeError(`household_size must be an integer within [1, 30], got ${JSON.stringify(household_size)}`);
  if (region !== 'ile_de_france' && region !== 'other')
    throw new RangeError(`region must be 'ile_de_france' or 'other', got ${JSON.stringify(region)}`);
  const table = ceilings.regions[region];
  const last = table.rows[table.rows.length - 1]!;
  const row = table.rows[household_size - 1];
  const extra = household_size - last.household_size;
  for (const band of INCOME_BANDS.slice(0, 3) as ('tres_modeste' | 'modeste' | 'intermediaire')[]) {
    const ceiling = row !== undefined ? row[band] : last[band] + extra * table.extra_person[band];
    if (income_eur <= ceiling) return band;
  }
  return 'superieur';
}
