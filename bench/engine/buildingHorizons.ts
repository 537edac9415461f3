/**
 * Speed and near/far error of the batch horizons on the committed demo: `npx tsx bench/engine/buildingHorizons.ts`
 * (add `--errors` for the error table, a few minutes: differences per sector from `horizonAt`, and their effect on
 * each sample's annual irradiation with engine/irradiance, Perez, on the regional typical year). Roofs come from engine/roof as the cadastre builds them;
 * horizons have 72 sectors on 1 m grids. CPU time (process.cpuUsage) is printed beside wall time because the
 * machine may be shared; figures are copied into docs/shading.md.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { integratePoint, preparePlane, prepareSkyYear, type PlaneTable } from '../../engine/irradiance/index';
import { parseWeather } from '../../engine/weather/index';
import { buildingHorizons } from '../../engine/shading/buildingHorizons';
import { createShadingScene } from '../../engine/shading/createShadingScene';
import { horizonAt } from '../../engine/shading/horizonAt';
import { demoScene, type DemoBuilding } from '../../tests/engine/demoScene';
import type { ShadingScene } from '../../engine/shading/types';

const root = fileURLToPath(new URL('../..', import.meta.url));
let start = performance.now();
const demo = demoScene(root);
console.log(
  `demo: ${demo.buildings.length} buildings, roofs and grids in ${(performance.now() - start).toFixed(0)} ms`,
);
const scenes: ShadingScene[] = [];
for (let round = 0; round < 3; round++) {
  start = performance.now();
  scenes.push(createShadingScene(demo));
  console.log(`createShadingScene round ${round + 1}: ${(performance.now() - start).toFixed(0)} ms`);
}
const scene = scenes[2]!;
const { buildings } = demo;
const samples = buildings.reduce((n, b) => n + b.sampleFace.length, 0);
console.log(
  `${(scene.edgeTop_m.length / buildings.length).toFixed(1)} edges and ` +
    `${(samples / buildings.length).toFixed(1)} samples per building`,
);

function run(label: string, list: DemoBuilding[], options: { nearDistance_m?: number }, firstOnly = false) {
  const input = (b: DemoBuilding) =>
    firstOnly
      ? ([b.samples.subarray(0, 3), b.sampleFace.subarray(0, 1)] as const)
      : ([b.samples, b.sampleFace] as const);
  for (const b of list.slice(0, 500)) buildingHorizons(scene, b.id, ...input(b), options);
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  let points = 0;
  for (const b of list) points += buildingHorizons(scene, b.id, ...input(b), options).length / 72;
  const wall = performance.now() - wall0;
  const used = process.cpuUsage(cpu0);
  const cpu = (used.user + used.system) / 1000;
  console.log(
    `${label}: ${list.length} buildings, ${points} points; CPU ${((cpu * 1000) / points).toFixed(2)} µs/point, ` +
      `${((points / cpu) * 1000).toFixed(0)} points/s, ${((list.length / cpu) * 1000).toFixed(0)} buildings/s; ` +
      `wall ${((wall * 1000) / points).toFixed(2)} µs/point, ${((1000 * wall) / list.length).toFixed(0)} µs/building`,
  );
}

for (let round = 0; round < 2; round++) run(`all buildings, round ${round + 1}`, buildings, {});
run('far field only (first sample of each building)', buildings, {}, true);

if (process.argv.includes('--errors')) {
  const picked = buildings.filter((_, i) => i % 93 === 0);
  const weather = parseWeather(readFileSync(`${root}/fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv`, 'utf8'));
  const sky = prepareSkyYear(weather, { latitude_deg: 50.43, longitude_deg: 2.83 });
  const planes = new Map<string, PlaneTable>();
  const planeOf = (tilt_deg: number, azimuth_deg: number) => {
    const key = `${Math.round(tilt_deg)}:${Math.round(azimuth_deg) % 360}`;
    if (!planes.has(key)) {
      planes.set(
        key,
        preparePlane(sky, {
          tilt_deg: Math.round(tilt_deg),
          azimuth_deg: Math.round(azimuth_deg) % 360,
          model: 'perez',
        }),
      );
    }
    return planes.get(key)!;
  };
  for (const nearDistance_m of [25, 40, 60, 80]) {
    run(`near ${nearDistance_m} m`, buildings, { nearDistance_m });
    let sum = 0;
    let signed = 0;
    let max = 0;
    let count = 0;
    const over = [0, 0, 0];
    let energy = 0;
    let energySigned = 0;
    let energyMax = 0;
    let energyCount = 0;
    for (const b of picked) {
      const batch = buildingHorizons(scene, b.id, b.samples, b.sampleFace, { nearDistance_m });
      for (let i = 0; i < b.sampleFace.length; i++) {
        const face = b.faces.find((f) => f.index === b.sampleFace[i])!;
        const point = [b.samples[3 * i]!, b.samples[3 * i + 1]!, b.samples[3 * i + 2]!] as [number, number, number];
        const exact = horizonAt(scene, point, { selfFaces: [face] });
        const plane = planeOf(face.tilt_deg, face.azimuth_deg);
        const reference = integratePoint(plane, exact).annual_kwh_m2;
        const relative = integratePoint(plane, batch.subarray(72 * i, 72 * i + 72)).annual_kwh_m2 / reference - 1;
        if (reference > 0) {
          energy += Math.abs(relative);
          energySigned += relative;
          energyMax = Math.max(energyMax, Math.abs(relative));
          energyCount++;
        }
        for (let k = 0; k < 72; k++) {
          const d = batch[72 * i + k]! - exact[k]!;
          sum += Math.abs(d);
          signed += d;
          max = Math.max(max, Math.abs(d));
          [0.5, 2, 5].forEach((limit, j) => (over[j]! += Math.abs(d) > limit ? 1 : 0));
          count++;
        }
      }
    }
    const share = (n: number) => `${((100 * n) / count).toFixed(3)} %`;
    console.log(
      `  vs horizonAt on ${picked.length} buildings (${count / 72} points): mean |Δ| ${(sum / count).toFixed(4)}°, ` +
        `mean Δ ${(signed / count).toFixed(4)}°, max ${max.toFixed(2)}°; > 0.5°: ${share(over[0]!)}, ` +
        `> 2°: ${share(over[1]!)}, > 5°: ${share(over[2]!)}`,
    );
    console.log(
      `  annual irradiation per sample: mean |Δ| ${((100 * energy) / energyCount).toFixed(3)} %, ` +
        `mean Δ ${((100 * energySigned) / energyCount).toFixed(3)} %, max |Δ| ${(100 * energyMax).toFixed(2)} %`,
    );
  }
}
