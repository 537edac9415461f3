import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import { loadDemoRoofInputs } from '../../tests/engine/demoBuildings';
import { faceGrid } from './faceGrid';
import { findRoofRows } from './findRoofRows';
import { roofFaces } from './roofFaces';
import { rowRidge } from './rowRidge';
import type { RidgeLine } from './types';

describe('roofs of the whole demo (fixtures/demo/buildings.geojson.gz)', () => {
  it('tiles every footprint, matches the generator’s eaves, shares ridges along rows', () => {
    const buildings = loadDemoRoofInputs();
    expect(buildings.length).toBeGreaterThan(18_000);
    const rowStart = performance.now();
    const rows = findRoofRows(buildings);
    const ridges = new Map<string | number, RidgeLine>();
    for (const row of rows) {
      const ridge = rowRidge(row);
      for (const b of row) ridges.set(b.id, ridge);
    }
    const rowMs = performance.now() - rowStart;
    const start = performance.now();
    let faceCount = 0;
    let sampleCount = 0;
    const results = buildings.map((b) => {
      const roof = roofFaces({ ...b, ridgeLine: ridges.get(b.id) ?? null });
      for (const face of roof.faces) sampleCount += faceGrid(face).points.length / 3;
      faceCount += roof.faces.length;
      return roof;
    });
    const seconds = (performance.now() - start) / 1000;
    const rate = buildings.length / seconds;
    console.log(
      `engine/roof on the demo: ${buildings.length} buildings, ${faceCount} faces, ${sampleCount} samples at 1 m; ` +
        `faces + grids ${(seconds * 1000).toFixed(0)} ms = ${rate.toFixed(0)} buildings/s; ` +
        `${rows.length} rows (${ridges.size} houses) found in ${rowMs.toFixed(0)} ms`,
    );

    let eavesChecked = 0;
    buildings.forEach((b, k) => {
      const { faces, eaves_m } = results[k]!;
      const area = b.footprint.reduce(
        (s, part) => s + part.reduce((t, ring, i) => t + (i ? -1 : 1) * Math.abs(signedArea(ring)), 0),
        0,
      );
      const plan = faces.reduce((s, f) => s + f.plan_area_m2, 0);
      expect(Math.abs(plan / area - 1)).toBeLessThan(1e-6);
      for (const f of faces) expect(f.area_m2 * Math.cos((f.tilt_deg * Math.PI) / 180)).toBeCloseTo(f.plan_area_m2, 6);
      // The generator drew eaves and ridge heights and derived the pitch; it wrote both heights rounded to 0.1 m
      // (±0.05 m each) and the pitch to 0.1° (≈ ±0.005 m over a half-depth of 4 m): at most 0.105 m apart.
      if (b.eavesAttribute !== null && b.roof_shape === 'gable') {
        expect(Math.abs(eaves_m - b.eavesAttribute)).toBeLessThan(0.11);
        eavesChecked++;
      }
    });
    expect(eavesChecked).toBeGreaterThan(10_000);
    const corons = buildings.filter((b) => b.typology === 'coron');
    expect(corons.every((b) => ridges.has(b.id))).toBe(true);
  });
});
