/**
 * `window.__cadastre`: what browser tests need to drive the 3D view, which has no DOM to query: whether loading is
 * over, how many buildings, heat-map faces and photovoltaic modules are drawn, the renovation estimate's state, where a given building lands on
 * screen, and the sun. Figures shown in the panel are read from the DOM (data-testid, data-field).
 */
import type { AppContext } from './app/context';
import type { FarmActions } from './app/farm';
import { groundPoint } from './app/context';
import type { Pick } from './app/selection';

export interface CadastreTestHook {
  readonly ready: boolean;
  readonly buildingCount: number;
  readonly obstacleCount: number;
  /** Tree crowns (LiDAR) drawn as instances, and their ids. */
  readonly treeCount: number;
  treeIds(): number[];
  /** Roof faces drawn by the heat-map. */
  readonly heatmapFaceCount: number;
  readonly framesDrawn: number;
  /** "Mon toit": photovoltaic modules drawn on the selected roof, and in its layout. */
  readonly pvPanelCount: number;
  readonly pvLayoutCount: number;
  /** "Mon toit": the estimate's state ('idle', 'loading', 'ready', 'error', 'not_computed'). */
  readonly pvStatus: string;
  /** « Rénovation »: the estimate's state ('idle', 'loading', 'ready', 'error') and the package chosen. */
  readonly renovationStatus: string;
  readonly renovationPackageId: string | null;
  /** « Bailleur »: sign-in state ('signed_out', 'checking', 'signed_in', 'unauthorized', 'error'). */
  readonly landlordAuth: string;
  /** « Bailleur »: the portfolio's estimate and plan states ('idle', 'loading', 'ready', 'error'). */
  readonly landlordEstimateStatus: string;
  readonly landlordPlanStatus: string;
  /** « Bailleur »: loaded buildings drawn in their DPE class colour. */
  readonly highlightedBuildingCount: number;
  /** Roof colour a loaded building is drawn in ('#rrggbb'), or null when it is not loaded. */
  buildingColour(id: number): string | null;
  /** Ids of the portfolio's houses with their class (today), as the estimate gave them. */
  portfolioHouses(): { id: number; letter: string }[];
  /** « Friches »: the evaluation's state ('idle', 'loading', 'ready', 'error') and its HTTP status when refused. */
  readonly farmStatus: string;
  readonly farmHttpStatus: number | null;
  /** « Friches »: rows drawn in 3D, candidate sites listed, the draw mode and the vertices placed so far. */
  readonly farmRowCount: number;
  readonly farmSiteCount: number;
  readonly farmDrawMode: string;
  readonly farmSketchVertices: number;
  /** « Friches »: [lon, lat] of the drawn polygon's vertices (null when none is drawn). */
  farmPolygon(): [number, number][] | null;
  /** Page position [CSS px] of a ground (or heap-top) point at [lon, lat]; null before the extent is known. */
  projectLonLat(lon: number, lat: number): { x: number; y: number; visible: boolean } | null;
  /**
   * « Friches »: sets the drawn boundary (or adds an exclusion zone) from [lon, lat] points, as drawing them point by
   * point and « Terminer » would; for tests that cannot click on a map precisely.
   */
  setFarmPolygon(points: [number, number][], kind?: 'site' | 'exclusion'): void;
  /** The sun shown: position [°] (azimuth clockwise from north), the instant (ISO) and the place it is seen from. */
  readonly sun: { azimuth_deg: number; elevation_deg: number; time: string; lon: number; lat: number };
  /** Moves the sun to an instant (ISO 8601 with a zone); resolves once drawn. */
  setSunTime(iso: string): Promise<void>;
  /** Some loaded building ids. */
  buildingIds(limit?: number): number[];
  /** Ids of the buildings the heat-map draws. */
  heatmapBuildingIds(): number[];
  /** Page position [CSS px] of a point on the building's roof, or null when it is not loaded. */
  projectBuilding(id: number): { x: number; y: number; visible: boolean } | null;
  /** Jumps the camera above a building; resolves once the new view is drawn (false when not loaded). */
  focusBuilding(id: number): Promise<boolean>;
  /** Jumps the camera to look at a place; resolves once drawn. Angles [°], azimuth clockwise from north. */
  lookAt(lon: number, lat: number, distance_m: number, elevation_deg: number, azimuth_deg: number): Promise<void>;
  /** What a click at a page position would select. */
  pickAt(x: number, y: number): Pick | null;
}

declare global {
  interface Window {
    __cadastre?: CadastreTestHook;
  }
}

export function installTestHook(deps: {
  app: AppContext;
  farm: FarmActions;
  pickAt(x: number, y: number): Pick | null;
  setSunTime(timeUtcMs: number): void;
  lookAtBuilding(id: number): boolean;
  lookAtLonLat(lonLat: [number, number], distance_m: number, elevation_deg: number, azimuth_deg: number): void;
}): void {
  const { buildings, heaps, heatmap, view, store, pvPanels } = deps.app;
  window.__cadastre = {
    get ready() {
      return deps.app.session.ready;
    },
    get buildingCount() {
      return buildings.count;
    },
    get obstacleCount() {
      return heaps.count;
    },
    get treeCount() {
      return deps.app.trees.instanceCount;
    },
    treeIds: () => deps.app.trees.ids(),
    get heatmapFaceCount() {
      return heatmap.faceCount;
    },
    get framesDrawn() {
      return view.framesDrawn;
    },
    get pvPanelCount() {
      return pvPanels.drawnCount;
    },
    get pvLayoutCount() {
      return pvPanels.panelCount;
    },
    get pvStatus() {
      return store.get().pv.status;
    },
    get renovationStatus() {
      return store.get().renovation.status;
    },
    get renovationPackageId() {
      return store.get().renovation.packageId;
    },
    get landlordAuth() {
      return store.get().landlord.auth;
    },
    get landlordEstimateStatus() {
      return store.get().landlord.estimate.status;
    },
    get landlordPlanStatus() {
      return store.get().landlord.plan.status;
    },
    get highlightedBuildingCount() {
      return buildings.overrideCount;
    },
    buildingColour: (id) => buildings.colourOf(id),
    get farmStatus() {
      return store.get().farm.evaluation.status;
    },
    get farmHttpStatus() {
      return store.get().farm.evaluation.httpStatus;
    },
    get farmRowCount() {
      return deps.app.farm.rowCount;
    },
    get farmSiteCount() {
      return store.get().farm.sites.list.length;
    },
    get farmDrawMode() {
      return store.get().farm.draw.mode;
    },
    get farmSketchVertices() {
      return store.get().farm.draw.points.length;
    },
    farmPolygon() {
      const { polygon } = store.get().farm;
      const frame = deps.app.session.frame;
      return polygon && frame ? polygon.map((p) => frame.toLonLat(p) as [number, number]) : null;
    },
    projectLonLat(lon, lat) {
      if (!deps.app.session.frame) return null;
      const point = groundPoint(deps.app, [lon, lat]);
      point.y = heaps.heightAt(point.x, -point.z);
      return view.project(point);
    },
    setFarmPolygon(points, kind = 'site') {
      const frame = deps.app.session.frame;
      if (!frame) throw new Error('the extent is not loaded yet');
      deps.farm.setDrawn(
        kind,
        points.map((p) => frame.toLocal(p)),
      );
    },
    portfolioHouses: () =>
      store.get().landlord.estimate.data?.houses.map((h) => ({ id: h.building_id, letter: h.letter })) ?? [],
    get sun() {
      const { azimuth_deg, elevation_deg, timeUtcMs, lon, lat } = store.get().sun;
      return { azimuth_deg, elevation_deg, time: new Date(timeUtcMs).toISOString(), lon, lat };
    },
    async setSunTime(iso) {
      const time = Date.parse(iso);
      if (!Number.isFinite(time)) throw new RangeError(`iso must be an ISO 8601 instant, got ${iso}`);
      deps.setSunTime(time);
      await view.nextFrame();
    },
    buildingIds: (limit = 100) => buildings.ids(limit),
    heatmapBuildingIds: () => heatmap.ids(),
    projectBuilding(id) {
      const anchor = buildings.anchorOf(id);
      return anchor ? view.project(anchor) : null;
    },
    async focusBuilding(id) {
      if (!deps.lookAtBuilding(id)) return false;
      await view.nextFrame();
      return true;
    },
    async lookAt(lon, lat, distance_m, elevation_deg, azimuth_deg) {
      deps.lookAtLonLat([lon, lat], distance_m, elevation_deg, azimuth_deg);
      await view.nextFrame();
    },
    pickAt: (x, y) => deps.pickAt(x, y),
  };
}
