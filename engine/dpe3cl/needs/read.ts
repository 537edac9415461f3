import { num, type DpeNode } from '../tree';

/**
 * A number at `key`, or null. Like tree.ts's `num`, but also reads the numeric text the XML parser leaves as text
 * when a decimal has more digits than a double keeps ("0.98000000000000009", "524.89056843919548"), as many
 * records write them.
 */
export function numberAt(node: DpeNode | null | undefined, key: string): number | null {
  const direct = num(node, key);
  if (direct !== null) return direct;
  const v = node?.[key];
  if (typeof v !== 'string' || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(v)) return null;
  const parsed = Number(v);
  return Number.isFinite(parsed) ? parsed : null;
}
