/**
 * Where to ask for roof heat-maps: boxes around the buildings the server has computed, each small enough that the
 * API's building limit for /roofs never truncates it. The limit counts every building in the bbox (computed or
 * not), so the boxes are split on the count of all loaded buildings, which the client already holds.
 */

/** [min east, min north, max east, max north] in the local frame [m]. */
export type LocalBox = [minE: number, minN: number, maxE: number, maxN: number];

export interface BoxedBuilding {
  box: LocalBox;
  /** True when the server has solar results for it. */
  computed: boolean;
}

export interface RoofTileOptions {
  /** Most buildings (all, computed or not) a tile may touch; keep it well under the API limit. */
  maxBuildings: number;
  /** Largest tile side [m] (the API's bbox side limit, in metres). */
  maxSide_m: number;
  /** Point the tiles are ordered from, nearest first [m]. */
  focus?: [east: number, north: number];
  /** Deepest quadtree split; beyond it a tile is kept as it is. */
  maxDepth?: number;
}

const intersects = (a: LocalBox, b: LocalBox) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/** Bounding box of a ring's (east, north) points. */
export function boxOf(points: Iterable<readonly [number, number, ...number[]]>): LocalBox {
  const box: LocalBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [e, n] of points) {
    box[0] = Math.min(box[0], e);
    box[1] = Math.min(box[1], n);
    box[2] = Math.max(box[2], e);
    box[3] = Math.max(box[3], n);
  }
  return box;
}

/**
 * Tiles covering every computed building, split in four while they touch more than `maxBuildings` buildings or
 * exceed `maxSide_m`; tiles without a computed building are dropped. Ordered nearest the focus first.
 */
export function roofTiles(buildings: readonly BoxedBuilding[], options: RoofTileOptions): LocalBox[] {
  if (!(options.maxBuildings >= 1)) throw new RangeError(`maxBuildings must be ≥ 1, got ${options.maxBuildings}`);
  if (!(options.maxSide_m > 0)) throw new RangeError(`maxSide_m must be > 0, got ${options.maxSide_m}`);
  const computed = buildings.filter((b) => b.computed);
  if (computed.length === 0) return [];
  const root = boxOf(computed.flatMap((b) => [[b.box[0], b.box[1]] as const, [b.box[2], b.box[3]] as const]));
  const maxDepth = options.maxDepth ?? 12;
  const tiles: LocalBox[] = [];

  const visit = (tile: LocalBox, inside: readonly BoxedBuilding[], depth: number): void => {
    const touching = inside.filter((b) => intersects(b.box, tile));
    if (!touching.some((b) => b.computed)) return;
    const side = Math.max(tile[2] - tile[0], tile[3] - tile[1]);
    if ((touching.length <= options.maxBuildings && side <= options.maxSide_m) || depth >= maxDepth) {
      tiles.push(tile);
      return;
    }
    const midE = (tile[0] + tile[2]) / 2;
    const midN = (tile[1] + tile[3]) / 2;
    visit([tile[0], tile[1], midE, midN], touching, depth + 1);
    visit([midE, tile[1], tile[2], midN], touching, depth + 1);
    visit([tile[0], midN, midE, tile[3]], touching, depth + 1);
    visit([midE, midN, tile[2], tile[3]], touching, depth + 1);
  };
  visit(root, buildings, 0);

  const [fe, fn] = options.focus ?? [(root[0] + root[2]) / 2, (root[1] + root[3]) / 2];
  const distance = (t: LocalBox) => Math.hypot((t[0] + t[2]) / 2 - fe, (t[1] + t[3]) / 2 - fn);
  return tiles.sort((a, b) => distance(a) - distance(b));
}
