import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FARM_ECONOMICS_PATH } from '../../tests/engine/fixtures';
import { parseFarmEconomics } from './parseFarmEconomics';

const base = () => JSON.parse(readFileSync(FARM_ECONOMICS_PATH, 'utf8')) as Record<string, Record<string, unknown>>;

describe('parseFarmEconomics', () => {
  it('names the bad field', () => {
    const a = base();
    a.capex_eur_per_wp!.value = 9;
    expect(() => parseFarmEconomics(a)).toThrow(/farm\.capex_eur_per_wp\.value/);
    const b = base();
    b.life_years!.source = 'nowhere';
    expect(() => parseFarmEconomics(b)).toThrow(/farm\.life_years\.source/);
    const c = base();
    delete c.household_kwh_yr;
    expect(() => parseFarmEconomics(c)).toThrow(/farm\.household_kwh_yr/);
  });
});
