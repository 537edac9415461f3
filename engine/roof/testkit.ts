import type { LocalPoint, LocalPolygon } from '../geo/types';
import type { RoofInput } from './types';

/** A closed rectangle ring [m] with one corner at (x, y). */
export function rectangle(x: number, y: number, width_m: number, depth_m: number): LocalPolygon {
  return [
    [
      [x, y],
      [x + width_m, y],
      [x + width_m, y + depth_m],
      [x, y + depth_m],
      [x, y],
    ],
  ];
}

/** The ring rotated about the origin by `deg` (counter-clockwise) [m]. */
export function rotated(polygon: LocalPolygon, deg: number): LocalPolygon {
  const a = (deg * Math.PI) / 180;
  return polygon.map((ring) =>
    ring.map(([x, y]): LocalPoint => [x * Math.cos(a) - y * Math.sin(a), x * Math.sin(a) + y * Math.cos(a)]),
  );
}

/** A roof input with every attribute null but the footprint and height. */
export function roofInput(footprint: LocalPolygon[], overrides: Partial<RoofInput> = {}): RoofInput {
  return {
    footprint,
    height_m: 7,
    roof_shape: null,
    roof_pitch_deg: null,
    roof_direction_deg: null,
    ridge_azimuth_deg: null,
    typology: null,
    levels: null,
    ...overrides,
  };
}
