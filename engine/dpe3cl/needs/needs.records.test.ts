import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealRecords, loadTables3cl, type RealRecord } from '../records.testkit';
import { nodeAt, type DpeNode } from '../tree';
import { numberAt as num } from './read';
import type { Tables3cl } from '../tables';
import { inertiaClass } from './inertia';
import { needs, type Needs, type NeedsOptions } from './needs';

/*
 * The needs replayed on the 271 real ADEME records (fixtures/dpe/ademe-xml.zip), each fed its OWN envelope loss
 * (sortie/deperdition/deperdition_enveloppe) and its own recovered generator losses (sortie/apport_et_besoin/
 * pertes_generateur_ch_recup, computed by the heating part), and compared with its own sortie/apport_et_besoin.
 * The records write the gains and recovered losses in Wh or in kWh depending on the software: a value is taken in
 * the unit (×1 or ×1000) closest to ours, and how many records used kWh is printed.
 */

interface Row {
  name: string;
  logement: DpeNode;
  ab: DpeNode;
  /** Our needs with our own recovered hot-water losses (§9.1.1). */
  ours: Needs | Error;
  /** Our needs fed the record's own recovered hot-water losses too: §9 checked on its own. */
  isolated: Needs | null;
  /** Whether GV was taken as the sum of the loss components (see gvOf). */
  gvFromComponents: boolean;
}

let rows: Row[] = [];

const COMPONENTS = [
  'deperdition_renouvellement_air',
  'deperdition_mur',
  'deperdition_plancher_bas',
  'deperdition_plancher_haut',
  'deperdition_baie_vitree',
  'deperdition_porte',
  'deperdition_pont_thermique',
];

/**
 * The record's GV [W/K]: sortie/deperdition/deperdition_enveloppe; where it differs by more than 1 % from the sum of
 * the record's own loss components (some software writes it without the air-renewal term, e.g. 2268E0739293A:
 * 194.7 W/K against 265.9 W/K with hvent + hperm, and its heating need follows the latter), the sum.
 */
function gvOf(logement: DpeNode): { gv: number; fromComponents: boolean } {
  const d = nodeAt(logement, 'sortie/deperdition');
  const gv = num(d, 'deperdition_enveloppe') ?? Number.NaN;
  const total = COMPONENTS.reduce((acc, k) => acc + (num(d, k) ?? 0), 0);
  return Math.abs(total - gv) > 0.01 * total ? { gv: total, fromComponents: true } : { gv, fromComponents: false };
}

/** A record's annual value [Wh] written in Wh or kWh: the reading closest to `ours_wh`. */
function asWh(raw: number | null, ours_wh: number): number {
  if (raw === null) return 0;
  return Math.abs(raw * 1000 - ours_wh) < Math.abs(raw - ours_wh) ? raw * 1000 : raw;
}

function run(rec: RealRecord, tables: Tables3cl): Row {
  const logement = nodeAt(rec.tree, 'logement')!;
  const ab = nodeAt(logement, 'sortie/apport_et_besoin')!;
  const { gv, fromComponents } = gvOf(logement);
  const row = (ours: Needs | Error, isolated: Needs | null = null): Row => ({
    name: rec.name,
    logement,
    ab,
    ours,
    isolated,
    gvFromComponents: fromComponents,
  });
  try {
    const first = needs(logement, tables, { gv_w_k: gv });
    // pertes_generateur_ch_recup (the heating part's, not ours) is in kWh in most records, Wh in some: taken in the
    // unit that best closes the heating balance, spread over the months as Nref19_j (the method's Dper_j ≤ Nref_j).
    const genRaw = num(ab, 'pertes_generateur_ch_recup') ?? 0;
    const genDepRaw = num(ab, 'pertes_generateur_ch_recup_depensier') ?? 0;
    const target = num(ab, 'besoin_ch') ?? 0;
    const nref = first.monthly.nref19_h;
    const spread = (total_wh: number): number[] => nref.map((h) => (total_wh * h) / nref.reduce((a, b) => a + b, 0));
    const recovered = {
      distribution: asWh(num(ab, 'pertes_distribution_ecs_recup'), first.pertes_distribution_ecs_recup_wh),
      distribution_depensier: asWh(
        num(ab, 'pertes_distribution_ecs_recup_depensier'),
        first.pertes_distribution_ecs_recup_depensier_wh,
      ),
      storage: asWh(num(ab, 'pertes_stockage_ecs_recup'), first.pertes_stockage_ecs_recup_wh),
    };
    const options = (k: number, own: boolean): NeedsOptions => ({
      generator_recovered_wh: spread(genRaw * k),
      generator_recovered_depensier_wh: spread(genDepRaw * k),
      ...(own ? {} : { hot_water_recovered_wh: { ...recovered, storage_depensier: recovered.storage } }),
    });
    const closest = (own: boolean): Needs =>
      [1000, 1]
        .map((k) => needs(logement, tables, { gv_w_k: gv }, options(k, own)))
        .reduce((p, c) => (Math.abs(c.besoin_ch_kwh - target) < Math.abs(p.besoin_ch_kwh - target) ? c : p));
    return row(closest(true), closest(false));
  } catch (e) {
    return row(e as Error);
  }
}

beforeAll(async () => {
  const tables = loadTables3cl();
  rows = (await loadRealRecords()).map((r) => run(r, tables));
}, 60_000);

type Pick = (n: Needs) => number;
interface Field {
  ours: Pick;
  unitFree?: boolean;
  only?: (r: Row) => boolean;
  /** Compare the isolated run (record's recovered hot-water losses) under this record field. */
  isolated?: string;
}
const FIELDS: Record<string, Field> = {
  nadeq: { ours: (n) => n.nadeq },
  v40_ecs_journalier: { ours: (n) => n.v40_ecs_journalier_l },
  v40_ecs_journalier_depensier: { ours: (n) => n.v40_ecs_journalier_depensier_l },
  besoin_ecs: { ours: (n) => n.besoin_ecs_kwh },
  besoin_ecs_depensier: { ours: (n) => n.besoin_ecs_depensier_kwh },
  surface_sud_equivalente: { ours: (n) => n.surface_sud_equivalente_m2 },
  apport_interne_ch: { ours: (n) => n.apport_interne_ch_wh, unitFree: true },
  apport_solaire_ch: { ours: (n) => n.apport_solaire_ch_wh, unitFree: true },
  // Some software (LICIEL / TribuEnergie among others) writes 1 for the fractions whatever the gains: those records
  // are left out of the fraction's score (and counted in the summary).
  fraction_apport_gratuit_ch: {
    ours: (n) => n.fraction_apport_gratuit_ch,
    only: (r) => num(r.ab, 'fraction_apport_gratuit_ch') !== 1,
  },
  fraction_apport_gratuit_depensier_ch: {
    ours: (n) => n.fraction_apport_gratuit_depensier_ch,
    only: (r) => num(r.ab, 'fraction_apport_gratuit_depensier_ch') !== 1,
  },
  pertes_distribution_ecs_recup: { ours: (n) => n.pertes_distribution_ecs_recup_wh, unitFree: true },
  pertes_distribution_ecs_recup_depensier: {
    ours: (n) => n.pertes_distribution_ecs_recup_depensier_wh,
    unitFree: true,
  },
  pertes_stockage_ecs_recup: { ours: (n) => n.pertes_stockage_ecs_recup_wh, unitFree: true },
  besoin_ch: { ours: (n) => n.besoin_ch_kwh },
  besoin_ch_depensier: { ours: (n) => n.besoin_ch_depensier_kwh },
  'besoin_ch (isolated)': { ours: (n) => n.besoin_ch_kwh, isolated: 'besoin_ch' },
  'besoin_ch_depensier (isolated)': { ours: (n) => n.besoin_ch_depensier_kwh, isolated: 'besoin_ch_depensier' },
  besoin_fr: { ours: (n) => n.besoin_fr_kwh, only: (r) => (num(r.ab, 'besoin_fr') ?? 0) > 0 || hasClim(r) },
  besoin_fr_depensier: {
    ours: (n) => n.besoin_fr_depensier_kwh,
    only: (r) => (num(r.ab, 'besoin_fr') ?? 0) > 0 || hasClim(r),
  },
  apport_interne_fr: { ours: (n) => n.apport_interne_fr_wh, unitFree: true, only: (r) => hasClim(r) },
  apport_solaire_fr: { ours: (n) => n.apport_solaire_fr_wh, unitFree: true, only: (r) => hasClim(r) },
};

function hasClim(r: Row): boolean {
  const c = nodeAt(r.logement, 'climatisation_collection');
  return Array.isArray(c?.['climatisation']) && c['climatisation'].length > 0;
}

/** Relative gap, with both ≈ 0 a match. */
function gap(ours: number, theirs: number, unitFree: boolean): { gap: number; kwh: boolean } {
  const rel = (t: number): number => (Math.abs(ours - t) < 1e-3 ? 0 : Math.abs(ours - t) / Math.max(Math.abs(t), 1e-9));
  const wh = rel(theirs);
  if (!unitFree) return { gap: wh, kwh: false };
  const kwh = rel(theirs * 1000);
  return kwh < wh ? { gap: kwh, kwh: true } : { gap: wh, kwh: false };
}

interface Score {
  n: number;
  within1: number;
  within5: number;
  kwh: number;
  misses: string[];
}

function score(field: string): Score {
  const f = FIELDS[field]!;
  const s: Score = { n: 0, within1: 0, within5: 0, kwh: 0, misses: [] };
  for (const r of rows) {
    const n = f.isolated ? r.isolated : r.ours;
    if (n === null || n instanceof Error) continue;
    if (f.only && !f.only(r)) continue;
    const theirs = num(r.ab, f.isolated ?? field);
    if (theirs === null) continue;
    s.n++;
    const g = gap(f.ours(n), theirs, f.unitFree ?? false);
    if (g.kwh) s.kwh++;
    if (g.gap <= 0.01) s.within1++;
    if (g.gap <= 0.05) s.within5++;
    else s.misses.push(`${r.name} ours ${f.ours(n).toFixed(3)} theirs ${theirs}`);
  }
  return s;
}

describe('needs on the 271 real records', () => {
  it('prints the summary', () => {
    const errors = rows.filter((r) => r.ours instanceof Error);
    console.log(
      `records ${rows.length}, not computed ${errors.length}, GV from the components ${rows.filter((r) => r.gvFromComponents).length}`,
    );
    for (const r of errors) console.log(`  ${r.name}: ${(r.ours as Error).message}`);
    for (const field of Object.keys(FIELDS)) {
      const s = score(field);
      const pct = (k: number): string => ((100 * k) / Math.max(s.n, 1)).toFixed(1);
      console.log(
        `${field}: n ${s.n}, ≤1 % ${s.within1} (${pct(s.within1)} %), ≤5 % ${s.within5} (${pct(s.within5)} %)` +
          (s.kwh ? `, in kWh ${s.kwh}` : ''),
      );
      for (const m of s.misses.slice(0, 12)) console.log(`    ${m}`);
    }
    console.log(
      `records writing fraction_apport_gratuit_ch = 1: ${rows.filter((r) => num(r.ab, 'fraction_apport_gratuit_ch') === 1).length}`,
    );
    let agree = 0;
    for (const r of rows) if (inertiaClass(r.logement) === inertiaClass(r.logement, 'flags')) agree++;
    console.log(`inertia class from the flags = as entered: ${agree} of ${rows.length}`);
    expect(rows.length).toBe(271);
  });

  // Thresholds a little under what was measured (2026, the 271 records, this file's summary), as shares of the
  // records holding the field: [field, within, measured share, asserted share].
  const THRESHOLDS: [string, number, number, number][] = [
    ['nadeq', 0.01, 0.993, 0.98],
    ['besoin_ecs', 0.01, 0.993, 0.98],
    ['besoin_ecs_depensier', 0.05, 0.893, 0.87],
    ['surface_sud_equivalente', 0.05, 0.956, 0.94],
    ['apport_interne_ch', 0.01, 0.97, 0.95],
    ['apport_solaire_ch', 0.05, 0.93, 0.91],
    ['fraction_apport_gratuit_ch', 0.05, 0.0, 0.0],
    ['pertes_distribution_ecs_recup', 0.05, 0.886, 0.86],
    ['pertes_stockage_ecs_recup', 0.05, 0.804, 0.78],
    ['besoin_ch', 0.05, 0.952, 0.93],
    ['besoin_ch', 0.01, 0.779, 0.76],
    ['besoin_ch (isolated)', 0.05, 0.963, 0.94],
    ['besoin_ch (isolated)', 0.01, 0.871, 0.85],
    ['besoin_ch_depensier', 0.05, 0.886, 0.86],
    ['besoin_fr', 0.05, 0.727, 0.68],
  ];
  for (const [field, within, measured, asserted] of THRESHOLDS) {
    it(`${field} within ${within * 100} % on ≥ ${asserted * 100} % of the records (measured ${measured * 100} %)`, () => {
      const s = score(field);
      expect((within <= 0.01 ? s.within1 : s.within5) / s.n).toBeGreaterThanOrEqual(asserted);
    });
  }
});
