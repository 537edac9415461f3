import type { ModuleSpec } from '../layout/types';
import type { FarmTable } from './types';

/** Gap between neighbouring modules of a table [m]: the usual 20 mm clamp gap (assumption, no single source). */
export const MODULE_GAP_M = 0.02;

/** Gap between two tables abutted along a row [m] (assumption: room for the end clamps and thermal expansion). */
export const TABLE_GAP_M = 0.3;

/** Default module columns per table: 24 modules a table either way (2P × 12, 3L × 8). */
export const DEFAULT_TABLE_COLUMNS: Record<FarmTable, number> = { '2P': 12, '3L': 8 };

/** Size of one fixed-tilt table. */
export interface TableGeometry {
  /** Along the slope [m]. */
  slant_height_m: number;
  /** Along the row [m]. */
  length_m: number;
  modules: number;
}

/**
 * Size of a table: 2P stacks 2 modules portrait (slant 2·length + gap), 3L stacks 3 landscape (slant 3·width + 2
 * gaps); `columns` modules side by side along the row with MODULE_GAP_M between them.
 *
 * @param module the module (length_m, width_m)
 * @param table '2P' or '3L'
 * @param columns module columns [-], ≥ 1
 * @example tableGeometry(module, '2P', 12).slant_height_m // 2 × 2.278 + 0.02 = 4.576
 */
export function tableGeometry(module: ModuleSpec, table: FarmTable, columns: number): TableGeometry {
  if (!(Number.isInteger(columns) && columns >= 1))
    throw new RangeError(`table_columns must be an integer ≥ 1, got ${columns}`);
  const along = table === '2P' ? module.width_m : module.length_m;
  const up = table === '2P' ? module.length_m : module.width_m;
  const stacked = table === '2P' ? 2 : 3;
  return {
    slant_height_m: stacked * up + (stacked - 1) * MODULE_GAP_M,
    length_m: columns * along + (columns - 1) * MODULE_GAP_M,
    modules: stacked * columns,
  };
}
