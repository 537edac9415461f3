/**
 * Bench of the plane table on the regional typical year at Lens (not a test; prints figures):
 *   npx tsx bench/engine/preparePlane.ts
 * For preparePlane and for the implementation it replaced (preparePlaneReference.testkit.ts, hour by hour through
 * planeHourParts and a sort), in ms per table, on 700 orientations drawn as the batch cadastre rounds them (tilt to
 * 1° within [0, 60], azimuth to 2°, Perez):
 * - cold: the first table of a fresh process, nothing compiled yet (median of 5 processes);
 * - batch: the 700 tables built one after the other by a fresh process, JIT warm-up included, as a compute worker
 *   builds them (median of 5 processes);
 * - warm: the same 700 once compiled (best of 3 rounds: the machine may be shared).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseWeather } from '../../engine/weather';
import { preparePlane } from '../../engine/irradiance/preparePlane';
import { preparePlaneReference } from '../../engine/irradiance/preparePlaneReference.testkit';
import { prepareSkyYear } from '../../engine/irradiance/prepareSkyYear';
import { seededRandom } from '../../engine/irradiance/testing';
import type { PlaneOptions, PlaneTable, SkyYear } from '../../engine/irradiance/types';

const IMPLEMENTATIONS: Record<string, (sky: SkyYear, options: PlaneOptions) => PlaneTable> = {
  preparePlane,
  reference: preparePlaneReference,
};
const TABLES = 700;

const file = new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url);
const weather = parseWeather(readFileSync(file, 'utf8'));
let t = performance.now();
const sky = prepareSkyYear(weather, { latitude_deg: 50.4322, longitude_deg: 2.8333 });
const skyMs = performance.now() - t;

const random = seededRandom(11);
const orientations = Array.from({ length: TABLES }, (): PlaneOptions => {
  const tilt_deg = Math.round(60 * random());
  const step = tilt_deg < 5 ? 10 : 2;
  return { tilt_deg, azimuth_deg: (Math.round((360 * random()) / step) * step) % 360, model: 'perez' };
});

/** Milliseconds per table over all orientations, and the number of entries built (a checksum). */
function batch(build: (sky: SkyYear, options: PlaneOptions) => PlaneTable): { ms: number; entries: number } {
  let entries = 0;
  const start = performance.now();
  for (const options of orientations) entries += build(sky, options).elevation_deg.length;
  return { ms: (performance.now() - start) / orientations.length, entries };
}

if (process.argv[2] === 'child') {
  const build = IMPLEMENTATIONS[process.argv[3]!]!;
  t = performance.now();
  build(sky, orientations[0]!);
  const firstMs = performance.now() - t;
  console.log(JSON.stringify({ skyMs, firstMs, batchMs: batch(build).ms }));
  process.exit(0);
}

const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Medians over fresh processes of the sky year's, the first table's and the batch's times [ms]. */
function fresh(name: string, runs = 5): { skyMs: number; firstMs: number; batchMs: number } {
  const samples: { skyMs: number; firstMs: number; batchMs: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, 'child', name], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`fresh run of ${name} failed: ${child.stderr}`);
    samples.push(JSON.parse(child.stdout.trim().split('\n').pop()!));
  }
  return {
    skyMs: median(samples.map((s) => s.skyMs)),
    firstMs: median(samples.map((s) => s.firstMs)),
    batchMs: median(samples.map((s) => s.batchMs)),
  };
}

console.log(`sky year (8760 sun positions and sky factors): ${skyMs.toFixed(1)} ms in this process`);
for (const [name, build] of Object.entries(IMPLEMENTATIONS)) {
  const cold = fresh(name);
  batch(build);
  const rounds = [batch(build), batch(build), batch(build)];
  const warm = Math.min(...rounds.map((r) => r.ms));
  console.log(
    `${name.padEnd(12)} cold ${cold.firstMs.toFixed(2)} ms, batch ${cold.batchMs.toFixed(3)} ms/table, ` +
      `warm ${warm.toFixed(3)} ms/table (${TABLES} orientations, ${rounds[0]!.entries} entries; ` +
      `sky year ${cold.skyMs.toFixed(1)} ms in a fresh process)`,
  );
}
