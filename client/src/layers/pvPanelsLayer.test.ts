import type { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import { readPv } from '../data/api';
import { pvAnswerJson, pvFrame } from '../data/pvAnswer.testkit';
import { PvPanelsLayer } from './pvPanelsLayer';

describe('PvPanelsLayer', () => {
  it('draws the first n modules of the layout and clears', () => {
    const layer = new PvPanelsLayer();
    layer.setPanels(readPv(pvAnswerJson(), pvFrame).panels.map((p) => p.corners));
    expect(layer.panelCount).toBe(3);
    expect(layer.drawnCount).toBe(0);
    layer.show(2);
    const mesh = layer.object.children[0] as Mesh;
    expect(layer.drawnCount).toBe(2);
    expect(mesh.geometry.drawRange.count).toBe(60);
    layer.show(9);
    expect(layer.drawnCount).toBe(3);
    expect(() => layer.show(-1)).toThrow(RangeError);
    layer.clear();
    expect(layer.object.children).toHaveLength(0);
    expect(layer.drawnCount).toBe(0);
    layer.setPanels([]);
    layer.show(2);
    expect(layer.drawnCount).toBe(0);
  });
});
