import { checkAtLeast } from '../geo/checkRange';

/** Upper bounds (exclusive) of classes A to F [EP kWh/(m²·yr), GHG kgCO2e/(m²·yr)]; above F is G. */
export interface DpeThresholds {
  energy: readonly [number, number, number, number, number, number];
  ghg: readonly [number, number, number, number, number, number];
}

/** Thresholds for 40 m² and more (arrêté du 31 mars 2021, annexe 5; below 800 m of altitude). */
export const STANDARD_THRESHOLDS: DpeThresholds = {
  energy: [70, 110, 180, 250, 330, 420],
  ghg: [6, 11, 30, 50, 70, 100],
};

/**
 * The row for 8 m² and less of the small-surface table (arrêté du 25 mars 2024, annexe 5 rewritten; values as
 * read into Open3CL's limit tables: energy 146/186/386/505/622/739, GHG 11/16/44/68/90/122).
 */
const SMALLEST: DpeThresholds = {
  energy: [146, 186, 386, 505, 622, 739],
  ghg: [11, 16, 44, 68, 90, 122],
};

/**
 * Share of the way from the 40 m² row to the 8 m² row at surface S, from the published points of the E/F energy
 * boundary: 330 at 40 m², 349 at 30 m², 385 at 20 m² (Dalloz actualité, arrêté du 25 mars 2024), 533 at 10 m²
 * (Open3CL limit table, 10 m² row) and 622 at 8 m²; linear in S between these points.
 */
const SHAPE_S = [8, 10, 20, 30, 40];
const SHAPE_F = [1, 203 / 292, 55 / 292, 19 / 292, 0];

function shape(s: number): number {
  if (s <= 8) return 1;
  if (s >= 40) return 0;
  let i = 0;
  while (SHAPE_S[i + 1]! < s) i++;
  const s0 = SHAPE_S[i]!;
  const s1 = SHAPE_S[i + 1]!;
  return SHAPE_F[i]! + ((SHAPE_F[i + 1]! - SHAPE_F[i]!) * (s - s0)) / (s1 - s0);
}

/**
 * DPE class thresholds for a dwelling of `floor_area_m2` (surface de référence, rounded to the m² as the per-m²
 * table of the arrêté du 25 mars 2024 is read). From 40 m²: the standard scale. Below: the relaxed small-surface
 * scale, approximated as t(S) = t40 + (t8 − t40)·f(S) with the shape f of the published E/F boundary — exact at
 * the published points of that boundary, within a few kWh/m² elsewhere (checked in dpeThresholds.test.ts against
 * the other published values); the official per-m² table was not available to this project in full.
 * Sites above 800 m (their own scale) do not occur in the mining basin and are not handled.
 *
 * @param floor_area_m2 reference floor area [m²] > 0
 */
export function dpeThresholds(floor_area_m2: number): DpeThresholds {
  checkAtLeast('floor_area_m2', floor_area_m2, Number.MIN_VALUE);
  const s = Math.round(floor_area_m2);
  if (s >= 40) return STANDARD_THRESHOLDS;
  const f = shape(s);
  const mix = (a: readonly number[], b: readonly number[]) =>
    a.map((v, i) => Math.round(v + (b[i]! - v) * f)) as unknown as DpeThresholds['energy'];
  return { energy: mix(STANDARD_THRESHOLDS.energy, SMALLEST.energy), ghg: mix(STANDARD_THRESHOLDS.ghg, SMALLEST.ghg) };
}
