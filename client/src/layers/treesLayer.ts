/**
 * Tree crowns found in LiDAR, as the cadastre sees them (opaque obstacles): each an ellipsoid from the crown's bottom
 * to its top over the disc of its outline's area, on a thin trunk. Two instanced meshes for all the trees (one draw
 * call each, whatever their number), casting and receiving shadows like the buildings.
 */
import {
  Color,
  CylinderGeometry,
  Group,
  IcosahedronGeometry,
  InstancedMesh,
  Matrix4,
  MeshStandardMaterial,
  Quaternion,
  Vector3,
} from 'three';
import type { TreeRecord } from '../data/types';

/** Foliage and bark (sRGB, as in CSS). */
export const CROWN_COLOUR = '#3f7a35';
export const TRUNK_COLOUR = '#5a4632';
/** Trunk radius over crown radius, and at most [m]. */
const TRUNK_RATIO = 0.12;
const TRUNK_MAX_RADIUS_M = 0.4;
/** Capacity kept beyond what is drawn, so that tiles arriving one by one do not each rebuild the meshes [-]. */
const GROWTH = 1.5;

const crownGeometry = new IcosahedronGeometry(1, 1);
// A unit cylinder standing on y = 0 (three's is centred on the origin).
const trunkGeometry = new CylinderGeometry(1, 1, 1, 6, 1).translate(0, 0.5, 0);

/**
 * The crown's and trunk's instance matrices in the scene's axes (x east, y up, z south), written into `crown` and
 * `trunk`: the crown an ellipsoid of horizontal radius radius_m, centred halfway between base_m and top_m.
 */
export function treeMatrices(tree: TreeRecord, crown: Matrix4, trunk: Matrix4): void {
  const [east, north] = tree.centre;
  const half = (tree.top_m - tree.base_m) / 2;
  const identity = new Quaternion();
  crown.compose(
    new Vector3(east, tree.base_m + half, -north),
    identity,
    new Vector3(tree.radius_m, half, tree.radius_m),
  );
  const r = Math.min(TRUNK_MAX_RADIUS_M, tree.radius_m * TRUNK_RATIO);
  // The trunk rises into the crown's lower third, so no gap shows under a flattened ellipsoid.
  trunk.compose(new Vector3(east, 0, -north), identity, new Vector3(r, tree.base_m + half * 0.5, r));
}

export class TreesLayer {
  readonly object = new Group();
  private readonly crownMaterial = new MeshStandardMaterial({ color: new Color(CROWN_COLOUR), roughness: 0.95 });
  private readonly trunkMaterial = new MeshStandardMaterial({ color: new Color(TRUNK_COLOUR), roughness: 1 });
  private crowns: InstancedMesh | null = null;
  private trunks: InstancedMesh | null = null;
  private readonly records = new Map<number, TreeRecord>();

  constructor() {
    this.object.name = 'trees';
  }

  /** Trees drawn. */
  get count(): number {
    return this.records.size;
  }

  /** Crown instances the mesh draws (one per tree once written). */
  get instanceCount(): number {
    return this.crowns?.count ?? 0;
  }

  /** Ids of the trees drawn, by id. */
  ids(): number[] {
    return [...this.records.keys()].sort((a, b) => a - b);
  }

  get(id: number): TreeRecord | null {
    return this.records.get(id) ?? null;
  }

  /** Adds trees (a tree already drawn is replaced: a split tile gives some twice). */
  add(trees: readonly TreeRecord[]): void {
    if (trees.length === 0) return;
    for (const tree of trees) this.records.set(tree.id, tree);
    if (!this.crowns || this.crowns.instanceMatrix.count < this.records.size) this.allocate();
    this.write();
  }

  clear(): void {
    this.records.clear();
    this.release();
  }

  dispose(): void {
    this.clear();
    this.crownMaterial.dispose();
    this.trunkMaterial.dispose();
  }

  private allocate(): void {
    this.release();
    const capacity = Math.ceil(this.records.size * GROWTH);
    this.crowns = new InstancedMesh(crownGeometry, this.crownMaterial, capacity);
    this.trunks = new InstancedMesh(trunkGeometry, this.trunkMaterial, capacity);
    for (const mesh of [this.crowns, this.trunks]) {
      mesh.castShadow = true;
      mesh.receiveShadow = true;
      mesh.matrixAutoUpdate = false;
      this.object.add(mesh);
    }
    this.crowns.name = 'tree-crowns';
    this.trunks.name = 'tree-trunks';
  }

  private write(): void {
    const crowns = this.crowns!;
    const trunks = this.trunks!;
    const crown = new Matrix4();
    const trunk = new Matrix4();
    let i = 0;
    for (const tree of this.records.values()) {
      treeMatrices(tree, crown, trunk);
      crowns.setMatrixAt(i, crown);
      trunks.setMatrixAt(i, trunk);
      i++;
    }
    crowns.count = trunks.count = i;
    crowns.instanceMatrix.needsUpdate = trunks.instanceMatrix.needsUpdate = true;
    // Frustum culling tests the union of the instances (three computes it once, then keeps it).
    crowns.computeBoundingSphere();
    trunks.computeBoundingSphere();
  }

  private release(): void {
    for (const mesh of [this.crowns, this.trunks]) {
      if (!mesh) continue;
      this.object.remove(mesh);
      mesh.dispose();
    }
    this.crowns = this.trunks = null;
  }
}
