import { describe, expect, it } from 'vitest';
import type { HeapObstacle, Vec3 } from '../geo/types';
import { createShadingScene } from './createShadingScene';
import { horizonAt } from './horizonAt';

const DEG = 180 / Math.PI;
const heapHorizon = (heap: HeapObstacle, point: Vec3, sectors = 72) =>
  horizonAt(createShadingScene({ buildings: [], heaps: [heap] }), point, { sectors });

/** Heap centre at distance D along azimuth az [°] from the origin. */
const at = (D: number, az: number): [number, number] => [D * Math.sin(az / DEG), D * Math.cos(az / DEG)];

/**
 * Brute-force reference: the largest elevation per sector over 4·10⁶ points of the heap's side and top disc.
 * Its spacing (0.02° around, 1/1000 of the height up) makes it low by at most ~0.01° at these distances.
 */
function bruteForce(heap: HeapObstacle, P: Vec3, sectors: number): Float64Array {
  const ref = new Float64Array(sectors);
  const R = heap.base_radius_m;
  const r = R * heap.top_ratio;
  const add = (x: number, y: number, z: number) => {
    const dx = x - P[0];
    const dy = y - P[1];
    const k = Math.floor((((Math.atan2(dx, dy) * DEG + 360) % 360) / 360) * sectors) % sectors;
    ref[k] = Math.max(ref[k]!, Math.atan((z - P[2]) / Math.hypot(dx, dy)) * DEG);
  };
  for (let i = 0; i < 18_000; i++) {
    const th = (2 * Math.PI * i) / 18_000;
    const c = Math.cos(th);
    const s = Math.sin(th);
    for (let j = 0; j <= 200; j++) {
      const z = (heap.height_m * j) / 200;
      const rho = R - ((R - r) * j) / 200;
      add(heap.center[0] + rho * c, heap.center[1] + rho * s, z);
      if (r > 0) add(heap.center[0] + ((r * j) / 200) * c, heap.center[1] + ((r * j) / 200) * s, heap.height_m);
    }
  }
  return ref;
}

describe('accumulateHeap (via horizonAt)', () => {
  it('sees a cone apex at atan((H − z)/D) in the sector holding it (closed form)', () => {
    // Source: the apex is the highest point of a cone seen from outside (elevation grows up each side line when
    // D > R). Heap at azimuth 2.5° (mid sector 0), 1 km away. Tolerance 1e-5° (Float32 output).
    const h = heapHorizon({ center: at(1000, 2.5), base_radius_m: 300, height_m: 140, top_ratio: 0 }, [0, 0, 5]);
    expect(Math.abs(h[0]! - Math.atan(135 / 1000) * DEG)).toBeLessThan(1e-5);
  });

  it('sees a truncated cone rim at atan((H − z)/(D − r)) towards its centre (closed form)', () => {
    // Source: the near rim point is at plan distance D − r, height H. Tolerance 1e-5°.
    const h = heapHorizon({ center: at(800, 182.5), base_radius_m: 300, height_m: 80, top_ratio: 0.25 }, [0, 0, 8]);
    expect(Math.abs(h[36]! - Math.atan(72 / 725) * DEG)).toBeLessThan(1e-5);
  });

  it('rises 1.6° for a 140 m heap 5 km away, and nothing outside its tangent directions', () => {
    // Source: atan(140/5000) = 1.604°. The base circle spans ±asin(R/D) = ±3.44° (point at the ground).
    const h = heapHorizon({ center: at(5000, 92.5), base_radius_m: 300, height_m: 140, top_ratio: 0 }, [0, 0, 0]);
    expect(h[18]).toBeCloseTo(1.604, 3);
    expect(h[16]).toBe(0);
    expect(h[20]).toBe(0);
  });

  for (const [label, heap, P] of [
    ['cone, far', { center: [300, 900], base_radius_m: 250, height_m: 140, top_ratio: 0 }, [0, 0, 5]],
    ['truncated cone', { center: [-600, -400], base_radius_m: 300, height_m: 80, top_ratio: 0.25 }, [0, 0, 8]],
    ['plateau, close', { center: [180, -200], base_radius_m: 200, height_m: 20, top_ratio: 0.7 }, [0, 0, 3]],
    ['steep cone, close', { center: at(120, 2.5), base_radius_m: 100, height_m: 90, top_ratio: 0 }, [0, 0, 9]],
  ] as [string, HeapObstacle, Vec3][]) {
    it(`matches a brute-force sampling of the surface: ${label}`, () => {
      // Reference: `bruteForce` (4·10⁶ surface points).
      const h = heapHorizon(heap, P, 72);
      const ref = bruteForce(heap, P, 72);
      for (let k = 0; k < 72; k++) {
        // Sampled points are real points of the heap: the exact horizon is never below them (Float32: 1e-5°)…
        expect(h[k]! - ref[k]!, `sector ${k}`).toBeGreaterThan(-1e-5);
        // …and the sampling comes within 0.02° of it (measured: 0.016° worst, the far cone).
        expect(h[k]! - ref[k]!, `sector ${k}`).toBeLessThan(0.02);
      }
    });
  }

  it('treats a point inside the base circle as standing at the heap foot: the side slope towards the centre', () => {
    // Documented rule: the heap shrinks to pass 1 cm from the point, keeping its slope H/(R − r) = 0.5 → 26.565°.
    const h = heapHorizon({ center: at(60, 2.5), base_radius_m: 100, height_m: 50, top_ratio: 0 }, [0, 0, 0]);
    expect(h[0]).toBeCloseTo(Math.atan(0.5 * (59.99 / 60)) * DEG, 4);
    expect(heapHorizon({ center: [0, 0], base_radius_m: 100, height_m: 50, top_ratio: 0 }, [0, 0, 0])[0]).toBe(0);
  });

  it('adds nothing when the point is above the summit', () => {
    const h = heapHorizon({ center: at(500, 0), base_radius_m: 100, height_m: 20, top_ratio: 0.7 }, [0, 0, 21]);
    expect(Math.max(...h)).toBe(0);
  });
});
