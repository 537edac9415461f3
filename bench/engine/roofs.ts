/**
 * Speed of engine/roof on the committed demo: `npx tsx bench/engine/roofs.ts`. Prints rows, faces, grids and
 * the hip methods used; figures are copied into docs/roofs.md.
 */
import { faceGrid } from '../../engine/roof/faceGrid';
import { findRoofRows } from '../../engine/roof/findRoofRows';
import { hipOutlineFaces } from '../../engine/roof/hipOutlineFaces';
import { loadDemoRoofInputs } from '../../tests/engine/demoBuildings';
import { preparePart } from '../../engine/roof/preparePart';
import { roofFaces } from '../../engine/roof/roofFaces';
import { roofModel } from '../../engine/roof/roofModel';
import { rowRidge } from '../../engine/roof/rowRidge';
import type { RidgeLine, RoofResult } from '../../engine/roof/types';

const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const result = run();
  return [result, performance.now() - start];
};

const buildings = loadDemoRoofInputs();
for (let round = 0; round < 3; round++) {
  const [ridges, rowMs] = time(() => {
    const map = new Map<string | number, RidgeLine>();
    for (const row of findRoofRows(buildings)) {
      const ridge = rowRidge(row);
      for (const b of row) map.set(b.id, ridge);
    }
    return map;
  });
  const [roofs, facesMs] = time(() => buildings.map((b) => roofFaces({ ...b, ridgeLine: ridges.get(b.id) ?? null })));
  const [samples, gridMs] = time(() =>
    roofs.reduce((n: number, r: RoofResult) => n + r.faces.reduce((m, f) => m + faceGrid(f).points.length / 3, 0), 0),
  );
  const perSecond = (ms: number) => ((buildings.length / ms) * 1000).toFixed(0);
  console.log(
    `round ${round + 1}: ${buildings.length} buildings; rows ${rowMs.toFixed(0)} ms; faces ${facesMs.toFixed(0)} ms ` +
      `(${perSecond(facesMs)}/s); grids at 1 m ${gridMs.toFixed(0)} ms for ${samples} samples; ` +
      `faces + grids ${perSecond(facesMs + gridMs)} buildings/s`,
  );
}
const methods = new Map<string, number>();
for (const b of buildings) {
  if (b.roof_shape === null || roofModel(b.roof_shape) !== 'hip') continue;
  for (const [i, polygon] of b.footprint.entries()) {
    const { method } = hipOutlineFaces(preparePart(polygon, `footprint[${i}]`));
    methods.set(method, (methods.get(method) ?? 0) + 1);
  }
}
console.log('hip parts by method:', Object.fromEntries(methods));
