import { validateModule } from '../layout/validateModule';
import { DEFAULT_TABLE_COLUMNS } from './tableGeometry';
import type { FarmLayoutOptions, ResolvedFarmOptions } from './types';

function within(name: string, value: unknown, lo: number, hi: number, openLo = false): number {
  const v = value as number;
  if (typeof value !== 'number' || !Number.isFinite(v) || (openLo ? v <= lo : v < lo) || v > hi) {
    throw new RangeError(`${name} must be a number within ${openLo ? '(' : '['}${lo}, ${hi}], got ${String(value)}`);
  }
  return v;
}

/**
 * FarmOptions with every default filled in and every value checked; throws a RangeError naming the field
 * (e.g. "tilt_deg must be a number within (0, 60], got 0").
 *
 * @param options the caller's options, with the module
 */
export function resolveFarmOptions(options: FarmLayoutOptions): ResolvedFarmOptions {
  if (typeof options !== 'object' || options === null) throw new RangeError('options must be an object');
  const table = options.table ?? '2P';
  if (table !== '2P' && table !== '3L') throw new RangeError(`table must be '2P' or '3L', got ${String(table)}`);
  const pitch = options.pitch ?? { kind: 'gcr', gcr: 0.4 };
  if (typeof pitch !== 'object' || pitch === null)
    throw new RangeError('pitch must be { kind: "gcr", gcr } or { kind: "solstice" }');
  if (pitch.kind === 'gcr') {
    const gcr = pitch.gcr as unknown;
    if (typeof gcr !== 'number' || !(gcr > 0 && gcr < 1)) {
      throw new RangeError(`pitch.gcr must be a number within (0, 1), got ${String(gcr)}`);
    }
  } else if (pitch.kind !== 'solstice') {
    throw new RangeError(`pitch.kind must be 'gcr' or 'solstice', got ${String((pitch as { kind: unknown }).kind)}`);
  }
  const module = options.module;
  validateModule(module, 'module');
  const columns = options.table_columns ?? DEFAULT_TABLE_COLUMNS[table];
  if (!(Number.isInteger(columns) && columns >= 1 && columns <= 100)) {
    throw new RangeError(`table_columns must be an integer within [1, 100], got ${String(columns)}`);
  }
  const roadEvery = options.road_every_rows ?? 10;
  if (!(Number.isInteger(roadEvery) && roadEvery >= 1 && roadEvery <= 1000)) {
    throw new RangeError(`road_every_rows must be an integer within [1, 1000], got ${String(roadEvery)}`);
  }
  return {
    tilt_deg: within('tilt_deg', options.tilt_deg ?? 25, 0, 60, true),
    azimuth_deg: within('azimuth_deg', options.azimuth_deg ?? 180, 90, 270),
    table,
    pitch: pitch.kind === 'gcr' ? { kind: 'gcr', gcr: pitch.gcr } : { kind: 'solstice' },
    setback_m: within('setback_m', options.setback_m ?? 10, 0, 500),
    road_every_rows: roadEvery,
    road_width_m: within('road_width_m', options.road_width_m ?? 5, 0, 50),
    table_columns: columns,
    module,
  };
}
