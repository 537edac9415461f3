import { layoutFace } from './layoutFace';
import type { FaceInput, LayoutOptions, ModuleSpec, RankedPanel, RoofLayout } from './types';

/**
 * Lays modules on every face of a roof (`layoutFace` per face, same module and options) and ranks all panels by mean
 * annual irradiation, best first (ties: lower face_index, then the face's own order, eaves up, low u first), so a
 * caller taking the first n panels gets the best n — as Google Solar's solarPanelConfigs grow panel by panel.
 *
 * @param faces each face with its grid and per-cell annual irradiation [kWh/m²]
 * @param module the module (fixtures/modules through parseModules)
 * @param options as `layoutFace`
 * @returns one layout per face (input order) and the ranked panels (rank 1 = best)
 * @example layoutRoof([{ face, grid, sample_kwh_m2 }], defaultModule(parseModules(json))).panels[0].rank // 1
 */
export function layoutRoof(faces: FaceInput[], module: ModuleSpec, options: LayoutOptions = {}): RoofLayout {
  if (!Array.isArray(faces)) throw new RangeError('faces must be an array of { face, grid, sample_kwh_m2 }');
  const layouts = faces.map((input, i) => {
    if (typeof input !== 'object' || input === null)
      throw new RangeError(`faces[${i}] must be { face, grid, sample_kwh_m2 }`);
    return layoutFace(input.face, input.grid, input.sample_kwh_m2, module, options);
  });
  const keyed = layouts.flatMap((layout, f) =>
    layout.panels.map((panel, position) => ({ panel, face_index: layout.face_index, f, position })),
  );
  keyed.sort(
    (a, b) =>
      b.panel.mean_kwh_m2 - a.panel.mean_kwh_m2 || a.face_index - b.face_index || a.f - b.f || a.position - b.position,
  );
  const panels: RankedPanel[] = keyed.map(({ panel, face_index }, i) => ({ ...panel, face_index, rank: i + 1 }));
  return { module_id: module.id, faces: layouts, panels };
}
