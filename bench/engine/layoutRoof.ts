/**
 * Speed of the panel layout: `npx tsx bench/engine/layoutRoof.ts`. Lays the default module on a few house roofs
 * built by engine/roof (hip and gable, 2–4 faces, 1 m grid, varying irradiation) and prints the time per house.
 */
import { faceGrid } from '../../engine/roof/faceGrid';
import { roofFaces } from '../../engine/roof/roofFaces';
import { rectangle, roofInput, rotated } from '../../engine/roof/testkit';
import { samplesOf } from '../../engine/layout/faces.testkit';
import { layoutRoof } from '../../engine/layout/layoutRoof';
import { loadModules } from '../../tests/engine/fixtures';
import { defaultModule } from '../../engine/layout/parseModules';
import type { FaceInput } from '../../engine/layout/types';

const module = defaultModule(loadModules());
const roofs = [
  roofInput([rectangle(0, 0, 12, 9)], { roof_shape: 'hip', roof_pitch_deg: 40, height_m: 9 }),
  roofInput([rotated(rectangle(0, 0, 14, 8), 17)], { roof_shape: 'gable', roof_pitch_deg: 45, height_m: 9 }),
  roofInput([rectangle(0, 0, 16, 10)], { roof_shape: 'hip', roof_pitch_deg: 30, height_m: 9 }),
  roofInput([rectangle(0, 0, 10, 6)], { roof_shape: 'gable', roof_pitch_deg: 35, height_m: 8 }),
];
const houses: FaceInput[][] = roofs.map((roof) =>
  roofFaces(roof).faces.map((face) => {
    const grid = faceGrid(face, 1);
    return { face, grid, sample_kwh_m2: samplesOf(grid, (i, j) => 950 + ((i * 7 + j * 13) % 200)) };
  }),
);
for (let round = 0; round < 5; round++) {
  const rounds = 200;
  let panels = 0;
  const start = performance.now();
  for (let k = 0; k < rounds; k++) for (const house of houses) panels += layoutRoof(house, module).panels.length;
  const ms = (performance.now() - start) / (rounds * houses.length);
  console.log(
    `round ${round + 1}: ${ms.toFixed(3)} ms per house (${houses.map((h) => h.length).join('/')} faces), ` +
      `${panels / rounds / houses.length} panels per house`,
  );
}
