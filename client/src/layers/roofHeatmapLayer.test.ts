import { Raycaster, Vector3, type DataTexture, type Mesh, type MeshStandardMaterial } from 'three';
import { describe, expect, it } from 'vitest';
import { RoofHeatmapLayer } from './roofHeatmapLayer';
import { gableFaces, throughApi } from './roofRecords.testkit';

const wall = () => [200, 200, 200] as const;

/** A ray straight down onto (east, north). */
function rayDown(east: number, north: number): Raycaster {
  return new Raycaster(new Vector3(east, 100, -north), new Vector3(0, -1, 0));
}

describe('RoofHeatmapLayer', () => {
  it('draws each computed building once, in one mesh per page, and counts its faces', () => {
    const layer = new RoofHeatmapLayer();
    const a = gableFaces(100, 50).map((f) => throughApi(f, 1, 650));
    const b = gableFaces(130, 50).map((f) => throughApi(f, 2, 1250));
    expect(layer.add([...a, ...b], wall)).toEqual([1, 2]);
    expect(layer.add([...b], wall)).toEqual([]);
    expect(layer.faceCount).toBe(4);
    expect(layer.buildingCount).toBe(2);
    expect(layer.object.children).toHaveLength(1);
  });

  it('paints the texture through the ramp: dark blue for a north roof at 650, yellow at 1,250', () => {
    const layer = new RoofHeatmapLayer();
    layer.add(
      gableFaces(100, 50).map((f) => throughApi(f, 1, 650)),
      wall,
    );
    layer.add(
      gableFaces(130, 50).map((f) => throughApi(f, 2, 1250)),
      wall,
    );
    const textures = (layer.object.children as Mesh[]).map(
      (m) => ((m.material as MeshStandardMaterial[])[0]!.map as DataTexture).image.data as Uint8Array,
    );
    const has = (data: Uint8Array, rgb: number[]) =>
      data.some((_, i) => i % 4 === 0 && data[i] === rgb[0] && data[i + 1] === rgb[1] && data[i + 2] === rgb[2]);
    expect(has(textures[0]!, [13, 8, 135])).toBe(true);
    expect(has(textures[1]!, [240, 249, 33])).toBe(true);
    expect(has(textures[0]!, [240, 249, 33])).toBe(false);
  });

  it('picks the building under a ray while visible, and highlights its walls only', () => {
    const layer = new RoofHeatmapLayer();
    layer.add(
      gableFaces(100, 50).map((f) => throughApi(f, 7)),
      wall,
    );
    expect(layer.pick(rayDown(105, 53))?.id).toBe(7);
    expect(layer.pick(rayDown(90, 53))).toBeNull();
    const mesh = layer.object.children[0] as Mesh;
    const colours = mesh.geometry.getAttribute('color').array as Uint8Array;
    const before = colours.slice();
    layer.highlight(7);
    // Roof vertices (the first 4 triangles) stay white; walls turn to the highlight colour.
    expect([...colours.slice(0, 3)]).toEqual([255, 255, 255]);
    expect([...colours.slice(4 * 9, 4 * 9 + 3)]).not.toEqual([200, 200, 200]);
    layer.highlight(null);
    expect(colours).toEqual(before);
    layer.setVisible(false);
    expect(layer.pick(rayDown(105, 53))).toBeNull();
  });

  it('leaves a building with a face whose grid cannot be rebuilt to its plain roof', () => {
    const layer = new RoofHeatmapLayer();
    const [first, second] = gableFaces().map((f) => throughApi(f, 3));
    expect(layer.add([first!, { ...second!, grid_nu: second!.grid_nu + 5 }], wall)).toEqual([]);
    expect(layer.skipped).toBe(1);
    expect(layer.faceCount).toBe(0);
  });
});
