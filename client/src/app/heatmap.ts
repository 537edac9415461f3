/**
 * The roof heat-map's life: after the buildings, the boxes around the computed ones are cut into roof tiles and
 * loaded nearest the view first; each page is drawn by the heat-map layer, which then owns those buildings (the
 * plain buildings layer hides them). The switch shows one or the other.
 */
import { MAX_BBOX_SIDE_DEG, ROOFS_BBOX_MAX_KM2, ROOFS_BUILDING_LIMIT } from '../data/api';
import { roofTiles, type BoxedBuilding, type LocalBox } from '../data/roofTiles';
import { loadTiles } from '../data/tiles';
import type { Bbox } from '../data/types';
import { errorMessage, type AppContext } from './context';

/** Buildings (computed or not) one roof request may touch: well under the API's limit, so never truncated. */
const ROOF_TILE_BUILDINGS = Math.floor(0.8 * ROOFS_BUILDING_LIMIT);
/** Tiles are padded by this much when turned into degrees, against rounding at their edges [°] (≈ 10 cm). */
const PAD_DEG = 1e-6;

export async function loadHeatmap(
  app: AppContext,
  buildings: readonly BoxedBuilding[],
  signal: AbortSignal,
): Promise<void> {
  const { api, store, view, heatmap } = app;
  const frame = app.session.frame!;
  // The API's side limit in metres along a parallel, where a degree is shortest, and the side of a square of its
  // largest area.
  const [side_m] = frame.toLocal([frame.origin[0] + MAX_BBOX_SIDE_DEG, frame.origin[1]]);
  const areaSide_m = Math.sqrt(ROOFS_BBOX_MAX_KM2) * 1000;
  const target = view.rig.controls.target;
  const tiles = roofTiles(buildings, {
    maxBuildings: ROOF_TILE_BUILDINGS,
    maxSide_m: 0.9 * Math.min(side_m, areaSide_m),
    focus: [target.x, -target.z],
  });
  const toBbox = ([minE, minN, maxE, maxN]: LocalBox): Bbox => {
    const [w, s] = frame.toLonLat([minE, minN]);
    const [e, n] = frame.toLonLat([maxE, maxN]);
    return [w - PAD_DEG, s - PAD_DEG, e + PAD_DEG, n + PAD_DEG];
  };
  store.update((s) => ({ ...s, heatmap: { ...s.heatmap, status: 'loading', faces: 0, buildings: 0, error: null } }));
  const result = await loadTiles({
    tiles: tiles.map(toBbox),
    signal,
    fetchTile: async (bbox, tileSignal) => {
      const page = await api.roofs(bbox, frame, tileSignal);
      return { ...page, numberMatched: page.faces.length, numberReturned: page.faces.length };
    },
    onPage: (page) => {
      const ids = heatmap.add(page.faces, (id) => app.buildings.wallColourOf(id));
      if (heatmap.visible) app.buildings.setHidden(ids, true);
      view.invalidate();
      store.update((s) => ({
        ...s,
        heatmap: { ...s.heatmap, faces: heatmap.faceCount, buildings: heatmap.buildingCount },
      }));
    },
  });
  if (signal.aborted) return;
  const failed = result.tilesFailed > 0 && result.tilesLoaded === 0;
  store.update((s) => ({
    ...s,
    heatmap: {
      ...s.heatmap,
      status: failed ? 'error' : 'ready',
      error: failed ? errorMessage(result.errors[0]) : null,
    },
  }));
}

/** Shows or hides the heat-map, and the plain roofs it replaces. */
export function toggleHeatmap(app: AppContext): void {
  const visible = !app.store.get().heatmap.visible;
  app.heatmap.setVisible(visible);
  app.buildings.setHidden(app.heatmap.ids(), visible);
  app.view.invalidate();
  app.store.update((s) => ({ ...s, heatmap: { ...s.heatmap, visible } }));
}
