/**
 * « Friches » in the view: the rows of the evaluated farm as tilted dark-blue planes (one mesh, 30 vertices a row,
 * built by pvPanelGeometry from the quads farmRowGeometry makes) and the outlines — the chosen site, the drawn
 * polygon, the exclusion zones and the polygon being drawn — as lines laid over the ground or the heap.
 */
import {
  BufferAttribute,
  BufferGeometry,
  Group,
  Line,
  LineBasicMaterial,
  LineLoop,
  Mesh,
  MeshStandardMaterial,
} from 'three';
import type { Vec3 } from '../../../engine/geo/types';
import type { Ring } from '../data/types';
import { hexToRgb } from './geometryBuffer';
import { buildPanelGeometry } from './pvPanelGeometry';
import { PANEL_CELL_COLOUR, PANEL_FRAME_COLOUR } from './pvPanelsLayer';

/** Outlines float this far over the ground [m], so the heap's own triangles never hide them. */
export const OUTLINE_LIFT_M = 0.5;
/** Frame drawn round a row [m]: a table's aluminium edge, drawn wider to stay visible from a few hundred metres. */
const ROW_FRAME_M = 0.08;

export type OutlineKind = 'site' | 'drawn' | 'exclusion' | 'sketch';

/** Site yellow, drawn polygon orange, exclusions red, the polygon being drawn white (sRGB, as in CSS). */
export const OUTLINE_COLOURS: Record<OutlineKind, string> = {
  site: '#ffd400',
  drawn: '#ff8c00',
  exclusion: '#e0302a',
  sketch: '#ffffff',
};

export class FarmLayer {
  readonly object = new Group();
  private rows: Mesh | null = null;
  private rowTotal = 0;
  private readonly outlines = new Group();
  private readonly rowMaterial = new MeshStandardMaterial({
    vertexColors: true,
    roughness: 0.35,
    metalness: 0.15,
  });
  private readonly lineMaterials = Object.fromEntries(
    Object.entries(OUTLINE_COLOURS).map(([kind, colour]) => [kind, new LineBasicMaterial({ color: colour })]),
  ) as Record<OutlineKind, LineBasicMaterial>;

  constructor() {
    this.object.name = 'farm';
    this.outlines.name = 'farm-outlines';
    this.object.add(this.outlines);
  }

  /** Rows drawn. */
  get rowCount(): number {
    return this.rowTotal;
  }

  /** Outlines drawn, by kind. */
  outlineCount(kind: OutlineKind): number {
    return this.outlines.children.filter((c) => c.userData.kind === kind).length;
  }

  /** Replaces the rows. @param quads tilted row corners [east m, north m, height m] */
  setRows(quads: readonly (readonly Vec3[])[]): void {
    this.clearRows();
    if (quads.length === 0) return;
    const built = buildPanelGeometry(
      quads,
      { cells: hexToRgb(PANEL_CELL_COLOUR), frame: hexToRgb(PANEL_FRAME_COLOUR) },
      0,
      ROW_FRAME_M,
    );
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(built.positions, 3));
    geometry.setAttribute('normal', new BufferAttribute(built.normals, 3));
    geometry.setAttribute('color', new BufferAttribute(built.colours, 3, true));
    geometry.computeBoundingSphere();
    this.rows = new Mesh(geometry, this.rowMaterial);
    this.rows.name = 'farm-rows';
    this.rows.castShadow = true;
    this.rows.receiveShadow = true;
    this.rows.matrixAutoUpdate = false;
    this.object.add(this.rows);
    this.rowTotal = quads.length;
  }

  clearRows(): void {
    if (this.rows) {
      this.object.remove(this.rows);
      this.rows.geometry.dispose();
    }
    this.rows = null;
    this.rowTotal = 0;
  }

  /**
   * Replaces the outlines. Closed rings for every kind but the sketch (the polygon being drawn, an open line).
   * @param groundAt ground or heap height under a point [m]
   */
  setOutlines(
    outlines: readonly { kind: OutlineKind; ring: Ring }[],
    groundAt: (east_m: number, north_m: number) => number,
  ): void {
    this.clearOutlines();
    for (const { kind, ring } of outlines) {
      if (ring.length < 2) continue;
      const positions = new Float32Array(ring.length * 3);
      ring.forEach(([e, n], k) => positions.set([e, groundAt(e, n) + OUTLINE_LIFT_M, -n], 3 * k));
      const geometry = new BufferGeometry();
      geometry.setAttribute('position', new BufferAttribute(positions, 3));
      const line =
        kind === 'sketch'
          ? new Line(geometry, this.lineMaterials[kind])
          : new LineLoop(geometry, this.lineMaterials[kind]);
      line.userData.kind = kind;
      line.renderOrder = 2;
      this.outlines.add(line);
    }
  }

  clearOutlines(): void {
    for (const child of [...this.outlines.children]) {
      this.outlines.remove(child);
      (child as Line).geometry.dispose();
    }
  }

  dispose(): void {
    this.clearRows();
    this.clearOutlines();
    this.rowMaterial.dispose();
    for (const m of Object.values(this.lineMaterials)) m.dispose();
  }
}
