import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import { intermittenceRow, q4paRow, reductionRow, wallU0Row } from './lookups';

const tables = loadTables3cl();

// References: the rows (and values) real DPE software picked in the records of fixtures/dpe/ademe-xml.zip.
describe('table lookups against real records', () => {
  it('picks the reduction factor row of a loft from Aiu/Aue (2187E0981996L: 42.5/22 m², row 126, b 0.7)', () => {
    const r = reductionRow(tables, 11, 2, 42.5, 22);
    expect(r['tv_coef_reduction_deperdition_id']).toBe('126');
    expect(r['b']).toBe('0.7');
    expect(reductionRow(tables, 12, 2, 54.15, 60.67)['tv_coef_reduction_deperdition_id']).toBe('108'); // 2260E3075576T
  });

  it('picks U0 of a solid-brick wall by thickness (2260E3075576T: 23 cm → row 46, 2.5; 2287E0839803N: 15 cm → 44)', () => {
    expect(wallU0Row(tables, 8, 23)['tv_umur0_id']).toBe('46');
    expect(wallU0Row(tables, 8, 15)['tv_umur0_id']).toBe('44');
    expect(wallU0Row(tables, 13, 20)['tv_umur0_id']).toBe('81'); // 2271E1271422Q, béton banché 20 cm
  });

  it('picks the air permeability of a house by period (2390E3206219R: before 1948 → row 5, 3.3 m³/(h·m²))', () => {
    const r = q4paRow(tables, 1, false);
    expect(r['tv_q4pa_conv_id']).toBe('5');
    expect(r['q4pa_conv']).toBe('3.3');
    expect(q4paRow(tables, 2, true)['tv_q4pa_conv_id']).toBe('11');
  });

  it('picks the intermittence row (2287E1923356Q: electric radiators, per-room equipment → row 38, i0 0.77)', () => {
    const r = intermittenceRow(tables, {
      type_installation_id: 1,
      type_chauffage_id: 1,
      equipement_intermittence_id: 4,
      type_regulation_id: 2,
      type_emission_distribution_id: 3,
      classe_inertie_id: 4,
    });
    expect(r['tv_intermittence_id']).toBe('38');
  });
});
