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

/**
 * Footprint area above which a building used for trade or industry and without a roof shape gets a flat roof [m²]
 * (assumption). It sits at the top of the largest houses of the basin (an engineer's house 150–200 m²): a shop,
 * workshop or warehouse larger than that is a hall or a retail box, most often under a flat or low-pitched deck
 * roof; smaller ones (a corner shop, a garage in a terrace) keep the house default.
 */
export const FLAT_NON_RESIDENTIAL_M2 = 200;

/**
 * Uses (lower case, as imported) taken as trade or industry: BD TOPO `usage_1` "Commercial et services" and
 * "Industriel" (BD TOPO v3 descriptif de contenu, IGN), OSM `building=commercial|industrial|retail|warehouse|
 * supermarket` (OSM wiki, Key:building).
 */
export const NON_RESIDENTIAL_USAGES: ReadonlySet<string> = new Set([
  'commercial et services',
  'industriel',
  'commercial',
  'industrial',
  'retail',
  'warehouse',
  'supermarket',
]);

/** Typologies whose default roof is flat: Camus precast blocks (docs/demo.md, flat roof) and apartment blocks. */
const FLAT_TYPOLOGIES = new Set(['camus', 'apartment']);

/**
 * Roof model for a building whose shape is unknown and whose roof was not measured: flat for Camus and apartment
 * blocks, for footprints over `FLAT_FOOTPRINT_M2`, for trade and industry (`NON_RESIDENTIAL_USAGES`) over
 * `FLAT_NON_RESIDENTIAL_M2` or buildings of `FLAT_LEVELS` storeys and more; a gable otherwise (houses).
 *
 * @param footprintArea_m2 plan area of all parts [m²]
 * @param typology building typology or null
 * @param levels storeys above ground or null
 * @param usage main use, lower case, or null
 * @example defaultRoofShape(45, 'coron', 1) // 'gable'
 * @example defaultRoofShape(250, null, 1, 'industriel') // 'flat'
 */
export function defaultRoofShape(
  footprintArea_m2: number,
  typology: string | null,
  levels: number | null,
  usage: string | null = null,
): RoofModel {
  if (typology !== null && FLAT_TYPOLOGIES.has(typology)) return 'flat';
  if (footprintArea_m2 > FLAT_FOOTPRINT_M2) return 'flat';
  if (usage !== null && NON_RESIDENTIAL_USAGES.has(usage) && footprintArea_m2 > FLAT_NON_RESIDENTIAL_M2) return 'flat';
  if (levels !== null && levels >= FLAT_LEVELS) return 'flat';
  return 'gable';
}
