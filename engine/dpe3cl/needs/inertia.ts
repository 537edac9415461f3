import { nodeAt, type DpeNode } from '../tree';
import { numberAt } from './read';

/**
 * The inertia class of the dwelling, 3CL-DPE 2021 §7 « inertie »: a floor, a ceiling and the vertical walls are each
 * « lourd » (heavy) or not; the class follows from how many of the three are heavy: 3 → très lourde, 2 → lourde,
 * 1 → moyenne, 0 → légère. Ids as ADEME's enumeration `classe_inertie` (1 très lourde, 2 lourde, 3 moyenne, 4 légère).
 */
export type InertiaClassId = 1 | 2 | 3 | 4;

export interface InertiaFlags {
  inertie_plancher_bas_lourd: boolean;
  inertie_plancher_haut_lourd: boolean;
  inertie_paroi_verticale_lourd: boolean;
}

/** §7: the class from the three heavy-element flags. */
export function inertiaClassFromFlags(flags: InertiaFlags): InertiaClassId {
  const heavy =
    Number(flags.inertie_plancher_bas_lourd) +
    Number(flags.inertie_plancher_haut_lourd) +
    Number(flags.inertie_paroi_verticale_lourd);
  return ([4, 3, 2, 1] as const)[heavy]!;
}

/**
 * The inertia class of a `logement` node: `enveloppe/inertie/enum_classe_inertie_id` as entered (`from: 'entered'`,
 * the default, the value the record's own calculation used), or recomputed from the three flags of the same element
 * (`from: 'flags'`). RangeError naming the field when missing or out of range.
 */
export function inertiaClass(logement: DpeNode, from: 'entered' | 'flags' = 'entered'): InertiaClassId {
  const inertie = nodeAt(logement, 'enveloppe/inertie');
  if (from === 'entered') {
    const id = numberAt(inertie, 'enum_classe_inertie_id');
    if (id === 1 || id === 2 || id === 3 || id === 4) return id;
    if (id !== null) throw new RangeError(`enveloppe/inertie/enum_classe_inertie_id must be 1…4, got ${id}`);
  }
  const flag = (key: keyof InertiaFlags): boolean => {
    const v = numberAt(inertie, key);
    if (v !== 0 && v !== 1) throw new RangeError(`enveloppe/inertie/${key} must be 0 or 1, got ${String(v)}`);
    return v === 1;
  };
  return inertiaClassFromFlags({
    inertie_plancher_bas_lourd: flag('inertie_plancher_bas_lourd'),
    inertie_plancher_haut_lourd: flag('inertie_plancher_haut_lourd'),
    inertie_paroi_verticale_lourd: flag('inertie_paroi_verticale_lourd'),
  });
}

/** §9: the exponent a of the gain-utilisation fraction, 3.6 (lourde, très lourde), 2.9 (moyenne), 2.5 (légère). */
export function gainUtilisationExponent(inertia: InertiaClassId): number {
  return inertia <= 2 ? 3.6 : inertia === 3 ? 2.9 : 2.5;
}

/**
 * §10: the internal heat capacity Cin per m² of floor area [J/(K·m²)]: 260 000 (lourde, très lourde), 165 000
 * (moyenne), 110 000 (légère).
 */
export function internalHeatCapacity_j_km2(inertia: InertiaClassId): number {
  return inertia <= 2 ? 260_000 : inertia === 3 ? 165_000 : 110_000;
}
