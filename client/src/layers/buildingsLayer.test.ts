import { Raycaster, Vector3, type Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../data/types';
import { BuildingsLayer } from './buildingsLayer';

const house = (id: number, east: number): BuildingRecord => ({
  id,
  polygons: [
    [
      [
        [east, 0],
        [east + 8, 0],
        [east + 8, 6],
        [east, 6],
      ],
    ],
  ],
  height_m: 8,
  roof_shape: 'gable',
  roof_pitch_deg: 40,
  ridge_azimuth_deg: 90,
  typology: 'coron',
  synthetic: true,
  solar_computed: true,
});

const down = (east: number) => new Raycaster(new Vector3(east, 100, -3), new Vector3(0, -1, 0));

describe('BuildingsLayer.setHidden', () => {
  it('collapses a building out of sight and of picking, and restores it exactly', () => {
    const layer = new BuildingsLayer();
    layer.add([house(1, 0), house(2, 20)]);
    const positions = () => (layer.object.children[0] as Mesh).geometry.getAttribute('position').array;
    const before = Float32Array.from(positions());
    expect(layer.pick(down(4))?.id).toBe(1);
    layer.setHidden([1], true);
    expect(layer.pick(down(4))).toBeNull();
    expect(layer.pick(down(24))?.id).toBe(2);
    layer.setHidden([1], true);
    layer.setHidden([1, 99], false);
    expect(Float32Array.from(positions())).toEqual(before);
    expect(layer.pick(down(4))?.id).toBe(1);
  });

  it('gives the wall colour of a building by its typology', () => {
    const layer = new BuildingsLayer();
    layer.add([house(1, 0)]);
    expect(layer.typologyOf(1)).toBe('coron');
    expect(layer.wallColourOf(1)).toHaveLength(3);
    expect(layer.typologyOf(5)).toBeNull();
  });
});
