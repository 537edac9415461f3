import type { Dwelling, Element } from '../thermal/types';
import { checkDwelling } from './checkDwelling';
import { combinedU } from './combinedU';
import { selectMeasures } from './selectMeasures';
import type { Measure, RenovatedDwelling, RenovationCatalogue, RoofElement } from './types';

function insulate<T extends Element>(list: T[], r: number, keep: (e: T) => boolean = () => true): T[] {
  return list.map((e) => (keep(e) ? { ...e, u_w_m2k: combinedU(e.u_w_m2k, r) } : e));
}

function apply(d: RenovatedDwelling, m: Measure): RenovatedDwelling {
  const e = m.effect;
  switch (e.kind) {
    case 'add_insulation':
      if (m.applies_to === 'walls') return { ...d, walls: insulate(d.walls, e.r_added_m2k_w) };
      if (m.applies_to === 'floors') return { ...d, floors: insulate(d.floors, e.r_added_m2k_w) };
      return {
        ...d,
        roof: insulate(
          d.roof as RoofElement[],
          e.r_added_m2k_w,
          (el) => el.roof_kind === undefined || el.roof_kind === m.roof_kind,
        ),
      };
    case 'replace_windows':
      return {
        ...d,
        windows: d.windows.map((w) => ({ ...w, u_w_m2k: Math.min(w.u_w_m2k, e.u_w_m2k), g_value: e.g_value })),
      };
    case 'ventilation': {
      const { heat_recovery_efficiency: _old, ...rest } = d;
      return e.heat_recovery_efficiency === undefined
        ? { ...rest, ventilation: e.ventilation }
        : { ...rest, ventilation: e.ventilation, heat_recovery_efficiency: e.heat_recovery_efficiency };
    }
    case 'heating':
      return { ...d, heating: { system: e.system, carrier: e.carrier, efficiency: e.efficiency } };
    case 'hot_water':
      return { ...d, hot_water: { system: e.system, carrier: e.carrier, efficiency: e.efficiency } };
    default:
      return d;
  }
}

/**
 * The dwelling after the chosen measures, as a new object (the input is never mutated):
 * - insulation: every targeted element's U becomes 1/(1/U_old + R_added) (walls; floors; roof elements of the
 *   measure's roof_kind, or all roof elements when they do not say their kind);
 * - windows: U_w replaced (never raised) and g replaced on every window group, areas and orientations kept;
 * - ventilation: type replaced (engine/thermal sets its air change); double flow adds `heat_recovery_efficiency`,
 *   a field the Dwelling contract lacks;
 * - heating / hot water: system, carrier and seasonal efficiency (or SCOP/COP) replaced;
 * - PV: no change to the heat balance.
 * @param dwelling the dwelling before works
 * @param measureIds catalogue measure ids
 * @param catalogue the renovation catalogue (parseRenovationCatalogue)
 * @throws RangeError for a bad dwelling field, an unknown or repeated measure id, two measures of one group, or ITE in a UNESCO-listed cité
 * @example applyMeasures(house, ['attic_insulation', 'heat_pump_air_water'], catalogue)
 */
export function applyMeasures(
  dwelling: Dwelling,
  measureIds: string[],
  catalogue: RenovationCatalogue,
): RenovatedDwelling {
  checkDwelling(dwelling);
  const measures = selectMeasures(dwelling, measureIds, catalogue);
  return measures.reduce<RenovatedDwelling>((d, m) => apply(d, m), cloneDwelling(dwelling));
}

/**
 * A deep copy of a dwelling's parts the measures may touch (elements, systems), much cheaper than structuredClone
 * for the batch of a whole stock: plain fields are copied, element arrays and their monthly shading arrays too.
 */
function cloneDwelling(d: Dwelling): RenovatedDwelling {
  const element = <E extends object>(e: E): E => {
    const copy = { ...e } as E & { shading_factor?: number | number[] };
    if (Array.isArray(copy.shading_factor)) copy.shading_factor = copy.shading_factor.slice();
    return copy;
  };
  return {
    ...d,
    walls: d.walls.map(element),
    roof: d.roof.map(element),
    floors: d.floors.map(element),
    windows: d.windows.map(element),
    heating: { ...d.heating },
    hot_water: { ...d.hot_water },
  };
}
