import type { RasterGrid } from './rasterGrid';

export interface GrowCrownsOptions {
  /** Cells lower than this are not crown [m]. */
  minHeight_m: number;
  /** Cells lower than this fraction of their seed's height are not crown, default 0.45 (Dalponte & Coomes 2016). */
  seedFraction?: number;
  /** Cells farther than this from their seed are not crown [m], default 8 (an assumption: a 16 m wide crown). */
  maxRadius_m?: number;
}

/**
 * Crowns grown from the tree tops over the canopy height model by a marker-controlled watershed (priority flood):
 * the highest cell on the front is taken first and gives its label to its 4-neighbours that are unlabelled, at least
 * `minHeight_m`, at least `seedFraction` × the seed's height and within `maxRadius_m` of the seed — so two crowns meet
 * along the valley between them. The height and distance criteria follow M. Dalponte & D. A. Coomes (2016)
 * "Tree-centric mapping of forest carbon density from airborne laser scanning and hyperspectral data", Methods in
 * Ecology and Evolution 7(10): 1236–1245, doi:10.1111/2041-210X.12575 (their th_seed = 0.45). O(cells log cells).
 *
 * @param chm nx·ny heights above ground [m], NaN = no vegetation
 * @param tops seed cells (findTreeTops)
 * @returns nx·ny labels: 0 = no crown, k = crown of tops[k − 1]
 */
export function growCrowns(
  chm: Float32Array,
  grid: RasterGrid,
  tops: Int32Array,
  options: GrowCrownsOptions,
): Int32Array {
  const { nx, ny, cellSize_m } = grid;
  const fraction = options.seedFraction ?? 0.45;
  const maxR = (options.maxRadius_m ?? 8) / cellSize_m;
  if (chm.length !== nx * ny) throw new RangeError(`chm must hold nx·ny = ${nx * ny} cells, got ${chm.length}`);
  if (!(fraction >= 0 && fraction <= 1)) throw new RangeError(`seedFraction must be within [0, 1], got ${fraction}`);
  const labels = new Int32Array(nx * ny);
  const heap = new MaxHeap(chm);
  tops.forEach((c, k) => {
    labels[c] = k + 1;
    heap.push(c);
  });
  const floors = Float32Array.from(tops, (c) => Math.max(options.minHeight_m, fraction * chm[c]!));
  while (heap.size > 0) {
    const c = heap.pop();
    const k = labels[c]!;
    const seed = tops[k - 1]!;
    const si = seed % nx;
    const sj = (seed - si) / nx;
    const i = c % nx;
    for (const n of [i > 0 ? c - 1 : -1, i < nx - 1 ? c + 1 : -1, c - nx, c + nx]) {
      if (n < 0 || n >= nx * ny || labels[n]) continue;
      const h = chm[n]!;
      if (!(h >= floors[k - 1]!)) continue;
      const ni = n % nx;
      const nj = (n - ni) / nx;
      if ((ni - si) ** 2 + (nj - sj) ** 2 > maxR * maxR) continue;
      labels[n] = k;
      heap.push(n);
    }
  }
  return labels;
}

/** Binary max-heap of cell indices keyed by chm height. */
class MaxHeap {
  private items = new Int32Array(64);
  size = 0;
  constructor(private readonly key: Float32Array) {}
  push(c: number): void {
    if (this.size === this.items.length) {
      const bigger = new Int32Array(this.items.length * 2);
      bigger.set(this.items);
      this.items = bigger;
    }
    const a = this.items;
    let t = this.size++;
    while (t > 0) {
      const p = (t - 1) >> 1;
      if (this.key[a[p]!]! >= this.key[c]!) break;
      a[t] = a[p]!;
      t = p;
    }
    a[t] = c;
  }
  pop(): number {
    const a = this.items;
    const top = a[0]!;
    const last = a[--this.size]!;
    let t = 0;
    for (;;) {
      let child = 2 * t + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.key[a[child + 1]!]! > this.key[a[child]!]!) child++;
      if (this.key[a[child]!]! <= this.key[last]!) break;
      a[t] = a[child]!;
      t = child;
    }
    a[t] = last;
    return top;
  }
}
