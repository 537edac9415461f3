import { describe, expect, it } from 'vitest';
import { rampTable } from './colourRamp';
import { atlasUv, fillOutside, GUTTER, packAtlas, writeBlock } from './faceAtlas';

describe('packAtlas', () => {
  it('places blocks with their gutters side by side, never overlapping, inside the atlas', () => {
    const sizes = [
      { w: 8, h: 6 },
      { w: 3, h: 3 },
      { w: 20, h: 2 },
      { w: 5, h: 9 },
      { w: 1, h: 1 },
    ];
    const layout = packAtlas(sizes, 24);
    const boxes = layout.blocks.map((b, k) => ({ ...b, w: sizes[k]!.w + 2, h: sizes[k]!.h + 2 }));
    for (const a of boxes) {
      expect(a.x + a.w).toBeLessThanOrEqual(layout.width);
      expect(a.y + a.h).toBeLessThanOrEqual(layout.height);
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
        expect(overlap).toBe(false);
      }
    }
    // Tallest first: the 5 × 9 block opens the first shelf.
    expect(layout.blocks[3]).toEqual({ x: 0, y: 0 });
  });

  it('widens the atlas for a block wider than asked and refuses empty blocks', () => {
    expect(packAtlas([{ w: 100, h: 1 }], 16).width).toBe(100 + 2 * GUTTER);
    expect(() => packAtlas([{ w: 0, h: 1 }])).toThrow(RangeError);
  });
});

describe('fillOutside', () => {
  it('gives outside cells the mean of their inside neighbours, then the next ring', () => {
    const n = Number.NaN;
    // 4 × 2 grid, one inside cell per row at the left.
    const out = fillOutside(Float32Array.from([800, n, n, n, 1000, n, n, n]), 4, 2, 0);
    expect([...out]).toEqual([800, 900, 900, 900, 1000, 900, 900, 900]);
  });

  it('uses the fallback when no cell is inside and keeps inside cells as they are', () => {
    expect([...fillOutside(Float32Array.from([Number.NaN, Number.NaN]), 2, 1, 950)]).toEqual([950, 950]);
    expect([...fillOutside(Float32Array.from([1, 2]), 2, 1, 0)]).toEqual([1, 2]);
    expect(() => fillOutside(new Float32Array(3), 2, 2, 0)).toThrow(RangeError);
  });
});

describe('writeBlock', () => {
  it('colours a block through the ramp and repeats its edges into the gutter', () => {
    const width = 6;
    const data = new Uint8Array(width * 4 * 4);
    // A 2 × 2 face at (1, 0): low values on the left column, high on the right.
    writeBlock(data, width, { x: 1, y: 0 }, Float32Array.from([600, 1300, 600, 1300]), 2, 2, rampTable());
    const texel = (x: number, y: number) => [...data.slice(4 * (x + y * width), 4 * (x + y * width) + 4)];
    expect(texel(2, 1)).toEqual([13, 8, 135, 255]);
    expect(texel(3, 1)).toEqual([240, 249, 33, 255]);
    // Gutter: left of the block repeats the left column, above the top row repeats it, corners too.
    expect(texel(1, 1)).toEqual([13, 8, 135, 255]);
    expect(texel(4, 3)).toEqual([240, 249, 33, 255]);
    expect(texel(0, 0)).toEqual([0, 0, 0, 0]);
  });
});

describe('atlasUv', () => {
  it('maps face-grid corners to the corners of the block inside its gutter', () => {
    const layout = { width: 100, height: 50 };
    expect(atlasUv(layout, { x: 10, y: 20 }, 8, 6, 0, 0)).toEqual([0.11, 0.42]);
    expect(atlasUv(layout, { x: 10, y: 20 }, 8, 6, 1, 1)).toEqual([0.19, 0.54]);
  });
});
