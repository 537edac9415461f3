import type { HeapObstacle } from '../geo/types';

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * Checks one slag heap before it enters a scene: finite centre, base radius > 0, height ≥ 0, top_ratio in [0, 1).
 *
 * @param heap the heap
 * @param name how to call it in messages, e.g. "heaps[2]"
 * @throws RangeError naming the offending field
 */
export function validateHeap(heap: HeapObstacle, name: string): void {
  if (!Array.isArray(heap.center) || !finite(heap.center[0]) || !finite(heap.center[1])) {
    throw new RangeError(`${name}.center must be two finite numbers [m], got ${JSON.stringify(heap.center)}`);
  }
  if (!finite(heap.base_radius_m) || heap.base_radius_m <= 0) {
    throw new RangeError(`${name}.base_radius_m must be a finite number > 0 [m], got ${heap.base_radius_m}`);
  }
  if (!finite(heap.height_m) || heap.height_m < 0) {
    throw new RangeError(`${name}.height_m must be a finite number ≥ 0 [m], got ${heap.height_m}`);
  }
  if (!finite(heap.top_ratio) || heap.top_ratio < 0 || heap.top_ratio >= 1) {
    throw new RangeError(`${name}.top_ratio must be within [0, 1), got ${heap.top_ratio}`);
  }
}
