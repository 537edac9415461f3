/**
 * The roof heat-map: every computed building drawn from the engine's roof faces, each face textured by the annual
 * irradiation of its 1 m cells through the colour ramp (nearest filtering, so the cells show), walls below. One
 * mesh and one atlas texture per loaded page of faces (two draw calls: textured roofs, plain walls), so tens of
 * thousands of faces stay fluid. The roofs glow a little (emissive), so that their colours stay readable in the
 * shade and at night while the sun still lights and shadows them. Picking maps a hit triangle to its building; the
 * highlight repaints the building's walls and leaves its roof readable.
 */
import {
  Color,
  DataTexture,
  Group,
  Mesh,
  MeshStandardMaterial,
  NearestFilter,
  RGBAFormat,
  SRGBColorSpace,
  UnsignedByteType,
  type Raycaster,
} from 'three';
import type { RoofFaceRecord } from '../data/types';
import type { LayerHit } from './buildingsLayer';
import { rampTable } from './colourRamp';
import { atlasUv, fillOutside, packAtlas, writeBlock, type AtlasLayout } from './faceAtlas';
import { faceNormal, faceTextureUv } from './faceTextureUv';
import { hexToRgb, type Rgb } from './geometryBuffer';
import { buildHeatmapBuilding, directedEdges, type PlacedFace } from './heatmapGeometry';
import { TexturedBuffer } from './texturedBuffer';
import { HIGHLIGHT_COLOUR } from './typologyColours';

interface Page {
  mesh: Mesh;
  roofMaterial: MeshStandardMaterial;
  texture: DataTexture;
  triangleOwners: Uint32Array;
}

interface Entry {
  page: Page;
  firstWall: number;
  wallCount: number;
}

interface Prepared {
  id: number;
  faces: { record: RoofFaceRecord; uv: [number, number][] }[];
}

/** Atlases taller than this are split over two pages (well within WebGL 2's guaranteed 2048 × 2048 × 4). */
const MAX_ATLAS_HEIGHT = 2048;
/**
 * Share of the texture lit by the lights, and share emitted whatever the light: about 1.1 of the ramp colour in full
 * sun, 0.75 in shade and 0.6 at night, so that shadows show and a shaded yellow never turns olive.
 */
const ROOF_DIFFUSE = 0.5;
const ROOF_EMISSIVE = 0.55;

export class RoofHeatmapLayer {
  readonly object = new Group();
  private pages: Page[] = [];
  private readonly entries = new Map<number, Entry>();
  private faces = 0;
  private skippedBuildings = 0;
  private highlighted: { id: number; saved: Uint8Array } | null = null;
  private readonly table = rampTable();
  private readonly wallMaterial = new MeshStandardMaterial({ vertexColors: true, roughness: 0.85, metalness: 0 });

  constructor() {
    this.object.name = 'roof-heatmap';
  }

  /** Roof faces drawn. */
  get faceCount(): number {
    return this.faces;
  }

  /** Buildings drawn. */
  get buildingCount(): number {
    return this.entries.size;
  }

  /** Computed buildings left with their plain roof because a face's grid could not be rebuilt. */
  get skipped(): number {
    return this.skippedBuildings;
  }

  get visible(): boolean {
    return this.object.visible;
  }

  setVisible(visible: boolean): void {
    this.object.visible = visible;
  }

  has(id: number): boolean {
    return this.entries.has(id);
  }

  ids(): number[] {
    return [...this.entries.keys()];
  }

  /**
   * Draws the buildings of these faces that are not drawn yet (a building's faces all come in the same page);
   * returns their ids, so that the plain buildings layer can hide them.
   * @param wallColour linear vertex colour (0–255) of a building's walls
   */
  add(records: readonly RoofFaceRecord[], wallColour: (id: number) => Rgb): number[] {
    const groups = new Map<number, RoofFaceRecord[]>();
    for (const record of records) {
      if (this.entries.has(record.building_id)) continue;
      const group = groups.get(record.building_id) ?? [];
      group.push(record);
      groups.set(record.building_id, group);
    }
    const prepared: Prepared[] = [];
    for (const [id, faces] of groups) {
      const withUv = faces.map((record) => ({ record, uv: faceTextureUv(record) }));
      if (withUv.every((f): f is Prepared['faces'][number] => f.uv !== null)) prepared.push({ id, faces: withUv });
      else this.skippedBuildings++;
    }
    if (prepared.length > 0) this.addPage(prepared, wallColour);
    return prepared.map((p) => p.id);
  }

  /** The nearest drawn building hit by the ray (none while hidden). */
  pick(raycaster: Raycaster): LayerHit | null {
    if (!this.object.visible) return null;
    const hits = raycaster.intersectObjects(
      this.pages.map((p) => p.mesh),
      false,
    );
    for (const hit of hits) {
      const page = this.pages.find((p) => p.mesh === hit.object);
      if (!page || hit.faceIndex === undefined || hit.faceIndex === null) continue;
      const id = page.triangleOwners[hit.faceIndex];
      if (id !== undefined) return { id, distance: hit.distance };
    }
    return null;
  }

  /** Paints the walls of one building in the highlight colour (null clears it). */
  highlight(id: number | null): void {
    if (this.highlighted) this.paint(this.highlighted.id, this.highlighted.saved);
    this.highlighted = null;
    const entry = id === null ? undefined : this.entries.get(id);
    if (id === null || !entry) return;
    const colours = entry.page.mesh.geometry.getAttribute('color').array as Uint8Array;
    const start = entry.firstWall * 9;
    const saved = colours.slice(start, start + entry.wallCount * 9);
    const fill = new Uint8Array(saved.length);
    const [r, g, b] = hexToRgb(HIGHLIGHT_COLOUR);
    for (let i = 0; i < fill.length; i += 3) fill.set([r, g, b], i);
    this.paint(id, fill);
    this.highlighted = { id, saved };
  }

  clear(): void {
    for (const page of this.pages) {
      this.object.remove(page.mesh);
      page.mesh.geometry.dispose();
      page.roofMaterial.dispose();
      page.texture.dispose();
    }
    this.pages = [];
    this.entries.clear();
    this.faces = 0;
    this.skippedBuildings = 0;
    this.highlighted = null;
  }

  dispose(): void {
    this.clear();
    this.wallMaterial.dispose();
  }

  private addPage(prepared: Prepared[], wallColour: (id: number) => Rgb): void {
    const faces = prepared.flatMap((p) => p.faces);
    const layout = packAtlas(faces.map((f) => ({ w: f.record.grid_nu, h: f.record.grid_nv })));
    if (layout.height > MAX_ATLAS_HEIGHT && prepared.length > 1) {
      const half = Math.ceil(prepared.length / 2);
      this.addPage(prepared.slice(0, half), wallColour);
      this.addPage(prepared.slice(half), wallColour);
      return;
    }
    const roofs = new TexturedBuffer();
    const walls = new TexturedBuffer();
    // Every edge of the page: a wall between two houses drawn here is inside the row, not drawn.
    const shared = directedEdges(faces.map((f) => f.record.ring));
    const added: { id: number; firstWall: number; wallCount: number }[] = [];
    let block = 0;
    for (const building of prepared) {
      roofs.begin(building.id);
      const firstWall = walls.begin(building.id);
      const placed: PlacedFace[] = building.faces.map(({ record, uv }) => {
        const b = layout.blocks[block++]!;
        return {
          ring: record.ring,
          normal: faceNormal(record.tilt_deg, record.azimuth_deg),
          uv: uv.map(([s, t]) => atlasUv(layout, b, record.grid_nu, record.grid_nv, s, t)),
        };
      });
      const counts = buildHeatmapBuilding(placed, wallColour(building.id), roofs, walls, shared);
      added.push({ id: building.id, firstWall, wallCount: counts.wallTriangles });
    }
    const texture = new DataTexture(
      this.paintAtlas(layout, faces),
      layout.width,
      layout.height,
      RGBAFormat,
      UnsignedByteType,
    );
    texture.magFilter = NearestFilter;
    texture.minFilter = NearestFilter;
    texture.generateMipmaps = false;
    texture.colorSpace = SRGBColorSpace;
    texture.needsUpdate = true;
    const roofMaterial = new MeshStandardMaterial({
      map: texture,
      color: new Color().setScalar(ROOF_DIFFUSE),
      emissive: '#ffffff',
      emissiveMap: texture,
      emissiveIntensity: ROOF_EMISSIVE,
      roughness: 0.8,
      metalness: 0,
    });
    const { geometry, triangleOwners } = TexturedBuffer.merge([roofs, walls]);
    const mesh = new Mesh(geometry, [roofMaterial, this.wallMaterial]);
    mesh.castShadow = true;
    mesh.receiveShadow = true;
    mesh.matrixAutoUpdate = false;
    const page: Page = { mesh, roofMaterial, texture, triangleOwners };
    this.pages.push(page);
    this.object.add(mesh);
    const wallStart = roofs.triangleCount;
    for (const a of added) {
      this.entries.set(a.id, { page, firstWall: wallStart + a.firstWall, wallCount: a.wallCount });
    }
    this.faces += faces.length;
  }

  private paintAtlas(layout: AtlasLayout, faces: Prepared['faces']): Uint8Array {
    const data = new Uint8Array(layout.width * layout.height * 4);
    faces.forEach(({ record }, k) => {
      const values = fillOutside(record.sample_kwh_m2, record.grid_nu, record.grid_nv, record.annual_kwh_m2);
      writeBlock(data, layout.width, layout.blocks[k]!, values, record.grid_nu, record.grid_nv, this.table);
    });
    return data;
  }

  private paint(id: number, colours: Uint8Array): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    const attribute = entry.page.mesh.geometry.getAttribute('color');
    (attribute.array as Uint8Array).set(colours, entry.firstWall * 9);
    attribute.needsUpdate = true;
  }
}
