/**
 * Growable arrays for textured triangles (position, normal, texture coordinates, vertex colour, owner id per
 * triangle), turned into one non-indexed BufferGeometry: the heat-map of a whole page draws in one call.
 */
import { growArray } from './growArray';
import { BufferAttribute, BufferGeometry } from 'three';
import type { Rgb } from './geometryBuffer';
import type { Xyz } from './triangles';

export type Uv = readonly [number, number];

export interface TexturedSink {
  /** a, b, c in three.js axes, counter-clockwise seen from the front, with their texture coordinates. */
  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, uvA: Uv, uvB: Uv, uvC: Uv, colour: Rgb): void;
}

export class TexturedBuffer implements TexturedSink {
  private positions = new Float32Array(9 * 1024);
  private normals = new Float32Array(9 * 1024);
  private uvs = new Float32Array(6 * 1024);
  private colours = new Uint8Array(9 * 1024);
  private ids = new Uint32Array(1024);
  private triangles = 0;
  private owner = 0;

  /** Starts writing the triangles of one owner (a building id); returns the index of its first triangle. */
  begin(owner: number): number {
    this.owner = owner;
    return this.triangles;
  }

  get triangleCount(): number {
    return this.triangles;
  }

  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, uvA: Uv, uvB: Uv, uvC: Uv, colour: Rgb): void {
    if (this.triangles === this.ids.length) this.grow();
    const t = this.triangles++;
    const p = t * 9;
    this.positions.set(a, p);
    this.positions.set(b, p + 3);
    this.positions.set(c, p + 6);
    this.uvs.set(uvA, t * 6);
    this.uvs.set(uvB, t * 6 + 2);
    this.uvs.set(uvC, t * 6 + 4);
    for (let k = 0; k < 3; k++) {
      this.normals.set(normal, p + 3 * k);
      this.colours.set(colour, p + 3 * k);
    }
    this.ids[t] = this.owner;
  }

  toGeometry(): { geometry: BufferGeometry; triangleOwners: Uint32Array } {
    return TexturedBuffer.merge([this]);
  }

  /**
   * One geometry from several buffers, one after the other, each a draw group whose material index is its place
   * in `parts` (so that, say, textured roofs and plain walls draw with two materials from one mesh).
   */
  static merge(parts: readonly TexturedBuffer[]): { geometry: BufferGeometry; triangleOwners: Uint32Array } {
    const total = parts.reduce((n, p) => n + p.triangles, 0);
    const positions = new Float32Array(total * 9);
    const normals = new Float32Array(total * 9);
    const uvs = new Float32Array(total * 6);
    const colours = new Uint8Array(total * 9);
    const owners = new Uint32Array(total);
    const geometry = new BufferGeometry();
    let t = 0;
    parts.forEach((part, k) => {
      const n = part.triangles;
      positions.set(part.positions.subarray(0, n * 9), t * 9);
      normals.set(part.normals.subarray(0, n * 9), t * 9);
      uvs.set(part.uvs.subarray(0, n * 6), t * 6);
      colours.set(part.colours.subarray(0, n * 9), t * 9);
      owners.set(part.ids.subarray(0, n), t);
      geometry.addGroup(t * 3, n * 3, k);
      t += n;
    });
    geometry.setAttribute('position', new BufferAttribute(positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(normals, 3));
    geometry.setAttribute('uv', new BufferAttribute(uvs, 2));
    geometry.setAttribute('color', new BufferAttribute(colours, 3, true));
    geometry.computeBoundingSphere();
    geometry.computeBoundingBox();
    return { geometry, triangleOwners: owners };
  }

  private grow(): void {
    this.positions = growArray(this.positions, (n) => new Float32Array(n));
    this.normals = growArray(this.normals, (n) => new Float32Array(n));
    this.uvs = growArray(this.uvs, (n) => new Float32Array(n));
    this.colours = growArray(this.colours, (n) => new Uint8Array(n));
    this.ids = growArray(this.ids, (n) => new Uint32Array(n));
  }
}
