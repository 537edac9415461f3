/**
 * Tile size of the batch cadastre [°]: ≈ 1 km × 1 km at 50.4° N. Each tile also loads its neighbours within the
 * shading reach (300 m), so larger tiles waste less work on neighbours: (1 + 2·0.3)² ≈ 2.6 buildings loaded per
 * building computed, against 7.4 for 350 m tiles.
 */
export const TILE_DEG = { lon: 0.014, lat: 0.009 };

export interface Tile {
  ids: Set<number>;
  bbox: [number, number, number, number];
  origin: [number, number];
}

/** Groups buildings (by centroid) into a regular lon/lat grid of tiles; each tile's bbox covers its centroids. */
export function groupIntoTiles(points: { id: number; lon: number; lat: number }[]): Tile[] {
  const tiles = new Map<string, { ids: Set<number>; x0: number; y0: number; x1: number; y1: number }>();
  for (const p of points) {
    const key = `${Math.floor(p.lon / TILE_DEG.lon)}:${Math.floor(p.lat / TILE_DEG.lat)}`;
    let t = tiles.get(key);
    if (!t) tiles.set(key, (t = { ids: new Set(), x0: p.lon, y0: p.lat, x1: p.lon, y1: p.lat }));
    t.ids.add(p.id);
    t.x0 = Math.min(t.x0, p.lon);
    t.y0 = Math.min(t.y0, p.lat);
    t.x1 = Math.max(t.x1, p.lon);
    t.y1 = Math.max(t.y1, p.lat);
  }
  // A centroid-based bbox misses footprints sticking out: grow by ≈ 30 m (the largest houses are ≈ 20 m across).
  const grow = 0.0004;
  return [...tiles.values()].map((t) => ({
    ids: t.ids,
    bbox: [t.x0 - grow, t.y0 - grow, t.x1 + grow, t.y1 + grow],
    origin: [(t.x0 + t.x1) / 2, (t.y0 + t.y1) / 2],
  }));
}
