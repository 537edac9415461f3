/**
 * Where « Friches » meets the 3D view: the ground (or heap) height under a point, the outlines and rows drawn from
 * the state, a ground point under the pointer, and a flight over a site.
 */
import { Plane, Vector3 } from 'three';
import type { LocalPoint } from '../../../engine/geo/types';
import type { Ring } from '../data/types';
import type { OutlineKind } from '../layers/farmLayer';
import { rowBase, tiltedRowQuad } from '../layers/farmRowGeometry';
import { lookAt, type AppContext } from './context';

const GROUND = new Plane(new Vector3(0, 1, 0), 0);

/** Ground or heap height under a point [m]. */
export const groundAt = (app: AppContext) => (east_m: number, north_m: number) => app.heaps.heightAt(east_m, north_m);

/** The outlines and rows of the state, drawn again. */
export function drawFarm(app: AppContext): void {
  const f = app.store.get().farm;
  const at = groundAt(app);
  const outlines: { kind: OutlineKind; ring: Ring }[] = [];
  const site = f.polygon ? null : f.sites.list.find((s) => s.id === f.siteId);
  if (f.open || f.evaluation.data) {
    for (const polygon of site?.polygons ?? []) outlines.push({ kind: 'site', ring: polygon[0]! });
    if (f.polygon) outlines.push({ kind: 'drawn', ring: f.polygon });
    for (const ring of f.exclusions) outlines.push({ kind: 'exclusion', ring });
    if (f.draw.mode !== 'none' && f.draw.points.length > 0) outlines.push({ kind: 'sketch', ring: f.draw.points });
  }
  app.farm.setOutlines(outlines, at);
  const { data, asked } = f.evaluation;
  if (data && asked)
    app.farm.setRows(
      data.rows.map((row) => tiltedRowQuad(row.ring, asked.tilt_deg, asked.azimuth_deg, rowBase(row.ring, at))),
    );
  else app.farm.clearRows();
  app.view.invalidate();
}

/** The ground or heap point under a page position [east m, north m], or null when the ray misses the ground. */
export function groundPointAt(app: AppContext, clientX: number, clientY: number): LocalPoint | null {
  const raycaster = app.view.rayAt(clientX, clientY);
  const heap = app.heaps.object.children.length > 0 ? raycaster.intersectObject(app.heaps.object, true)[0] : undefined;
  const point = heap?.point ?? raycaster.ray.intersectPlane(GROUND, new Vector3());
  return point ? [point.x, -point.z] : null;
}

/** Flies over rings [east m, north m]: to their middle, far enough back to see them all (250 m to 4 km). */
export function flyToRings(app: AppContext, rings: readonly Ring[]): void {
  const points = rings.flat();
  if (points.length === 0) return;
  const es = points.map((p) => p[0]);
  const ns = points.map((p) => p[1]);
  const e = (Math.min(...es) + Math.max(...es)) / 2;
  const n = (Math.min(...ns) + Math.max(...ns)) / 2;
  const radius = Math.hypot(Math.max(...es) - e, Math.max(...ns) - n);
  const target = new Vector3(e, app.heaps.heightAt(e, n), -n);
  app.session.userMoved = true;
  lookAt(app, target, Math.min(4000, Math.max(250, 2.4 * radius)), 900, 50);
}
