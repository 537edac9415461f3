import type { RasterGrid } from './rasterGrid';

/** Connected regions of a mask. */
export interface RasterComponents {
  /** nx·ny labels: 0 outside the mask, 1…count for the regions. */
  labels: Int32Array;
  /** Number of regions. */
  count: number;
  /** Number of cells of region k at index k (index 0 unused). */
  sizes: Int32Array;
}

/**
 * Label the 4-connected regions of a mask (cells sharing a side), breadth-first over a typed queue, O(cells).
 * 4-connectivity matches the outline tracer (outlineCells), whose rings keep diagonal neighbours apart.
 *
 * @param mask nx·ny cells, non-zero = set
 * @example labelComponents(mask, grid).count
 */
export function labelComponents(mask: Uint8Array, grid: RasterGrid): RasterComponents {
  const { nx, ny } = grid;
  if (mask.length !== nx * ny) throw new RangeError(`mask must hold nx·ny = ${nx * ny} cells, got ${mask.length}`);
  const labels = new Int32Array(nx * ny);
  const queue = new Int32Array(nx * ny);
  const sizes: number[] = [0];
  let count = 0;
  for (let start = 0; start < mask.length; start++) {
    if (!mask[start] || labels[start]) continue;
    count++;
    labels[start] = count;
    let head = 0;
    let tail = 0;
    queue[tail++] = start;
    while (head < tail) {
      const c = queue[head++]!;
      const i = c % nx;
      if (i > 0 && mask[c - 1] && !labels[c - 1]) {
        labels[c - 1] = count;
        queue[tail++] = c - 1;
      }
      if (i < nx - 1 && mask[c + 1] && !labels[c + 1]) {
        labels[c + 1] = count;
        queue[tail++] = c + 1;
      }
      if (c >= nx && mask[c - nx] && !labels[c - nx]) {
        labels[c - nx] = count;
        queue[tail++] = c - nx;
      }
      if (c + nx < nx * ny && mask[c + nx] && !labels[c + nx]) {
        labels[c + nx] = count;
        queue[tail++] = c + nx;
      }
    }
    sizes.push(tail);
  }
  return { labels, count, sizes: Int32Array.from(sizes) };
}
