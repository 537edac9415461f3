/**
 * Growable typed arrays that a geometry builder writes triangles into, with a colour per vertex and an owner id per
 * triangle; turned into one non-indexed BufferGeometry so a whole tile draws in a single call.
 */
import { growArray } from './growArray';
import { BufferAttribute, BufferGeometry, Color, SRGBColorSpace } from 'three';
import type { SurfaceKind, TriangleSink, Xyz } from './triangles';

export type Rgb = readonly [number, number, number];

export class GeometryBuffer implements TriangleSink {
  private positions = new Float32Array(9 * 1024);
  private normals = new Float32Array(9 * 1024);
  private colours = new Uint8Array(9 * 1024);
  private ids = new Uint32Array(1024);
  private triangles = 0;
  private owner = 0;
  private wall: Rgb = [200, 200, 200];
  private roof: Rgb = [160, 160, 160];

  /** Starts writing the triangles of one owner (a building or obstacle id) with its colours (0–255). */
  begin(owner: number, wall: Rgb, roof: Rgb): number {
    this.owner = owner;
    this.wall = wall;
    this.roof = roof;
    return this.triangles;
  }

  get triangleCount(): number {
    return this.triangles;
  }

  triangle(a: Xyz, b: Xyz, c: Xyz, normal: Xyz, kind: SurfaceKind): void {
    if (this.triangles === this.ids.length) this.grow();
    const t = this.triangles++;
    const colour = kind === 'roof' ? this.roof : this.wall;
    const p = t * 9;
    this.positions.set(a, p);
    this.positions.set(b, p + 3);
    this.positions.set(c, p + 6);
    for (let k = 0; k < 3; k++) {
      this.normals.set(normal, p + 3 * k);
      this.colours.set(colour, p + 3 * k);
    }
    this.ids[t] = this.owner;
  }

  /** The geometry (position, normal, normalised colour) and the triangle → owner id table. */
  toGeometry(): { geometry: BufferGeometry; triangleOwners: Uint32Array } {
    const n = this.triangles * 9;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(this.positions.slice(0, n), 3));
    geometry.setAttribute('normal', new BufferAttribute(this.normals.slice(0, n), 3));
    geometry.setAttribute('color', new BufferAttribute(this.colours.slice(0, n), 3, true));
    geometry.computeBoundingSphere();
    geometry.computeBoundingBox();
    return { geometry, triangleOwners: this.ids.slice(0, this.triangles) };
  }

  private grow(): void {
    this.positions = growArray(this.positions, (n) => new Float32Array(n));
    this.normals = growArray(this.normals, (n) => new Float32Array(n));
    this.colours = growArray(this.colours, (n) => new Uint8Array(n));
    this.ids = growArray(this.ids, (n) => new Uint32Array(n));
  }
}

/**
 * '#rrggbb' (sRGB, as in CSS and the legend) → linear [r, g, b] in 0–255 for a vertex colour attribute, which
 * three.js reads as linear; `lighten` (0–1) mixes towards white in sRGB first.
 */
export function hexToRgb(hex: string, lighten = 0): Rgb {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  const mix = (c: number) => (c + (255 - c) * lighten) / 255;
  const colour = new Color().setRGB(
    mix((value >> 16) & 255),
    mix((value >> 8) & 255),
    mix(value & 255),
    SRGBColorSpace,
  );
  return [Math.round(colour.r * 255), Math.round(colour.g * 255), Math.round(colour.b * 255)];
}
