/**
 * A texture atlas of roof-face grids: every face gets a block of nu × nv texels (texel (i, j) = cell (i, j)) with a
 * one-texel gutter repeating its edge, so that nearest filtering never reads a neighbour's colour at a face edge.
 * Blocks are packed on shelves (tallest first); one atlas per loaded page of faces.
 */
import { rampPosition } from './colourRamp';

export interface AtlasBlock {
  /** Corner of the block, gutter included [texels]. */
  x: number;
  y: number;
}

export interface AtlasLayout {
  width: number;
  height: number;
  /** One block per requested size, in the order given. */
  blocks: AtlasBlock[];
}

/** Width of the gutter around every block [texels]. */
export const GUTTER = 1;

/**
 * Shelf packing of blocks of the given inner sizes (the gutter is added here).
 * @param sizes inner block sizes [texels]
 * @param minWidth atlas width unless a block is wider [texels]
 */
export function packAtlas(sizes: readonly { w: number; h: number }[], minWidth = 1024): AtlasLayout {
  for (const s of sizes) {
    if (!(Number.isInteger(s.w) && Number.isInteger(s.h) && s.w >= 1 && s.h >= 1))
      throw new RangeError(`block sizes must be positive integers, got ${s.w} × ${s.h}`);
  }
  const width = Math.max(minWidth, ...sizes.map((s) => s.w + 2 * GUTTER));
  const order = sizes.map((_, k) => k).sort((a, b) => sizes[b]!.h - sizes[a]!.h);
  const blocks: AtlasBlock[] = new Array<AtlasBlock>(sizes.length);
  let x = 0;
  let y = 0;
  let shelf = 0;
  for (const k of order) {
    const w = sizes[k]!.w + 2 * GUTTER;
    const h = sizes[k]!.h + 2 * GUTTER;
    if (x + w > width) {
      y += shelf;
      x = 0;
      shelf = 0;
    }
    blocks[k] = { x, y };
    x += w;
    shelf = Math.max(shelf, h);
  }
  return { width, height: Math.max(1, y + shelf), blocks };
}

/**
 * Gives every cell outside the face (NaN) the mean of its inside neighbours, ring after ring, so that the border
 * cells the face polygon only partly covers show the nearest values instead of a hole.
 * @param samples nu × nv values, index i + j·nu [kWh/m²/yr], NaN outside
 * @param fallback value when no cell has one (the face's annual irradiation) [kWh/m²/yr]
 */
export function fillOutside(samples: Float32Array, nu: number, nv: number, fallback: number): Float32Array {
  if (samples.length !== nu * nv) throw new RangeError(`samples must hold nu × nv = ${nu * nv} values`);
  const out = Float32Array.from(samples);
  let missing = out.reduce((n, v) => n + (Number.isNaN(v) ? 1 : 0), 0);
  if (missing === out.length) return out.fill(fallback);
  while (missing > 0) {
    const next = Float32Array.from(out);
    for (let j = 0; j < nv; j++) {
      for (let i = 0; i < nu; i++) {
        if (!Number.isNaN(out[i + j * nu]!)) continue;
        let sum = 0;
        let n = 0;
        for (const [di, dj] of [
          [-1, 0],
          [1, 0],
          [0, -1],
          [0, 1],
          [-1, -1],
          [1, -1],
          [-1, 1],
          [1, 1],
        ] as const) {
          const a = i + di;
          const b = j + dj;
          if (a < 0 || b < 0 || a >= nu || b >= nv) continue;
          const v = out[a + b * nu]!;
          if (!Number.isNaN(v)) {
            sum += v;
            n++;
          }
        }
        if (n > 0) {
          next[i + j * nu] = sum / n;
          missing--;
        }
      }
    }
    out.set(next);
  }
  return out;
}

/**
 * Writes one face's colours into RGBA atlas data: the block's inside from `values` through the ramp table
 * (`rampTable`), its gutter from the nearest edge texel.
 */
export function writeBlock(
  data: Uint8Array,
  atlasWidth: number,
  block: AtlasBlock,
  values: Float32Array,
  nu: number,
  nv: number,
  table: Uint8Array,
): void {
  for (let y = -GUTTER; y < nv + GUTTER; y++) {
    const j = Math.min(nv - 1, Math.max(0, y));
    for (let x = -GUTTER; x < nu + GUTTER; x++) {
      const i = Math.min(nu - 1, Math.max(0, x));
      const entry = 3 * Math.round(255 * rampPosition(values[i + j * nu]!));
      const p = 4 * (block.x + GUTTER + x + (block.y + GUTTER + y) * atlasWidth);
      data[p] = table[entry]!;
      data[p + 1] = table[entry + 1]!;
      data[p + 2] = table[entry + 2]!;
      data[p + 3] = 255;
    }
  }
}

/** Atlas texture coordinates of a point of a face given by its face-grid coordinates (s, t) ∈ [0, 1]². */
export function atlasUv(
  layout: { width: number; height: number },
  block: AtlasBlock,
  nu: number,
  nv: number,
  s: number,
  t: number,
): [number, number] {
  return [(block.x + GUTTER + s * nu) / layout.width, (block.y + GUTTER + t * nv) / layout.height];
}
