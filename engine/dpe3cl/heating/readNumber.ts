import type { DpeNode } from '../tree';

/**
 * A number at `key`, or null. The XML reader keeps long decimals (e.g. `37205.094468386444`) as text to avoid
 * rounding them, so numeric text is accepted here as well.
 */
export function numberAt(node: DpeNode | null | undefined, key: string): number | null {
  const v = node?.[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^\s*-?\d+(\.\d+)?([eE][-+]?\d+)?\s*$/.test(v)) return Number(v);
  return null;
}
