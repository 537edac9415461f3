/**
 * The buildings of the view, merged into one mesh per loaded page (tile) so that tens of thousands of houses
 * draw in a few calls. Picking maps a ray hit's triangle to its building id through a per-mesh table; the
 * highlight recolours the picked building's vertices in place. A building the roof heat-map draws is hidden here by
 * collapsing its triangles (positions saved, restored when the heat-map is switched off). A colour override (the
 * « Bailleur » portfolio by DPE class) repaints chosen buildings, including those of pages loaded later, until it is
 * cleared.
 */
import { Group, Mesh, MeshStandardMaterial, Vector3, type Intersection, type Raycaster } from 'three';
import type { BuildingRecord } from '../data/types';
import { buildBuilding } from './buildingGeometry';
import { GeometryBuffer, hexToRgb, type Rgb } from './geometryBuffer';
import { toThree } from './triangles';
import { HIGHLIGHT_COLOUR, typologyColour } from './typologyColours';

interface Chunk {
  mesh: Mesh;
  triangleOwners: Uint32Array;
}

interface Entry {
  chunk: Chunk;
  firstTriangle: number;
  triangleCount: number;
  /** Roof point over the footprint's middle, three.js axes. */
  anchor: Vector3;
  typology: string | null;
}

export interface LayerHit {
  id: number;
  /** Distance from the ray origin [m]. */
  distance: number;
}

/** Walls are drawn this much lighter than the roofs (mix with white, 0–1). */
const WALL_LIGHTEN = 0.45;

export class BuildingsLayer {
  readonly object = new Group();
  private readonly material = new MeshStandardMaterial({ vertexColors: true, roughness: 0.85, metalness: 0 });
  private chunks: Chunk[] = [];
  private readonly entries = new Map<number, Entry>();
  private highlighted: { id: number; saved: Uint8Array } | null = null;
  /** Positions of the hidden buildings' triangles, to restore them. */
  private readonly hidden = new Map<number, Float32Array>();
  private syntheticCount = 0;
  /** Roof colour by building id of the override ('#rrggbb'); walls are drawn lighter, as for the typologies. */
  private override = new Map<number, string>();

  constructor() {
    this.object.name = 'buildings';
  }

  get count(): number {
    return this.entries.size;
  }

  /** Buildings flagged as invented by the demo generator. */
  get synthetic(): number {
    return this.syntheticCount;
  }

  /** Replaces every building with these. */
  setData(records: readonly BuildingRecord[]): void {
    this.clear();
    this.add(records);
  }

  /** Adds the buildings not drawn yet as one merged mesh; returns how many were new. */
  add(records: readonly BuildingRecord[]): number {
    const buffer = new GeometryBuffer();
    const added: { id: number; first: number; count: number; anchor: Vector3; typology: string | null }[] = [];
    const seen = new Set<number>();
    for (const record of records) {
      if (this.entries.has(record.id) || seen.has(record.id)) continue;
      seen.add(record.id);
      const base = this.override.get(record.id) ?? typologyColour(record.typology);
      const roof = hexToRgb(base);
      const wall = hexToRgb(base, WALL_LIGHTEN);
      const first = buffer.begin(record.id, wall, roof);
      const shape = buildBuilding(record, buffer);
      added.push({
        id: record.id,
        first,
        count: buffer.triangleCount - first,
        anchor: new Vector3(...toThree(shape.anchor)),
        typology: record.typology,
      });
      if (record.synthetic) this.syntheticCount++;
    }
    if (added.length === 0) return 0;
    const { geometry, triangleOwners } = buffer.toGeometry();
    const mesh = new Mesh(geometry, this.material);
    mesh.castShadow = true;
    mesh.receiveShadow = true;
    mesh.matrixAutoUpdate = false;
    const chunk: Chunk = { mesh, triangleOwners };
    this.chunks.push(chunk);
    this.object.add(mesh);
    for (const a of added) {
      this.entries.set(a.id, {
        chunk,
        firstTriangle: a.first,
        triangleCount: a.count,
        anchor: a.anchor,
        typology: a.typology,
      });
    }
    return added.length;
  }

  has(id: number): boolean {
    return this.entries.has(id);
  }

  /** A point on the building's roof in world coordinates, or null when it is not loaded. */
  anchorOf(id: number): Vector3 | null {
    return this.entries.get(id)?.anchor.clone() ?? null;
  }

  /** Some loaded ids, in load order. */
  ids(limit = Infinity): number[] {
    const out: number[] = [];
    for (const id of this.entries.keys()) {
      if (out.length >= limit) break;
      out.push(id);
    }
    return out;
  }

  /** Typologies present, with their building counts. */
  typologyCounts(): Map<string | null, number> {
    const counts = new Map<string | null, number>();
    for (const entry of this.entries.values()) counts.set(entry.typology, (counts.get(entry.typology) ?? 0) + 1);
    return counts;
  }

  /** Typology of a loaded building (null when unknown or not loaded). */
  typologyOf(id: number): string | null {
    return this.entries.get(id)?.typology ?? null;
  }

  /** Linear vertex colour (0–255) of a building's walls, for layers that redraw it. */
  wallColourOf(id: number): Rgb {
    return hexToRgb(typologyColour(this.typologyOf(id)), WALL_LIGHTEN);
  }

  /** Hides (collapses) or shows again these buildings' triangles; unknown ids are ignored. */
  setHidden(ids: Iterable<number>, hidden: boolean): void {
    const touched = new Set<Chunk>();
    for (const id of ids) {
      const entry = this.entries.get(id);
      if (!entry || this.hidden.has(id) === hidden) continue;
      const positions = entry.chunk.mesh.geometry.getAttribute('position').array as Float32Array;
      const start = entry.firstTriangle * 9;
      const end = start + entry.triangleCount * 9;
      if (hidden) {
        this.hidden.set(id, positions.slice(start, end));
        // Zero-area triangles are neither drawn, shadowed nor hit by rays.
        positions.fill(0, start, end);
      } else {
        positions.set(this.hidden.get(id)!, start);
        this.hidden.delete(id);
      }
      touched.add(entry.chunk);
    }
    for (const chunk of touched) chunk.mesh.geometry.getAttribute('position').needsUpdate = true;
  }

  /** The nearest building hit by the ray. */
  pick(raycaster: Raycaster): LayerHit | null {
    const hits: Intersection[] = raycaster.intersectObjects(
      this.chunks.map((c) => c.mesh),
      false,
    );
    for (const hit of hits) {
      const chunk = this.chunks.find((c) => c.mesh === hit.object);
      if (!chunk || hit.faceIndex === undefined || hit.faceIndex === null) continue;
      const id = chunk.triangleOwners[hit.faceIndex];
      if (id !== undefined) return { id, distance: hit.distance };
    }
    return null;
  }

  /**
   * Paints these buildings in their own colour ('#rrggbb', roofs; walls lighter) instead of their typology's, now and
   * in pages added later; null (or an empty map) gives every building its typology colour back. The selected
   * building keeps its highlight and gets its new colour when deselected.
   */
  setColourOverride(colours: ReadonlyMap<number, string> | null): void {
    const selected = this.highlighted?.id ?? null;
    this.highlight(null);
    const previous = this.override;
    this.override = new Map(colours ?? []);
    for (const id of new Set([...previous.keys(), ...this.override.keys()])) {
      const entry = this.entries.get(id);
      if (!entry || previous.get(id) === this.override.get(id)) continue;
      this.repaint(id, entry, previous.get(id) ?? typologyColour(entry.typology));
    }
    this.highlight(selected);
  }

  /** Loaded buildings drawn in an override colour. */
  get overrideCount(): number {
    let n = 0;
    for (const id of this.override.keys()) if (this.entries.has(id)) n++;
    return n;
  }

  /** The roof colour a building is drawn in ('#rrggbb', override or typology), or null when it is not loaded. */
  colourOf(id: number): string | null {
    const entry = this.entries.get(id);
    return entry ? (this.override.get(id) ?? typologyColour(entry.typology)) : null;
  }

  /** Paints one building in the highlight colour (null clears it). */
  highlight(id: number | null): void {
    if (this.highlighted) this.paint(this.highlighted.id, this.highlighted.saved);
    this.highlighted = null;
    if (id === null) return;
    const entry = this.entries.get(id);
    if (!entry) return;
    const colours = entry.chunk.mesh.geometry.getAttribute('color').array as Uint8Array;
    const start = entry.firstTriangle * 9;
    const saved = colours.slice(start, start + entry.triangleCount * 9);
    const fill = new Uint8Array(saved.length);
    const [r, g, b] = hexToRgb(HIGHLIGHT_COLOUR);
    for (let i = 0; i < fill.length; i += 3) fill.set([r, g, b], i);
    this.paint(id, fill);
    this.highlighted = { id, saved };
  }

  dispose(): void {
    this.clear();
    this.material.dispose();
  }

  /**
   * A building repainted from the colour `was` to its colour now: a triangle drawn in `was`'s roof colour is a roof,
   * any other a wall (walls are always lighter than their roof).
   */
  private repaint(id: number, entry: Entry, was: string): void {
    const attribute = entry.chunk.mesh.geometry.getAttribute('color');
    const colours = attribute.array as Uint8Array;
    const [r0, g0, b0] = hexToRgb(was);
    const base = this.override.get(id) ?? typologyColour(entry.typology);
    const roof = hexToRgb(base);
    const wall = hexToRgb(base, WALL_LIGHTEN);
    const start = entry.firstTriangle * 9;
    for (let p = start; p < start + entry.triangleCount * 9; p += 9) {
      const isRoof = colours[p] === r0 && colours[p + 1] === g0 && colours[p + 2] === b0;
      const colour = isRoof ? roof : wall;
      for (let k = 0; k < 9; k += 3) colours.set(colour, p + k);
    }
    attribute.needsUpdate = true;
  }

  private paint(id: number, colours: Uint8Array): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const attribute = entry.chunk.mesh.geometry.getAttribute('color');
    (attribute.array as Uint8Array).set(colours, entry.firstTriangle * 9);
    attribute.needsUpdate = true;
  }

  private clear(): void {
    for (const chunk of this.chunks) {
      this.object.remove(chunk.mesh);
      chunk.mesh.geometry.dispose();
    }
    this.chunks = [];
    this.entries.clear();
    this.hidden.clear();
    this.highlighted = null;
    this.syntheticCount = 0;
  }
}
