import { describe, expect, it } from 'vitest';
import type { Mesh } from 'three';
import { FarmLayer, OUTLINE_LIFT_M } from './farmLayer';
import { tiltedRowQuad } from './farmRowGeometry';
import { VERTICES_PER_PANEL } from './pvPanelGeometry';

const row = (n0: number): [number, number][] => [
  [0, n0],
  [20, n0],
  [20, n0 + 3.9],
  [0, n0 + 3.9],
];

describe('FarmLayer', () => {
  it('draws one tilted plane of 30 vertices per row, and clears them', () => {
    const layer = new FarmLayer();
    layer.setRows([0, 9, 18].map((n) => tiltedRowQuad(row(n), 25, 180, 31)));
    expect(layer.rowCount).toBe(3);
    const mesh = layer.object.getObjectByName('farm-rows') as Mesh;
    expect(mesh.geometry.getAttribute('position').count).toBe(3 * VERTICES_PER_PANEL);
    // three.js y is up: every vertex between the low edge (31 m) and the high edge (31 + 3.9 tan 25° = 32.8186 m).
    const y = Array.from({ length: 3 * VERTICES_PER_PANEL }, (_, k) => mesh.geometry.getAttribute('position').getY(k));
    expect(Math.min(...y)).toBeCloseTo(31, 4);
    expect(Math.max(...y)).toBeCloseTo(32.8186, 3);
    layer.clearRows();
    expect(layer.rowCount).toBe(0);
    expect(layer.object.getObjectByName('farm-rows')).toBeUndefined();
  });

  it('lays outlines over the ground it is given, by kind', () => {
    const layer = new FarmLayer();
    layer.setOutlines(
      [
        { kind: 'site', ring: row(0) },
        { kind: 'exclusion', ring: row(50) },
        { kind: 'sketch', ring: row(80).slice(0, 2) },
      ],
      (e) => (e > 10 ? 30 : 0),
    );
    expect([layer.outlineCount('site'), layer.outlineCount('exclusion'), layer.outlineCount('sketch')]).toEqual([
      1, 1, 1,
    ]);
    const site = layer.object.getObjectByName('farm-outlines')!.children[0] as Mesh;
    const heights = Array.from({ length: 4 }, (_, k) => site.geometry.getAttribute('position').getY(k));
    expect(heights).toEqual([0, 30, 30, 0].map((h) => h + OUTLINE_LIFT_M));
    layer.clearOutlines();
    expect(layer.outlineCount('site')).toBe(0);
  });
});
