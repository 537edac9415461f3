import { parentPort, workerData } from 'node:worker_threads';
import { prepareSkyYear } from '../../../../engine/irradiance/index.js';
import { computeTile, type ComputeContext } from '../../../../engine/cadastre/computeTile.js';
import type { CadastreSettings, TileInput } from '../../../../engine/cadastre/tile.js';
import type { TypicalYear } from '../../../../engine/weather/index.js';

/** What computeCadastre hands each worker: the typical year as the weather service read it, the site, settings. */
interface WorkerInit {
  year: TypicalYear;
  site: { lon: number; lat: number };
  settings: CadastreSettings;
}

const init = workerData as WorkerInit;
const ctx: ComputeContext = {
  sky: prepareSkyYear(init.year, { latitude_deg: init.site.lat, longitude_deg: init.site.lon }),
  settings: init.settings,
  planes: new Map(),
};

parentPort!.on('message', (tile: TileInput) => {
  try {
    parentPort!.postMessage({ ok: true, value: computeTile(tile, ctx) });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? `${error.message}` : String(error) });
  }
});
