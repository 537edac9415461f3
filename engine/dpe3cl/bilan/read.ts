import type { DpeNode } from '../tree';

/**
 * A number at `key`, or null. Unlike tree.ts `num`, also reads the decimal text the XML parser leaves as a string
 * when the value has more digits than a double keeps (e.g. `41872.200794454679` in real records).
 */
export function numberAt(node: DpeNode | null | undefined, key: string): number | null {
  const v = node?.[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.trim())) return Number(v);
  return null;
}
