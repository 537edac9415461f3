/**
 * What the application's actions share: the API client, the state store, the scene and its layers, and the few
 * facts of the current session (the local frame once the extent is known, whether loading is over, whether the
 * user has moved the camera). main.ts builds it; the action modules receive it.
 */
import { Vector3 } from 'three';
import type { LocalFrame } from '../../../engine/geo/localFrame';
import { ApiError, type ApiClient } from '../data/api';
import type { BuildingsLayer } from '../layers/buildingsLayer';
import type { FarmLayer } from '../layers/farmLayer';
import type { GroundLayer } from '../layers/groundLayer';
import type { PvPanelsLayer } from '../layers/pvPanelsLayer';
import type { RoofHeatmapLayer } from '../layers/roofHeatmapLayer';
import type { SlagHeapLayer } from '../layers/slagHeapLayer';
import type { TreesLayer } from '../layers/treesLayer';
import type { SceneView } from '../scene/sceneView';
import type { AppState, Store } from '../ui/store';

export interface AppContext {
  api: ApiClient;
  store: Store<AppState>;
  view: SceneView;
  ground: GroundLayer;
  buildings: BuildingsLayer;
  heaps: SlagHeapLayer;
  /** Tree crowns found in LiDAR. */
  trees: TreesLayer;
  heatmap: RoofHeatmapLayer;
  /** The photovoltaic modules of the selected building ("Mon toit"). */
  pvPanels: PvPanelsLayer;
  /** « Friches »: the farm's rows and the site, drawn and exclusion outlines. */
  farm: FarmLayer;
  session: {
    frame: LocalFrame | null;
    /** True once every tile, heap and heat-map page is drawn. */
    ready: boolean;
    /** True once the user has dragged or zoomed: automatic camera moves then stop. */
    userMoved: boolean;
  };
}

/** Camera distance for a neighbourhood and for one building [m]. */
export const NEIGHBOURHOOD_DISTANCE_M = 700;
export const BUILDING_DISTANCE_M = 170;

export const errorMessage = (error: unknown): string =>
  error instanceof ApiError || error instanceof Error ? error.message : String(error);

/** A ground point of the scene (three.js axes) for a [lon, lat]; requires the frame. */
export function groundPoint(app: AppContext, lonLat: [number, number]): Vector3 {
  const [east, north] = app.session.frame!.toLocal(lonLat);
  return new Vector3(east, 0, -north);
}

/** [lon, lat] of the point the camera orbits, or null before the extent is known. */
export function viewCentre(app: AppContext): [number, number] | null {
  if (!app.session.frame) return null;
  const target = app.view.rig.controls.target;
  return app.session.frame.toLonLat([target.x, -target.z]);
}

/** Flies (or jumps, duration 0) to look at a point from the current side. */
export function lookAt(app: AppContext, target: Vector3, distance_m: number, duration_ms = 900, elevation_deg = 40) {
  const offset = app.view.rig.viewFrom(target, distance_m, elevation_deg, app.view.rig.azimuth_deg());
  app.view.rig.flyTo(target, offset, duration_ms);
  app.view.invalidate();
}
