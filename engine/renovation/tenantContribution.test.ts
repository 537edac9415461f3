import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseTenantContribution } from './parseTenantContribution';
import { tenantContribution } from './tenantContribution';

const json = JSON.parse(readFileSync('fixtures/homeowner/homeowner.json', 'utf8')) as {
  tenant_energy_contribution: Record<string, { value: unknown }>;
};
const rules = parseTenantContribution(json);

describe('tenantContribution', () => {
  it('reads the sourced rules: half the saving, 15 years, the private flat amounts (fixtures/homeowner)', () => {
    // dhup-3e-ligne: « ne peut être supérieur à la moitié du montant de l'économie d'énergie estimée », ≤ 15 ans;
    // jorf-arrete-2009-forfait: 10 / 15 / 20 € a month by main rooms.
    expect(rules.max_share_of_estimated_savings).toBe(0.5);
    expect(rules.max_duration_years).toBe(15);
    expect(rules.flat_rate_private_eur_month).toEqual({
      one_main_room: 10,
      two_three_main_rooms: 15,
      four_plus_main_rooms: 20,
    });
    expect(rules.law_social).toMatch(/L442-3/);
    expect(rules.law_private).toMatch(/23-1/);
  });

  it('600 €/yr saved by a social landlord’s tenant: at most 25 €/month for 15 years, net 25 €/month (by hand)', () => {
    // 600 / 12 = 50 €/month; ½ × 50 = 25 €; 50 − 25 = 25 €.
    expect(tenantContribution(600, 'social_landlord', rules)).toEqual({
      applies: true,
      bill_saved_eur_month: 50,
      max_contribution_eur_month: 25,
      max_years: 15,
      net_saving_eur_month: 25,
      law: rules.law_social,
      flat_rate_eur_month: null,
      source: 'dhup-3e-ligne, envmag-2010-01',
    });
  });

  it('rounds the saving to the cent and the ceiling down (never above half)', () => {
    // 1000 / 12 = 83.333… → 83.33 €; ½ × 83.33 = 41.665 → 41.66 €; 83.33 − 41.66 = 41.67 €.
    const c = tenantContribution(1000, 'landlord_private', rules);
    expect(c.bill_saved_eur_month).toBe(83.33);
    expect(c.max_contribution_eur_month).toBe(41.66);
    expect(c.net_saving_eur_month).toBe(41.67);
    expect(c.law).toBe(rules.law_private);
    expect(c.flat_rate_eur_month).toEqual(rules.flat_rate_private_eur_month);
    expect(c.source).toBe('dhup-3e-ligne, doctrine-decret-2009-1439, jorf-arrete-2009-forfait');
  });

  it('nothing for an owner-occupier, nothing to share when the bill does not fall', () => {
    const own = tenantContribution(600, 'owner_occupier', rules);
    expect(own).toMatchObject({ applies: false, max_contribution_eur_month: 0, max_years: 0, law: null });
    expect(own.net_saving_eur_month).toBe(50);
    const worse = tenantContribution(-120, 'social_landlord', rules);
    expect(worse).toMatchObject({
      bill_saved_eur_month: -10,
      max_contribution_eur_month: 0,
      net_saving_eur_month: -10,
    });
  });

  it('names the bad input', () => {
    expect(() => tenantContribution(Number.NaN, 'social_landlord', rules)).toThrow(/^savings_eur_yr must/);
    expect(() => tenantContribution('600' as never, 'social_landlord', rules)).toThrow(/savings_eur_yr/);
    expect(() => tenantContribution(600, 'king' as never, rules)).toThrow(/^owner must be one of/);
    expect(() => tenantContribution(600, 'social_landlord', { ...rules, max_share_of_estimated_savings: 2 })).toThrow(
      /rules\.max_share_of_estimated_savings/,
    );
    expect(() => tenantContribution(600, 'social_landlord', { ...rules, max_duration_years: 0 })).toThrow(
      /rules\.max_duration_years/,
    );
  });

  it('the parser names a bad figure and an unknown source', () => {
    const bad = structuredClone(json);
    bad.tenant_energy_contribution.max_duration_years!.value = 0;
    expect(() => parseTenantContribution(bad)).toThrow(
      /^homeowner\.tenant_energy_contribution\.max_duration_years\.value must be a number within \[1, 50\], got 0/,
    );
    const unsourced = structuredClone(json) as unknown as {
      tenant_energy_contribution: { law_social: { source: string } };
    };
    unsourced.tenant_energy_contribution.law_social.source = 'nowhere';
    expect(() => parseTenantContribution(unsourced)).toThrow(/law_social\.source must be one of the ids in sources/);
    expect(() => parseTenantContribution(null)).toThrow(/^homeowner must be an object/);
  });
});
