/**
 * `window.__cadastre`: what browser tests need to drive the 3D view, which has no DOM to query: whether loading is
 * over, how many buildings are drawn, and where a given building lands on screen.
 */
import type { BuildingsLayer } from './layers/buildingsLayer';
import type { SlagHeapLayer } from './layers/slagHeapLayer';
import type { SceneView } from './scene/sceneView';

export interface CadastreTestHook {
  readonly ready: boolean;
  readonly buildingCount: number;
  readonly obstacleCount: number;
  readonly framesDrawn: number;
  /** Some loaded building ids. */
  buildingIds(limit?: number): number[];
  /** Page position [CSS px] of a point on the building's roof, or null when it is not loaded. */
  projectBuilding(id: number): { x: number; y: number; visible: boolean } | null;
  /** Jumps the camera above a building; resolves once the new view is drawn (false when not loaded). */
  focusBuilding(id: number): Promise<boolean>;
  /** Jumps the camera to look at a place; resolves once drawn. Angles [°], azimuth clockwise from north. */
  lookAt(lon: number, lat: number, distance_m: number, elevation_deg: number, azimuth_deg: number): Promise<void>;
  /** What a click at a page position would select. */
  pickAt(x: number, y: number): { kind: 'building' | 'heap'; id: number } | null;
}

declare global {
  interface Window {
    __cadastre?: CadastreTestHook;
  }
}

export function installTestHook(deps: {
  isReady(): boolean;
  buildings: BuildingsLayer;
  heaps: SlagHeapLayer;
  view: SceneView;
  pickAt(x: number, y: number): { kind: 'building' | 'heap'; id: number } | null;
  lookAtBuilding(id: number): boolean;
  lookAtLonLat(lonLat: [number, number], distance_m: number, elevation_deg: number, azimuth_deg: number): void;
}): void {
  const { buildings, heaps, view } = deps;
  window.__cadastre = {
    get ready() {
      return deps.isReady();
    },
    get buildingCount() {
      return buildings.count;
    },
    get obstacleCount() {
      return heaps.count;
    },
    get framesDrawn() {
      return view.framesDrawn;
    },
    buildingIds: (limit = 100) => buildings.ids(limit),
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
