import type { DpeNode } from '../tree';

/*
 * Reading the inputs of one envelope element (its `donnee_entree`). The XML tree keeps a value as text when the number
 * it holds would not survive a round trip through a double (long decimals such as `0.855000000000000095`), so numbers
 * are read from numbers or numeric text alike.
 */

/** A number at `key`: a number, or text holding one; null when absent or empty. */
export function numberIn(node: DpeNode | null | undefined, key: string): number | null {
  const v = node?.[key];
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'string' && v.trim() !== '') {
    const n = Number(v.trim().replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/** A number at `key` that must be there; RangeError naming `where/key` otherwise. */
export function requiredNumber(node: DpeNode | null | undefined, key: string, where: string): number {
  const n = numberIn(node, key);
  if (n === null) throw new RangeError(`${where}/${key} must be a number, got ${JSON.stringify(node?.[key] ?? null)}`);
  return n;
}

/** A positive number at `key` or a RangeError. */
export function requiredNonNegative(node: DpeNode | null | undefined, key: string, where: string): number {
  const n = requiredNumber(node, key, where);
  if (n < 0) throw new RangeError(`${where}/${key} must be ≥ 0, got ${n}`);
  return n;
}

/** An enumeration id (`enum_…_id`) as an integer, or null. */
export function enumId(node: DpeNode | null | undefined, key: string): number | null {
  const n = numberIn(node, key);
  return n === null ? null : Math.round(n);
}

/** An enumeration id that must be there. */
export function requiredEnumId(node: DpeNode | null | undefined, key: string, where: string): number {
  const n = enumId(node, key);
  if (n === null) throw new RangeError(`${where}/${key} is missing`);
  return n;
}

/** A 0/1 flag (`vitrage_vir`, `presence_joint`…): true for 1 or "true". */
export function flagIn(node: DpeNode | null | undefined, key: string): boolean {
  const v = node?.[key];
  return v === 1 || v === '1' || v === 'true';
}

/** Text at `key`, or null. */
export function textIn(node: DpeNode | null | undefined, key: string): string | null {
  const v = node?.[key];
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
