import { parentPort, workerData } from 'node:worker_threads';
import { prepareSkyYear } from '../../../../engine/irradiance/index.js';
import { computeTile, type ComputeContext } from '../../../../engine/cadastre/computeTile.js';
import type { CadastreSettings, TileInput } from '../../../../engine/cadastre/tile.js';
import type { TypicalYear } from '../../../../engine/weather/index.js';

interface WorkerInit {
  weather: { timeUtcMs: number[]; ghi: number[]; dni: number[]; dhi: number[]; temperature: number[] };
  site: { lon: number; lat: number };
  settings: CadastreSettings;
}

const init = workerData as WorkerInit;
const hours = init.weather.timeUtcMs.length;
const zeros = new Float32Array(hours);
const year: TypicalYear = {
  format: 'pvgis-csv',
  source: 'database',
  latitude_deg: init.site.lat,
  longitude_deg: init.site.lon,
  elevation_m: null,
  hours,
  timeUtcMs: Float64Array.from(init.weather.timeUtcMs),
  ghi_w_m2: Float32Array.from(init.weather.ghi),
  dni_w_m2: Float32Array.from(init.weather.dni),
  dhi_w_m2: Float32Array.from(init.weather.dhi),
  air_temperature_c: Float32Array.from(init.weather.temperature),
  wind_speed_m_s: zeros,
  relative_humidity_pct: zeros,
  pressure_pa: zeros,
};
const ctx: ComputeContext = {
  sky: prepareSkyYear(year, { latitude_deg: init.site.lat, longitude_deg: init.site.lon }),
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
