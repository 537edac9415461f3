import { describe, expect, it } from 'vitest';
import { iamPhysical } from './iamPhysical';
import { marionDiffuse } from './marionDiffuse';
import { pvwattsDc } from './pvwattsDc';
import { pvwattsInverter } from './pvwattsInverter';
import { DEFAULT_LOSSES, pvwattsLosses } from './pvwattsLosses';
import { SAPM_TEMPERATURE_PARAMETERS, sapmCellTemperature } from './sapmCellTemperature';

// Reference values: pvlib-python's own test suite (pvlib/tests/test_iam.py, test_temperature.py, test_pvsystem.py,
// test_inverter.py), which pins published model outputs; tolerances beside each.
describe('incidence-angle modifier, physical model (De Soto 2006)', () => {
  it.each([
    [0, 1],
    [22.5, 0.99926198],
    [45, 0.98797788],
    [67.5, 0.8893998],
    [90, 0],
  ])('IAM(%f°) = %f (pvlib test_iam.test_physical, n 1.526, L 2 mm, K 4; ±1e-7)', (aoi, expected) => {
    expect(Math.abs(iamPhysical(aoi) - expected)).toBeLessThan(1e-7);
  });
  it('refuses an angle outside [0, 180] naming it', () => {
    expect(() => iamPhysical(-1)).toThrow(/aoi/);
    expect(() => iamPhysical(Number.NaN)).toThrow(/aoi/);
  });
});

describe("Marion's diffuse integrals (Marion 2017)", () => {
  const ashrae = (aoi: number) => (aoi >= 90 ? 0 : Math.max(0, 1 - 0.05 * (1 / Math.cos((aoi * Math.PI) / 180) - 1)));
  // pvlib test_iam.test_marion_integrate_list (ASHRAE b = 0.05) and test_marion_diffuse_model (physical, tilt 20°).
  // pvlib integrates with 180 steps, this with 1800: ±5e-4.
  it.each([
    [0, 0.9523611991069362, null],
    [20, 0.9596085829811408, 0.719823559106309],
    [30, 0.9619811198105501, 0.8186360238536674],
  ])('ASHRAE b 0.05, tilt %f°: sky %f, ground %f', (tilt, sky, ground) => {
    const r = marionDiffuse(tilt, ashrae);
    expect(Math.abs(r.sky - sky)).toBeLessThan(5e-4);
    if (ground !== null) expect(Math.abs(r.ground - ground)).toBeLessThan(5e-4);
  });
  it('physical model, tilt 20°: sky 0.95392, ground 0.63871 (pvlib)', () => {
    const r = marionDiffuse(20, (a) => iamPhysical(a));
    expect(Math.abs(r.sky - 0.9539178294437575)).toBeLessThan(5e-4);
    expect(Math.abs(r.ground - 0.6387140117795903)).toBeLessThan(5e-4);
  });
  it('an IAM of 1 everywhere gives 1 for both regions', () => {
    const r = marionDiffuse(35, () => 1);
    expect(r.sky).toBeCloseTo(1, 12);
    expect(r.ground).toBeCloseTo(1, 12);
  });
});

describe('Sandia cell temperature (King et al. 2004)', () => {
  it('900 W/m², 20 °C air, 5 m/s, open-rack glass/glass → 43.509 °C (pvlib test_sapm_cell; ±0.005)', () => {
    const t = sapmCellTemperature(900, 20, 5, SAPM_TEMPERATURE_PARAMETERS.open_rack_glass_glass);
    expect(Math.abs(t - 43.509)).toBeLessThan(0.005);
  });
  it('a close-mounted module runs hotter than an open-rack one', () => {
    const roof = sapmCellTemperature(800, 20, 2, SAPM_TEMPERATURE_PARAMETERS.close_mount_glass_glass);
    const rack = sapmCellTemperature(800, 20, 2, SAPM_TEMPERATURE_PARAMETERS.open_rack_glass_polymer);
    expect(roof).toBeGreaterThan(rack + 5);
  });
  it('refuses a negative irradiance naming it', () => {
    expect(() => sapmCellTemperature(-1, 20, 1, SAPM_TEMPERATURE_PARAMETERS.open_rack_glass_glass)).toThrow(
      /poaGlobal/,
    );
  });
});

describe('PVWatts DC, losses and inverter (Dobos 2014)', () => {
  it('pvwattsDc(900, 30, 100, −0.003) = 88.65 W (pvlib test_pvwatts_dc_scalars; by hand 0.9·100·(1 − 0.015))', () => {
    expect(pvwattsDc(900, 30, 100, -0.003)).toBeCloseTo(88.65, 10);
  });
  it('pvwattsInverter(90, 100, 0.95) = 85.58556604752516 W (pvlib test_pvwatts_scalars; ±1e-9)', () => {
    expect(Math.abs(pvwattsInverter(90, 100, 0.95) - 85.58556604752516)).toBeLessThan(1e-9);
  });
  it('the inverter clips at η_nom·P_dc0 and gives 0 for no DC', () => {
    expect(pvwattsInverter(150, 100, 0.96)).toBeCloseTo(96, 10);
    expect(pvwattsInverter(0, 100)).toBe(0);
    expect(pvwattsInverter(-5, 100)).toBe(0);
  });
  it('default losses combine to 14.07 % (by hand: 1 − 0.98·0.97·0.98·0.98·0.995·0.985·0.99·0.97)', () => {
    const byHand = 100 * (1 - 0.98 * 0.97 * 0.98 * 0.98 * 0.995 * 0.985 * 0.99 * 0.97);
    expect(pvwattsLosses(DEFAULT_LOSSES)).toBeCloseTo(byHand, 10);
    expect(byHand).toBeCloseTo(14.07, 1);
    expect(() => pvwattsLosses({ ...DEFAULT_LOSSES, wiring_pct: 120 })).toThrow(/wiring_pct/);
  });
});
