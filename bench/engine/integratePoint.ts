/**
 * Bench of the irradiance integrator on the regional typical year at Lens (not a test; prints figures):
 *   npx tsx bench/engine/integratePoint.ts
 * Reports the table's size and build time, the work per point (bucket lookups and comparisons) and µs per point
 * (annual + monthly, 72 sectors) for open and obstructed horizons, against the plain hourly loop.
 */
import { readFileSync } from 'node:fs';
import { parseWeather } from '../../engine/weather';
import { annualPlaneIrradiation } from '../../engine/irradiance/annualPlaneIrradiation';
import { integratePoint } from '../../engine/irradiance/integratePoint';
import { preparePlane } from '../../engine/irradiance/preparePlane';
import { prepareSkyYear } from '../../engine/irradiance/prepareSkyYear';
import { seededRandom } from '../../engine/irradiance/testing';

const file = new URL('../../fixtures/weather/pvgis-tmy_50.811_3.310_2005-2020.csv', import.meta.url);
const weather = parseWeather(readFileSync(file, 'utf8'));
const location = { latitude_deg: 50.4322, longitude_deg: 2.8333 };

let t = performance.now();
const sky = prepareSkyYear(weather, location);
const skyMs = performance.now() - t;
t = performance.now();
const plane = preparePlane(sky, { tilt_deg: 35, azimuth_deg: 180, model: 'perez' });
const planeMs = performance.now() - t;

const buckets = plane.bucketStart.length - 1;
let filled = 0;
let largest = 0;
let comparisons = 0;
for (let b = 0; b < buckets; b++) {
  const size = plane.bucketStart[b + 1]! - plane.bucketStart[b]!;
  if (size === 0) continue;
  filled++;
  largest = Math.max(largest, size);
  comparisons += Math.ceil(Math.log2(size + 1));
}

const random = seededRandom(1);
const horizons = Array.from({ length: 1000 }, () => Float32Array.from({ length: 72 }, () => 35 * random() ** 2));
function microsPerPoint(horizonOf: (k: number) => Float32Array | null, points: number): number {
  let checksum = 0;
  const start = performance.now();
  for (let k = 0; k < points; k++) checksum += integratePoint(plane, horizonOf(k)).annual_kwh_m2;
  if (!(checksum > 0)) throw new Error('bench produced no irradiation');
  return ((performance.now() - start) * 1000) / points;
}
microsPerPoint((k) => horizons[k % 1000]!, 20_000); // warm-up
const open = microsPerPoint(() => null, 50_000);
const obstructed = microsPerPoint((k) => horizons[k % 1000]!, 50_000);
t = performance.now();
const hourly = annualPlaneIrradiation(weather, location.latitude_deg, location.longitude_deg, 35, 180, 'perez', 0.2);
const hourlyMs = performance.now() - t;

console.log(`sky year (8760 sun positions and sky factors): ${skyMs.toFixed(1)} ms`);
console.log(
  `plane table south 35° Perez (first, cold): ${planeMs.toFixed(1)} ms, ${plane.elevation_deg.length} entries`,
);
console.log(
  `buckets: ${filled} filled of ${buckets}, mean ${(plane.elevation_deg.length / filled).toFixed(1)}, max ${largest}`,
);
console.log(`per point: ${filled} bucket lookups, ≤ ${comparisons} elevation comparisons, 72 sky-view sectors`);
console.log(`integratePoint: ${open.toFixed(2)} µs/point open, ${obstructed.toFixed(2)} µs/point obstructed`);
console.log(`hourly loop (sky year + 8760 hours): ${hourlyMs.toFixed(1)} ms for ${hourly.toFixed(2)} kWh/m²`);
