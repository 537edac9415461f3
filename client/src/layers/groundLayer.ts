/** A flat ground plane at height 0 under the whole extent, receiving shadows. */
import { Mesh, MeshStandardMaterial, PlaneGeometry } from 'three';

export class GroundLayer {
  readonly object: Mesh;

  constructor(colour = '#dfe3cf') {
    this.object = new Mesh(
      new PlaneGeometry(1, 1),
      new MeshStandardMaterial({ color: colour, roughness: 1, metalness: 0 }),
    );
    this.object.name = 'ground';
    this.object.rotation.x = -Math.PI / 2;
    this.object.receiveShadow = true;
  }

  /** Covers a square of side `size_m` [m] centred on (x, z). */
  setData(size_m: number, x = 0, z = 0): void {
    this.object.scale.set(size_m, size_m, 1);
    this.object.position.set(x, 0, z);
  }

  dispose(): void {
    this.object.geometry.dispose();
    (this.object.material as MeshStandardMaterial).dispose();
  }
}
