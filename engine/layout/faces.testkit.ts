import type { FaceGrid, LocalPoint, RoofFace, Vec3 } from '../geo/types';
import type { ModuleSpec } from './types';

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * A south-facing plane rectangle: width_m along the eaves (east), depth_m up the slope (true length, not plan),
 * eaves at y = 0, z = eaves_m [m].
 */
export function southFace(width_m: number, depth_m: number, tilt_deg: number, eaves_m = 3, index = 0): RoofFace {
  const y = depth_m * Math.cos(rad(tilt_deg));
  const z = eaves_m + depth_m * Math.sin(rad(tilt_deg));
  const ring: Vec3[] = [
    [0, 0, eaves_m],
    [width_m, 0, eaves_m],
    [width_m, y, z],
    [0, y, z],
    [0, 0, eaves_m],
  ];
  return {
    index,
    ring,
    normal: [0, -Math.sin(rad(tilt_deg)), Math.cos(rad(tilt_deg))],
    tilt_deg,
    azimuth_deg: 180,
    area_m2: width_m * depth_m,
    plan_area_m2: width_m * y,
  };
}

/** One value per cell: `value(i, j)` inside the face, null outside [kWh/m²]. */
export function samplesOf(grid: FaceGrid, value: (i: number, j: number) => number): (number | null)[] {
  const out: (number | null)[] = new Array(grid.nu * grid.nv).fill(null);
  for (let j = 0; j < grid.nv; j++) {
    for (let i = 0; i < grid.nu; i++) if (grid.inside[i + j * grid.nu]) out[i + j * grid.nu] = value(i, j);
  }
  return out;
}

/** (u, v) of a point in the grid's plane frame [m]. */
export function toUv(grid: FaceGrid, p: Vec3): LocalPoint {
  const d = [p[0] - grid.origin[0], p[1] - grid.origin[1], p[2] - grid.origin[2]];
  return [
    d[0]! * grid.u[0] + d[1]! * grid.u[1] + d[2]! * grid.u[2],
    d[0]! * grid.v[0] + d[1]! * grid.v[1] + d[2]! * grid.v[2],
  ];
}

/** A module of the 108-half-cell format for tests (1.722 × 1.134 m, 430 Wp). */
export const TEST_MODULE: ModuleSpec = {
  id: 'test-1722x1134',
  manufacturer: 'test',
  model: 'test 430',
  wp: 430,
  length_m: 1.722,
  width_m: 1.134,
  efficiency_pct: 22.0,
  gamma_pdc_pct_per_c: -0.3,
  glass: 'glass_polymer',
  default: true,
  source: { title: 'test module', url: 'https://example.org/datasheet.pdf', date: '2026-01' },
};
