import { describe, expect, it } from 'vitest';
import { seededRandom } from '../irradiance/testing';
import { heatBalance } from './heatBalance';
import { flatClimate, record, rectangularHouse } from '../../tests/engine/referenceHouse';
import type { Dwelling } from './types';

function box(): Dwelling {
  return {
    floor_area_m2: 100,
    volume_m3: 250,
    walls: [{ area_m2: 100, u_w_m2k: 1 }],
    roof: [{ area_m2: 50, u_w_m2k: 2, b: 0.5 }],
    floors: [],
    windows: [{ area_m2: 10, u_w_m2k: 3, azimuth_deg: 180, g_value: 0.5 }],
    thermal_bridges_w_k: 10,
    ventilation: 'natural',
    infiltration_ach: 0.2,
    thermal_mass: 'medium',
    heating: { system: 'gas_boiler_standard', carrier: 'gas', efficiency: 0.8 },
    hot_water: { system: 'gas_combi', carrier: 'gas', efficiency: 0.7 },
  };
}

describe('heatBalance', () => {
  it('hand computation, no gains: H_tr = 100 + 0.5·2·50 + 30 + 10 = 190 W/K, H_ve = 0.34·0.6·250 = 51 W/K', () => {
    const r = heatBalance(box(), flatClimate(5), { internalGains_w: 0 });
    expect(r.h_tr_w_k).toBeCloseTo(190, 9);
    expect(r.h_ve_w_k).toBeCloseTo(51, 9);
    // January: 241 W/K × (19 − 5) K × 744 h = 2 510.26 kWh; year: 241 × 14 × 8760 / 1000 = 29 556.2 kWh
    expect(r.need_kwh[0]).toBeCloseTo(2510.256, 2);
    expect(r.needYear_kwh).toBeCloseTo(29556.24, 1);
    expect(r.need_kwh_m2).toBeCloseTo(295.56, 2);
  });
  it('hand computation with gains: 10 m² south at 50 kWh/m², g 0.5, F_w 0.9, frame 0.3 → 157.5 kWh; η by EN ISO 13790', () => {
    const r = heatBalance(box(), flatClimate(5, 50), { internalGains_w: 500 });
    expect(r.solarGains_kwh[0]).toBeCloseTo(157.5, 9);
    // τ = 45.83·100/241 = 19.02 h, a = 1 + τ/15 = 2.268; January gains 372 + 157.5 = 529.5, losses 2510.2
    const gamma = 529.5 / 2510.256;
    const a = 1 + ((165000 / 3600) * 100) / 241 / 15;
    const eta = (1 - gamma ** a) / (1 - gamma ** (a + 1));
    expect(r.utilisation[0]).toBeCloseTo(eta, 6);
    expect(r.need_kwh[0]).toBeCloseTo(2510.256 - eta * 529.5, 1);
  });
  it('no need when outdoors is warmer than the set-point', () => {
    expect(heatBalance(box(), flatClimate(25)).needYear_kwh).toBe(0);
  });
  it('adding insulation never raises the need (200 random dwellings, random element improved)', () => {
    const rnd = seededRandom(7);
    const climate = flatClimate(6, 30);
    for (let k = 0; k < 200; k++) {
      const d = box();
      d.walls[0]!.u_w_m2k = 0.2 + 2.5 * rnd();
      d.roof[0]!.u_w_m2k = 0.1 + 3 * rnd();
      d.windows[0]!.u_w_m2k = 0.8 + 4 * rnd();
      d.infiltration_ach = rnd();
      const before = heatBalance(d, climate).needYear_kwh;
      const target = [d.walls[0]!, d.roof[0]!, d.windows[0]!][Math.floor(rnd() * 3)]!;
      target.u_w_m2k *= rnd();
      expect(heatBalance(d, climate).needYear_kwh).toBeLessThanOrEqual(before + 1e-9);
    }
  });
  it('a mid-terrace house loses less than the same house detached', () => {
    const r = record('coron', 'pre1915');
    const climate = flatClimate(6, 30);
    const detached = heatBalance(rectangularHouse(r, 60, 1, 0), climate);
    const mid = heatBalance(rectangularHouse(r, 60, 1, 2), climate);
    expect(mid.h_tr_w_k).toBeLessThan(detached.h_tr_w_k);
    expect(mid.needYear_kwh).toBeLessThan(detached.needYear_kwh);
  });
  it('bad inputs: RangeError naming the field', () => {
    const c = flatClimate(5);
    expect(() => heatBalance({ ...box(), floor_area_m2: 0 }, c)).toThrow(/floor_area_m2/);
    const d = box();
    d.walls[0]!.u_w_m2k = -1;
    expect(() => heatBalance(d, c)).toThrow(/walls\[0\]\.u_w_m2k/);
    expect(() => heatBalance({ ...box(), year_built: 3000 }, c)).toThrow(/year_built/);
    expect(() => heatBalance(box(), c, { setpoint_c: 50 })).toThrow(/setpoint_c/);
  });
});
