import { describe, expect, it } from 'vitest';
import { ringBounds } from './ringBounds';

describe('ringBounds', () => {
  it('bounds a closed ring', () => {
    expect(
      ringBounds([
        [1, 2],
        [4, -1],
        [3, 5],
        [1, 2],
      ]),
    ).toEqual([1, -1, 4, 5]);
  });
  it('is empty (inverted infinities) for no points', () => {
    expect(ringBounds([])).toEqual([Infinity, Infinity, -Infinity, -Infinity]);
  });
});
