import { arr, date, fail, FULL_DATE, num, obj, provenance, sources, str, type Obj } from '../fixtures/fields';
import type { Figure, InstallationCostBand, OaBand, Tariffs, VatRule } from './types';

function figure(parent: Obj, key: string, path: string, ids: Set<string>, min: number, max: number): Figure {
  const p = `${path}.${key}`;
  const o = obj(parent[key], p);
  const f: Figure = { value: num(o, 'value', p, min, max), ...provenance(o, p, ids) };
  if (o.date !== undefined) f.date = date(o, 'date', p);
  return f;
}

function ascending(bands: { max_kwp: number }[], path: string): void {
  for (let i = 1; i < bands.length; i++) {
    const prev = bands[i - 1]!.max_kwp;
    if (bands[i]!.max_kwp <= prev)
      fail(`${path}[${i}].max_kwp`, `greater than the previous band's ${prev}`, bands[i]!.max_kwp);
  }
}

function installationBands(parent: Obj, ids: Set<string>): InstallationCostBand[] {
  const path = 'tariffs.installation_cost';
  const bands = arr(parent, 'bands', path).map((v, i) => {
    const p = `${path}.bands[${i}]`;
    const o = obj(v, p);
    return {
      max_kwp: num(o, 'max_kwp', p, 0.1, 1e4),
      eur_per_kwp_ttc: num(o, 'eur_per_kwp_ttc', p, 100, 2e4),
      ...provenance(o, p, ids),
    };
  });
  ascending(bands, `${path}.bands`);
  return bands;
}

function oaBands(parent: Obj, ids: Set<string>): OaBand[] {
  const path = 'tariffs.oa_surplus';
  const bands = arr(parent, 'bands', path).map((v, i) => {
    const p = `${path}.bands[${i}]`;
    const o = obj(v, p);
    const instalments = arr(o, 'premium_instalments_pct', p).map((x, k) => {
      if (typeof x !== 'number' || !Number.isFinite(x) || x < 0 || x > 100)
        fail(`${p}.premium_instalments_pct[${k}]`, 'a number within [0, 100]', x);
      return x;
    });
    const total = instalments.reduce((a, b) => a + b, 0);
    if (Math.abs(total - 100) > 1e-9) fail(`${p}.premium_instalments_pct`, 'percentages summing to 100', instalments);
    return {
      max_kwp: num(o, 'max_kwp', p, 0.1, 1e4),
      export_tariff_eur_kwh: num(o, 'export_tariff_eur_kwh', p, 0, 2),
      premium_eur_per_kwp: num(o, 'premium_eur_per_kwp', p, 0, 5000),
      premium_instalments_pct: instalments,
      ...provenance(o, p, ids),
    };
  });
  ascending(bands, `${path}.bands`);
  return bands;
}

function vatRules(parent: Obj, ids: Set<string>): VatRule[] {
  return arr(parent, 'rules', 'tariffs.vat').map((v, i) => {
    const p = `tariffs.vat.rules[${i}]`;
    const o = obj(v, p);
    const max = o.max_kwp === null ? null : num(o, 'max_kwp', p, 0, 1e4);
    const { source } = provenance(o, p, ids);
    return {
      rate_pct: num(o, 'rate_pct', p, 0, 100),
      max_kwp: max,
      valid_from: str(o, 'valid_from', p),
      applies_to: str(o, 'applies_to', p),
      source,
    };
  });
}

/**
 * Validate a parsed tariff fixture and return it typed. Every field is checked (presence, type, range, date
 * format, band order, instalments summing to 100 %, every `source` naming an entry of `sources`).
 * @throws RangeError naming the field, e.g. "tariffs.retail.price_eur_kwh_ttc.value must be a number within [0, 5], got undefined"
 */
export function parseTariffs(json: unknown): Tariffs {
  const root = obj(json, 'tariffs');
  if (root.schema_version !== 1) fail('tariffs.schema_version', '1', root.schema_version);
  if (root.currency !== 'EUR') fail('tariffs.currency', "'EUR'", root.currency);
  const srcs = sources(root, 'tariffs');
  const ids = new Set(srcs.map((s) => s.id));
  if (ids.size !== srcs.length)
    fail(
      'tariffs.sources',
      'entries with unique ids',
      srcs.map((s) => s.id),
    );

  const ic = obj(root.installation_cost, 'tariffs.installation_cost');
  const oa = obj(root.oa_surplus, 'tariffs.oa_surplus');
  const retail = obj(root.retail, 'tariffs.retail');
  const pv = obj(root.pv, 'tariffs.pv');
  const finance = obj(root.finance, 'tariffs.finance');
  const co2 = obj(root.co2, 'tariffs.co2');
  const vat = obj(root.vat, 'tariffs.vat');
  const P = 'tariffs';

  const tariffs: Tariffs = {
    schema_version: 1,
    country: str(root, 'country', P),
    currency: 'EUR',
    valid_from: date(root, 'valid_from', P, FULL_DATE),
    compiled_on: date(root, 'compiled_on', P, FULL_DATE),
    sources: srcs,
    installation_cost: {
      date: date(ic, 'date', `${P}.installation_cost`),
      note: str(ic, 'note', `${P}.installation_cost`),
      bands: installationBands(ic, ids),
    },
    oa_surplus: {
      scheme: str(oa, 'scheme', `${P}.oa_surplus`),
      quarter: str(oa, 'quarter', `${P}.oa_surplus`),
      valid_from: date(oa, 'valid_from', `${P}.oa_surplus`, FULL_DATE),
      valid_to: date(oa, 'valid_to', `${P}.oa_surplus`, FULL_DATE),
      quarter_note: str(oa, 'quarter_note', `${P}.oa_surplus`),
      contract_years: figure(oa, 'contract_years', `${P}.oa_surplus`, ids, 1, 40),
      after_contract_export_eur_kwh: figure(oa, 'after_contract_export_eur_kwh', `${P}.oa_surplus`, ids, 0, 2),
      premium_payment_note: str(oa, 'premium_payment_note', `${P}.oa_surplus`),
      bands: oaBands(oa, ids),
    },
    retail: {
      offer: str(retail, 'offer', `${P}.retail`),
      price_eur_kwh_ttc: figure(retail, 'price_eur_kwh_ttc', `${P}.retail`, ids, 0, 5),
      subscription_eur_yr_ttc: figure(retail, 'subscription_eur_yr_ttc', `${P}.retail`, ids, 0, 1e4),
      drift_pct_yr: figure(retail, 'drift_pct_yr', `${P}.retail`, ids, -20, 20),
    },
    pv: {
      degradation_pct_yr: figure(pv, 'degradation_pct_yr', `${P}.pv`, ids, 0, 10),
      lifetime_years: figure(pv, 'lifetime_years', `${P}.pv`, ids, 1, 60),
      inverter_replacement_year: figure(pv, 'inverter_replacement_year', `${P}.pv`, ids, 1, 100),
      inverter_replacement_eur_per_kwp: figure(pv, 'inverter_replacement_eur_per_kwp', `${P}.pv`, ids, 0, 5000),
      maintenance_eur_yr: figure(pv, 'maintenance_eur_yr', `${P}.pv`, ids, 0, 1e5),
    },
    finance: { discount_rate_pct: figure(finance, 'discount_rate_pct', `${P}.finance`, ids, -10, 50) },
    co2: { grid_factor_kg_kwh: figure(co2, 'grid_factor_kg_kwh', `${P}.co2`, ids, 0, 2) },
    vat: { note: str(vat, 'note', `${P}.vat`), rules: vatRules(vat, ids) },
  };
  if (!Number.isInteger(tariffs.pv.lifetime_years.value))
    fail(`${P}.pv.lifetime_years.value`, 'an integer', tariffs.pv.lifetime_years.value);
  if (!Number.isInteger(tariffs.oa_surplus.contract_years.value))
    fail(`${P}.oa_surplus.contract_years.value`, 'an integer', tariffs.oa_surplus.contract_years.value);
  if (!Number.isInteger(tariffs.pv.inverter_replacement_year.value))
    fail(`${P}.pv.inverter_replacement_year.value`, 'an integer', tariffs.pv.inverter_replacement_year.value);
  return tariffs;
}
