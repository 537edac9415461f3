import type { LocalPoint } from '../geo/types';

/** A ring without its closing point nor repeated consecutive points. */
export function openRing(ring: readonly LocalPoint[]): LocalPoint[] {
  const out: LocalPoint[] = [];
  for (const p of ring) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}
