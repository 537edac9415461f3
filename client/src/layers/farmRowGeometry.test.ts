import { describe, expect, it } from 'vitest';
import { upwardNormal } from './pvPanelGeometry';
import { ROW_LIFT_M, rowBase, tiltedRowQuad } from './farmRowGeometry';

const RAD = Math.PI / 180;
/** A row 20 m long (east) and 3.9 m deep (north) from (50, 100): a 2P table of 2 × 2.278 m modules at 25° has
 * slant 4.556 m (+ gap) and depth 4.3 × cos 25° ≈ 3.9 m — the shape the engine sends. */
const ROW: [number, number][] = [
  [50, 100],
  [70, 100],
  [70, 103.9],
  [50, 103.9],
];

describe('tiltedRowQuad', () => {
  it('raises the north edge of a south-facing row by depth × tan(tilt)', () => {
    const quad = tiltedRowQuad(ROW, 25, 180, 31);
    // Hand computation: 3.9 × tan 25° = 3.9 × 0.466308 = 1.818600 m.
    const rise = 1.8186;
    expect(quad).toHaveLength(4);
    const south = quad.filter((c) => Math.abs(c[1] - 100) < 1e-9);
    const north = quad.filter((c) => Math.abs(c[1] - 103.9) < 1e-9);
    expect(south.map((c) => c[2])).toEqual([31, 31]);
    for (const c of north) expect(c[2]).toBeCloseTo(31 + rise, 5);
    expect(quad.map((c) => c[0]).sort((x, y) => x - y)).toEqual([50, 50, 70, 70].map((x) => expect.closeTo(x, 9)));
    // The plane faces south and up: normal (0, −sin 25°, cos 25°) (east, north, up).
    const n = upwardNormal(quad);
    [0, -Math.sin(25 * RAD), Math.cos(25 * RAD)].forEach((v, i) => expect(n[i]).toBeCloseTo(v, 9));
    // Slant height 3.9 / cos 25° = 3.9 / 0.906308 = 4.303174 m.
    const [low, , high] = [quad[0]!, quad[1]!, quad[3]!];
    expect(Math.hypot(high[0] - low[0], high[1] - low[1], high[2] - low[2])).toBeCloseTo(4.303174, 5);
  });

  it('is counter-clockwise seen from above with the low edge first', () => {
    const quad = tiltedRowQuad([...ROW].reverse(), 25, 180, 0);
    let area2 = 0;
    for (let i = 0; i < 4; i++) {
      const p = quad[i]!;
      const q = quad[(i + 1) % 4]!;
      area2 += p[0] * q[1] - q[0] * p[1];
    }
    // 20 × 3.9 = 78 m² seen from above, positive when counter-clockwise.
    expect(area2 / 2).toBeCloseTo(78, 9);
    expect(quad[0]![2]).toBe(0);
    expect(quad[1]![2]).toBe(0);
  });

  it('raises the north-west corner highest for a row facing south-east', () => {
    // A 10 m square turned to face 135°: its corner towards 315° (north-west) is the far side.
    const c = Math.SQRT1_2 * 10;
    const diamond: [number, number][] = [
      [0, 0],
      [c, -c],
      [2 * c, 0],
      [c, c],
    ];
    const quad = tiltedRowQuad(diamond, 30, 135, 0);
    const highest = quad.reduce((a, b) => (b[2] > a[2] ? b : a));
    // Depth 10 m (the square's side along 135°): rise 10 × tan 30° = 5.773503 m.
    expect(highest[2]).toBeCloseTo(5.773503, 5);
    const highs = quad.filter((q) => q[2] > 1);
    expect(highs).toHaveLength(2);
    // The high edge runs from (0, 0) to (c, c): the north-west side of the square.
    const [west, east] = [...highs].sort((p, q) => p[0] - q[0]);
    expect(west![0]).toBeCloseTo(0, 9);
    expect(west![1]).toBeCloseTo(0, 9);
    expect(east![0]).toBeCloseTo(c, 9);
    expect(east![1]).toBeCloseTo(c, 9);
  });

  it('draws a clipped row (more than 4 points) as its bounding rectangle', () => {
    const clipped: [number, number][] = [
      [50, 100],
      [70, 100],
      [70, 102],
      [60, 103.9],
      [50, 103.9],
    ];
    const quad = tiltedRowQuad(clipped, 25, 180, 0);
    expect(Math.max(...quad.map((q) => q[1]))).toBeCloseTo(103.9, 9);
    expect(Math.max(...quad.map((q) => q[0]))).toBeCloseTo(70, 9);
  });

  it('refuses what cannot be a row, naming the argument', () => {
    expect(() => tiltedRowQuad(ROW.slice(0, 2), 25, 180, 0)).toThrow(/ring/);
    expect(() => tiltedRowQuad(ROW, 0, 180, 0)).toThrow(/tilt_deg/);
    expect(() => tiltedRowQuad(ROW, 25, 400, 0)).toThrow(/azimuth_deg/);
    expect(() => tiltedRowQuad(ROW, 25, 180, NaN)).toThrow(/base_m/);
  });
});

describe('rowBase', () => {
  it('lifts the row over the highest ground under it', () => {
    // A heap plateau at 30 m under the east half, the plain at 0 m elsewhere.
    const ground = (e: number) => (e >= 60 ? 30 : 0);
    expect(rowBase(ROW, ground)).toBe(30 + ROW_LIFT_M);
  });
});
