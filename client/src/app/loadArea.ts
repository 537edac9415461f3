/**
 * Loading the territory: the extent gives the frame and the tiles; buildings arrive tile by tile (nearest the
 * centre first), the slag heaps around them and the trees among them, then the roof heat-map of the computed buildings. The camera opens on
 * the densest neighbourhood unless the user has already moved.
 */
import { Vector3 } from 'three';
import { createLocalFrame, type LocalFrame } from '../../../engine/geo/localFrame';
import {
  BUILDINGS_BBOX_MAX_KM2,
  BUILDINGS_PAGE_LIMIT,
  MAX_BBOX_SIDE_DEG,
  OBSTACLES_BBOX_MAX_KM2,
  TREES_BBOX_MAX_KM2,
} from '../data/api';
import { boxOf, type BoxedBuilding } from '../data/roofTiles';
import { loadTiles, tileGrid } from '../data/tiles';
import type { Bbox, Extent, ObstacleRecord } from '../data/types';
import { initialState } from '../ui/store';
import { errorMessage, lookAt, NEIGHBOURHOOD_DISTANCE_M, type AppContext } from './context';
import { loadHeatmap } from './heatmap';

/** Buildings wanted per tile: half the API's page, so that a tile denser than the average is rarely truncated. */
const BUILDINGS_PER_TILE = BUILDINGS_PAGE_LIMIT / 2;

/** Slag heaps are looked up this far around the buildings' extent [°] (≈ 2 km). */
const OBSTACLE_MARGIN_DEG = 0.025;

/** The middle of the densest 300 m square of buildings: where the view opens. */
function densestPoint(app: AppContext, ids: number[]): Vector3 | null {
  const cell_m = 300;
  const cells = new Map<string, { n: number; sum: Vector3 }>();
  let best: { n: number; sum: Vector3 } | null = null;
  for (const id of ids) {
    const p = app.buildings.anchorOf(id)!;
    const key = `${Math.floor(p.x / cell_m)},${Math.floor(p.z / cell_m)}`;
    const cell = cells.get(key) ?? { n: 0, sum: new Vector3() };
    cell.n++;
    cell.sum.add(p);
    cells.set(key, cell);
    if (!best || cell.n > best.n) best = cell;
  }
  return best ? best.sum.divideScalar(best.n).setY(0) : null;
}

function fitExtent(app: AppContext, extent: Extent): void {
  const frame = app.session.frame!;
  const [west, south] = frame.toLocal([extent.bbox[0], extent.bbox[1]]);
  const [east, north] = frame.toLocal([extent.bbox[2], extent.bbox[3]]);
  const span = Math.max(east - west, north - south, 1000);
  app.ground.setData(span + 20000, (west + east) / 2, -(south + north) / 2);
  app.view.setFarLimit(Math.max(3000, span * 1.2));
}

/** Slag heaps around the buildings' extent (a heap beyond it still shades them), drawn once all have arrived. */
async function loadObstacles(app: AppContext, extent: Extent, frame: LocalFrame, signal: AbortSignal) {
  const m = OBSTACLE_MARGIN_DEG;
  const around: Bbox = [extent.bbox[0] - m, extent.bbox[1] - m, extent.bbox[2] + m, extent.bbox[3] + m];
  const records = new Map<number, ObstacleRecord>();
  await loadTiles({
    tiles: tileGrid(around, {
      expectedCount: extent.obstacles,
      maxTileSide_deg: MAX_BBOX_SIDE_DEG,
      maxTileArea_km2: OBSTACLES_BBOX_MAX_KM2,
    }),
    signal,
    fetchTile: async (bbox, tileSignal) => {
      const page = await app.api.obstacles(bbox, frame, tileSignal);
      return { records: page, numberMatched: page.length, numberReturned: page.length };
    },
    onPage: (page) => {
      for (const record of page.records) records.set(record.id, record);
    },
  });
  if (signal.aborted) return;
  app.heaps.setData([...records.values()]);
  app.view.invalidate();
  app.store.update((s) => ({ ...s, load: { ...s.load, obstacles: app.heaps.count } }));
}

/**
 * The trees (LiDAR crowns) over the buildings' extent, on the buildings' tiles (a tree shades the roofs near it, the
 * extent's margin holds few); drawn tile by tile. None when no LiDAR was imported: an empty answer per tile.
 */
async function loadTrees(app: AppContext, tiles: Bbox[], frame: LocalFrame, signal: AbortSignal) {
  await loadTiles({
    tiles,
    signal,
    fetchTile: (bbox, tileSignal) => app.api.trees(bbox, frame, tileSignal),
    onPage: (page) => {
      if (page.trees.length === 0) return;
      app.trees.add(page.trees);
      app.view.invalidate();
      app.store.update((s) => ({ ...s, load: { ...s.load, trees: app.trees.count } }));
    },
  });
}

export function createLoader(app: AppContext, onLoaded: () => void) {
  const { api, store, view, buildings, heatmap, session } = app;
  let request: AbortController | null = null;

  async function load(): Promise<void> {
    request?.abort();
    const current = (request = new AbortController());
    session.ready = false;
    store.update((s) => ({ ...s, load: { ...initialState().load, status: 'loading' } }));
    try {
      const extent = await api.extent(current.signal);
      const frame = (session.frame = createLocalFrame(extent.center[0], extent.center[1]));
      buildings.setData([]);
      app.trees.clear();
      heatmap.clear();
      fitExtent(app, extent);
      if (!session.userMoved) lookAt(app, new Vector3(), NEIGHBOURHOOD_DISTANCE_M, 0, 32);
      const tiles = tileGrid(extent.bbox, {
        expectedCount: extent.buildings,
        targetPerTile: BUILDINGS_PER_TILE,
        maxTileSide_deg: MAX_BBOX_SIDE_DEG,
        maxTileArea_km2: BUILDINGS_BBOX_MAX_KM2,
      });
      store.update((s) => ({ ...s, load: { ...s.load, expected: extent.buildings, tilesTotal: tiles.length } }));
      const obstacles = loadObstacles(app, extent, frame, current.signal);
      const trees = loadTrees(
        app,
        tileGrid(extent.bbox, {
          expectedCount: extent.buildings,
          targetPerTile: BUILDINGS_PER_TILE,
          maxTileSide_deg: MAX_BBOX_SIDE_DEG,
          maxTileArea_km2: Math.min(BUILDINGS_BBOX_MAX_KM2, TREES_BBOX_MAX_KM2),
        }),
        frame,
        current.signal,
      );
      const boxes = new Map<number, BoxedBuilding>();
      const result = await loadTiles({
        tiles,
        signal: current.signal,
        fetchTile: (bbox, signal) => api.buildings(bbox, frame, signal),
        onPage: (page, progress) => {
          buildings.add(page.buildings);
          for (const b of page.buildings)
            boxes.set(b.id, { box: boxOf(b.polygons.flatMap((p) => p[0] ?? [])), computed: b.solar_computed });
          view.invalidate();
          const typologies = Object.fromEntries([...buildings.typologyCounts()].map(([k, n]) => [k ?? 'other', n]));
          store.update((s) => ({
            ...s,
            synthetic: buildings.synthetic > 0,
            typologies,
            load: { ...s.load, tilesDone: progress.done, tilesTotal: progress.total, buildings: buildings.count },
          }));
        },
      });
      await Promise.all([obstacles, trees]);
      if (current.signal.aborted) return;
      if (result.tilesLoaded === 0 && result.tilesFailed > 0) throw result.errors[0];
      const densest = densestPoint(app, buildings.ids());
      if (densest && !session.userMoved) lookAt(app, densest, NEIGHBOURHOOD_DISTANCE_M, 0, 32);
      store.update((s) => ({
        ...s,
        load: { ...s.load, status: 'ready', tilesFailed: result.tilesFailed, buildings: buildings.count },
      }));
      onLoaded();
      await loadHeatmap(app, [...boxes.values()], current.signal);
      if (current.signal.aborted) return;
      await view.nextFrame();
      session.ready = true;
    } catch (error) {
      if (!current.signal.aborted)
        store.update((s) => ({ ...s, load: { ...s.load, status: 'error', error: errorMessage(error) } }));
    }
  }

  return { load };
}
