import { describe, expect, it } from 'vitest';
import { loadRealRecords } from './records.testkit';
import { DpeTreeError, items, nodeAt, num, parseDpeTree, text } from './tree';

describe('parseDpeTree', () => {
  it('reads every real record with its collections as arrays and numbers as numbers', async () => {
    const records = await loadRealRecords();
    expect(records.length).toBe(271);
    const r = records.find((x) => x.name === '2187E0981996L.xml')!;
    const logement = nodeAt(r.tree, 'logement')!;
    const walls = items(nodeAt(logement, 'enveloppe'), 'mur_collection', 'mur');
    expect(walls.length).toBe(2);
    // logement/sortie/deperdition/deperdition_enveloppe of the file, read by hand: 295.82989239050056
    expect(num(nodeAt(logement, 'sortie/deperdition'), 'deperdition_enveloppe')).toBeCloseTo(295.8298923905, 9);
    expect(text(nodeAt(logement, 'sortie/ep_conso'), 'classe_bilan_dpe')).toBe('G');
    expect(items(nodeAt(logement, 'enveloppe'), 'ets_collection', 'ets')).toEqual([]);
    expect(text(r.tree, 'numero_dpe')).toBe('2187E0981996L');
  });

  it('keeps identifiers with leading zeros as text', () => {
    const t = parseDpeTree('<dpe><numero_dpe>0125E0000000A</numero_dpe><logement><code>01</code></logement></dpe>');
    expect(text(nodeAt(t, 'logement'), 'code')).toBe('01');
  });

  it('refuses a cut document and a foreign root with the place named', () => {
    expect(() => parseDpeTree('<dpe><logement><x>1</x>')).toThrow(DpeTreeError);
    expect(() => parseDpeTree('<other><logement/></other>')).toThrow(/<root>/);
    expect(() => parseDpeTree('<dpe><numero_dpe>1</numero_dpe></dpe>')).toThrow(/dpe\/logement/);
  });
});

describe('numbers beyond a double', () => {
  it('reads long decimals the parser leaves as text as numbers (2187E0981996L pertes_distribution_ecs_recup_depensier)', async () => {
    const r = (await loadRealRecords()).find((x) => x.name === '2187E0981996L.xml')!;
    expect(
      num(nodeAt(r.tree, 'logement/sortie/apport_et_besoin'), 'pertes_distribution_ecs_recup_depensier'),
    ).toBeCloseTo(41872.2007944547, 6);
  });
});
