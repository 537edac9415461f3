import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { planeOfArrayComponents } from '../irradiance/planeOfArrayComponents';
import { prepareSkyYear } from '../irradiance/prepareSkyYear';
import { seededRandom, syntheticYear } from '../irradiance/testing';
import type { SkyModel } from '../sky/types';
import { parseWeather } from '../weather';
import { arrayDc } from './arrayDc';
import { arrayDcReference, planeOfArrayComponentsReference } from './arrayDcReference.testkit';
import type { Climate, PvArray, PvOptions } from './types';

const LENS = { latitude_deg: 50.4322, longitude_deg: 2.8333 };
const weather = parseWeather(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const sky = prepareSkyYear(weather, LENS);
const MODELS: SkyModel[] = ['perez', 'haydavies', 'isotropic'];

/** Every field equal, typed arrays byte for byte (so −0 against 0 or a different NaN would fail too). */
function expectIdentical(actual: object, expected: object, path: string): void {
  expect(Object.keys(actual).sort(), path).toEqual(Object.keys(expected).sort());
  for (const [key, want] of Object.entries(expected)) {
    const got: unknown = (actual as Record<string, unknown>)[key];
    if (ArrayBuffer.isView(want)) {
      const same =
        ArrayBuffer.isView(got) &&
        got.constructor === want.constructor &&
        Buffer.compare(
          Buffer.from(got.buffer, got.byteOffset, got.byteLength),
          Buffer.from(want.buffer, want.byteOffset, want.byteLength),
        ) === 0;
      if (!same) expect(got, `${path}.${key}`).toEqual(want);
      expect(same, `${path}.${key} bytes`).toBe(true);
    } else {
      expect(Object.is(got, want), `${path}.${key}: ${String(got)} vs ${String(want)}`).toBe(true);
    }
  }
}

/** The message of the error `run` throws, or null. */
function errorOf(run: () => unknown): string | null {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return (error as Error).message;
  }
  return null;
}

// The chain reading the sky year's plane-independent factors and checking its constant arguments once must give what
// it gave hour by hour through planeHourParts, iamPhysical, sapmCellTemperature and pvwattsDc
// (arrayDcReference.testkit.ts, the implementation it replaced): the same operations on the same operands in the
// same order, so equal to the last bit (tolerance 0, byte for byte).
describe('arrayDc against the hour-by-hour reference', () => {
  it('gives the same hours for the faces faceYield asks (Perez, physical IAM, roof, horizon)', () => {
    const random = seededRandom(7);
    for (let k = 0; k < 12; k++) {
      const sectors = [36, 72, 4][k % 3]!;
      const horizon = Float32Array.from({ length: sectors }, () => (random() < 0.2 ? 0 : 25 * random() ** 2));
      const array: PvArray = {
        tilt_deg: k === 0 ? 35 : Math.round(900 * random()) / 10,
        azimuth_deg: k === 0 ? 225 : Math.round(3600 * random()) / 10,
        kwp: 1,
        mounting: 'roof',
        horizon: k === 1 ? null : horizon,
      };
      const options: PvOptions = { losses_pct: 14.08, gammaPdc: -0.0035 };
      expectIdentical(arrayDc(sky, weather, array, options), arrayDcReference(sky, weather, array, options), `dc ${k}`);
    }
  });

  it.each(MODELS)('gives the same hours and parts with every option: %s', (model) => {
    const random = seededRandom(model.length + 11);
    const orientations: [number, number][] = [
      [0, 0],
      [0, 180],
      [90, 0],
      [90, 90],
      [90, 360],
      [60, 137],
    ];
    for (const [tilt_deg, azimuth_deg] of orientations) {
      const horizon = Float32Array.from({ length: 72 }, () => (random() < 0.3 ? 0 : 45 * random() ** 2));
      for (const [array, options] of [
        [
          { tilt_deg, azimuth_deg, kwp: 3.2, mounting: 'open_rack', horizon },
          { model, iam: 'none', albedo: 0.35 },
        ],
        [{ tilt_deg, azimuth_deg, kwp: 0.4, mounting: 'roof', skyViewFactor: 0.6 }, { model }],
        [
          { tilt_deg, azimuth_deg, kwp: 1, mounting: 'roof', horizon },
          { model, iamParameters: { n: 1.3, K: 20, L: 0.004 }, losses_pct: 0 },
        ],
      ] as [PvArray, PvOptions][]) {
        const path = `${model} ${tilt_deg}/${azimuth_deg}`;
        expectIdentical(arrayDc(sky, weather, array, options), arrayDcReference(sky, weather, array, options), path);
      }
      for (const h of [null, horizon]) {
        expectIdentical(
          planeOfArrayComponents(sky, tilt_deg, azimuth_deg, model, 0.2, h),
          planeOfArrayComponentsReference(sky, tilt_deg, azimuth_deg, model, 0.2, h),
          `parts ${model} ${tilt_deg}/${azimuth_deg}`,
        );
      }
    }
    // Planes facing down (planeOfArrayComponents takes tilts to 180°).
    for (const [tilt, azimuth] of [
      [120, 200],
      [180, 0],
    ]) {
      expectIdentical(
        planeOfArrayComponents(sky, tilt!, azimuth!, model, 0.5, null),
        planeOfArrayComponentsReference(sky, tilt!, azimuth!, model, 0.5, null),
        `parts ${model} ${tilt}/${azimuth}`,
      );
    }
  });

  it('refuses bad input with the same message, and lets through what it let through', () => {
    const t0 = Date.UTC(2024, 5, 20, 9);
    const labels = [t0, t0 + 3_600_000, t0 + 7_200_000];
    const years = [
      syntheticYear(labels, [300, 300, 300], [200, 200, 200], [50, -1, 50]),
      syntheticYear(labels, [300, 300, 300], [200, -5, 200], [50, 50, 50]),
      syntheticYear(labels, [300, 300, NaN], [200, 200, 200], [50, 50, 50]),
      syntheticYear(labels, [300, 2500, 300], [200, 2400, 200], [50, 200, 50]),
      syntheticYear(labels, [300, 300, 300], [200, 200, 200], [50, 50, 50]),
    ];
    const fine: Climate = { air_temperature_c: [10, 10, 10], wind_speed_m_s: [2, 2, 2] };
    const climates: Climate[] = [
      fine,
      { air_temperature_c: [10, 85, 10], wind_speed_m_s: [2, 2, 2] },
      { air_temperature_c: [10, 10, 10], wind_speed_m_s: [2, NaN, 2] },
    ];
    const array: PvArray = { tilt_deg: 35, azimuth_deg: 180, kwp: 1, mounting: 'roof' };
    const optionSets: PvOptions[] = [
      {},
      { gammaPdc: 0.01 },
      { iamParameters: { n: 0.5, K: 4, L: 0.002 } },
      { iam: 'none', gammaPdc: -0.5 },
      { model: 'isotropic' },
      { model: 'haydavies', albedo: 1.5 },
    ];
    let refused = 0;
    let passed = 0;
    for (const year of years) {
      const bad = prepareSkyYear(year, LENS);
      for (const climate of climates) {
        for (const options of optionSets) {
          const want = errorOf(() => arrayDcReference(bad, climate, array, options));
          expect(errorOf(() => arrayDc(bad, climate, array, options))).toBe(want);
          if (want === null) {
            passed++;
            expectIdentical(
              arrayDc(bad, climate, array, options),
              arrayDcReference(bad, climate, array, options),
              'ok',
            );
          } else refused++;
        }
      }
    }
    // Both kinds occur (the isotropic model never read DNI: a negative one gives no error).
    expect(refused).toBeGreaterThan(20);
    expect(passed).toBeGreaterThan(2);
  });
});
