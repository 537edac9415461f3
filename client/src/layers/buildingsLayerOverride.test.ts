import type { Mesh } from 'three';
import { describe, expect, it } from 'vitest';
import type { BuildingRecord } from '../data/types';
import { BuildingsLayer } from './buildingsLayer';
import { hexToRgb } from './geometryBuffer';
import { HIGHLIGHT_COLOUR } from './typologyColours';

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

/** DPE G red (arrêté du 31 mars 2021, annexe: #E30613). */
const G = '#E30613';
/** DPE C (#C6D300). */
const C = '#C6D300';

const colours = (layer: BuildingsLayer, chunk = 0) =>
  Uint8Array.from((layer.object.children[chunk] as Mesh).geometry.getAttribute('color').array as Uint8Array);

/** The distinct vertex colours of a building's triangles (the gable house: 24 triangles of 8 m × 6 m). */
function vertexColours(array: Uint8Array, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let p = from * 9; p < to * 9; p += 3) out.add(`${array[p]},${array[p + 1]},${array[p + 2]}`);
  return out;
}

describe('BuildingsLayer.setColourOverride', () => {
  it('paints the chosen houses’ roofs in their colour and walls lighter, then restores every vertex exactly', () => {
    const layer = new BuildingsLayer();
    layer.add([house(1, 0), house(2, 20)]);
    const before = colours(layer);
    const half = before.length / 9 / 2;
    layer.setColourOverride(new Map([[1, G]]));
    const after = colours(layer);
    const painted = vertexColours(after, 0, half);
    expect(painted.has(hexToRgb(G).join(','))).toBe(true);
    expect(painted.has(hexToRgb(G, 0.45).join(','))).toBe(true);
    expect(painted.size).toBe(2);
    // House 2 untouched.
    expect(after.slice(half * 9)).toEqual(before.slice(half * 9));
    expect(layer.overrideCount).toBe(1);
    expect(layer.colourOf(1)).toBe(G);
    // Another class, then none: back to the typology colours, vertex for vertex.
    layer.setColourOverride(new Map([[1, C]]));
    expect(vertexColours(colours(layer), 0, half).has(hexToRgb(C).join(','))).toBe(true);
    layer.setColourOverride(null);
    expect(colours(layer)).toEqual(before);
    expect(layer.overrideCount).toBe(0);
  });

  it('paints houses of pages loaded later, counts only loaded houses, and keeps the selection’s highlight', () => {
    const layer = new BuildingsLayer();
    layer.add([house(1, 0)]);
    const plain = colours(layer);
    layer.highlight(1);
    layer.setColourOverride(
      new Map([
        [1, G],
        [3, C],
      ]),
    );
    expect(layer.overrideCount).toBe(1);
    // Still highlighted while selected…
    expect(vertexColours(colours(layer), 0, plain.length / 9)).toEqual(new Set([hexToRgb(HIGHLIGHT_COLOUR).join(',')]));
    // …and in its class once deselected.
    layer.highlight(null);
    expect(vertexColours(colours(layer), 0, plain.length / 9).has(hexToRgb(G).join(','))).toBe(true);
    layer.add([house(3, 40)]);
    expect(layer.overrideCount).toBe(2);
    expect(vertexColours(colours(layer, 1), 0, plain.length / 9).has(hexToRgb(C).join(','))).toBe(true);
    layer.setColourOverride(null);
    expect(colours(layer)).toEqual(plain);
    expect(layer.colourOf(3)).toBe('#b4533a');
  });
});
