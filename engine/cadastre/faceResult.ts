import type { PointIrradiation } from '../irradiance/index';
import type { FaceGrid, RoofFace } from '../geo/types';
import type { CadastreSettings, FaceResult } from './tile';

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Value at quantile q of sorted values, linear between neighbours (as numpy's default). */
export function quantileSorted(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/**
 * Per-face results from its samples' irradiation: mean annual and monthly [kWh/m²], deciles over the samples (p0, p10,
 * …, p100), sky view factor (mean), shading loss against the same face unobstructed [%], usable area (samples at or
 * above the threshold, each standing for an equal share of the face) [m²] and the heat-map grid.
 */
export function faceResult(
  face: RoofFace,
  grid: FaceGrid,
  samples: PointIrradiation[],
  unshaded_kwh_m2: number,
  settings: CadastreSettings,
  toLonLat: (p: [number, number]) => [number, number],
  options: { samplesOnFace?: number } = {},
): FaceResult {
  const n = samples.length;
  const annual = Float64Array.from(samples, (s) => s.annual_kwh_m2);
  const monthly = new Array<number>(12).fill(0);
  let svf = 0;
  for (const s of samples) {
    for (let m = 0; m < 12; m++) monthly[m]! += s.monthly_kwh_m2[m]! / n;
    svf += s.skyViewFactor / n;
  }
  const mean = annual.reduce((a, b) => a + b, 0) / n;
  const sorted = annual.slice().sort();
  // Each sample of the whole face stands for an equal share of its area; samples under a superstructure were taken
  // out (options.samplesOnFace counts them), so they take their share of the area with them.
  const share = face.area_m2 / Math.max(n, options.samplesOnFace ?? n);
  let usableCount = 0;
  let usableKwh = 0;
  for (const a of annual) {
    if (a >= settings.usableThreshold_kwh_m2) {
      usableCount += 1;
      usableKwh += a * share;
    }
  }
  const cells: (number | null)[] = new Array(grid.nu * grid.nv).fill(null);
  let k = 0;
  for (let c = 0; c < grid.inside.length; c++) if (grid.inside[c]) cells[c] = round1(annual[k++]!);
  const ring = face.ring.map(([x, y, z]) => {
    const [lon, lat] = toLonLat([x, y]);
    return [Math.round(lon * 1e8) / 1e8, Math.round(lat * 1e8) / 1e8, Math.round(z * 1000) / 1000];
  });
  return {
    face_index: face.index,
    ring: JSON.stringify({ type: 'Polygon', coordinates: [ring] }),
    tilt_deg: face.tilt_deg,
    azimuth_deg: ((face.azimuth_deg % 360) + 360) % 360,
    area_m2: face.area_m2,
    plan_area_m2: face.plan_area_m2,
    annual_kwh_m2: mean,
    monthly_kwh_m2: monthly.map(round1),
    deciles_kwh_m2: Array.from({ length: 11 }, (_, d) => round1(quantileSorted(sorted, d / 10))),
    unshaded_annual_kwh_m2: unshaded_kwh_m2,
    shading_loss_pct: unshaded_kwh_m2 > 0 ? Math.max(0, 100 * (1 - mean / unshaded_kwh_m2)) : 0,
    sky_view_factor: svf,
    usable_area_m2: usableCount * share,
    usable_kwh: usableKwh,
    grid_spacing_m: grid.spacing_m,
    grid_nu: grid.nu,
    grid_nv: grid.nv,
    sample_kwh_m2: cells,
  };
}
