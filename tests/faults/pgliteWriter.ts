/**
 * Child process of pglite.test.ts: writes the same tile's results (a JSON file: weather id and BuildingSolarResult[])
 * into the embedded database at argv[2] over and over, printing "written N" after each commit, until the test kills
 * it (SIGKILL), most likely in the middle of a write.
 */
import fs from 'node:fs';
import { openPglite } from '../../api/src/db/pglite.js';
import { writeTileResults } from '../../api/src/services/cadastre/writeResults.js';
import type { BuildingSolarResult } from '../../engine/cadastre/tile.js';

const [dir, file] = process.argv.slice(2);
const { weatherId, results } = JSON.parse(fs.readFileSync(file!, 'utf8')) as {
  weatherId: number;
  results: BuildingSolarResult[];
};
const db = await openPglite(dir!);
for (let n = 1; n <= 10_000; n++) {
  await writeTileResults(db, results, weatherId, `write-${n}`);
  console.log(`written ${n}`);
}
console.log('finished');
await db.close();
