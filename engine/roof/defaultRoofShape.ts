import type { RoofModel } from './types';

/**
 * Footprint area above which a building without a roof shape gets a flat roof [m²] (assumption). The largest houses
 * of the basin stay well below it (a coron ≈ 40 m², a pavilion 50–80 m², a semi-detached pair ≈ 160 m², an
 * engineer's house ≈ 150–200 m²); larger footprints are blocks, schools, halls and shops, whose roofs are flat or
 * too complex for a guessed gable, and a wrong gable over them would invent a large tilted area.
 */
export const FLAT_FOOTPRINT_M2 = 300;

/** Storeys from which a building without a roof shape is taken as an apartment block with a flat roof (assumption). */
export const FLAT_LEVELS = 4;

/** Typologies whose default roof is flat: Camus precast blocks (docs/demo.md, flat roof) and apartment blocks. */
const FLAT_TYPOLOGIES = new Set(['camus', 'apartment']);

/**
 * Roof model for a building whose shape is unknown: flat for Camus and apartment blocks, for footprints over
 * `FLAT_FOOTPRINT_M2` or buildings of `FLAT_LEVELS` storeys and more; a gable otherwise (houses).
 *
 * @param footprintArea_m2 plan area of all parts [m²]
 * @param typology building typology or null
 * @param levels storeys above ground or null
 * @example defaultRoofShape(45, 'coron', 1) // 'gable'
 */
export function defaultRoofShape(footprintArea_m2: number, typology: string | null, levels: number | null): RoofModel {
  if (typology !== null && FLAT_TYPOLOGIES.has(typology)) return 'flat';
  if (footprintArea_m2 > FLAT_FOOTPRINT_M2) return 'flat';
  if (levels !== null && levels >= FLAT_LEVELS) return 'flat';
  return 'gable';
}
