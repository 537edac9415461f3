import { cellsInside, type TileGrid } from '../../../../engine/lidar/tileCollector.js';
import { treesFromCanopy } from '../../../../engine/lidar/treesFromCanopy.js';
import type { PlanRing } from '../../../../engine/lidar/types.js';

/** A tree crown ready for lidar_trees (crown in the file's CRS). */
export interface FoundTree {
  crown: { type: 'Polygon'; coordinates: number[][][] };
  top_m: number;
  /** Crown base above the ground [m]: unknown from a canopy raster (null); the client then draws 40 % of the height. */
  base_m: number | null;
  ground_m: number | null;
  /** Canopy cells of the crown (points are not kept per crown by the streaming pass). */
  point_count: number;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Tree crowns of a tile from its canopy heights (engine/lidar/treesFromCanopy), cells under a building footprint left
 * out (a building's edge or a roof garden is not a tree), in the file's CRS.
 */
export function findTrees(
  canopy: TileGrid,
  ground: TileGrid,
  footprints: PlanRing[][],
  origin: [number, number],
): FoundTree[] {
  const grid = { x0_m: canopy.minX, y0_m: canopy.minY, cellSize_m: canopy.cell_m, nx: canopy.nx, ny: canopy.ny };
  const excluded = new Uint8Array(canopy.nx * canopy.ny);
  for (const poly of footprints) for (const c of cellsInside(canopy, poly)) excluded[c] = 1;
  return treesFromCanopy(canopy.values, grid, excluded).map((c) => {
    const i = c.topCell % canopy.nx;
    const j = (c.topCell - i) / canopy.nx;
    const gx = Math.floor(((i + 0.5) * canopy.cell_m + canopy.minX - ground.minX) / ground.cell_m);
    const gy = Math.floor(((j + 0.5) * canopy.cell_m + canopy.minY - ground.minY) / ground.cell_m);
    const g = gx >= 0 && gy >= 0 && gx < ground.nx && gy < ground.ny ? ground.values[gx + gy * ground.nx]! : NaN;
    return {
      crown: {
        type: 'Polygon',
        coordinates: [c.outline.map(([x, y]) => [round(x + origin[0], 3), round(y + origin[1], 3)])],
      },
      top_m: round(c.height_m, 2),
      base_m: null,
      ground_m: Number.isNaN(g) ? null : round(g, 2),
      point_count: c.cells,
    };
  });
}
