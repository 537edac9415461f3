import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealRecords, loadTables3cl, type RealRecord } from '../records.testkit';
import type { Tables3cl } from '../tables';
import { items, nodeAt, type DpeNode } from '../tree';
import { numberAt as num } from './readNumber';
import { heatingConsumption, type HeatingConsumption } from './heatingConsumption';

/*
 * Replays the 271 real ADEME records (fixtures/dpe/ademe-xml.zip): each record's OWN need (logement/sortie/
 * apport_et_besoin/besoin_ch, besoin_ch_depensier, already net of pertes_generateur_ch_recup) and GV
 * (logement/sortie/deperdition/deperdition_enveloppe) are fed in, and the results compared with the record's own
 * generateur_chauffage/donnee_intermediaire (rendement_generation, conso_ch), installation_chauffage/
 * donnee_intermediaire/conso_ch and logement/sortie/ef_conso.
 */
let records: RealRecord[];
let tables: Tables3cl;
const results = new Map<string, HeatingConsumption | Error>();

beforeAll(async () => {
  records = await loadRealRecords();
  tables = loadTables3cl();
  for (const r of records) {
    const l = r.tree['logement'] as DpeNode;
    const ab = nodeAt(l, 'sortie/apport_et_besoin');
    try {
      results.set(
        r.name,
        heatingConsumption(l, tables, {
          besoin_ch_kwh: num(ab, 'besoin_ch') ?? Number.NaN,
          besoin_ch_depensier_kwh: num(ab, 'besoin_ch_depensier') ?? Number.NaN,
          gv_w_k: num(nodeAt(l, 'sortie/deperdition'), 'deperdition_enveloppe') ?? Number.NaN,
        }),
      );
    } catch (e) {
      results.set(r.name, e as Error);
    }
  }
}, 60_000);

function within(got: number, want: number, tol: number): boolean {
  if (Math.abs(want) < 1e-9) return Math.abs(got) < 1; // a zero reference: within 1 kWh
  return Math.abs(got - want) / Math.abs(want) <= tol;
}

interface Tally {
  n: number;
  p1: number;
  p5: number;
  misses: string[];
}
const tally = (): Tally => ({ n: 0, p1: 0, p5: 0, misses: [] });
function count(t: Tally, got: number, want: number, label: string): void {
  t.n++;
  if (within(got, want, 0.01)) t.p1++;
  if (within(got, want, 0.05)) t.p5++;
  else t.misses.push(`${label} got ${got.toFixed(2)} want ${want}`);
}
const pct = (t: Tally, k: 'p1' | 'p5'): number => (t.n ? (100 * t[k]) / t.n : 0);
const show = (name: string, t: Tally): string =>
  `${name}: n=${t.n} ≤1% ${pct(t, 'p1').toFixed(1)}% ≤5% ${pct(t, 'p5').toFixed(1)}%`;

describe('heatingConsumption on the real records', () => {
  it('reproduces the records’ own generator, installation and dwelling values', () => {
    const rg = tally();
    const gen = tally();
    const inst = tally();
    const ch = tally();
    const chDep = tally();
    const auxGen = tally();
    const auxDist = tally();
    const errors: string[] = [];
    for (const r of records) {
      const res = results.get(r.name)!;
      const l = r.tree['logement'] as DpeNode;
      if (res instanceof Error) {
        errors.push(`${r.name}: ${res.message}`);
        continue;
      }
      const ef = nodeAt(l, 'sortie/ef_conso');
      count(ch, res.conso_ch_kwh, num(ef, 'conso_ch') ?? 0, `${r.name} conso_ch`);
      count(chDep, res.conso_ch_depensier_kwh, num(ef, 'conso_ch_depensier') ?? 0, `${r.name} conso_ch_dep`);
      count(
        auxGen,
        res.conso_auxiliaire_generation_ch_kwh,
        num(ef, 'conso_auxiliaire_generation_ch') ?? 0,
        `${r.name} aux_gen`,
      );
      count(
        auxDist,
        res.conso_auxiliaire_distribution_ch_kwh,
        num(ef, 'conso_auxiliaire_distribution_ch') ?? 0,
        `${r.name} aux_dist`,
      );
      const insts = items(l, 'installation_chauffage_collection', 'installation_chauffage');
      insts.forEach((ins, i) => {
        const di = ins['donnee_intermediaire'] as DpeNode | undefined;
        if (num(di, 'conso_ch') !== null)
          count(inst, res.installations[i]!.conso_ch_kwh, num(di, 'conso_ch')!, `${r.name} inst${i}`);
        items(ins, 'generateur_chauffage_collection', 'generateur_chauffage').forEach((g, j) => {
          const gdi = g['donnee_intermediaire'] as DpeNode | undefined;
          const mine = res.generators.find((x) => x.installation === i && x.generator === j)!;
          const wantRg = num(gdi, 'rendement_generation') ?? num(gdi, 'scop');
          if (wantRg !== null)
            count(
              rg,
              mine.rendement_generation,
              wantRg,
              `${r.name} i${i}g${j} type ${mine.enum_type_generateur_ch_id}`,
            );
          if (num(gdi, 'conso_ch') !== null)
            count(
              gen,
              mine.conso_ch_kwh,
              num(gdi, 'conso_ch')!,
              `${r.name} i${i}g${j} type ${mine.enum_type_generateur_ch_id}`,
            );
        });
      });
    }
    console.log(
      [
        `records ${records.length}, not computed ${errors.length}`,
        ...errors,
        show('rendement_generation', rg),
        show('generator conso_ch', gen),
        show('installation conso_ch', inst),
        show('ef_conso conso_ch', ch),
        show('ef_conso conso_ch_depensier', chDep),
        show('conso_auxiliaire_generation_ch', auxGen),
        show('conso_auxiliaire_distribution_ch', auxDist),
      ].join('\n'),
    );
    if (process.env['HEATING_MISSES'])
      console.log(
        [
          ...rg.misses,
          '---',
          ...gen.misses,
          '---',
          ...ch.misses,
          '---',
          ...auxGen.misses,
          '---',
          ...auxDist.misses,
        ].join('\n'),
      );
    // Measured 2026-12 on the 271 records (own besoin_ch and GV fed in): 4 not computed; ef_conso conso_ch 67.8 % ≤1 %,
    // 83.5 % ≤5 %; dépensier 77.2 % ≤5 %; rendement_generation 93.6 % ≤5 %; auxiliaries generation 68.5 %,
    // distribution 74.5 % ≤5 %. Thresholds a little below.
    expect(errors.length).toBeLessThanOrEqual(6);
    expect(pct(ch, 'p1')).toBeGreaterThanOrEqual(65);
    expect(pct(ch, 'p5')).toBeGreaterThanOrEqual(80);
    expect(pct(chDep, 'p5')).toBeGreaterThanOrEqual(74);
    expect(pct(rg, 'p5')).toBeGreaterThanOrEqual(90);
    expect(pct(auxGen, 'p5')).toBeGreaterThanOrEqual(65);
    expect(pct(auxDist, 'p5')).toBeGreaterThanOrEqual(70);
  });
});
