import type { LocalPoint } from '../geo/types';
import { cappedSlope } from './cappedSlope';
import { oppositeHalfPlane, type HalfPlane } from './clipHalfPlane';
import { clipPart } from './clipPart';
import type { PreparedPart } from './preparePart';
import type { PartRoof, RoofPiece } from './roofPiece';

/** A ridge in plan: a point on it and its unit direction. */
export interface PlanRidge {
  point: LocalPoint;
  direction: LocalPoint;
}

/**
 * A gable roof: the part cut by the ridge line into its two sides, each covered by a plane through the ridge at
 * `ridge_m` sloping down at the pitch; the rise is set by the farthest outline point from the ridge, so the eaves
 * (ridge_m − rise) are the lowest wall top, and on a rectangle with a centred ridge both eaves.
 *
 * @param part footprint part
 * @param ridge the ridge line
 * @param ridge_m ridge height [m]
 * @param pitch_deg pitch of both sides [°]
 * @param minEaves_m lowest eaves wanted [m] (`cappedSlope`)
 */
export function gableRoof(
  part: PreparedPart,
  ridge: PlanRidge,
  ridge_m: number,
  pitch_deg: number,
  minEaves_m: number,
): PartRoof {
  const wx = -ridge.direction[1];
  const wy = ridge.direction[0];
  const offset = wx * ridge.point[0] + wy * ridge.point[1];
  let run = 0;
  for (const [x, y] of part.exterior) run = Math.max(run, Math.abs(x * wx + y * wy - offset));
  const slope = cappedSlope(pitch_deg, run, ridge_m, minEaves_m);
  // Left of the ridge (w·p ≥ offset) the roof falls along +w, right of it along −w.
  const left: HalfPlane = { nx: -wx, ny: -wy, c: -offset };
  const sides: [HalfPlane, number][] = [
    [left, 1],
    [oppositeHalfPlane(left), -1],
  ];
  const pieces: RoofPiece[] = [];
  for (const [side, sign] of sides) {
    const plane = { gx: -sign * slope * wx, gy: -sign * slope * wy, z0_m: ridge_m + sign * slope * offset };
    for (const outline of clipPart(part, [side])) pieces.push({ outline, plane });
  }
  return { pieces, eaves_m: ridge_m - slope * run };
}
