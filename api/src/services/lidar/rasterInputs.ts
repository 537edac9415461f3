import { cellOf, cellsInside, type TileGrid } from '../../../../engine/lidar/tileCollector.js';
import type { PlanRing } from '../../../../engine/lidar/types.js';

/**
 * Height of the vegetation above the ground per vegetation cell [m]: the highest vegetation point of the cell minus
 * the ground under its centre (the ground grid's cell, else the mean of its nearest filled cells within 3 cells).
 * NaN where no vegetation point fell or no ground is known nearby.
 */
export function canopyHeights(vegetation: TileGrid, ground: TileGrid): TileGrid {
  const values = new Float32Array(vegetation.values.length).fill(Number.NaN);
  for (let j = 0; j < vegetation.ny; j++) {
    for (let i = 0; i < vegetation.nx; i++) {
      const top = vegetation.values[i + j * vegetation.nx]!;
      if (Number.isNaN(top)) continue;
      const x = vegetation.minX + (i + 0.5) * vegetation.cell_m;
      const y = vegetation.minY + (j + 0.5) * vegetation.cell_m;
      const g = groundAt(ground, x, y);
      if (g !== null) values[i + j * vegetation.nx] = Math.max(0, top - g);
    }
  }
  return { ...vegetation, values };
}

function groundAt(ground: TileGrid, x: number, y: number): number | null {
  const c = cellOf(ground, x, y);
  if (c >= 0 && !Number.isNaN(ground.values[c]!)) return ground.values[c]!;
  const i0 = Math.floor((x - ground.minX) / ground.cell_m);
  const j0 = Math.floor((y - ground.minY) / ground.cell_m);
  for (let r = 1; r <= 3; r++) {
    let sum = 0;
    let n = 0;
    for (let j = j0 - r; j <= j0 + r; j++)
      for (let i = i0 - r; i <= i0 + r; i++) {
        if (i < 0 || j < 0 || i >= ground.nx || j >= ground.ny) continue;
        const v = ground.values[i + j * ground.nx]!;
        if (!Number.isNaN(v)) {
          sum += v;
          n += 1;
        }
      }
    if (n > 0) return sum / n;
  }
  return null;
}

/**
 * The cells of a surface model (MNS/DSM) whose centre lies inside each footprint, as points (x, y, z interleaved):
 * what the roof segmentation fits planes on where no point cloud is given (4 "points" per m² at 50 cm).
 */
export function rasterBuildingPoints(dsm: TileGrid, footprints: Map<number, PlanRing[][]>): Map<number, Float64Array> {
  const out = new Map<number, Float64Array>();
  for (const [id, polys] of footprints) {
    const coords: number[] = [];
    for (const poly of polys) {
      for (const c of cellsInside(dsm, poly)) {
        const z = dsm.values[c]!;
        if (Number.isNaN(z)) continue;
        const i = c % dsm.nx;
        const j = (c - i) / dsm.nx;
        coords.push(dsm.minX + (i + 0.5) * dsm.cell_m, dsm.minY + (j + 0.5) * dsm.cell_m, z);
      }
    }
    out.set(id, Float64Array.from(coords));
  }
  return out;
}
