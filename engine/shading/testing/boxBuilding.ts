import type { BuildingObstacle } from '../../geo/types';

/**
 * Test helper: a flat-roofed box (no faces) over an axis-aligned rectangle.
 *
 * @param id building id
 * @param x0 west [m]; y0 south, x1 east, y1 north
 * @param eaves_m height [m]
 */
export function boxBuilding(
  id: number,
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  eaves_m: number,
): BuildingObstacle {
  return {
    id,
    footprint: [
      [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0, y1],
        [x0, y0],
      ],
    ],
    eaves_m,
    faces: [],
  };
}
