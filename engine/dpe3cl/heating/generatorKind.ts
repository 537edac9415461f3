/**
 * Which model of the 3CL-DPE 2021 method computes a heating generator's efficiency, from ADEME's
 * `enum_type_generateur_ch_id` (enumeration « type_generateur_ch »):
 * - `heat_pump`: §12.4, SCOP / COP from the table « scop » (1–19 and the heat-pump part of hybrids 143, 145–147,
 *   162–170);
 * - `combustion`: §13.2.1, boilers, air heaters and gas radiators characterised by the table « generateur_combustion »
 *   (Rpn, Rpint, QP0, Pveilleuse), whose losses are weighted by load (`combustionFamily` says which loss curve);
 * - `tabulated`: a fixed generation efficiency from the table « rendement_generation » (stoves and inserts 20–47,
 *   direct electric « effet Joule » 98–105, electric boiler 106, district heating 107–112, 142, 171).
 */
export type GeneratorKind = 'heat_pump' | 'combustion' | 'tabulated';

/** The loss curve of §13.2.1 a combustion generator follows. */
export type CombustionFamily =
  'standard' | 'low_temperature' | 'condensing' | 'wood_or_coal' | 'air_heater' | 'gas_radiator';

const inRanges = (id: number, ranges: readonly (readonly [number, number])[]): boolean =>
  ranges.some(([lo, hi]) => id >= lo && id <= hi);

const HEAT_PUMP: readonly (readonly [number, number])[] = [
  [1, 19],
  [143, 143],
  [145, 147],
  [162, 170],
];
const TABULATED: readonly (readonly [number, number])[] = [
  [20, 47],
  [98, 112],
  [142, 142],
  [171, 171],
];

/** The model for a generator type id; RangeError for an id outside the enumeration (1–171). */
export function generatorKind(typeGenerateurChId: number): GeneratorKind {
  if (!Number.isInteger(typeGenerateurChId) || typeGenerateurChId < 1 || typeGenerateurChId > 171) {
    throw new RangeError(`enum_type_generateur_ch_id must be an integer within [1, 171], got ${typeGenerateurChId}`);
  }
  if (inRanges(typeGenerateurChId, HEAT_PUMP)) return 'heat_pump';
  if (inRanges(typeGenerateurChId, TABULATED)) return 'tabulated';
  return 'combustion';
}

/** The §13.2.1 loss curve of a combustion generator type id. */
export function combustionFamily(typeGenerateurChId: number): CombustionFamily {
  const id = typeGenerateurChId;
  if (id === 53 || id === 54) return 'gas_radiator';
  if (inRanges(id, [[50, 52]])) return 'air_heater';
  // Wood and coal boilers, wood boiler-stoves (« poêle bouilleur »: the table gives them wood-boiler characteristics)
  // and the wood-boiler part of hybrid heat pumps.
  if (
    inRanges(id, [
      [48, 49],
      [55, 74],
      [115, 115],
      [120, 126],
      [140, 141],
      [152, 159],
    ])
  )
    return 'wood_or_coal';
  if (
    inRanges(id, [
      [83, 84],
      [94, 97],
      [136, 139],
      [148, 151],
      [160, 161],
    ])
  )
    return 'condensing';
  if (
    inRanges(id, [
      [81, 82],
      [91, 93],
      [133, 135],
    ])
  )
    return 'low_temperature';
  return 'standard';
}

/** Hybrid heat pumps (§9.1.4.3): the heat-pump part and the boiler part of one appliance. */
export function isHybridPart(typeGenerateurChId: number): boolean {
  return typeGenerateurChId >= 145 && typeGenerateurChId <= 170;
}
