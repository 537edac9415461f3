import { checkRange } from '../geo/checkRange';
import { checkAboveAtMost } from './checkMonthly';

/** Bounds of a CESI request: collector area (0, 20] m², tank [50, 1000] L. */
export const CESI_REQUEST_BOUNDS = { collector_m2: { min: 0, max: 20 }, tank_l: { min: 50, max: 1000 } } as const;

/**
 * Check the system size a request asks for; either may be absent (then sized from the occupants).
 * @param request collector area [m²] within (0, 20] (0 is rejected), tank volume [L] within [50, 1000]
 * @throws RangeError naming the field, e.g. "collector_m2 must be within (0, 20], got 0"
 */
export function checkCesiRequest(request: { collector_m2?: number; tank_l?: number }): void {
  const b = CESI_REQUEST_BOUNDS;
  if (request.collector_m2 !== undefined)
    checkAboveAtMost('collector_m2', request.collector_m2, b.collector_m2.min, b.collector_m2.max);
  if (request.tank_l !== undefined) checkRange('tank_l', request.tank_l, b.tank_l.min, b.tank_l.max);
}
