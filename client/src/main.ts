/**
 * Wires the parts together: the data layer fetches and parses, the layers turn records into meshes, the scene
 * draws, and the UI reads and writes one state object. Only this file knows all four.
 */
import { Vector3 } from 'three';
import { createLocalFrame, type LocalFrame } from '../../engine/geo/localFrame';
import { ApiError, createApiClient, MAX_BBOX_SIDE_DEG } from './data/api';
import { loadTiles, tileGrid } from './data/tiles';
import type { Bbox, Extent, ObstacleRecord, SearchResult } from './data/types';
import { BuildingsLayer } from './layers/buildingsLayer';
import { GroundLayer } from './layers/groundLayer';
import { SlagHeapLayer } from './layers/slagHeapLayer';
import { createSceneView } from './scene/sceneView';
import { installTestHook } from './testHook';
import { mountBuildingPanel } from './ui/buildingPanel';
import { LANGS, type Lang } from './ui/i18n';
import { mountLangToggle } from './ui/langToggle';
import { mountLegend } from './ui/legend';
import { mountNoticeBar } from './ui/noticeBar';
import { MIN_QUERY_LENGTH, mountSearchBox } from './ui/searchBox';
import { mountShell } from './ui/shell';
import { mountStatusBar } from './ui/statusBar';
import { createStore, initialState } from './ui/store';
import './ui/styles.css';

/** A fixed mid-afternoon sun from the south-west for this first view [°]. */
const SUN_AZIMUTH_DEG = 235;
const SUN_ELEVATION_DEG = 38;
/** Slag heaps are looked up this far around the buildings' extent [°] (≈ 2 km). */
const OBSTACLE_MARGIN_DEG = 0.025;
/** Camera distance for a neighbourhood and for one building [m]. */
const NEIGHBOURHOOD_DISTANCE_M = 700;
const BUILDING_DISTANCE_M = 170;
const LANG_KEY = 'solar-cadastre.lang';

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  const stored = (() => {
    try {
      return localStorage.getItem(LANG_KEY);
    } catch {
      return null;
    }
  })();
  return LANGS.find((l) => l === fromUrl) ?? LANGS.find((l) => l === stored) ?? 'fr';
}

const api = createApiClient();
const store = createStore(initialState(initialLang()));
const shell = mountShell(document.getElementById('app')!, store);
const view = createSceneView(shell.scene);
const ground = new GroundLayer();
const buildings = new BuildingsLayer();
const heaps = new SlagHeapLayer();
view.add(ground.object);
view.add(buildings.object);
view.add(heaps.object);
view.sun.setPosition(SUN_AZIMUTH_DEG, SUN_ELEVATION_DEG);

let frame: LocalFrame | null = null;
let ready = false;
let userMoved = false;
let detailRequest: AbortController | null = null;
let searchRequest: AbortController | null = null;
let loadRequest: AbortController | null = null;

const message = (error: unknown) =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error);
const ground3 = (lonLat: [number, number]) => {
  const [east, north] = frame!.toLocal(lonLat);
  return new Vector3(east, 0, -north);
};

function lookAt(target: Vector3, distance_m: number, duration_ms = 900, elevation_deg = 40): void {
  const offset = view.rig.viewFrom(target, distance_m, elevation_deg, view.rig.azimuth_deg());
  view.rig.flyTo(target, offset, duration_ms);
  view.invalidate();
}

async function selectBuilding(id: number): Promise<void> {
  detailRequest?.abort();
  const request = (detailRequest = new AbortController());
  store.update((s) => ({ ...s, selection: { id, status: 'loading', building: null, heap: null, error: null } }));
  buildings.highlight(id);
  view.invalidate();
  try {
    const building = await api.building(id, request.signal);
    if (!request.signal.aborted)
      store.update((s) => ({ ...s, selection: { ...s.selection, status: 'ready', building } }));
  } catch (error) {
    if (!request.signal.aborted)
      store.update((s) => ({ ...s, selection: { ...s.selection, status: 'error', error: message(error) } }));
  }
}

function selectHeap(id: number): void {
  const heap = heaps.get(id);
  detailRequest?.abort();
  buildings.highlight(null);
  view.invalidate();
  if (!heap) return;
  store.update((s) => ({
    ...s,
    selection: {
      id: null,
      status: 'ready',
      building: null,
      heap: { id, name: heap.name, height_m: heap.height_m, shape: heap.shape },
      error: null,
    },
  }));
}

function closePanel(): void {
  detailRequest?.abort();
  buildings.highlight(null);
  view.invalidate();
  store.update((s) => ({ ...s, selection: { id: null, status: 'idle', building: null, heap: null, error: null } }));
  view.canvas.focus();
}

function pickAt(clientX: number, clientY: number): { kind: 'building' | 'heap'; id: number } | null {
  const ray = view.rayAt(clientX, clientY);
  const building = buildings.pick(ray);
  const heap = heaps.pick(ray);
  if (building && (!heap || building.distance <= heap.distance)) return { kind: 'building', id: building.id };
  return heap ? { kind: 'heap', id: heap.id } : null;
}

async function search(query: string): Promise<void> {
  searchRequest?.abort();
  if (query.length < MIN_QUERY_LENGTH) {
    store.update((s) => ({ ...s, search: { query, status: 'idle', results: [], error: null } }));
    return;
  }
  const request = (searchRequest = new AbortController());
  store.update((s) => ({ ...s, search: { ...s.search, query, status: 'loading' } }));
  try {
    const results = await api.search(query, 10, request.signal);
    if (!request.signal.aborted)
      store.update((s) => ({ ...s, search: { query, status: 'ready', results, error: null } }));
  } catch (error) {
    if (!request.signal.aborted)
      store.update((s) => ({ ...s, search: { query, status: 'error', results: [], error: message(error) } }));
  }
}

function chooseResult(result: SearchResult): void {
  store.update((s) => ({ ...s, search: { ...s.search, status: 'idle' } }));
  if (frame) lookAt(buildings.anchorOf(result.id) ?? ground3(result.center), BUILDING_DISTANCE_M);
  void selectBuilding(result.id);
}

/** The middle of the densest 300 m square of buildings: where the view opens. */
function densestPoint(ids: number[]): Vector3 | null {
  const cell_m = 300;
  const cells = new Map<string, { n: number; sum: Vector3 }>();
  let best: { n: number; sum: Vector3 } | null = null;
  for (const id of ids) {
    const p = buildings.anchorOf(id)!;
    const key = `${Math.floor(p.x / cell_m)},${Math.floor(p.z / cell_m)}`;
    const cell = cells.get(key) ?? { n: 0, sum: new Vector3() };
    cell.n++;
    cell.sum.add(p);
    cells.set(key, cell);
    if (!best || cell.n > best.n) best = cell;
  }
  return best ? best.sum.divideScalar(best.n).setY(0) : null;
}

function fitExtent(extent: Extent): void {
  const [west, south] = frame!.toLocal([extent.bbox[0], extent.bbox[1]]);
  const [east, north] = frame!.toLocal([extent.bbox[2], extent.bbox[3]]);
  const span = Math.max(east - west, north - south, 1000);
  ground.setData(span + 20000, (west + east) / 2, -(south + north) / 2);
  view.setFarLimit(Math.max(3000, span * 1.2));
}

/** Slag heaps around the buildings' extent (a heap beyond it still shades them), drawn once all have arrived. */
async function loadObstacles(extent: Extent, localFrame: LocalFrame, signal: AbortSignal): Promise<void> {
  const m = OBSTACLE_MARGIN_DEG;
  const around: Bbox = [extent.bbox[0] - m, extent.bbox[1] - m, extent.bbox[2] + m, extent.bbox[3] + m];
  const records = new Map<number, ObstacleRecord>();
  await loadTiles({
    tiles: tileGrid(around, { expectedCount: extent.obstacles, maxTileSide_deg: MAX_BBOX_SIDE_DEG }),
    signal,
    fetchTile: async (bbox, tileSignal) => {
      const page = await api.obstacles(bbox, localFrame, tileSignal);
      return { records: page, numberMatched: page.length, numberReturned: page.length };
    },
    onPage: (page) => {
      for (const record of page.records) records.set(record.id, record);
    },
  });
  if (signal.aborted) return;
  heaps.setData([...records.values()]);
  view.invalidate();
  store.update((s) => ({ ...s, load: { ...s.load, obstacles: heaps.count } }));
}

async function load(): Promise<void> {
  loadRequest?.abort();
  const request = (loadRequest = new AbortController());
  ready = false;
  store.update((s) => ({ ...s, load: { ...initialState().load, status: 'loading' } }));
  try {
    const extent = await api.extent(request.signal);
    frame = createLocalFrame(extent.center[0], extent.center[1]);
    buildings.setData([]);
    fitExtent(extent);
    if (!userMoved) lookAt(new Vector3(), NEIGHBOURHOOD_DISTANCE_M, 0, 32);
    const tiles = tileGrid(extent.bbox, { expectedCount: extent.buildings, maxTileSide_deg: MAX_BBOX_SIDE_DEG });
    store.update((s) => ({ ...s, load: { ...s.load, expected: extent.buildings, tilesTotal: tiles.length } }));
    const obstacles = loadObstacles(extent, frame, request.signal);
    const localFrame = frame;
    const result = await loadTiles({
      tiles,
      signal: request.signal,
      fetchTile: (bbox, signal) => api.buildings(bbox, localFrame, signal),
      onPage: (page, progress) => {
        buildings.add(page.buildings);
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
    await obstacles;
    if (request.signal.aborted) return;
    if (result.tilesLoaded === 0 && result.tilesFailed > 0) throw result.errors[0];
    const densest = densestPoint(buildings.ids());
    if (densest && !userMoved) lookAt(densest, NEIGHBOURHOOD_DISTANCE_M, 0, 32);
    store.update((s) => ({
      ...s,
      load: { ...s.load, status: 'ready', tilesFailed: result.tilesFailed, buildings: buildings.count },
    }));
    await view.nextFrame();
    ready = true;
  } catch (error) {
    if (!request.signal.aborted)
      store.update((s) => ({ ...s, load: { ...s.load, status: 'error', error: message(error) } }));
  }
}

mountSearchBox(shell.tools, store, { search: (q) => void search(q), choose: chooseResult });
mountLangToggle(shell.tools, store, {
  toggle: () => {
    const lang: Lang = store.get().lang === 'fr' ? 'en' : 'fr';
    try {
      localStorage.setItem(LANG_KEY, lang);
    } catch {
      // Private browsing may refuse storage; the choice then lasts for this page only.
    }
    store.update((s) => ({ ...s, lang }));
  },
});
mountStatusBar(shell.overlay, store, { retry: () => void load() });
mountLegend(shell.overlay, store);
mountBuildingPanel(shell.overlay, store, { close: closePanel });
mountNoticeBar(shell.overlay, store);

view.onClick((x, y) => {
  const hit = pickAt(x, y);
  if (hit?.kind === 'building') void selectBuilding(hit.id);
  else if (hit?.kind === 'heap') selectHeap(hit.id);
  else closePanel();
});
for (const event of ['pointerdown', 'wheel'] as const)
  view.canvas.addEventListener(event, () => (userMoved = true), { passive: true });

installTestHook({
  isReady: () => ready,
  buildings,
  heaps,
  view,
  pickAt,
  lookAtBuilding: (id) => {
    const anchor = buildings.anchorOf(id);
    if (!anchor) return false;
    userMoved = true;
    view.rig.flyTo(anchor, view.rig.viewFrom(anchor, BUILDING_DISTANCE_M, 60, 200), 0);
    view.invalidate();
    return true;
  },
  lookAtLonLat: (lonLat, distance_m, elevation_deg, azimuth_deg) => {
    if (!frame) return;
    userMoved = true;
    const target = ground3(lonLat);
    view.rig.flyTo(target, view.rig.viewFrom(target, distance_m, elevation_deg, azimuth_deg), 0);
    view.invalidate();
  },
});

void load();
