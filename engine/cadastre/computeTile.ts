import { createLocalFrame } from '../geo/localFrame';
import { pointInRing } from '../geo/pointInRing';
import type { BuildingObstacle, FaceGrid, LocalPolygon, LocalRing, RoofFace } from '../geo/types';
import { integratePoint, preparePlane, type PlaneTable, type SkyYear } from '../irradiance/index';
import {
  faceGrid,
  findRoofRows,
  givenRoofFaces,
  roofFaces,
  roofFromRise,
  rowRidge,
  type LocalPolygon3,
  type RidgeLine,
  type RoofInput,
  type RoofResult,
  type RoofShapeName,
} from '../roof/index';
import { buildingHorizons } from '../shading/buildingHorizons';
import { createShadingScene } from '../shading/createShadingScene';
import { faceResult } from './faceResult';
import type { BuildingSolarResult, CadastreSettings, TileBuilding, TileInput, TileOutput } from './tile';

/** What a compute worker keeps between tiles: the sky of the typical year and the plane tables already built. */
export interface ComputeContext {
  sky: SkyYear;
  settings: CadastreSettings;
  /** Plane tables by orientation key; faces of a row share orientations, so most lookups hit. */
  planes: Map<string, PlaneTable>;
  /** When given, milliseconds spent per phase are added to it (for the benchmark's breakdown). */
  timings?: Record<string, number>;
  /** Clock for the timings (performance.now); passed in so that the engine stays free of global time. */
  now?: () => number;
}

/**
 * Plane table of an orientation, rounded to 1° of tilt and 2° of azimuth (10° under 5° of tilt, where azimuth hardly
 * matters): at most 0.5° and 1° off, which moves the annual sum of a 35° south face by < 0.1 % (sensitivity near the
 * optimum), while orientations repeat across a cité's rows so that most tables are reused.
 */
function planeFor(ctx: ComputeContext, face: RoofFace): PlaneTable {
  const tilt = Math.round(face.tilt_deg);
  const step = tilt < 5 ? 10 : 2;
  const azimuth = (Math.round(face.azimuth_deg / step) * step) % 360;
  const key = `${tilt}:${azimuth}`;
  let plane = ctx.planes.get(key);
  if (!plane) {
    if (ctx.planes.size > 4000) ctx.planes.clear();
    const { model, albedo, sectors } = ctx.settings;
    plane = preparePlane(ctx.sky, { tilt_deg: tilt, azimuth_deg: azimuth, model, albedo, sectors });
    ctx.planes.set(key, plane);
  }
  return plane;
}

function toLocal(b: TileBuilding, toLocalPoint: (p: [number, number]) => [number, number]): LocalPolygon[] {
  return b.footprint.map((polygon) => polygon.map((ring) => ring.map((p) => toLocalPoint([p[0]!, p[1]!]))));
}

/** Roof surfaces in the local frame; heights are above the ground already and stay as they are. */
function surfacesToLocal(
  surfaces: number[][][][],
  toLocalPoint: (p: [number, number]) => [number, number],
): LocalPolygon3[] {
  return surfaces.map((polygon) => polygon.map((ring) => ring.map((p) => [...toLocalPoint([p[0]!, p[1]!]), p[2]!])));
}

/**
 * The building with the shape and pitch its measured rise gives (`roofFromRise`), set before the rows are found so
 * that a building the rise shows flat joins no row and a row's ridge takes the measured pitches (their median). A
 * footprint `roofFromRise` cannot measure keeps its attributes; `buildingRoof` then falls back as it does for any.
 */
function withMeasuredRoof<T extends RoofInput>(b: T): T {
  try {
    const measured = roofFromRise(b);
    return measured ? { ...b, ...measured } : b;
  } catch {
    return b;
  }
}

/**
 * A building's roof: the surfaces of its 3D city model when it has some and at least one survives givenRoofFaces'
 * checks, else inferred from the footprint and attributes (a flat roof when the roof models cannot handle it).
 */
function buildingRoof(b: RoofInput & { roof_surfaces: LocalPolygon3[] | null }): RoofResult {
  if (b.roof_surfaces) {
    const given = givenRoofFaces(b.roof_surfaces);
    if (given.faces.length > 0) return { faces: given.faces, eaves_m: given.eaves_m };
  }
  try {
    return roofFaces(b);
  } catch {
    // A footprint the roof models cannot handle still shades and is still computed, with a flat roof.
    return roofFaces({ ...b, roof_shape: 'flat', ridgeLine: null });
  }
}

/**
 * The solar cadastre of one tile: roofs of every building (given by a 3D city model, else inferred, rows of attached
 * houses sharing their ridge), a shading scene of all of them and the slag heaps, then for each target building the
 * horizon of every 1 m roof sample and its annual and monthly irradiation from the plane tables. Pure: the caller
 * supplies the sky and writes the results.
 */
export function computeTile(tile: TileInput, ctx: ComputeContext): TileOutput {
  const clock = ctx.now;
  let mark = clock?.() ?? 0;
  const lap = (phase: string) => {
    if (!clock || !ctx.timings) return;
    const t = clock();
    ctx.timings[phase] = (ctx.timings[phase] ?? 0) + t - mark;
    mark = t;
  };
  const frame = createLocalFrame(tile.origin[0], tile.origin[1]);
  const local = tile.buildings.map((b) =>
    withMeasuredRoof({
      ...b,
      footprint: toLocal(b, frame.toLocal),
      roof_shape: b.roof_shape as RoofShapeName | null,
      roof_surfaces: b.roof_surfaces ? surfacesToLocal(b.roof_surfaces, frame.toLocal) : null,
    }),
  );
  const ridges = new Map<number, RidgeLine>();
  for (const group of findRoofRows(local)) {
    if (group.length < 2) continue;
    const ridge = rowRidge(group);
    for (const b of group) ridges.set(b.id, ridge);
  }
  const obstacles: BuildingObstacle[] = [];
  const faces = new Map<number, RoofFace[]>();
  for (const b of local) {
    // Given faces shade the neighbours too: the obstacle is the building's prism up to their eaves with them on top.
    const roof = buildingRoof({ ...b, ridgeLine: ridges.get(b.id) ?? null });
    faces.set(b.id, roof.faces);
    obstacles.push({
      id: b.id,
      footprint: b.footprint.map((part) => part[0]!),
      eaves_m: roof.eaves_m,
      faces: roof.faces,
    });
  }
  // Tree crowns (LiDAR): opaque prisms from the ground to the crown top, under ids that no building has (negative).
  for (const tree of tile.trees ?? []) {
    obstacles.push({
      id: -tree.id,
      footprint: [tree.crown.map((p) => frame.toLocal([p[0]!, p[1]!]))],
      eaves_m: tree.top_m,
      faces: [],
    });
  }
  const heaps = tile.heaps.map((h) => ({
    center: frame.toLocal([h.lon, h.lat]),
    base_radius_m: h.base_radius_m,
    height_m: h.height_m,
    top_ratio: h.top_ratio,
  }));
  lap('roofs');
  const scene = createShadingScene({ buildings: obstacles, heaps });
  lap('scene');
  const { spacing_m, sectors, maxDistance_m } = ctx.settings;
  const results: BuildingSolarResult[] = [];
  let sampleCount = 0;
  for (const b of local) {
    if (!b.target) continue;
    const own = faces.get(b.id)!;
    const blocked = b.superstructures
      ? b.superstructures.map((poly) => poly[0]!.map((p) => frame.toLocal([p[0]!, p[1]!])))
      : [];
    const fullGrids: FaceGrid[] = own.map((f) => faceGrid(f, spacing_m));
    const grids = fullGrids.map((g) => (blocked.length > 0 ? withoutCells(g, blocked) : g));
    const total = grids.reduce((s, g) => s + g.points.length / 3, 0);
    const samples = new Float64Array(total * 3);
    const selfFace = new Int32Array(total);
    let k = 0;
    grids.forEach((g, i) => {
      samples.set(g.points, k * 3);
      selfFace.fill(own[i]!.index, k, k + g.points.length / 3);
      k += g.points.length / 3;
    });
    lap('grids');
    const horizons = buildingHorizons(scene, b.id, samples, selfFace, { sectors, maxDistance_m });
    lap('horizons');
    sampleCount += total;
    let offset = 0;
    const faceResults = own.map((face, i) => {
      const grid = grids[i]!;
      const n = grid.points.length / 3;
      const plane = planeFor(ctx, face);
      const perSample = Array.from({ length: n }, (_, s) =>
        integratePoint(plane, horizons.subarray((offset + s) * sectors, (offset + s + 1) * sectors)),
      );
      const faceHorizon = meanHorizon(horizons.subarray(offset * sectors, (offset + n) * sectors), sectors);
      offset += n;
      return {
        ...faceResult(face, grid, perSample, integratePoint(plane, null).annual_kwh_m2, ctx.settings, frame.toLonLat, {
          samplesOnFace: fullGrids[i]!.points.length / 3,
        }),
        horizon_deg: faceHorizon,
      };
    });
    results.push({ building_id: b.id, faces: faceResults, summary: summarise(faceResults) });
    lap('integration');
  }
  return { results, samples: sampleCount };
}

/** Share of a face's samples outside every superstructure below which the face is itself the superstructure. */
const OWN_FACE_SHARE = 0.2;

/**
 * A face grid without the samples that fall, in plan, inside a superstructure (chimney, dormer, equipment): they
 * are no place for a panel, so they leave the heat map, the usable area and the panel layout alike.
 */
function withoutCells(grid: FaceGrid, rings: LocalRing[]): FaceGrid {
  const inside = grid.inside.slice();
  const kept: number[] = [];
  let k = 0;
  for (let c = 0; c < inside.length; c++) {
    if (!inside[c]) continue;
    const x = grid.points[3 * k]!;
    const y = grid.points[3 * k + 1]!;
    const z = grid.points[3 * k + 2]!;
    k += 1;
    if (rings.some((r) => pointInRing([x, y], r))) inside[c] = 0;
    else kept.push(x, y, z);
  }
  // A face mostly inside a superstructure's outline is that superstructure (a dormer's own face): it keeps its samples.
  return kept.length < OWN_FACE_SHARE * (grid.points.length / 3)
    ? grid
    : { ...grid, inside, points: Float64Array.from(kept) };
}

/**
 * The face's horizon for the hourly PV model: per azimuth sector, the mean of its samples' horizon elevations [°],
 * rounded to 0.1°. A panel's yearly energy is then scaled to its own samples' irradiation (services/pv), so this
 * profile only shapes the hours.
 */
function meanHorizon(horizons: Float32Array, sectors: number): number[] {
  const n = horizons.length / sectors;
  const mean = new Array<number>(sectors).fill(0);
  for (let s = 0; s < n; s++) for (let k = 0; k < sectors; k++) mean[k]! += horizons[s * sectors + k]!;
  return mean.map((total) => Math.round((total / n) * 10) / 10);
}

function summarise(faces: BuildingSolarResult['faces']): BuildingSolarResult['summary'] {
  const area = faces.reduce((s, f) => s + f.area_m2, 0);
  const weighted = (pick: (f: (typeof faces)[number]) => number) =>
    area > 0 ? faces.reduce((s, f) => s + pick(f) * f.area_m2, 0) / area : 0;
  return {
    faces: faces.length,
    roof_area_m2: area,
    usable_area_m2: faces.reduce((s, f) => s + f.usable_area_m2, 0),
    mean_kwh_m2: weighted((f) => f.annual_kwh_m2),
    best_kwh_m2: faces.reduce((m, f) => Math.max(m, f.annual_kwh_m2), 0),
    usable_kwh: faces.reduce((s, f) => s + f.usable_kwh, 0),
    shading_loss_pct: weighted((f) => f.shading_loss_pct),
  };
}
