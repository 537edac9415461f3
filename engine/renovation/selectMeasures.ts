import type { Dwelling } from '../thermal/types';
import type { Measure, RenovationCatalogue, RoofElement } from './types';

/**
 * Resolves measure ids against the catalogue and refuses what cannot be built: unknown or repeated ids, two
 * measures of one exclusive group (two heating systems, ITE with ITI...), a measure forbidden in a UNESCO-listed
 * cité (ITE: the listed façades are insulated from the inside only), and attic plus sloped-roof insulation on roof
 * elements that do not say which kind they are.
 * @throws RangeError naming the measure id and the reason
 */
export function selectMeasures(dwelling: Dwelling, measureIds: string[], catalogue: RenovationCatalogue): Measure[] {
  if (!Array.isArray(measureIds))
    throw new RangeError(`measureIds must be an array of measure ids, got ${JSON.stringify(measureIds)}`);
  const byId = new Map(catalogue.measures.map((m) => [m.id, m]));
  const groups = new Map<string, string>();
  const chosen = measureIds.map((id, i) => {
    const m = byId.get(id);
    if (m === undefined)
      throw new RangeError(`measureIds[${i}]: unknown measure '${String(id)}' (known: ${[...byId.keys()].join(', ')})`);
    if (measureIds.indexOf(id) !== i) throw new RangeError(`measureIds[${i}]: measure '${id}' is listed twice`);
    const other = groups.get(m.exclusive_group);
    if (other !== undefined)
      throw new RangeError(
        `measureIds[${i}]: '${id}' cannot be combined with '${other}' (both are ${m.exclusive_group} measures)`,
      );
    groups.set(m.exclusive_group, id);
    if (m.forbidden_when_unesco && dwelling.unesco === true)
      throw new RangeError(
        `measureIds[${i}]: '${id}' is not allowed in a UNESCO-listed cité (dwelling.unesco): the listed façades must keep their brick, insulate the walls from the inside (wall_insulation_internal)`,
      );
    return m;
  });
  const roofKinds = new Set(chosen.filter((m) => m.applies_to === 'roof').map((m) => m.roof_kind));
  if (roofKinds.size > 1) {
    const untyped = (dwelling.roof as RoofElement[]).findIndex((e) => e.roof_kind === undefined);
    if (untyped >= 0)
      throw new RangeError(
        `dwelling.roof[${untyped}].roof_kind is needed when several roof measures are chosen (${[...roofKinds].join(', ')}), got undefined`,
      );
  }
  return chosen;
}
