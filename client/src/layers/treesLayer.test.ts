import { Matrix4, Quaternion, Vector3, type InstancedMesh } from 'three';
import { describe, expect, it } from 'vitest';
import { createLocalFrame } from '../../../engine/geo/localFrame';
import type { TreeFeature } from '../../../contracts';
import { readTrees } from '../data/api';
import { DEFAULT_BASE_RATIO } from '../data/treeRecords';
import type { TreeRecord } from '../data/types';
import { TreesLayer, treeMatrices } from './treesLayer';

const frame = createLocalFrame(2.8, 50.43);

/** A square crown of side 2·half [m] centred `east` m east of the frame's origin, as GET /trees gives it. */
function crown(id: number, east: number, half: number, top_m: number, base_m: number | null): TreeFeature {
  const [lonPerM, latPerM] = [1 / (111_320 * Math.cos((50.43 * Math.PI) / 180)), 1 / 111_195];
  const [lon, lat] = [2.8 + east * lonPerM, 50.43];
  const ring = [
    [lon - half * lonPerM, lat - half * latPerM],
    [lon + half * lonPerM, lat - half * latPerM],
    [lon + half * lonPerM, lat + half * latPerM],
    [lon - half * lonPerM, lat + half * latPerM],
    [lon - half * lonPerM, lat - half * latPerM],
  ];
  return {
    type: 'Feature',
    id,
    geometry: { type: 'Polygon', coordinates: [ring] },
    properties: {
      id,
      top_m,
      base_m,
      ground_m: 31,
      point_count: 120,
      source: 'lidar',
      coverage_id: 1,
      file_name: 'LHD.copc.laz',
      acquired_on: '2022-03-14',
    },
  };
}
const page = (features: TreeFeature[]) => ({
  type: 'FeatureCollection',
  numberMatched: features.length,
  numberReturned: features.length,
  features,
});

describe('tree records', () => {
  it('a crown becomes its centroid, the radius of its area and its heights; a missing base is a third of the top', () => {
    const { trees, skipped } = readTrees(page([crown(7, 50, 3, 12, 4), crown(8, -20, 2, 9, null)]), frame);
    expect(skipped).toBe(0);
    const [a, b] = trees as [TreeRecord, TreeRecord];
    expect(a.id).toBe(7);
    expect(a.centre[0]).toBeCloseTo(50, 0);
    expect(a.centre[1]).toBeCloseTo(0, 0);
    // A 6 m square: 36 m², the disc of radius √(36/π) ≈ 3.39 m (within 1 % for the frame's projection).
    expect(a.radius_m).toBeCloseTo(Math.sqrt(36 / Math.PI), 1);
    expect([a.base_m, a.top_m, a.acquired_on]).toEqual([4, 12, '2022-03-14']);
    expect(b.base_m).toBeCloseTo(9 * DEFAULT_BASE_RATIO, 9);
  });

  it('a degenerate crown is skipped and counted', () => {
    const flat = crown(9, 10, 0, 10, 2);
    expect(readTrees(page([flat, crown(10, 0, 2, 8, 2)]), frame)).toMatchObject({ skipped: 1 });
  });
});

describe('TreesLayer', () => {
  it('places each crown as an ellipsoid from its base to its top, on a trunk from the ground', () => {
    const tree: TreeRecord = { id: 1, centre: [10, 20], radius_m: 3, base_m: 4, top_m: 12, acquired_on: null };
    const [crownMatrix, trunkMatrix] = [new Matrix4(), new Matrix4()];
    treeMatrices(tree, crownMatrix, trunkMatrix);
    const [position, scale] = [new Vector3(), new Vector3()];
    crownMatrix.decompose(position, new Quaternion(), scale);
    expect(position.toArray()).toEqual([10, 8, -20]);
    expect(scale.toArray()).toEqual([3, 4, 3]);
    trunkMatrix.decompose(position, new Quaternion(), scale);
    expect(position.toArray()).toEqual([10, 0, -20]);
    expect(scale.y).toBeGreaterThan(tree.base_m);
  });

  it('draws every tree once as instances casting and receiving shadows, a repeated one replaced', () => {
    const layer = new TreesLayer();
    const { trees } = readTrees(page([crown(1, 0, 2, 8, 2), crown(2, 30, 3, 14, 4)]), frame);
    layer.add(trees);
    layer.add([trees[1]!, { ...trees[0]!, id: 3 }]);
    expect(layer.count).toBe(3);
    expect(layer.ids()).toEqual([1, 2, 3]);
    const [crowns, trunks] = layer.object.children as InstancedMesh[];
    expect(crowns!.count).toBe(3);
    expect(trunks!.count).toBe(3);
    expect(crowns!.castShadow && crowns!.receiveShadow).toBe(true);
    layer.clear();
    expect(layer.count).toBe(0);
    expect(layer.object.children).toHaveLength(0);
  });
});
