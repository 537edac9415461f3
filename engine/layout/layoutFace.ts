import type { FaceGrid, RoofFace, Vec3 } from '../geo/types';
import { faceOutline } from './faceOutline';
import { packFace, type Packing } from './packFace';
import type { FaceLayout, LayoutOptions, ModuleSpec, Panel, PanelOrientation } from './types';
import { validateFaceAndGrid, validateSamples } from './validateLayoutInput';
import { validateModule } from './validateModule';

/**
 * Default clear margin from every edge of a face [m]: 0.45 m ≈ 18 in (457 mm), the ridge setback of the US
 * residential code for arrays covering ≤ 33 % of the roof (IRC 2018 R324.6.2; IFC 2018 1204.2.1.2), applied to every
 * edge. French rules set no fire setback on houses; the margin also keeps modules off the roof's edge strips, where
 * wind suction is highest (EN 1991-1-4 §7.2.3, edge zones of width e/10), and leaves room for rail ends and clamps.
 */
export const DEFAULT_SETBACK_M = 0.45;
/** Default gap between neighbouring modules [m]: the width of a middle clamp of common rail systems (≈ 20 mm). */
export const DEFAULT_GAP_M = 0.02;
/** Default lowest irradiation under a module [kWh/m²], the cadastre's usable-area threshold (computeCadastre). */
export const DEFAULT_USABLE_THRESHOLD_KWH_M2 = 800;
/**
 * Height of the modules above the face [m]: on-roof rails hold them ≈ 10 cm above the covering (DualSun installation
 * manual for PV modules, §3.5 "Fire safety": the frame at least 10 cm from the roof surface).
 */
export const MOUNTING_HEIGHT_M = 0.1;

const ORIENTATIONS = ['auto', 'portrait', 'landscape'];

function checkOption(value: number, name: string, lo: number, hi: number): number {
  if (!(typeof value === 'number' && value >= lo && value <= hi)) {
    throw new RangeError(`${name} must be within [${lo}, ${hi}], got ${String(value)}`);
  }
  return value;
}

/**
 * Packs modules on one roof face, in the face's own plane, as a rectangular pattern: rows along u (horizontal),
 * stacked up the slope along v (engine/roof/faceGrid's axes); portrait puts the module's long side along v. 'auto'
 * packs both orientations and keeps the one with more modules (ties: higher summed irradiation). In each orientation
 * `PHASES` × `PHASES` offsets of the pattern within one pitch are tried, each row taking its best u-offset (packFace).
 * A module is placed only if its rectangle lies in the face inset by setback_m (every point at least setback_m from
 * every edge, no edge crossing it) and every grid cell whose centre lies under it is inside the face with an annual
 * irradiation ≥ the threshold (null samples count as unusable).
 * Flat faces (tilt < 1°) get the same treatment: modules lie flat in the face plane, rows running east (the grid's u
 * is east on a flat face); tilted frames are not modelled.
 *
 * @param face the roof face (closed ring [m], index, tilt [°], azimuth [°])
 * @param grid its sample grid (engine/roof/faceGrid)
 * @param sample_kwh_m2 annual irradiation per cell, index i + j·nu, null outside the face [kWh/m²]
 * @param module the module (fixtures/modules through parseModules)
 * @param options setback_m [m] (default 0.45), gap_m [m] (0.02), usableThreshold_kwh_m2 [kWh/m²] (800),
 *   orientation ('auto')
 * @returns the panels row by row from the eaves up, corners counter-clockwise seen from above and lifted
 *   `MOUNTING_HEIGHT_M` along the normal [m]; orientation null when none fits
 * @example layoutFace(face, faceGrid(face), samples, defaultModule(parseModules(json))).panels.length // e.g. 20
 */
export function layoutFace(
  face: RoofFace,
  grid: FaceGrid,
  sample_kwh_m2: ArrayLike<number | null>,
  module: ModuleSpec,
  options: LayoutOptions = {},
): FaceLayout {
  validateFaceAndGrid(face, grid);
  validateSamples(sample_kwh_m2, grid);
  validateModule(module);
  if (typeof options !== 'object' || options === null) throw new RangeError('options must be an object');
  const setback_m = checkOption(options.setback_m ?? DEFAULT_SETBACK_M, 'options.setback_m', 0, 10);
  const gap_m = checkOption(options.gap_m ?? DEFAULT_GAP_M, 'options.gap_m', 0, 1);
  const threshold = checkOption(
    options.usableThreshold_kwh_m2 ?? DEFAULT_USABLE_THRESHOLD_KWH_M2,
    'options.usableThreshold_kwh_m2',
    0,
    1e4,
  );
  const wanted = options.orientation ?? 'auto';
  if (!ORIENTATIONS.includes(wanted)) {
    throw new RangeError(`options.orientation must be one of ${ORIENTATIONS.join(', ')}, got ${String(wanted)}`);
  }
  const outline = faceOutline(face, grid);
  const tried: [PanelOrientation, Packing][] = [];
  for (const orientation of ['portrait', 'landscape'] as const) {
    if (wanted !== 'auto' && wanted !== orientation) continue;
    const [du, dv] = orientation === 'portrait' ? [module.width_m, module.length_m] : [module.length_m, module.width_m];
    tried.push([
      orientation,
      packFace(outline, grid, sample_kwh_m2, { du, dv, setback_m, gap_m, threshold_kwh_m2: threshold }),
    ]);
  }
  let [orientation, best] = tried[0]!;
  for (const [o, packing] of tried.slice(1)) {
    const more = packing.placements.length - best.placements.length;
    if (more > 0 || (more === 0 && packing.sum_kwh_m2 > best.sum_kwh_m2 * (1 + 1e-12)))
      [orientation, best] = [o, packing];
  }
  const [du, dv] = orientation === 'portrait' ? [module.width_m, module.length_m] : [module.length_m, module.width_m];
  const { origin, u, v } = grid;
  const normal: Vec3 = [u[1] * v[2] - u[2] * v[1], u[2] * v[0] - u[0] * v[2], u[0] * v[1] - u[1] * v[0]];
  const at = (a: number, b: number): Vec3 => [
    origin[0] + a * u[0] + b * v[0] + MOUNTING_HEIGHT_M * normal[0],
    origin[1] + a * u[1] + b * v[1] + MOUNTING_HEIGHT_M * normal[1],
    origin[2] + a * u[2] + b * v[2] + MOUNTING_HEIGHT_M * normal[2],
  ];
  const panels: Panel[] = best.placements.map(({ u0, v0, mean_kwh_m2 }) => ({
    corners: [at(u0, v0), at(u0 + du, v0), at(u0 + du, v0 + dv), at(u0, v0 + dv)],
    center: at(u0 + du / 2, v0 + dv / 2),
    orientation,
    mean_kwh_m2,
  }));
  return {
    face_index: face.index,
    orientation: panels.length > 0 ? orientation : null,
    panels,
    tilt_deg: face.tilt_deg,
    azimuth_deg: face.azimuth_deg,
  };
}
