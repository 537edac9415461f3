/** Slag heaps (terrils) as cones, truncated cones or plateaus, all in one mesh, pickable by obstacle id. */
import { Group, Mesh, MeshStandardMaterial, Raycaster, Vector3 } from 'three';
import type { ObstacleRecord } from '../data/types';
import type { LayerHit } from './buildingsLayer';
import { GeometryBuffer, hexToRgb } from './geometryBuffer';
import { buildSlagHeap } from './slagHeapGeometry';

/** Bare schist slopes and a grassed plateau. */
const SLOPE_COLOUR = hexToRgb('#4a433c');
const TOP_COLOUR = hexToRgb('#5f6a45');
/** Height rays are cast down from [m]: far above any heap (the tallest of the basin rise under 200 m). */
const DROP_FROM_M = 1000;
const DOWN = new Vector3(0, -1, 0);

export class SlagHeapLayer {
  readonly object = new Group();
  private readonly material = new MeshStandardMaterial({
    vertexColors: true,
    roughness: 1,
    metalness: 0,
    flatShading: true,
  });
  private mesh: Mesh | null = null;
  private triangleOwners: Uint32Array = new Uint32Array(0);
  private records = new Map<number, ObstacleRecord>();
  private readonly down = new Raycaster();

  constructor() {
    this.object.name = 'slag-heaps';
  }

  get count(): number {
    return this.records.size;
  }

  get(id: number): ObstacleRecord | null {
    return this.records.get(id) ?? null;
  }

  setData(records: readonly ObstacleRecord[]): void {
    this.clear();
    const buffer = new GeometryBuffer();
    for (const record of records) {
      buffer.begin(record.id, SLOPE_COLOUR, TOP_COLOUR);
      buildSlagHeap(record, buffer);
      this.records.set(record.id, record);
    }
    if (buffer.triangleCount === 0) return;
    const { geometry, triangleOwners } = buffer.toGeometry();
    this.mesh = new Mesh(geometry, this.material);
    this.mesh.castShadow = true;
    this.mesh.receiveShadow = true;
    this.mesh.matrixAutoUpdate = false;
    this.triangleOwners = triangleOwners;
    this.object.add(this.mesh);
  }

  /**
   * Height of the heaps' surface over a ground point [m] (a ray cast down on the mesh), 0 off the heaps: where
   * « Friches » sets its rows and outlines.
   */
  heightAt(east_m: number, north_m: number): number {
    if (!this.mesh) return 0;
    this.down.set(new Vector3(east_m, DROP_FROM_M, -north_m), DOWN);
    const [hit] = this.down.intersectObject(this.mesh, false);
    return hit ? Math.max(0, DROP_FROM_M - hit.distance) : 0;
  }

  pick(raycaster: Raycaster): LayerHit | null {
    if (!this.mesh) return null;
    const [hit] = raycaster.intersectObject(this.mesh, false);
    if (!hit || hit.faceIndex === undefined || hit.faceIndex === null) return null;
    const id = this.triangleOwners[hit.faceIndex];
    return id === undefined ? null : { id, distance: hit.distance };
  }

  dispose(): void {
    this.clear();
    this.material.dispose();
  }

  private clear(): void {
    if (this.mesh) {
      this.object.remove(this.mesh);
      this.mesh.geometry.dispose();
      this.mesh = null;
    }
    this.records.clear();
    this.triangleOwners = new Uint32Array(0);
  }
}
