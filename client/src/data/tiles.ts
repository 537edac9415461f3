/**
 * Splitting an extent into bbox tiles and loading them a few at a time, nearest the focus first, so the view
 * fills from the centre outwards and no request exceeds the API's page limit.
 */
import { bboxAreaKm2 } from '../../../contracts';
import type { Bbox } from './types';

export interface TileGridOptions {
  /** Features expected in the whole bbox (from /extent). */
  expectedCount: number;
  /** Features wanted per tile; well below the API limit so most tiles are not truncated. */
  targetPerTile?: number;
  /** Upper bound on tiles per side (when maxTileSide_deg allows). */
  maxPerSide?: number;
  /** Largest tile side the API accepts [°]. */
  maxTileSide_deg?: number;
  /** Largest tile area the API accepts [km²] (measured as the API does, contracts bboxAreaKm2); tiles keep 10 % under it. */
  maxTileArea_km2?: number;
  /** [lon, lat] the tiles are ordered from; defaults to the bbox centre. */
  focus?: [number, number];
}

/** A grid of tiles covering bbox, nearest to the focus first. */
export function tileGrid(bbox: Bbox, options: TileGridOptions): Bbox[] {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  if (!(minLon <= maxLon && minLat <= maxLat)) throw new RangeError(`bbox must have min ≤ max, got ${bbox.join(',')}`);
  const target = options.targetPerTile ?? 2500;
  const maxPerSide = options.maxPerSide ?? 8;
  const wanted = Math.max(1, Math.ceil(Math.max(0, options.expectedCount) / target));
  // Lon degrees are shorter than lat degrees at 50°N: balance the grid on metric sides.
  const width = (maxLon - minLon) * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const height = maxLat - minLat;
  const aspect = height > 0 && width > 0 ? width / height : 1;
  const maxSide = options.maxTileSide_deg ?? Infinity;
  const minCols = Math.max(1, Math.ceil((maxLon - minLon) / maxSide));
  const minRows = Math.max(1, Math.ceil((maxLat - minLat) / maxSide));
  let cols = Math.max(minCols, Math.min(maxPerSide, Math.max(1, Math.round(Math.sqrt(wanted * aspect)))));
  let rows = Math.max(minRows, Math.min(maxPerSide, Math.max(1, Math.ceil(wanted / cols))));
  // More tiles while the largest (the row nearest the equator) exceeds the area cap: cut its longer side.
  const maxArea = 0.9 * (options.maxTileArea_km2 ?? Infinity);
  const nearEquator = Math.min(Math.abs(minLat), Math.abs(maxLat)) === Math.abs(minLat) ? minLat : maxLat;
  for (;;) {
    const dLat = (maxLat - minLat) / rows;
    const south = nearEquator === minLat ? minLat : maxLat - dLat;
    const tile: Bbox = [minLon, south, minLon + (maxLon - minLon) / cols, south + dLat];
    if (bboxAreaKm2(tile) <= maxArea) break;
    if (width / cols > height / rows) cols++;
    else rows++;
  }
  const dLon = (maxLon - minLon) / cols;
  const dLat = (maxLat - minLat) / rows;
  const tiles: Bbox[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      tiles.push([
        minLon + c * dLon,
        minLat + r * dLat,
        c === cols - 1 ? maxLon : minLon + (c + 1) * dLon,
        r === rows - 1 ? maxLat : minLat + (r + 1) * dLat,
      ]);
    }
  }
  const [fLon, fLat] = options.focus ?? [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
  const distance = (t: Bbox) =>
    Math.hypot(((t[0] + t[2]) / 2 - fLon) * Math.cos((fLat * Math.PI) / 180), (t[1] + t[3]) / 2 - fLat);
  return tiles.sort((a, b) => distance(a) - distance(b));
}

/** The four quadrants of a bbox. */
export function splitBbox([minLon, minLat, maxLon, maxLat]: Bbox): Bbox[] {
  const midLon = (minLon + maxLon) / 2;
  const midLat = (minLat + maxLat) / 2;
  return [
    [minLon, minLat, midLon, midLat],
    [midLon, minLat, maxLon, midLat],
    [minLon, midLat, midLon, maxLat],
    [midLon, midLat, maxLon, maxLat],
  ];
}

export interface TiledPage {
  numberMatched: number;
  numberReturned: number;
}

export interface LoadTilesOptions<P extends TiledPage> {
  tiles: Bbox[];
  fetchTile: (bbox: Bbox, signal?: AbortSignal) => Promise<P>;
  /** Called with each page as it arrives, in arrival order. */
  onPage: (page: P, progress: { done: number; total: number }) => void;
  /** Requests in flight at once. */
  concurrency?: number;
  /** How many times a truncated tile may be split in four. */
  maxSplitDepth?: number;
  signal?: AbortSignal;
}

export interface LoadTilesResult {
  tilesLoaded: number;
  tilesFailed: number;
  errors: unknown[];
}

/**
 * Loads every tile. A truncated page (numberMatched > numberReturned) is delivered as is and its tile is split in
 * four and reloaded, so the caller must tolerate the same feature twice (deduplicate by id).
 */
export async function loadTiles<P extends TiledPage>(options: LoadTilesOptions<P>): Promise<LoadTilesResult> {
  const queue = options.tiles.map((bbox) => ({ bbox, depth: 0 }));
  const maxDepth = options.maxSplitDepth ?? 3;
  let total = queue.length;
  let done = 0;
  const result: LoadTilesResult = { tilesLoaded: 0, tilesFailed: 0, errors: [] };

  async function worker(): Promise<void> {
    for (let tile = queue.shift(); tile; tile = queue.shift()) {
      if (options.signal?.aborted) return;
      try {
        const page = await options.fetchTile(tile.bbox, options.signal);
        if (page.numberMatched > page.numberReturned && tile.depth < maxDepth) {
          const children = splitBbox(tile.bbox).map((bbox) => ({ bbox, depth: tile.depth + 1 }));
          queue.unshift(...children);
          total += children.length;
        }
        result.tilesLoaded++;
        done++;
        options.onPage(page, { done, total });
      } catch (error) {
        if (options.signal?.aborted) return;
        result.tilesFailed++;
        result.errors.push(error);
        done++;
      }
    }
  }

  const workers = Array.from({ length: Math.max(1, options.concurrency ?? 3) }, () => worker());
  await Promise.all(workers);
  return result;
}
