import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../engine/geo/types';
import { buildPanelGeometry, insetQuad, upwardNormal, VERTICES_PER_PANEL } from './pvPanelGeometry';

const TILT_RAD = (35 * Math.PI) / 180;
/** A 1.134 m (east) × 1.722 m (up-slope) module on a south roof of 35°, its low edge at 6 m. */
const module = (east = 10): Vec3[] => [
  [east, 20, 6],
  [east + 1.134, 20, 6],
  [east + 1.134, 20 + 1.722 * Math.cos(TILT_RAD), 6 + 1.722 * Math.sin(TILT_RAD)],
  [east, 20 + 1.722 * Math.cos(TILT_RAD), 6 + 1.722 * Math.sin(TILT_RAD)],
];
const colours = { cells: [10, 20, 90] as const, frame: [200, 200, 200] as const };

/** Triangle t of a positions array (three.js axes). */
function triangle(positions: Float32Array, t: number): number[][] {
  return [0, 1, 2].map((k) => [...positions.slice(9 * t + 3 * k, 9 * t + 3 * k + 3)]);
}
function area(tri: number[][]): number {
  const [a, b, c] = tri as [number[], number[], number[]];
  const u = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
  const v = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
  return Math.hypot(u[1]! * v[2]! - u[2]! * v[1]!, u[2]! * v[0]! - u[0]! * v[2]!, u[0]! * v[1]! - u[1]! * v[0]!) / 2;
}

describe('upwardNormal and insetQuad', () => {
  it('gives the slope’s normal (south and up, sin 35°, cos 35°) whatever the ring’s direction', () => {
    const expected = [0, -Math.sin(TILT_RAD), Math.cos(TILT_RAD)];
    upwardNormal(module()).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
    upwardNormal(module().reverse()).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 12));
  });

  it('moves each corner of a rectangle inwards by the width along both edges', () => {
    const inner = insetQuad(
      [
        [0, 0, 0],
        [2, 0, 0],
        [2, 1, 0],
        [0, 1, 0],
      ],
      0.1,
    );
    const expected = [
      [0.1, 0.1, 0],
      [1.9, 0.1, 0],
      [1.9, 0.9, 0],
      [0.1, 0.9, 0],
    ];
    inner.forEach((p, i) => p.forEach((v, a) => expect(v).toBeCloseTo(expected[i]![a]!, 12)));
  });
});

describe('buildPanelGeometry', () => {
  const built = buildPanelGeometry([module(10), module(11.2)], colours, 0.05, 0.04);

  it('draws 30 vertices per module, module after module', () => {
    expect(built.positions.length).toBe(2 * VERTICES_PER_PANEL * 3);
    expect(built.colours.length).toBe(built.positions.length);
    // The second module starts at vertex 30, 1.2 m further east (three.js x = east).
    const xs = (from: number) => [...built.positions.slice(from * 3, (from + 30) * 3)].filter((_, i) => i % 3 === 0);
    expect(Math.min(...xs(30)) - Math.min(...xs(0))).toBeCloseTo(1.2, 5);
  });

  it('covers the module exactly: cells (w − 2f)(l − 2f), frame the rest, all lifted 5 cm off the roof plane', () => {
    // Cells: (1.134 − 0.08) × (1.722 − 0.08) = 1.054 × 1.642 = 1.730668 m²; module 1.134 × 1.722 = 1.952748 m².
    const cells = area(triangle(built.positions, 0)) + area(triangle(built.positions, 1));
    let frame = 0;
    for (let t = 2; t < 10; t++) frame += area(triangle(built.positions, t));
    expect(cells).toBeCloseTo(1.730668, 5);
    expect(frame).toBeCloseTo(1.952748 - 1.730668, 5);
    // Distance to the roof plane through (10, 20, 6) with normal (0, −sin, cos) in (e, n, h); three = (e, h, −n).
    const [sin, cos] = [Math.sin(TILT_RAD), Math.cos(TILT_RAD)];
    for (let v = 0; v < VERTICES_PER_PANEL; v++) {
      const [x, y, z] = built.positions.slice(3 * v, 3 * v + 3) as unknown as [number, number, number];
      const [e, n, h] = [x, -z, y];
      expect((e - 10) * 0 + (n - 20) * -sin + (h - 6) * cos).toBeCloseTo(0.05, 5);
    }
  });

  it('faces every triangle up the slope’s normal, cells dark and frame light', () => {
    const normal = [0, Math.cos(TILT_RAD), Math.sin(TILT_RAD)];
    for (let t = 0; t < 20; t++) {
      const [a, b, c] = triangle(built.positions, t) as [number[], number[], number[]];
      const u = [b[0]! - a[0]!, b[1]! - a[1]!, b[2]! - a[2]!];
      const w = [c[0]! - a[0]!, c[1]! - a[1]!, c[2]! - a[2]!];
      const cross = [u[1]! * w[2]! - u[2]! * w[1]!, u[2]! * w[0]! - u[0]! * w[2]!, u[0]! * w[1]! - u[1]! * w[0]!];
      expect(cross[0]! * normal[0]! + cross[1]! * normal[1]! + cross[2]! * normal[2]!).toBeGreaterThan(0);
      [0, 1, 2].forEach((i) => expect(built.normals[9 * t + i]).toBeCloseTo(normal[i]!, 6));
    }
    expect([...built.colours.slice(0, 3)]).toEqual([10, 20, 90]);
    expect([...built.colours.slice(5 * 3, 6 * 3)]).toEqual([10, 20, 90]);
    expect([...built.colours.slice(6 * 3, 7 * 3)]).toEqual([200, 200, 200]);
  });

  it('refuses a module that is not a quad and a negative lift', () => {
    expect(() => buildPanelGeometry([module().slice(0, 3)], colours)).toThrow(/panels\[0\] must have 4 corners/);
    expect(() => buildPanelGeometry([module()], colours, -1)).toThrow(/lift_m/);
  });
});
