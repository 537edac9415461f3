import { describe, expect, it } from 'vitest';
import type { ObstacleRecord, Ring } from '../data/types';
import { buildSlagHeap } from './slagHeapGeometry';
import { TriangleList } from './triangles';

/** A regular polygon of radius r [m] with n vertices, counter-clockwise. */
function circle(r: number, n: number): Ring {
  return Array.from({ length: n }, (_, i): [number, number] => [
    r * Math.cos((2 * Math.PI * i) / n),
    r * Math.sin((2 * Math.PI * i) / n),
  ]);
}

const heap = (overrides: Partial<ObstacleRecord>): ObstacleRecord => ({
  id: 1,
  name: '11/19',
  polygons: [[circle(100, 32)]],
  height_m: 140,
  shape: 'cone',
  top_ratio: 0,
  ...overrides,
});

describe('buildSlagHeap', () => {
  it('raises a cone to its apex over the centroid', () => {
    const list = new TriangleList();
    const summit = buildSlagHeap(heap({}), list);
    expect(summit[2]).toBe(140);
    expect(Math.hypot(summit[0], summit[1])).toBeLessThan(1e-9);
    expect(list.count).toBe(32);
    // Every side faces up and out.
    for (let t = 0; t < list.count; t++) expect(list.normals[t * 3 + 1]!).toBeGreaterThan(0);
  });

  it('gives a plateau a flat top scaled by top_ratio', () => {
    const list = new TriangleList();
    buildSlagHeap(heap({ shape: 'plateau', top_ratio: 0.5, height_m: 20 }), list);
    const topXs: number[] = [];
    for (let i = 0; i < list.positions.length; i += 3) if (list.positions[i + 1] === 20) topXs.push(list.positions[i]!);
    expect(Math.max(...topXs)).toBeCloseTo(50, 9);
    expect(list.kinds.filter((k) => k === 'roof')).toHaveLength(30);
  });
});
