import { describe, expect, it } from 'vitest';
import { faceNormal, faceTextureUv, toRoofFace } from './faceTextureUv';
import { gableFaces, throughApi } from './roofRecords.testkit';

describe('faceTextureUv', () => {
  it('rebuilds the server grid from the rounded ring: vertices on the grid edges, inside [0, 1]²', () => {
    for (const face of gableFaces()) {
      const record = throughApi(face);
      const uv = faceTextureUv(record)!;
      expect(uv).toHaveLength(record.ring.length);
      const s = uv.map((p) => p[0]);
      const t = uv.map((p) => p[1]);
      // The bounding rectangle of the ring spans the grid: min 0, max = extent / (n · spacing).
      expect(Math.min(...s)).toBeCloseTo(0, 4);
      expect(Math.min(...t)).toBeCloseTo(0, 4);
      expect(Math.max(...s)).toBeCloseTo(10.2 / record.grid_nu, 3);
      expect(Math.max(...t)).toBeLessThanOrEqual(1);
    }
  });

  it('keeps the API grid size when rounding tips a whole-number extent by one cell, refuses larger gaps', () => {
    const record = throughApi(gableFaces()[0]!);
    expect(faceTextureUv({ ...record, grid_nu: record.grid_nu + 1 })).not.toBeNull();
    expect(faceTextureUv({ ...record, grid_nu: record.grid_nu + 3 })).toBeNull();
    expect(faceTextureUv({ ...record, ring: record.ring.slice(0, 2) })).toBeNull();
  });

  it('builds the engine face with a unit normal from tilt and azimuth', () => {
    const [e, n, u] = faceNormal(40, 180);
    expect(e).toBeCloseTo(0, 12);
    expect(n).toBeCloseTo(-Math.sin((40 * Math.PI) / 180), 12);
    expect(u).toBeCloseTo(Math.cos((40 * Math.PI) / 180), 12);
    expect(toRoofFace(throughApi(gableFaces()[1]!)).ring).toHaveLength(5);
  });
});
