/**
 * The photovoltaic modules of the selected building, drawn on its roof: one mesh for the whole layout (best module
 * first), of which only the first n are drawn (a draw range), so moving the "puissance" slider costs no rebuild.
 * Dark blue cells in a light frame, lifted a few centimetres over the roof (and pulled forward in depth) so they
 * never flicker against the heat-map or the plain roof.
 */
import { BufferAttribute, BufferGeometry, Group, Mesh, MeshStandardMaterial } from 'three';
import type { Vec3 } from '../../../engine/geo/types';
import { hexToRgb } from './geometryBuffer';
import { buildPanelGeometry, VERTICES_PER_PANEL, type PanelColours } from './pvPanelGeometry';

/** Monocrystalline cells under glass read dark blue; frames are anodised aluminium (sRGB, as in CSS). */
export const PANEL_CELL_COLOUR = '#1b2d55';
export const PANEL_FRAME_COLOUR = '#c3cad2';

export class PvPanelsLayer {
  readonly object = new Group();
  private mesh: Mesh | null = null;
  private total = 0;
  private shown = 0;
  private readonly colours: PanelColours = { cells: hexToRgb(PANEL_CELL_COLOUR), frame: hexToRgb(PANEL_FRAME_COLOUR) };
  private readonly material = new MeshStandardMaterial({
    vertexColors: true,
    roughness: 0.35,
    metalness: 0.15,
    polygonOffset: true,
    polygonOffsetFactor: -2,
    polygonOffsetUnits: -2,
  });

  constructor() {
    this.object.name = 'pv-panels';
  }

  /** Modules in the layout. */
  get panelCount(): number {
    return this.total;
  }

  /** Modules drawn. */
  get drawnCount(): number {
    return this.shown;
  }

  /**
   * Replaces the layout (none drawn until `show`).
   * @param panels module corner quads [east m, north m, height above ground m], best first
   */
  setPanels(panels: readonly (readonly Vec3[])[]): void {
    this.clear();
    if (panels.length === 0) return;
    const built = buildPanelGeometry(panels, this.colours);
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(built.positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(built.normals, 3));
    geometry.setAttribute('color', new BufferAttribute(built.colours, 3, true));
    geometry.computeBoundingSphere();
    geometry.setDrawRange(0, 0);
    this.mesh = new Mesh(geometry, this.material);
    this.mesh.name = 'pv-panels';
    this.mesh.receiveShadow = true;
    this.mesh.matrixAutoUpdate = false;
    this.object.add(this.mesh);
    this.total = panels.length;
  }

  /** Draws the first `count` modules (clamped to the layout), hides the others. */
  show(count: number): void {
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be an integer ≥ 0, got ${count}`);
    this.shown = Math.min(count, this.total);
    this.mesh?.geometry.setDrawRange(0, this.shown * VERTICES_PER_PANEL);
  }

  clear(): void {
    if (this.mesh) {
      this.object.remove(this.mesh);
      this.mesh.geometry.dispose();
    }
    this.mesh = null;
    this.total = 0;
    this.shown = 0;
  }

  dispose(): void {
    this.clear();
    this.material.dispose();
  }
}
