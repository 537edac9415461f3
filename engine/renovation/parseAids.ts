import {
  arr,
  bool,
  date,
  fail,
  FULL_DATE,
  num,
  obj,
  oneOf,
  optNum,
  provenance,
  str,
  type Obj,
} from '../fixtures/fields';
import {
  DPE_CLASSES,
  INCOME_BANDS,
  type BandCeilings,
  type EnergyPrices,
  type GesteAmount,
  type IncomeBand,
  type IncomeCeilings,
  type MaPrimeRenovRules,
  type MeasureTarget,
  type RentalBanCalendar,
} from './types';

const LOWER_BANDS = ['tres_modeste', 'modeste', 'intermediaire'] as const;

function ceilings(o: Obj, p: string, ids: Set<string>): BandCeilings {
  const tm = num(o, 'tres_modeste', p, 1000, 1e6);
  const mo = num(o, 'modeste', p, tm, 1e6);
  const it = num(o, 'intermediaire', p, mo, 1e6);
  return { tres_modeste: tm, modeste: mo, intermediaire: it, ...provenance(o, p, ids) };
}

function incomeCeilings(o: Obj, p: string, ids: Set<string>): IncomeCeilings {
  const regions = obj(o.regions, `${p}.regions`);
  const read = (key: 'other' | 'ile_de_france') => {
    const rp = `${p}.regions.${key}`;
    const r = obj(regions[key], rp);
    const rows = arr(r, 'rows', rp).map((v, i) => {
      const q = `${rp}.rows[${i}]`;
      const row = obj(v, q);
      const size = num(row, 'household_size', q, 1, 20);
      if (size !== i + 1) fail(`${q}.household_size`, `${i + 1} (rows are 1, 2, 3...)`, size);
      return { household_size: size, ...ceilings(row, q, ids) };
    });
    for (let i = 1; i < rows.length; i++) {
      for (const b of LOWER_BANDS) {
        if (rows[i]![b] <= rows[i - 1]![b]) fail(`${rp}.rows[${i}].${b}`, `greater than the row above`, rows[i]![b]);
      }
    }
    return { rows, extra_person: ceilings(obj(r.extra_person, `${rp}.extra_person`), `${rp}.extra_person`, ids) };
  };
  return {
    valid_from: date(o, 'valid_from', p, FULL_DATE),
    rule: str(o, 'rule', p),
    regions: { other: read('other'), ile_de_france: read('ile_de_france') },
  };
}

function bandRecord(o: Obj, p: string, max: number): Record<IncomeBand, number> {
  return Object.fromEntries(INCOME_BANDS.map((b) => [b, num(o, b, p, 0, max)])) as Record<IncomeBand, number>;
}

function gestes(o: Obj, p: string, ids: Set<string>): Record<string, GesteAmount> {
  const out: Record<string, GesteAmount> = {};
  for (const [key, v] of Object.entries(o)) {
    const q = `${p}.${key}`;
    const g = obj(v, q);
    const maxM2 = optNum(g, 'max_m2', q, 1, 1e4);
    const win = optNum(g, 'window_area_m2', q, 0.1, 10);
    const unit = oneOf(g, 'unit', q, ['eur_per_unit', 'eur_per_m2', 'eur_per_window'] as const);
    if (unit === 'eur_per_window' && win === undefined) fail(`${q}.window_area_m2`, 'a number for eur_per_window', win);
    out[key] = {
      unit,
      tres_modeste: num(g, 'tres_modeste', q, 0, 1e5),
      modeste: num(g, 'modeste', q, 0, 1e5),
      intermediaire: num(g, 'intermediaire', q, 0, 1e5),
      ...(maxM2 === undefined ? {} : { max_m2: maxM2 }),
      ...(win === undefined ? {} : { window_area_m2: win }),
      ...provenance(g, q, ids),
    };
  }
  return out;
}

export function parseMaPrimeRenov(root: Obj, ids: Set<string>): MaPrimeRenovRules {
  const p = 'catalogue.maprimerenov';
  const o = obj(root.maprimerenov, p);
  const pg = obj(o.per_geste, `${p}.per_geste`);
  const pgp = `${p}.per_geste`;
  const ecr = obj(pg.ecretement_pct, `${pgp}.ecretement_pct`);
  const am = obj(o.ampleur, `${p}.ampleur`);
  const amp = `${p}.ampleur`;
  const sl = obj(o.social_landlord, `${p}.social_landlord`);
  if (bool(sl, 'eligible', `${p}.social_landlord`) !== false)
    fail(`${p}.social_landlord.eligible`, 'false', sl.eligible);
  const ceilingsHt = arr(am, 'expense_ceilings_ht', amp).map((v, i) => {
    const q = `${amp}.expense_ceilings_ht[${i}]`;
    const c = obj(v, q);
    return { min_class_gain: num(c, 'min_class_gain', q, 1, 6), eur: num(c, 'eur', q, 0, 1e6) };
  });
  for (let i = 1; i < ceilingsHt.length; i++) {
    if (ceilingsHt[i]!.min_class_gain <= ceilingsHt[i - 1]!.min_class_gain)
      fail(`${amp}.expense_ceilings_ht[${i}].min_class_gain`, 'ascending', ceilingsHt[i]!.min_class_gain);
  }
  const minGain = num(am, 'min_class_gain', amp, 1, 6);
  if (ceilingsHt[0]!.min_class_gain !== minGain)
    fail(
      `${amp}.expense_ceilings_ht[0].min_class_gain`,
      `equal to min_class_gain ${minGain}`,
      ceilingsHt[0]!.min_class_gain,
    );
  const targets: readonly MeasureTarget[] = ['walls', 'roof', 'floors', 'windows'];
  return {
    rules_year: num(o, 'rules_year', p, 2020, 2100),
    confirmed: str(o, 'confirmed', p),
    income_ceilings: incomeCeilings(obj(o.income_ceilings, `${p}.income_ceilings`), `${p}.income_ceilings`, ids),
    per_geste: {
      valid_from: date(pg, 'valid_from', pgp, FULL_DATE),
      eligible_bands: arr(pg, 'eligible_bands', pgp).map((b, i) => {
        if (!INCOME_BANDS.includes(b as IncomeBand)) fail(`${pgp}.eligible_bands[${i}]`, 'an income band', b);
        return b as IncomeBand;
      }),
      bands_source: (() => {
        const s = str(pg, 'bands_source', pgp);
        if (!ids.has(s)) fail(`${pgp}.bands_source`, 'one of the ids in sources', s);
        return s;
      })(),
      ecretement_pct: {
        ...bandRecord(ecr, `${pgp}.ecretement_pct`, 100),
        ...provenance(ecr, `${pgp}.ecretement_pct`, ids),
      },
      gestes: gestes(obj(pg.gestes, `${pgp}.gestes`), `${pgp}.gestes`, ids),
      not_eligible: arr(pg, 'not_eligible', pgp).map((v, i) => {
        const q = `${pgp}.not_eligible[${i}]`;
        const n = obj(v, q);
        return { measure: str(n, 'measure', q), reason: str(n, 'reason', q), source: provenance(n, q, ids).source };
      }),
    },
    ampleur: {
      valid_from: date(am, 'valid_from', amp, FULL_DATE),
      eligible_classes_before: arr(am, 'eligible_classes_before', amp).map((c, i) => {
        if (!DPE_CLASSES.includes(c as never)) fail(`${amp}.eligible_classes_before[${i}]`, 'a class A–G', c);
        return c as (typeof DPE_CLASSES)[number];
      }),
      min_class_gain: minGain,
      min_insulation_measures: num(am, 'min_insulation_measures', amp, 0, 10),
      insulation_targets: arr(am, 'insulation_targets', amp).map((t, i) => {
        if (!targets.includes(t as MeasureTarget)) fail(`${amp}.insulation_targets[${i}]`, 'an envelope target', t);
        return t as MeasureTarget;
      }),
      rates_pct: bandRecord(obj(am.rates_pct, `${amp}.rates_pct`), `${amp}.rates_pct`, 100),
      expense_ceilings_ht: ceilingsHt,
      works_vat_pct: num(am, 'works_vat_pct', amp, 0, 30),
      source: provenance(am, amp, ids).source,
      note: str(am, 'note', amp),
    },
    landlord_private: str(o, 'landlord_private', p),
    social_landlord: {
      eligible: false,
      reason: str(sl, 'reason', `${p}.social_landlord`),
      alternatives: str(sl, 'alternatives', `${p}.social_landlord`),
      source: provenance(sl, `${p}.social_landlord`, ids).source,
    },
  };
}

export function parseEnergyPrices(root: Obj, ids: Set<string>): EnergyPrices {
  const p = 'catalogue.energy_prices';
  const o = obj(root.energy_prices, p);
  const c = obj(o.carriers, `${p}.carriers`);
  const carriers: EnergyPrices['carriers'] = {};
  for (const [key, v] of Object.entries(c)) {
    const q = `${p}.carriers.${key}`;
    const e = obj(v, q);
    const sub = optNum(e, 'subscription_eur_yr_ttc', q, 0, 1e4);
    carriers[key] = {
      price_eur_kwh_ttc: num(e, 'price_eur_kwh_ttc', q, 0.001, 5),
      kwh_billed_per_kwh_final: num(e, 'kwh_billed_per_kwh_final', q, 0.5, 2),
      date: date(e, 'date', q),
      offer: str(e, 'offer', q),
      ...(sub === undefined ? {} : { subscription_eur_yr_ttc: sub }),
      ...provenance(e, q, ids),
    };
  }
  if (Object.keys(carriers).length === 0) fail(`${p}.carriers`, 'at least one carrier', c);
  return { note: str(o, 'note', p), carriers };
}

export function parseRentalBan(root: Obj, ids: Set<string>): RentalBanCalendar {
  const p = 'catalogue.rental_ban';
  const o = obj(root.rental_ban, p);
  const t = obj(o.final_energy_threshold, `${p}.final_energy_threshold`);
  const tp = `${p}.final_energy_threshold`;
  const steps = arr(o, 'steps', p).map((v, i) => {
    const q = `${p}.steps[${i}]`;
    const s = obj(v, q);
    return {
      class: oneOf(s, 'class', q, DPE_CLASSES),
      from: date(s, 'from', q, FULL_DATE),
      source: provenance(s, q, ids).source,
    };
  });
  for (let i = 1; i < steps.length; i++) {
    if (steps[i]!.from <= steps[i - 1]!.from)
      fail(`${p}.steps[${i}].from`, 'later than the step above', steps[i]!.from);
    if (DPE_CLASSES.indexOf(steps[i]!.class) >= DPE_CLASSES.indexOf(steps[i - 1]!.class))
      fail(`${p}.steps[${i}].class`, 'a better class than the step above', steps[i]!.class);
  }
  return {
    law: str(o, 'law', p),
    scope: str(o, 'scope', p),
    final_energy_threshold: {
      kwh_m2_yr: num(t, 'kwh_m2_yr', tp, 1, 5000),
      from: date(t, 'from', tp, FULL_DATE),
      source: provenance(t, tp, ids).source,
    },
    steps,
  };
}
