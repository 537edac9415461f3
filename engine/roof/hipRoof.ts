import { cappedSlope } from './cappedSlope';
import { hipOutlineFaces } from './hipOutlineFaces';
import type { PreparedPart } from './preparePart';
import type { PartRoof } from './roofPiece';

/**
 * A hipped roof: every wall carries a slope at the same pitch (`hipOutlineFaces`); the rise is set by the point
 * farthest inside its wall line (the top of the skeleton), whose height is `height_m`.
 *
 * @param part footprint part
 * @param height_m height of the top [m]
 * @param pitch_deg pitch of every slope [°]
 * @param minEaves_m lowest eaves wanted [m] (`cappedSlope`)
 */
export function hipRoof(part: PreparedPart, height_m: number, pitch_deg: number, minEaves_m: number): PartRoof {
  const { faces } = hipOutlineFaces(part);
  let run = 0;
  for (const face of faces) {
    for (const [x, y] of face.ring) run = Math.max(run, face.nx * x + face.ny * y - face.c);
  }
  const slope = cappedSlope(pitch_deg, run, height_m, minEaves_m);
  const eaves_m = height_m - slope * run;
  return {
    pieces: faces.map((face) => ({
      outline: face.ring,
      plane: { gx: slope * face.nx, gy: slope * face.ny, z0_m: eaves_m - slope * face.c },
    })),
    eaves_m,
  };
}
