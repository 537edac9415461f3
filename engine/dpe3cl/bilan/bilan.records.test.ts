import { beforeAll, describe, expect, it } from 'vitest';
import { loadRealRecords, loadTables3cl, type RealRecord } from '../records.testkit';
import { items, nodeAt, text, type DpeNode } from '../tree';
import { numberAt } from './read';
import { balance, otherUses, type Balance3cl, type HeatingFinalEnergy, type OtherUses } from './index';

/*
 * Replays the 271 real ADEME records (fixtures/dpe/SOURCE.md) through this area alone: each record's OWN needs
 * (sortie/apport_et_besoin) and heating consumption (generateur_chauffage/donnee_intermediaire/conso_ch per generator,
 * scaled to sortie/ef_conso/conso_ch so collective repartition keys are honoured, and the sortie heating auxiliaries)
 * go in; what comes out is compared with the record's own sortie/ef_conso, ep_conso and emission_ges.
 */
const tables = loadTables3cl();
let records: RealRecord[] = [];

interface Row {
  name: string;
  logement: DpeNode;
  sortie: DpeNode;
  other?: OtherUses;
  bal?: Balance3cl;
  error?: string;
}
let rows: Row[] = [];

function heatingOf(logement: DpeNode, sortie: DpeNode): HeatingFinalEnergy {
  const ef = nodeAt(sortie, 'ef_conso');
  const total = numberAt(ef, 'conso_ch') ?? 0;
  const list: HeatingFinalEnergy['par_energie'] = [];
  for (const inst of items(logement, 'installation_chauffage_collection', 'installation_chauffage'))
    for (const g of items(inst, 'generateur_chauffage_collection', 'generateur_chauffage')) {
      const de = nodeAt(g, 'donnee_entree');
      list.push({
        enum_type_energie_id: text(de, 'enum_type_energie_id') ?? '1',
        conso_kwh: numberAt(nodeAt(g, 'donnee_intermediaire'), 'conso_ch') ?? 0,
        identifiant_reseau_chaleur: text(de, 'identifiant_reseau_chaleur'),
        date_arrete_reseau_chaleur: text(de, 'date_arrete_reseau_chaleur'),
      });
    }
  const sum = list.reduce((a, e) => a + e.conso_kwh, 0);
  for (const e of list) e.conso_kwh = sum > 0 ? (e.conso_kwh * total) / sum : 0;
  return {
    par_energie: list,
    conso_auxiliaire_generation_ch_kwh: numberAt(ef, 'conso_auxiliaire_generation_ch') ?? 0,
    conso_auxiliaire_distribution_ch_kwh: numberAt(ef, 'conso_auxiliaire_distribution_ch') ?? 0,
  };
}

beforeAll(async () => {
  records = await loadRealRecords();
  rows = records.map((r) => {
    const logement = nodeAt(r.tree, 'logement')!;
    const sortie = nodeAt(logement, 'sortie')!;
    const row: Row = { name: r.name, logement, sortie };
    try {
      const ab = nodeAt(sortie, 'apport_et_besoin');
      row.other = otherUses(tables, logement, {
        besoin_ecs_kwh: numberAt(ab, 'besoin_ecs') ?? 0,
        besoin_ecs_depensier_kwh: numberAt(ab, 'besoin_ecs_depensier') ?? 0,
        besoin_fr_kwh: numberAt(ab, 'besoin_fr') ?? 0,
        besoin_fr_depensier_kwh: numberAt(ab, 'besoin_fr_depensier') ?? 0,
      });
      const dateDpe = text(nodeAt(r.tree, 'administratif'), 'date_etablissement_dpe') ?? '';
      row.bal = balance(tables, { logement, dateDpe, heating: heatingOf(logement, sortie), other: row.other });
    } catch (e) {
      row.error = (e as Error).message;
    }
    return row;
  });
}, 60_000);

function share(pairs: [number, number | null][], tol: number): number {
  const ok = pairs.filter(
    ([mine, ref]) => ref !== null && (Math.abs(mine - ref) <= tol * Math.abs(ref) || Math.abs(mine - ref) < 0.5),
  );
  return ok.length / pairs.length;
}

function report(label: string, pairs: [number, number | null][]): [number, number] {
  const a = share(pairs, 0.01);
  const b = share(pairs, 0.05);
  console.log(
    `${label}: ${pairs.length} records, ${(100 * a).toFixed(1)} % within 1 %, ${(100 * b).toFixed(1)} % within 5 %`,
  );
  return [a, b];
}

describe('other uses and balance replayed on the real records', () => {
  it('reports records that use a path this area does not cover', () => {
    const failed = rows.filter((r) => r.error);
    console.log(`uncovered: ${failed.length} records`);
    for (const r of failed) console.log(`  ${r.name}: ${r.error}`);
    expect(failed.length).toBeLessThanOrEqual(3); // measured: 3 (two gas heaters without Pn, one undeposited test file)
  });

  it('reproduces the records’ hot water, lighting, ventilation and cooling', () => {
    const ok = rows.filter((r) => r.other);
    const ef = (r: Row, k: string) => numberAt(nodeAt(r.sortie, 'ef_conso'), k);
    const [ecs1] = report(
      'conso_ecs',
      ok.map((r) => [r.other!.ecs.conso_kwh, ef(r, 'conso_ecs')]),
    );
    const [ecl1] = report(
      'conso_eclairage',
      ok.map((r) => [r.other!.conso_eclairage_kwh, ef(r, 'conso_eclairage')]),
    );
    const [ven1] = report(
      'conso_auxiliaire_ventilation',
      ok.map((r) => [r.other!.conso_auxiliaire_ventilation_kwh, ef(r, 'conso_auxiliaire_ventilation')]),
    );
    const [fr1] = report(
      'conso_fr',
      ok.map((r) => [r.other!.conso_fr_kwh, ef(r, 'conso_fr')]),
    );
    report(
      'conso_auxiliaire_generation_ecs',
      ok.map((r) => [r.other!.conso_auxiliaire_generation_ecs_kwh, ef(r, 'conso_auxiliaire_generation_ecs')]),
    );
    const misses = ok.filter((r) => Math.abs(r.other!.ecs.conso_kwh / (ef(r, 'conso_ecs') ?? 1) - 1) > 0.05);
    for (const r of misses.slice(0, 40))
      console.log(
        `  ecs miss ${r.name}: mine ${r.other!.ecs.conso_kwh.toFixed(0)} record ${ef(r, 'conso_ecs')?.toFixed(0)} kinds ${r.other!.ecs.installations.flatMap((i) => i.generators.map((g) => g.kind)).join(',')}`,
      );
    // Measured on the 271 records, with the building-scale keys (rdim, cle_repartition_ecs / _ventilation / _clim)
    // and virtualised tanks: ECS 89.2 % within 1 % (95.2 % within 5 %), lighting 86.6 %, fans 89.2 %, cooling 97.4 %.
    expect(ecs1).toBeGreaterThan(0.88);
    expect(ecl1).toBeGreaterThan(0.84);
    expect(ven1).toBeGreaterThan(0.88);
    expect(fr1).toBeGreaterThan(0.96);
  });

  it('reproduces the records’ kWhEP/m², kgCO2e/m² and classes', () => {
    const ok = rows.filter((r) => r.bal);
    const ep = (r: Row) => numberAt(nodeAt(r.sortie, 'ep_conso'), 'ep_conso_5_usages_m2');
    const ges = (r: Row) => numberAt(nodeAt(r.sortie, 'emission_ges'), 'emission_ges_5_usages_m2');
    const [, ep5] = report(
      'ep_conso_5_usages_m2',
      ok.map((r) => [r.bal!.ep_kwh_m2, ep(r)]),
    );
    const [, ges5] = report(
      'emission_ges_5_usages_m2',
      ok.map((r) => [r.bal!.ges_kg_m2, ges(r)]),
    );
    const cls =
      ok.filter((r) => r.bal!.classe_dpe === text(nodeAt(r.sortie, 'ep_conso'), 'classe_bilan_dpe')).length /
      rows.length;
    const clg =
      ok.filter((r) => r.bal!.classe_climat === text(nodeAt(r.sortie, 'emission_ges'), 'classe_emission_ges')).length /
      rows.length;
    console.log(
      `classe_bilan_dpe ${(100 * cls).toFixed(1)} %, classe_emission_ges ${(100 * clg).toFixed(1)} % of ${rows.length}`,
    );
    for (const r of ok.filter((x) => Math.abs(x.bal!.ep_kwh_m2 / (ep(x) ?? 1) - 1) > 0.05).slice(0, 40))
      console.log(
        `  ep miss ${r.name}: mine ${r.bal!.ep_kwh_m2} record ${ep(r)} ges ${r.bal!.ges_kg_m2}/${ges(r)} ${r.bal!.classe_dpe}/${text(nodeAt(r.sortie, 'ep_conso'), 'classe_bilan_dpe')}`,
      );
    // Measured: kWhEP/m² within 5 % on 88.8 %, kgCO2e/m² 89.9 %, DPE class 95.6 %, climate class 96.3 % of 271.
    expect(ep5).toBeGreaterThan(0.87);
    expect(ges5).toBeGreaterThan(0.88);
    expect(cls).toBeGreaterThan(0.94);
    expect(clg).toBeGreaterThan(0.95);
  });
});
