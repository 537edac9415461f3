/** Directions of the sector boundaries of a horizon, precomputed once per query or batch. */
export interface SectorTable {
  /** Number of sectors. */
  readonly sectors: number;
  /** Width of a sector [rad]. */
  readonly width_rad: number;
  /** sin and cos of boundary k's azimuth k·width (k = 0 … sectors, the last equal to the first) = its unit (east, north). */
  readonly sin: Float64Array;
  readonly cos: Float64Array;
}

/** Largest number of sectors accepted (0.05° each). */
export const MAX_SECTORS = 7200;

/**
 * The boundary directions of `sectors` equal azimuth sectors, sector i covering [i·360/n, (i+1)·360/n) clockwise from
 * north.
 *
 * @param sectors number of sectors, an integer within [4, 7200]
 * @example sectorTable(4).sin // [0, 1, 0, -1, 0] (north, east, south, west, north)
 */
export function sectorTable(sectors: number): SectorTable {
  if (!Number.isInteger(sectors) || sectors < 4 || sectors > MAX_SECTORS) {
    throw new RangeError(`sectors must be an integer within [4, ${MAX_SECTORS}], got ${sectors}`);
  }
  const width_rad = (2 * Math.PI) / sectors;
  const sin = new Float64Array(sectors + 1);
  const cos = new Float64Array(sectors + 1);
  for (let k = 0; k <= sectors; k++) {
    // Exact values at the quarter turns, so that a wall due south meets a boundary exactly where it should.
    const quarter = (4 * k) / sectors;
    if (Number.isInteger(quarter)) {
      const q = quarter % 4;
      sin[k] = q === 1 ? 1 : q === 3 ? -1 : 0;
      cos[k] = q === 0 ? 1 : q === 2 ? -1 : 0;
    } else {
      sin[k] = Math.sin(k * width_rad);
      cos[k] = Math.cos(k * width_rad);
    }
  }
  return { sectors, width_rad, sin, cos };
}
