import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SkyModel } from '../sky/types';
import { parseWeather } from '../weather';
import { integratePoint } from './integratePoint';
import { preparePlane } from './preparePlane';
import { preparePlaneReference } from './preparePlaneReference.testkit';
import { prepareSkyYear } from './prepareSkyYear';
import { seededRandom, syntheticYear } from './testing';
import type { PlaneOptions } from './types';

const LENS = { latitude_deg: 50.4322, longitude_deg: 2.8333 };
const weather = parseWeather(
  readFileSync(new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url), 'utf8'),
);
const sky = prepareSkyYear(weather, LENS);
const MODELS: SkyModel[] = ['perez', 'haydavies', 'isotropic'];

/** Every field equal, typed arrays byte for byte (so −0 against 0 or a different NaN would fail too). */
function expectIdentical(actual: object, expected: object, path = 'table'): void {
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
    } else if (typeof want === 'object' && want !== null) {
      expectIdentical(got as object, want, `${path}.${key}`);
    } else {
      expect(Object.is(got, want), `${path}.${key}: ${String(got)} vs ${String(want)}`).toBe(true);
    }
  }
}

// The table built from the sky year's plane-independent factors must be the one built hour by hour through
// planeHourParts and a comparator sort (preparePlaneReference.testkit.ts, the implementation it replaced): the same
// operations on the same operands in the same order, so equal to the last bit (tolerance 0, byte for byte).
describe('preparePlane against the hour-by-hour reference', () => {
  it.each(MODELS)('gives the same table on the regional year: %s, 24 orientations', (model) => {
    const random = seededRandom(model.length);
    const orientations: [number, number][] = [
      [0, 0],
      [0, 180],
      [35, 180],
      [90, 0],
      [90, 90],
      [90, 360],
      [120, 200],
      [180, 0],
      [180, 137],
    ];
    while (orientations.length < 24) orientations.push([Math.round(180 * random()), 2 * Math.round(180 * random())]);
    for (const [tilt_deg, azimuth_deg] of orientations) {
      const options: PlaneOptions = { tilt_deg, azimuth_deg, model, albedo: 0.25 };
      expectIdentical(preparePlane(sky, options), preparePlaneReference(sky, options));
    }
  });

  it('gives the same table for other sector counts and fractional angles', () => {
    for (const sectors of [4, 36, 360, 3600]) {
      const options: PlaneOptions = { tilt_deg: 27.3, azimuth_deg: 163.9, model: 'perez', sectors };
      expectIdentical(preparePlane(sky, options), preparePlaneReference(sky, options));
    }
  });

  it('gives the same integratePoint results under random horizons', () => {
    const random = seededRandom(42);
    for (let trial = 0; trial < 12; trial++) {
      const options: PlaneOptions = {
        tilt_deg: Math.round(70 * random()),
        azimuth_deg: 2 * Math.round(180 * random()),
        model: MODELS[trial % 3]!,
      };
      const fast = preparePlane(sky, options);
      const reference = preparePlaneReference(sky, options);
      for (let k = 0; k < 5; k++) {
        const horizon = Float32Array.from({ length: 72 }, () => (random() < 0.3 ? 0 : 45 * random() ** 2));
        expectIdentical(integratePoint(fast, horizon), integratePoint(reference, horizon), 'point');
      }
      expectIdentical(integratePoint(fast, null), integratePoint(reference, null), 'point');
    }
  });

  // Equal sun elevations (repeated labels) must accumulate in hour order, as the stable sort did.
  it('keeps equal elevations in hour order', () => {
    const noon = Date.UTC(2024, 5, 21, 12);
    const labels = [noon, noon + 3_600_000, noon, noon];
    const year = syntheticYear(labels, [900, 700, 500, 300], [800, 600, 400, 200], [100, 100, 100, 100]);
    const repeated = prepareSkyYear(year, { ...LENS, timeOffsetMinutes: 0 });
    const options: PlaneOptions = { tilt_deg: 35, azimuth_deg: 180, model: 'perez' };
    const plane = preparePlane(repeated, options);
    expectIdentical(plane, preparePlaneReference(repeated, options));
    const entries = Array.from(plane.elevation_deg);
    expect(entries.filter((e) => e === repeated.elevation_deg[0])).toHaveLength(3);
  });

  it('refuses bad weather at the same hour with the same message, and lets through what it let through', () => {
    const t0 = Date.UTC(2024, 2, 20, 9);
    const labels = [t0, t0 + 3_600_000, t0 + 7_200_000];
    const negativeDhi = prepareSkyYear(syntheticYear(labels, [300, 300, 300], [200, 200, 200], [50, -1, 50]), LENS);
    const negativeDni = prepareSkyYear(syntheticYear(labels, [300, 300, 300], [200, -5, 200], [50, 50, 50]), LENS);
    const nanGhi = prepareSkyYear(syntheticYear(labels, [300, 300, NaN], [200, 200, 200], [50, 50, 50]), LENS);
    for (const model of MODELS) {
      const options: PlaneOptions = { tilt_deg: 30, azimuth_deg: 180, model };
      for (const bad of [negativeDhi, nanGhi, ...(model === 'isotropic' ? [] : [negativeDni])]) {
        expect(() => preparePlaneReference(bad, options)).toThrow(RangeError);
        let message = '';
        try {
          preparePlaneReference(bad, options);
        } catch (error) {
          message = (error as Error).message;
        }
        expect(() => preparePlane(bad, options)).toThrow(message);
      }
    }
    // The isotropic model never read DNI: a negative one gives no beam in either table, and no error.
    const options: PlaneOptions = { tilt_deg: 30, azimuth_deg: 180, model: 'isotropic' };
    expectIdentical(preparePlane(negativeDni, options), preparePlaneReference(negativeDni, options));
  });
});
