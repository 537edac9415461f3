import { describe, expect, it } from 'vitest';
import { segmentsIntersect } from './segmentsIntersect';

describe('segmentsIntersect', () => {
  it('detects crossing, touching and collinear overlap, and rejects disjoint segments', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [1, 0], [1, 1])).toBe(true);
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 1], [1, 0], [2, -1])).toBe(false);
  });
});
