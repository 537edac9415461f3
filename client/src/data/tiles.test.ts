import { describe, expect, it } from 'vitest';
import { bboxAreaKm2 } from '../../../contracts';
import { loadTiles, splitBbox, tileGrid } from './tiles';
import type { Bbox } from './types';

describe('tileGrid', () => {
  const bbox: Bbox = [2.7, 50.38, 2.96, 50.48];

  it('covers the bbox exactly with about expectedCount / targetPerTile tiles, centre first', () => {
    const tiles = tileGrid(bbox, { expectedCount: 20000, targetPerTile: 2500 });
    expect(tiles.length).toBeGreaterThanOrEqual(8);
    expect(tiles.length).toBeLessThanOrEqual(12);
    expect(Math.min(...tiles.map((t) => t[0]))).toBe(2.7);
    expect(Math.max(...tiles.map((t) => t[3]))).toBe(50.48);
    const area = tiles.reduce((s, t) => s + (t[2] - t[0]) * (t[3] - t[1]), 0);
    expect(area).toBeCloseTo((2.96 - 2.7) * (50.48 - 50.38), 12);
    const centre = [2.83, 50.43];
    const d = (t: Bbox) => Math.hypot((t[0] + t[2]) / 2 - centre[0]!, (t[1] + t[3]) / 2 - centre[1]!);
    expect(d(tiles[0]!)).toBeLessThanOrEqual(d(tiles[tiles.length - 1]!));
  });

  it('keeps every tile within the largest side the API accepts', () => {
    const basin: Bbox = [2.2, 50.2, 3.8, 50.7];
    const tiles = tileGrid(basin, { expectedCount: 10, maxTileSide_deg: 0.5 });
    // 1.6° × 0.5°: four columns of one row.
    expect(tiles).toHaveLength(4);
    for (const t of tiles) expect(Math.max(t[2] - t[0], t[3] - t[1])).toBeLessThanOrEqual(0.5);
  });

  it('keeps every tile under the largest area the API accepts, measured as the API does', () => {
    // The demo's extent (≈ 125 km²) with the 4 km² cap of /buildings: at least 35 tiles of at most 3.6 km².
    const demo: Bbox = [2.7047, 50.3977, 2.9139, 50.474];
    const tiles = tileGrid(demo, { expectedCount: 18658, targetPerTile: 1000, maxTileArea_km2: 4 });
    expect(tiles.length).toBeGreaterThanOrEqual(35);
    for (const t of tiles) expect(bboxAreaKm2(t)).toBeLessThanOrEqual(3.6);
    const area = tiles.reduce((s, t) => s + (t[2] - t[0]) * (t[3] - t[1]), 0);
    expect(area).toBeCloseTo((demo[2] - demo[0]) * (demo[3] - demo[1]), 12);
  });

  it('gives one tile for a small extent', () => {
    expect(tileGrid(bbox, { expectedCount: 10 })).toEqual([bbox]);
  });
});

describe('loadTiles', () => {
  it('splits a truncated tile in four and reports progress', async () => {
    const seen: Bbox[] = [];
    const progress: string[] = [];
    const root: Bbox = [0, 0, 1, 1];
    const result = await loadTiles({
      tiles: [root],
      concurrency: 2,
      fetchTile: async (bbox) => {
        seen.push(bbox);
        const truncated = bbox === root;
        return { numberMatched: truncated ? 20 : 5, numberReturned: 5 };
      },
      onPage: (_page, p) => progress.push(`${p.done}/${p.total}`),
    });
    expect(result).toEqual({ tilesLoaded: 5, tilesFailed: 0, errors: [] });
    expect(seen.slice(1)).toEqual(splitBbox(root));
    expect(progress.at(-1)).toBe('5/5');
  });

  it('keeps going after a failed tile', async () => {
    const result = await loadTiles({
      tiles: [
        [0, 0, 1, 1],
        [1, 0, 2, 1],
      ],
      fetchTile: async (bbox) => {
        if (bbox[0] === 0) throw new Error('boom');
        return { numberMatched: 1, numberReturned: 1 };
      },
      onPage: () => undefined,
    });
    expect(result.tilesLoaded).toBe(1);
    expect(result.tilesFailed).toBe(1);
  });
});
