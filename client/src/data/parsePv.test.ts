import { describe, expect, it } from 'vitest';
import { parsePv } from './parsePv';
import { panelCorners, pvAnswerJson, pvFrame } from './pvAnswer.testkit';
import { chosenIndex, configurationAt, configurationIndex, monthlyProduction } from './pvConfigurationAt';

/** A copy of the fixture with one change applied. */
function changed(change: (json: ReturnType<typeof pvAnswerJson>) => void): unknown {
  const json = pvAnswerJson();
  change(json);
  return json;
}

describe('parsePv', () => {
  it('reads the answer into the client’s names, panels best first in the local frame', () => {
    const pv = parsePv(pvAnswerJson(), pvFrame);
    expect(pv.buildingId).toBe(42);
    expect(pv.heating).toBe('gas');
    expect(pv.consumptionEstimated).toBe(true);
    expect(pv.maxPanels).toBe(3);
    expect(pv.chosen!.panels).toBe(2);
    expect(pv.chosen!.kwp).toBe(0.8);
    expect(pv.chosen!.specificYield_kwh_kwp).toBe(950);
    expect(pv.chosen!.netCost_eur).toBe(1840);
    expect(pv.chosen!.exportRevenue_eur_yr).toBe(12);
    expect(pv.configurations.map((c) => c.panels)).toEqual([1, 2, 3]);
    expect(pv.configurations[0]!.payback_yr).toBeNull();
    expect(pv.configurations[1]!.payback_yr).toBe(12.5);
    expect(pv.assumptions.tariffsValidFrom).toBe('2025-02-01');
    expect(pv.assumptions.oaQuarter).toBe('2025-Q1');
    expect(pv.assumptions.lifetime_yr).toBe(25);
    expect(pv.assumptions.sources[1]).toEqual({ id: 'co2', title: 'CO₂ factor (test)', url: null, date: null });
    expect(pv.monthly.production_kwh).toHaveLength(12);
    // Features arrive out of order (ranks 3, 1, 2): sorted by rank.
    expect(pv.panels.map((p) => p.rank)).toEqual([1, 2, 3]);
    // The ring came as degrees rounded to 1e-8° (≤ 0.6 mm) and heights to 1 mm: back in metres within 1 mm.
    for (const [k, panel] of pv.panels.entries()) {
      expect(panel.corners).toHaveLength(4);
      panel.corners.forEach((corner, i) =>
        corner.forEach((v, axis) => expect(Math.abs(v - panelCorners(k)[i]![axis]!)).toBeLessThan(1e-3)),
      );
    }
  });

  it('accepts an open ring of four corners and a numeric-string building id', () => {
    const pv = parsePv(
      changed((j) => {
        j.layout.features[0]!.geometry.coordinates[0]!.pop();
        (j as { building_id: unknown }).building_id = '42';
      }),
      pvFrame,
    );
    expect(pv.panels[2]!.corners).toHaveLength(4);
    expect(pv.buildingId).toBe(42);
  });

  it('reads a roof where no panel fits: no configuration, no chosen size, nothing on the slider', () => {
    const pv = parsePv(
      changed((j) => {
        (j as { chosen: unknown }).chosen = null;
        j.configurations = [];
        j.layout.features = [];
        j.max_panels = 0;
      }),
      pvFrame,
    );
    expect(pv.chosen).toBeNull();
    expect(configurationAt(pv, 0)).toBeNull();
    expect(chosenIndex(pv)).toBe(0);
  });

  it('refuses a malformed answer, naming the field', () => {
    const cases: [unknown, RegExp][] = [
      [null, /^pv: expected an object/],
      [changed((j) => delete (j.chosen as Partial<typeof j.chosen>).kwp), /^chosen\.kwp: expected a finite number/],
      [changed((j) => (j.configurations[2]!.self_sufficiency_pct = 130)), /configurations\[2\]\.self_sufficiency_pct/],
      [changed((j) => (j.heating = 'coal')), /^heating must be one of electric, heat_pump, gas, other/],
      [changed((j) => j.monthly.production_kwh.pop()), /^monthly\.production_kwh: expected 12 items, got 11/],
      [changed((j) => (j.max_panels = 4)), /max_panels \(4\) must equal layout\.features\.length \(3\)/],
      [changed((j) => j.configurations.splice(1, 1)), /configurations must include chosen\.panels \(2\)/],
      [changed((j) => j.configurations.reverse()), /configurations\[1\]\.panels must be greater/],
      [changed((j) => j.layout.features[1]!.geometry.coordinates[0]!.splice(1, 2)), /expected 4 corners/],
      [changed((j) => (j.layout.features[0]!.geometry.coordinates[0]![1]![1] = 95)), /\[1\]\[1\] must be within/],
      [changed((j) => (j.assumptions.tariffs_valid_from = 'février')), /tariffs_valid_from must be an ISO 8601 date/],
      [changed((j) => (j.assumptions.sources = [{ id: 'x' } as never])), /^assumptions\.sources\[0\]\.title/],
      [changed((j) => (j.occupants = 0)), /^occupants must be within \[1, 12\]/],
      [changed((j) => ((j as { chosen: unknown }).chosen = null)), /^chosen: expected a configuration/],
    ];
    for (const [json, message] of cases) expect(() => parsePv(json, pvFrame)).toThrow(message);
  });
});

describe('configurationAt and monthlyProduction', () => {
  const pv = parsePv(pvAnswerJson(), pvFrame);

  it('finds a slider position by panel count and clamps positions to the table', () => {
    expect(configurationIndex(pv, 2)).toBe(1);
    expect(configurationIndex(pv, 0)).toBe(0);
    expect(configurationIndex(pv, 10)).toBe(2);
    expect(configurationAt(pv, 5)!.panels).toBe(3);
    expect(configurationAt(pv, -1)!.panels).toBe(1);
    expect(chosenIndex(pv)).toBe(1);
    expect(() => configurationAt(pv, 0.5)).toThrow(RangeError);
  });

  it('rescales the chosen months by annual production', () => {
    // Chosen: 2 panels, 760 kWh/yr; one panel: 380 kWh/yr, so every month halves (June 105 → 52.5 kWh).
    const months = monthlyProduction(pv, configurationAt(pv, 0)!);
    expect(months[5]).toBeCloseTo(52.5, 12);
    expect(months.reduce((a, b) => a + b, 0)).toBeCloseTo(380, 12);
    // Three panels, 1,140 kWh/yr: × 1.5.
    expect(monthlyProduction(pv, configurationAt(pv, 2)!)[0]).toBeCloseTo(30, 12);
  });
});
