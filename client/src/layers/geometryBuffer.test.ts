import { describe, expect, it } from 'vitest';
import { GeometryBuffer, hexToRgb } from './geometryBuffer';

describe('hexToRgb', () => {
  // sRGB → linear by the IEC 61966-2-1 transfer function: 0x80 (0.502) → 0.2158 → 55/255.
  it('converts sRGB to the linear values three.js expects in vertex colours', () => {
    expect(hexToRgb('#808080')).toEqual([55, 55, 55]);
    expect(hexToRgb('#ffffff')).toEqual([255, 255, 255]);
    expect(hexToRgb('#000000', 1)).toEqual([255, 255, 255]);
  });
});

describe('GeometryBuffer', () => {
  it('grows past its initial size and keeps the owner of every triangle', () => {
    const buffer = new GeometryBuffer();
    for (let id = 1; id <= 3000; id++) {
      buffer.begin(id, [1, 2, 3], [4, 5, 6]);
      buffer.triangle([0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], id % 2 ? 'wall' : 'roof');
    }
    const { geometry, triangleOwners } = buffer.toGeometry();
    expect(geometry.getAttribute('position').count).toBe(9000);
    expect(triangleOwners[2999]).toBe(3000);
    expect([...(geometry.getAttribute('color').array as Uint8Array).slice(9, 12)]).toEqual([4, 5, 6]);
  });
});
