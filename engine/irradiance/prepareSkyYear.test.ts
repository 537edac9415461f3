import { describe, expect, it } from 'vitest';
import { aoiCosine } from '../sky/aoiCosine';
import { skyDiffuseHayDavies } from '../sky/skyDiffuseHayDavies';
import { skyDiffusePerez } from '../sky/skyDiffusePerez';
import { extraterrestrialIrradiance } from '../sun/extraterrestrialIrradiance';
import { relativeAirMass } from '../sun/relativeAirMass';
import { solarPosition } from '../sun/solarPosition';
import { DEFAULT_TIME_OFFSET_MINUTES, prepareSkyYear } from './prepareSkyYear';
import { syntheticYear } from './testing';

describe('prepareSkyYear', () => {
  const labels = [Date.UTC(2015, 0, 1, 0), Date.UTC(2016, 5, 20, 11), Date.UTC(2009, 8, 30, 23)];
  const year = syntheticYear(labels, [0, 700, 0], [0, 600, 0], [0, 150, 0]);

  it('puts the sun at label + 10 min by default, with E₀, air mass and the label’s month', () => {
    expect(DEFAULT_TIME_OFFSET_MINUTES).toBe(10);
    const sky = prepareSkyYear(year, { latitude_deg: 50.4322, longitude_deg: 2.8333 });
    expect(sky.timeOffsetMinutes).toBe(10);
    labels.forEach((label, i) => {
      const p = solarPosition(label + 10 * 60_000, 50.4322, 2.8333);
      expect(sky.azimuth_deg[i]).toBeCloseTo(p.azimuth_deg, 12);
      expect(sky.elevation_deg[i]).toBeCloseTo(p.elevation_deg, 12);
      expect(sky.zenith_deg[i]).toBeCloseTo(p.zenith_deg, 12);
    });
    expect(Array.from(sky.month)).toEqual([0, 5, 8]);
    expect(sky.dniExtra[1]).toBeCloseTo(extraterrestrialIrradiance(172), 9); // 20 June of a leap year
    expect(sky.airmass[1]).toBeCloseTo(relativeAirMass(sky.zenith_deg[1]!), 12);
    expect(sky.airmass[0]).toBeNaN(); // midnight: sun below the horizon
    expect(sky.ghi).toBe(year.ghi_w_m2);
  });

  it('honours another offset', () => {
    const sky = prepareSkyYear(year, { latitude_deg: 50.4322, longitude_deg: 2.8333, timeOffsetMinutes: -30 });
    expect(sky.elevation_deg[1]).toBeCloseTo(
      solarPosition(labels[1]! - 30 * 60_000, 50.4322, 2.8333).elevation_deg,
      12,
    );
  });

  it('throws a RangeError naming the argument', () => {
    expect(() => prepareSkyYear(year, { latitude_deg: 95, longitude_deg: 2 })).toThrow(/latitude_deg/);
    expect(() => prepareSkyYear(year, { latitude_deg: 50, longitude_deg: 2, timeOffsetMinutes: 90 })).toThrow(
      'timeOffsetMinutes must be within [-60, 60], got 90',
    );
    const broken = { ...year, dni_w_m2: new Float32Array(2) };
    expect(() => prepareSkyYear(broken, { latitude_deg: 50, longitude_deg: 2 })).toThrow(/weather.dni_w_m2/);
  });
});

describe('prepareSkyYear: what every plane shares', () => {
  const labels = [
    Date.UTC(2015, 0, 1, 0),
    Date.UTC(2016, 5, 20, 11),
    Date.UTC(2016, 5, 20, 7),
    Date.UTC(2016, 5, 20, 9),
  ];
  const year = syntheticYear(labels, [0, 700, 300, 0], [0, 600, 250, 0], [0, 150, 80, 120]);
  const sky = prepareSkyYear(year, { latitude_deg: 50.4322, longitude_deg: 2.8333 });

  it('orders the sun-up hours from the highest sun down', () => {
    expect(Array.from(sky.sunUpByElevation)).toEqual([1, 3, 2]);
    expect(sky.zenith_deg[0]).toBeGreaterThan(90);
  });

  // The factors times a plane's terms give the model functions' parts exactly (same operands, same order).
  it('holds factors that give the models’ own parts to the last bit', () => {
    const RAD = Math.PI / 180;
    for (const [tilt, azimuth] of [
      [35, 180],
      [90, 100],
      [150, 300],
    ] as const) {
      for (let i = 0; i < sky.hours; i++) {
        const input = {
          surfaceTilt: tilt,
          surfaceAzimuth: azimuth,
          solarZenith: Math.min(180, Math.max(0, sky.zenith_deg[i]!)),
          solarAzimuth: sky.azimuth_deg[i]!,
          dhi: sky.dhi[i]!,
          dni: sky.dni[i]!,
          dniExtra: sky.dniExtra[i]!,
          airmass: sky.airmass[i]!,
        };
        const cosAoi = aoiCosine(tilt, azimuth, input.solarZenith, input.solarAzimuth);
        const projection =
          Math.cos(tilt * RAD) * sky.cosZenith[i]! +
          Math.sin(tilt * RAD) * sky.sinZenith[i]! * Math.cos((input.solarAzimuth - azimuth) * RAD);
        expect(Math.min(1, Math.max(-1, projection))).toBe(cosAoi);
        const perez = skyDiffusePerez(input);
        const isotropic = sky.perez.dome_w_m2[i]! * (1 + Math.cos(tilt * RAD));
        const circumsolar = (sky.perez.circumsolar_w_m2[i]! * Math.max(0, cosAoi)) / sky.perez.circumsolarDivisor[i]!;
        const horizon = sky.perez.horizon_w_m2[i]! * Math.sin(tilt * RAD);
        const masked = !(isotropic + circumsolar + horizon > 0);
        expect(perez).toEqual(
          masked ? { isotropic: 0, circumsolar: 0, horizon: 0 } : { isotropic, circumsolar, horizon },
        );
        const hayDavies = skyDiffuseHayDavies(input);
        const hd = sky.haydavies;
        expect(hayDavies.isotropic).toBe(Math.max(0, hd.dome_w_m2[i]! * (1 + Math.cos((tilt * Math.PI) / 180))));
        expect(hayDavies.circumsolar).toBe(
          Math.max(0, hd.circumsolar_w_m2[i]! * (Math.max(0, cosAoi) / hd.circumsolarDivisor[i]!)),
        );
      }
    }
    expect(sky.perez.dome_w_m2[0]).toBe(0); // night: the Perez model gives nothing
    expect(sky.perez.dome_w_m2[1]).toBeGreaterThan(0);
  });
});
