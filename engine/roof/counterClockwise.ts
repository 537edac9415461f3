import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';

/** The ring counter-clockwise (positive signed area). */
export function counterClockwise(ring: readonly LocalPoint[]): LocalPoint[] {
  return signedArea(ring) >= 0 ? [...ring] : [...ring].reverse();
}
