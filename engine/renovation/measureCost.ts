import type { Dwelling, Element } from '../thermal/types';
import { checkDwelling } from './checkDwelling';
import { selectMeasures } from './selectMeasures';
import type { Measure, RenovationCatalogue, RoofElement } from './types';

export interface MeasureCostLine {
  id: string;
  /** Treated surface [m²] or number of units. */
  quantity: number;
  unit: 'm2' | 'unit';
  low_eur: number;
  central_eur: number;
  high_eur: number;
}

export interface MeasureCostResult {
  lines: MeasureCostLine[];
  total: { low_eur: number; central_eur: number; high_eur: number };
}

const area = (list: Element[]): number => list.reduce((s, e) => s + e.area_m2, 0);

function quantity(d: Dwelling, m: Measure): number {
  switch (m.applies_to) {
    case 'walls':
      return area(d.walls);
    case 'floors':
      return area(d.floors);
    case 'windows':
      return area(d.windows);
    case 'roof':
      return area((d.roof as RoofElement[]).filter((e) => e.roof_kind === undefined || e.roof_kind === m.roof_kind));
    default:
      return 1;
  }
}

/**
 * Installed cost of each measure and of the set [€ TTC], low / central / high, from the catalogue's dated ranges:
 * €/m² × the treated area of the dwelling's elements (walls, roof elements of the measure's kind, floors, window
 * area) or €/unit × 1 for systems. PV is priced by engine/economics (installation cost by kWc): pass its price.
 * @param extra.pv_eur_ttc installed PV price [€ TTC], required when 'pv' is among the measures
 * @throws RangeError for a bad dwelling field, an unknown or forbidden measure (same rules as applyMeasures), or a missing PV price
 * @example measureCost(house, ['attic_insulation'], cat).total.central_eur // 26 €/m² × attic area
 */
export function measureCost(
  dwelling: Dwelling,
  measureIds: string[],
  catalogue: RenovationCatalogue,
  extra: { pv_eur_ttc?: number } = {},
): MeasureCostResult {
  checkDwelling(dwelling);
  const lines = selectMeasures(dwelling, measureIds, catalogue).map((m): MeasureCostLine => {
    const c = m.cost;
    if (c.unit === 'from_tariffs') {
      const pv = extra.pv_eur_ttc;
      if (typeof pv !== 'number' || !Number.isFinite(pv) || pv < 0)
        throw new RangeError(
          `extra.pv_eur_ttc must be the installed PV price [€ TTC] from engine/economics when '${m.id}' is chosen, got ${JSON.stringify(pv)}`,
        );
      return { id: m.id, quantity: 1, unit: 'unit', low_eur: pv, central_eur: pv, high_eur: pv };
    }
    const q = quantity(dwelling, m);
    return {
      id: m.id,
      quantity: q,
      unit: c.unit === 'eur_per_m2' ? 'm2' : 'unit',
      low_eur: c.low * q,
      central_eur: c.central * q,
      high_eur: c.high * q,
    };
  });
  const sum = (k: 'low_eur' | 'central_eur' | 'high_eur') => lines.reduce((s, l) => s + l[k], 0);
  return { lines, total: { low_eur: sum('low_eur'), central_eur: sum('central_eur'), high_eur: sum('high_eur') } };
}
