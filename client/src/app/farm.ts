/**
 * « Friches »: the planner's workspace for ground-mounted farms. Opening it lists the candidate sites (GET /sites);
 * choosing one outlines it and flies the camera there; a polygon and exclusion zones can be drawn on the ground
 * point by point; « Évaluer » posts the site or the polygon with the options (POST /sites/evaluate), draws the rows in
 * 3D and shows the figures. A 400 or 422 is shown with the API's message.
 */
import { ApiError, type FarmApi } from '../data/api';
import type { FarmOptions, FarmRequest } from '../data/requests';
import type { LocalPoint } from '../../../engine/geo/types';
import { initialFarmState, type DrawMode, type FarmState } from '../ui/farmState';
import { errorMessage, type AppContext } from './context';
import { drawFarm, flyToRings } from './farmView';

/** Points of a drawn ring closer than this to the last one are the same point (a double-click's clicks) [m]. */
export const SAME_POINT_M = 0.5;

export interface FarmDeps {
  api: FarmApi;
}

/** Throws RangeError naming the first option that is not a number (the API checks the ranges, and says so). */
export function checkOptions(options: FarmOptions): FarmOptions {
  const numbers: [string, number][] = [
    ['tilt_deg', options.tilt_deg],
    ['azimuth_deg', options.azimuth_deg],
    ['setback_m', options.setback_m],
  ];
  if (options.pitch.kind === 'gcr') numbers.push(['pitch.gcr', options.pitch.gcr]);
  for (const [field, value] of numbers) if (!Number.isFinite(value)) throw new RangeError(field);
  return options;
}

export function createFarm(app: AppContext, deps: FarmDeps) {
  const { store } = app;
  let controller: AbortController | null = null;

  const set = (change: (f: FarmState) => Partial<FarmState>) =>
    store.update((s) => ({ ...s, farm: { ...s.farm, ...change(s.farm) } }));
  const redraw = () => drawFarm(app);

  async function loadSites(): Promise<void> {
    const frame = app.session.frame;
    if (!frame || store.get().farm.sites.status === 'loading') return;
    set(() => ({ sites: { status: 'loading', list: [], error: null } }));
    try {
      const list = await deps.api.sites(frame);
      set(() => ({ sites: { status: 'ready', list, error: null } }));
    } catch (error) {
      set(() => ({ sites: { status: 'error', list: [], error: errorMessage(error) } }));
    }
  }

  function setOpen(open: boolean): void {
    set(() => ({ open }));
    if (open && store.get().farm.sites.status !== 'ready') void loadSites();
    if (!open) set((f) => ({ draw: { mode: 'none', points: f.draw.points } }));
  }

  /** Evaluates a listed site: its outline replaces any drawn polygon, and the camera flies to it. */
  function chooseSite(id: number): void {
    const site = store.get().farm.sites.list.find((s) => s.id === id);
    if (!site) return;
    set(() => ({ siteId: id, polygon: null, draw: { mode: 'none', points: [] } }));
    clearEvaluation();
    redraw();
    flyToRings(
      app,
      site.polygons.map((p) => p[0]!),
    );
  }

  function startDrawing(mode: DrawMode): void {
    set(() => ({ draw: { mode, points: [] } }));
    redraw();
  }

  /** A click on the ground while drawing [east m, north m]. */
  function addPoint(point: LocalPoint): void {
    const { draw } = store.get().farm;
    if (draw.mode === 'none') return;
    const last = draw.points[draw.points.length - 1];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < SAME_POINT_M) return;
    set(() => ({ draw: { mode: draw.mode, points: [...draw.points, point] } }));
    redraw();
  }

  /** « Terminer » or a double-click: a ring of at least 3 points becomes the site or an exclusion zone. */
  function finishDrawing(): void {
    const { draw } = store.get().farm;
    if (draw.mode === 'none') return;
    if (draw.points.length >= 3) {
      if (draw.mode === 'site') {
        set(() => ({ polygon: draw.points, siteId: null }));
        clearEvaluation();
      } else set((f) => ({ exclusions: [...f.exclusions, draw.points] }));
    }
    set(() => ({ draw: { mode: 'none', points: [] } }));
    redraw();
  }

  /** « Effacer »: the drawn polygon, the exclusion zones and the sketch go; a listed site stays chosen. */
  function clearDrawing(): void {
    set(() => ({ polygon: null, exclusions: [], draw: { mode: 'none', points: [] } }));
    clearEvaluation();
    redraw();
  }

  /** Sets a drawn ring directly ([east m, north m]), as drawing it point by point would (test hook). */
  function setDrawn(kind: 'site' | 'exclusion', ring: LocalPoint[]): void {
    startDrawing(kind);
    set(() => ({ draw: { mode: kind, points: ring } }));
    finishDrawing();
  }

  function clearEvaluation(): void {
    controller?.abort();
    controller = null;
    set(() => ({ evaluation: initialFarmState().evaluation }));
    redraw();
  }

  function setOptions(change: Partial<FarmOptions>): void {
    set((f) => ({ options: { ...f.options, ...change } }));
  }

  async function evaluate(): Promise<void> {
    const frame = app.session.frame;
    const f = store.get().farm;
    if (!frame) return;
    if (f.polygon === null && f.siteId === null) {
      set((g) => ({ evaluation: { ...g.evaluation, status: 'error', error: 'no_site', httpStatus: null } }));
      return;
    }
    let options: FarmOptions;
    try {
      options = checkOptions(f.options);
    } catch (error) {
      const field = (error as Error).message;
      set((g) => ({ evaluation: { ...g.evaluation, status: 'error', error: `invalid:${field}`, httpStatus: null } }));
      return;
    }
    const toLonLat = (ring: LocalPoint[]) => ring.map((p) => frame.toLonLat(p) as [number, number]);
    const request: FarmRequest = {
      siteId: f.polygon ? null : f.siteId,
      polygon: f.polygon ? toLonLat(f.polygon) : null,
      exclusions: f.exclusions.map(toLonLat),
      options,
      sweep: f.sweep,
    };
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    set((g) => ({ evaluation: { ...g.evaluation, status: 'loading', error: null, httpStatus: null } }));
    try {
      const data = await deps.api.evaluate(request, frame, mine.signal);
      if (controller !== mine) return;
      set(() => ({ evaluation: { status: 'ready', data, asked: options, error: null, httpStatus: null } }));
      redraw();
    } catch (error) {
      if (controller !== mine) return;
      const httpStatus = error instanceof ApiError ? error.status : null;
      set(() => ({
        evaluation: { status: 'error', data: null, asked: null, error: errorMessage(error), httpStatus },
      }));
      redraw();
    }
  }

  return {
    setOpen,
    loadSites,
    chooseSite,
    startDrawing,
    addPoint,
    finishDrawing,
    clearDrawing,
    setDrawn,
    setOptions,
    setSweep: (sweep: boolean) => set(() => ({ sweep })),
    evaluate,
    /** Whether a click on the ground adds a point (and must not select a building). */
    isDrawing: () => store.get().farm.open && store.get().farm.draw.mode !== 'none',
  };
}

export type FarmActions = ReturnType<typeof createFarm>;
