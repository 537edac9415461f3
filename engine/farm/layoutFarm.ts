import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { checkRange } from '../geo/checkRange';
import { buildableArea } from './buildableArea';
import { checkRing } from './checkRing';
import { resolveFarmOptions } from './resolveFarmOptions';
import { shadingGroups, type PlacedRun } from './shadingGroups';
import { solsticePitch } from './solsticePitch';
import { TABLE_GAP_M, tableGeometry } from './tableGeometry';
import { edgesOf, tableFits, type Exclusion } from './tableFits';
import type { FarmLayout, FarmLayoutOptions, Ring } from './types';

const RAD = Math.PI / 180;

/** Step along a row when a table does not fit, before trying again [m]. */
export const SLIDE_STEP_M = 0.5;

/**
 * Rows of fixed-tilt tables on a site. Tables (2P or 3L, `table_columns` modules wide) face `azimuth_deg`; rows run
 * across that direction, the first one as far towards it as the setback allows, the next ones one pitch behind
 * each other, with an internal road of `road_width_m` after every `road_every_rows` rows. Pitch = slant height / GCR,
 * or the winter-solstice noon rule (solsticePitch). Along each row, tables are placed left to right, abutted with
 * TABLE_GAP_M between them, wherever the whole footprint (horizontal projection) lies in the buildable area
 * (tableFits: inside the site, `setback_m` clear of its boundary, touching no exclusion); where one does not fit the
 * row slides on by SLIDE_STEP_M and starts a new run. Each run of abutted tables is one row entry.
 *
 * @param site site ring in the local frame (x east, y north) [m], simple, 3 to 2,000 points
 * @param exclusions rings no table may touch [m]
 * @param latitude_deg site latitude [°], within [-66, 66] (used by the solstice rule)
 * @param options FarmOptions with the module (defaults: tilt 25°, south, 2P, GCR 0.4, setback 10 m, a 5 m road every
 *   10 rows)
 * @example layoutFarm([[0, 0], [566, 0], [566, 566], [0, 566]], [], 50.44, { module }).kwp // ≈ 2.3e4 (540 Wp)
 */
export function layoutFarm(
  site: Ring,
  exclusions: Ring[],
  latitude_deg: number,
  options: FarmLayoutOptions,
): FarmLayout {
  const o = resolveFarmOptions(options);
  const siteRing = checkRing(site, 'site');
  if (!Array.isArray(exclusions)) throw new RangeError('exclusions must be an array of rings');
  const excl = exclusions.map((x, i) => checkRing(x, `exclusions[${i}]`));
  checkRange('latitude_deg', latitude_deg, -66, 66);

  const table = tableGeometry(o.module, o.table, o.table_columns);
  const slant = table.slant_height_m;
  const pitch = o.pitch.kind === 'gcr' ? slant / o.pitch.gcr : solsticePitch(slant, o.tilt_deg, latitude_deg);
  const depth = slant * Math.cos(o.tilt_deg * RAD);

  // Row frame: u along the rows, v from the front row backwards (a rotation, so distances and areas are kept).
  const a = o.azimuth_deg * RAD;
  const r: LocalPoint = [-Math.cos(a), Math.sin(a)];
  const back: LocalPoint = [-Math.sin(a), -Math.cos(a)];
  const toUv = ([x, y]: LocalPoint): LocalPoint => [x * r[0] + y * r[1], x * back[0] + y * back[1]];
  const toXy = ([u, v]: LocalPoint): [number, number] => [u * r[0] + v * back[0], u * r[1] + v * back[1]];
  const siteUv = siteRing.map(toUv);
  const edges = edgesOf(siteUv);
  const exclUv: Exclusion[] = excl.map((ring) => {
    const uv = ring.map(toUv);
    const us = uv.map((p) => p[0]);
    const vs = uv.map((p) => p[1]);
    return { ring: uv, minX: Math.min(...us), maxX: Math.max(...us), minY: Math.min(...vs), maxY: Math.max(...vs) };
  });
  const vMin = Math.min(...siteUv.map((p) => p[1]));
  const vMax = Math.max(...siteUv.map((p) => p[1]));
  const s = o.setback_m;

  const runs: PlacedRun[] = [];
  let v = vMin + s;
  for (let k = 0; v + depth <= vMax - s; k++) {
    const v0 = v;
    const v1 = v + depth;
    const near = edges.filter((e) => e.maxY >= v0 - s && e.minY <= v1 + s);
    const uLo = Math.min(...near.map((e) => e.minX)) + s;
    const uHi = Math.max(...near.map((e) => e.maxX)) - s;
    let run: PlacedRun | null = null;
    for (let u = uLo; u + table.length_m <= uHi;) {
      const rect = (from: number, to: number): LocalPoint[] => [
        [from, v0],
        [to, v0],
        [to, v1],
        [from, v1],
      ];
      const end = u + table.length_m;
      // Extending a run also checks the gap before the new table, so the run's whole rectangle is buildable.
      if (run && tableFits(rect(run.u1, end), near, exclUv, s)) {
        run.u1 = end;
        run.tables++;
        u = end + TABLE_GAP_M;
      } else if (tableFits(rect(u, end), near, exclUv, s)) {
        run = { index: k, u0: u, u1: end, v0, v1, tables: 1 };
        runs.push(run);
        u = end + TABLE_GAP_M;
      } else {
        run = null;
        u += SLIDE_STEP_M;
      }
    }
    v += pitch + ((k + 1) % o.road_every_rows === 0 ? o.road_width_m : 0);
  }

  const rows = runs.map((run) => ({
    corners: [toXy([run.u0, run.v0]), toXy([run.u1, run.v0]), toXy([run.u1, run.v1]), toXy([run.u0, run.v1])],
    tables: run.tables,
    modules: run.tables * table.modules,
    index: run.index,
  }));
  const modules = rows.reduce((sum, row) => sum + row.modules, 0);
  return {
    rows,
    modules,
    kwp: (modules * o.module.wp) / 1000,
    pitch_m: pitch,
    gcr: slant / pitch,
    slant_height_m: slant,
    buildable_area_m2: buildableArea(edges, exclUv, s),
    site_area_m2: Math.abs(signedArea(siteRing)),
    tilt_deg: o.tilt_deg,
    azimuth_deg: o.azimuth_deg,
    road_width_m: o.road_width_m,
    module: o.module,
    shading: shadingGroups(runs, table.modules, o.road_every_rows),
  };
}
