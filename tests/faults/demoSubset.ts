import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../api/src/config.js';
import { readTextFile } from '../../api/src/util/readText.js';

const DEMO = path.join(PROJECT_ROOT, 'fixtures', 'demo');

/**
 * Writes a demo folder (buildings.geojson, obstacles.geojson) holding every `step`-th building of the committed demo:
 * spread over the whole basin, so a cadastre run has many small tiles (a restart lands between two tile writes)
 * and stays short. 18,658 / 40 ≈ 470 buildings.
 */
export function writeDemoSubset(dir: string, step = 40): number {
  fs.mkdirSync(dir, { recursive: true });
  const collection = JSON.parse(readTextFile(path.join(DEMO, 'buildings.geojson'))) as { features: unknown[] };
  collection.features = collection.features.filter((_, i) => i % step === 0);
  fs.writeFileSync(path.join(dir, 'buildings.geojson'), JSON.stringify(collection));
  fs.copyFileSync(path.join(DEMO, 'obstacles.geojson'), path.join(dir, 'obstacles.geojson'));
  return collection.features.length;
}
