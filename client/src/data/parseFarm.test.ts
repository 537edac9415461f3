import { describe, expect, it } from 'vitest';
import { evaluationAnswer, farmFrame, rowLocal, sitesAnswer } from './farmAnswer.testkit';
import { parseEvaluation, parseSites } from './parseFarm';

/** The fixture's rings are rounded to 1e-8° (≈ 0.7 mm east, 1.1 mm north at 50.4° N): back within 2 mm. */
const MM2 = 0.002;

type Mutable = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseSites', () => {
  it('reads each site with its outline back in local metres', () => {
    const sites = parseSites(sitesAnswer(), farmFrame);
    expect(sites.map((s) => [s.id, s.name, s.kind, s.area_ha, s.commune])).toEqual([
      [7, 'Terril 94 plat', 'slag_heap', 3, 'Liévin'],
      [12, 'Friche Sud', 'brownfield', 0.5, null],
    ]);
    const outer = sites[0]!.polygons[0]![0]!;
    expect(outer).toHaveLength(4);
    const far = outer.find(([e, n]) => e > 100 && n > 100)!;
    expect(far[0]).toBeCloseTo(200, 2);
    expect(Math.abs(far[1] - 150)).toBeLessThan(MM2);
    expect(sites[1]!.polygons[0]![0]).toHaveLength(3);
  });

  it('refuses a listing that breaks the contract, naming the field', () => {
    const twice = sitesAnswer() as Mutable;
    twice.features[1].properties.id = 7;
    expect(() => parseSites(twice, farmFrame)).toThrow(/id 7 is listed twice/);
    const point = sitesAnswer() as Mutable;
    point.features[0].geometry = { type: 'Point', coordinates: [2.79, 50.44] };
    expect(() => parseSites(point, farmFrame)).toThrow(/features\[0\]\.geometry/);
    const empty = sitesAnswer() as Mutable;
    empty.features[1].properties.area_ha = 0;
    expect(() => parseSites(empty, farmFrame)).toThrow(RangeError);
    expect(() => parseSites({ type: 'Feature' }, farmFrame)).toThrow(/sites\.type/);
  });
});

describe('parseEvaluation', () => {
  it('reads the figures, months, rows, assumptions and sweep', () => {
    const e = parseEvaluation(evaluationAnswer(), farmFrame);
    expect(e.site).toEqual({ id: 7, name: 'Terril 94 plat', area_ha: 3 });
    expect(e.figures.mwp).toBe(0.03);
    expect(e.figures.performanceRatio).toBe(0.82);
    expect(e.figures.specificYield_kwh_kwp).toBe(950);
    expect(e.figures.co2Avoided_t_yr).toBe(1.6);
    expect(e.monthly_mwh).toHaveLength(12);
    expect(e.rows.map((r) => [r.row, r.tables, r.modules])).toEqual([
      [0, 5, 30],
      [1, 5, 30],
    ]);
    // Row 1 runs 50–70 m east and 109–112.9 m north (rowLocal).
    const ring = e.rows[1]!.ring;
    const expected = rowLocal(1);
    for (const [k, [ex, ey]] of expected.entries()) {
      expect(Math.abs(ring[k]![0] - ex)).toBeLessThan(MM2);
      expect(Math.abs(ring[k]![1] - ey)).toBeLessThan(MM2);
    }
    expect(e.assumptions).toEqual([
      ['capex_eur_per_wp', 0.7],
      ['discount_rate', 0.05],
      ['lifetime_years', 30],
      ['source', 'CRE, appels d’offres PPE2 sol'],
      ['grid.co2_g_per_kwh', 56],
      ['grid.note', 'ADEME Base Empreinte'],
    ]);
    expect(e.sweep).toHaveLength(4);
    expect(e.sweep![3]).toEqual({ tilt_deg: 25, gcr: 0.5, mwp: 0.034, mwh_yr: 31.3, specificYield_kwh_kwp: 920 });
  });

  it('takes a null sweep as none asked for', () => {
    const a = evaluationAnswer() as Mutable;
    a.sweep = null;
    expect(parseEvaluation(a, farmFrame).sweep).toBeNull();
  });

  const refusals: [string, (a: Mutable) => void, RegExp][] = [
    ['eleven months', (a) => a.monthly_mwh.pop(), /monthly_mwh: expected 12 items/],
    // January at 10 instead of 0.8 MWh: the months make 37.7 MWh against a year of 28.5 (off by 32 %).
    ['months that do not make the year', (a) => (a.monthly_mwh[0] = 10), /monthly_mwh sums to 37\.700/],
    // 28.5 MWh / 0.03 MWc = 950 kWh/kWc, not 1,200.
    ['a yield that is not MWh / MWc', (a) => (a.figures.specific_yield_kwh_kwp = 1200), /specific_yield_kwh_kwp/],
    ['rows that do not hold the modules', (a) => (a.figures.modules = 61), /hold 60 modules/],
    ['a performance ratio in percent', (a) => (a.figures.performance_ratio = 82), /performance_ratio/],
    ['a shading loss over 100 %', (a) => (a.figures.shading_loss_pct = 120), /shading_loss_pct/],
    ['a negative CAPEX', (a) => (a.figures.capex_eur = -1), /capex_eur/],
    [
      'a row that is a point',
      (a) => (a.layout.features[0].geometry = { type: 'Point', coordinates: [2.79, 50.4] }),
      /layout\.features\[0\]\.geometry/,
    ],
    [
      'a row without its modules',
      (a) => delete a.layout.features[1].properties.modules,
      /features\[1\]\.properties\.modules/,
    ],
    ['a sweep tilt over 60°', (a) => (a.sweep[0].tilt_deg = 75), /sweep\[0\]\.tilt_deg/],
    ['a missing site', (a) => delete a.site, /site: expected an object/],
  ];
  it.each(refusals)('refuses %s', (_, change, message) => {
    const a = evaluationAnswer() as Mutable;
    change(a);
    expect(() => parseEvaluation(a, farmFrame)).toThrow(message);
  });
});
