/**
 * The sun's daily arc drawn in the sky around the point the camera orbits, with the sun itself as a small sphere:
 * a thin tube through the day's positions on a sphere whose radius follows the camera distance, so the arc stays
 * in view at every zoom, and never comes closer than the neighbouring roofs. It casts no shadow and ignores the fog.
 */
import {
  CatmullRomCurve3,
  Group,
  Mesh,
  MeshBasicMaterial,
  SphereGeometry,
  TubeGeometry,
  Vector3,
  type BufferGeometry,
} from 'three';
import { arcAboveHorizon, skyDirection, type SkyPosition } from './sunArcGeometry';

/** Arc radius over camera distance [-], and its bounds [m]. */
const RADIUS_PER_DISTANCE = 0.5;
const MIN_RADIUS_M = 80;
const MAX_RADIUS_M = 3000;
/** Tube and sun radii, as shares of the arc radius [-]. */
const TUBE_RADIUS = 0.006;
const SUN_RADIUS = 0.028;

export class SunArc {
  readonly object = new Group();
  private readonly arcMaterial = new MeshBasicMaterial({
    color: '#ffb321',
    fog: false,
    transparent: true,
    opacity: 0.85,
  });
  private readonly sunMaterial = new MeshBasicMaterial({ color: '#ffcf33', fog: false });
  private readonly arc = new Mesh<BufferGeometry, MeshBasicMaterial>(undefined, this.arcMaterial);
  private readonly sun = new Mesh(new SphereGeometry(SUN_RADIUS, 20, 14), this.sunMaterial);

  constructor() {
    this.object.name = 'sun-arc';
    this.arc.visible = false;
    this.sun.visible = false;
    this.object.add(this.arc, this.sun);
  }

  /** The day's path (positions through the day, night included); only the part above the horizon is drawn. */
  setPath(path: readonly SkyPosition[]): void {
    const points = arcAboveHorizon(path).map((p) => new Vector3(...skyDirection(p.azimuth_deg, p.elevation_deg)));
    this.arc.geometry.dispose();
    if (points.length < 2) {
      this.arc.visible = false;
      return;
    }
    const curve = new CatmullRomCurve3(points);
    this.arc.geometry = new TubeGeometry(curve, Math.max(16, points.length * 2), TUBE_RADIUS, 6, false);
    this.arc.visible = true;
  }

  /** Places the sun sphere; hidden below the horizon. Angles [°]. */
  setSun(azimuth_deg: number, elevation_deg: number): void {
    this.sun.position.set(...skyDirection(azimuth_deg, elevation_deg));
    this.sun.visible = elevation_deg > 0;
  }

  /** Centres the arc on the orbit target and sizes it from the camera distance [m]. */
  follow(target: Vector3, cameraDistance_m: number): void {
    const radius = Math.min(MAX_RADIUS_M, Math.max(MIN_RADIUS_M, cameraDistance_m * RADIUS_PER_DISTANCE));
    this.object.position.copy(target);
    this.object.scale.setScalar(radius);
  }

  dispose(): void {
    this.arc.geometry.dispose();
    this.sun.geometry.dispose();
    this.arcMaterial.dispose();
    this.sunMaterial.dispose();
  }
}
