/**
 * Where the « Bailleur » workspace meets the 3D view: the ground extent the camera shows (for a portfolio « vue
 * actuelle »), the colours of a portfolio's houses by DPE class, and a flight over them.
 */
import { Plane, Vector3 } from 'three';
import type { EstimateHouse, PlanAssignment } from '../../../contracts';
import type { DpeLetter } from '../data/requests';
import type { Bbox } from '../data/types';
import { DPE_COLOURS } from '../ui/dpeScaleGeometry';
import { groundPoint, lookAt, type AppContext } from './context';

/** Farthest ground point of the view taken into its extent [m]: a low camera sees to the horizon. */
export const MAX_VIEW_REACH_M = 2500;

const GROUND = new Plane(new Vector3(0, 1, 0), 0);

/**
 * The lon/lat box of the ground seen through the canvas's corners and edge middles, each point held within
 * MAX_VIEW_REACH_M of the point the camera orbits; null before the frame is known.
 */
export function viewBbox(app: Pick<AppContext, 'view' | 'session'>): Bbox | null {
  const frame = app.session.frame;
  if (!frame) return null;
  const rect = app.view.canvas.getBoundingClientRect();
  const target = app.view.rig.controls.target;
  const points: Vector3[] = [];
  for (const fx of [0, 0.5, 1])
    for (const fy of [0, 0.5, 1]) {
      const ray = app.view.rayAt(rect.left + fx * rect.width, rect.top + fy * rect.height).ray;
      const hit = ray.intersectPlane(GROUND, new Vector3());
      // A ray above the horizon reaches the ground nowhere: it stands for the farthest point in its direction.
      const point =
        hit ?? target.clone().add(new Vector3(ray.direction.x, 0, ray.direction.z).setLength(MAX_VIEW_REACH_M));
      const offset = point.sub(target).setY(0);
      if (offset.length() > MAX_VIEW_REACH_M) offset.setLength(MAX_VIEW_REACH_M);
      points.push(offset.add(target));
    }
  const lonLats = points.map((p) => frame.toLonLat([p.x, -p.z]));
  const lons = lonLats.map((p) => p[0]);
  const lats = lonLats.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

/**
 * Each house's colour ('#rrggbb', the official DPE colours): its class today, or after its works in the plan when
 * `assignments` are given (a house the plan leaves alone keeps today's class).
 */
export function houseColours(
  houses: readonly EstimateHouse[],
  assignments: readonly PlanAssignment[] | null,
): Map<number, string> {
  const after = new Map<number, DpeLetter>(assignments?.map((a) => [a.house_id, a.letter_after]) ?? []);
  return new Map(houses.map((h) => [h.building_id, DPE_COLOURS[after.get(h.building_id) ?? h.letter]]));
}

/** Flies over the houses: to their middle, far enough back to see them all (200 m to 3 km). */
export function flyOver(app: AppContext, houses: readonly EstimateHouse[]): void {
  if (!app.session.frame || houses.length === 0) return;
  const lons = houses.map((h) => h.center[0]);
  const lats = houses.map((h) => h.center[1]);
  const middle: [number, number] = [
    (Math.min(...lons) + Math.max(...lons)) / 2,
    (Math.min(...lats) + Math.max(...lats)) / 2,
  ];
  const corner = groundPoint(app, [Math.min(...lons), Math.min(...lats)]);
  const target = groundPoint(app, middle);
  const distance = Math.min(3000, Math.max(200, 2.2 * corner.distanceTo(target)));
  app.session.userMoved = true;
  lookAt(app, target, distance, 900, 50);
}
