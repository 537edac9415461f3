/**
 * The sun as a directional light whose shadow box follows the point the camera orbits, so that shadows stay sharp
 * wherever the user looks in an extent of several kilometres, plus a sky/ground hemisphere light for the shade.
 */
import { DirectionalLight, Group, HemisphereLight, Vector3 } from 'three';

/** Half-side of the square covered by the shadow map [m]. */
const SHADOW_HALF_SIZE_M = 350;
/** Distance from the target at which the light sits [m]; above the tallest slag heap. */
const SUN_DISTANCE_M = 2000;

export class SunLight {
  readonly object = new Group();
  readonly light = new DirectionalLight('#fff3dc', 3);
  readonly sky = new HemisphereLight('#e3edf7', '#77735f', 1.2);
  private readonly direction = new Vector3(0, 1, 0);
  private readonly focus = new Vector3();

  constructor() {
    this.object.name = 'sun';
    const shadow = this.light.shadow;
    shadow.mapSize.set(2048, 2048);
    shadow.camera.left = -SHADOW_HALF_SIZE_M;
    shadow.camera.right = SHADOW_HALF_SIZE_M;
    shadow.camera.top = SHADOW_HALF_SIZE_M;
    shadow.camera.bottom = -SHADOW_HALF_SIZE_M;
    shadow.camera.near = 10;
    shadow.camera.far = SUN_DISTANCE_M * 2;
    shadow.bias = -0.0004;
    shadow.normalBias = 0.4;
    shadow.radius = 2;
    this.light.castShadow = true;
    this.object.add(this.light, this.light.target, this.sky);
  }

  /**
   * Points the light from the sun's position.
   * @param azimuth_deg sun azimuth [°], clockwise from north
   * @param elevation_deg sun elevation above the horizon [°]
   */
  setPosition(azimuth_deg: number, elevation_deg: number): void {
    if (!(elevation_deg > 0 && elevation_deg <= 90))
      throw new RangeError(`elevation_deg must be within (0, 90], got ${elevation_deg}`);
    const azimuthRad = (azimuth_deg * Math.PI) / 180;
    const elevationRad = (elevation_deg * Math.PI) / 180;
    // (east, north, up) → three.js (x, y, z) = (east, up, −north).
    this.direction.set(
      Math.sin(azimuthRad) * Math.cos(elevationRad),
      Math.sin(elevationRad),
      -Math.cos(azimuthRad) * Math.cos(elevationRad),
    );
    this.follow(this.focus);
  }

  /** Centres the shadow box on a world point (the orbit target). */
  follow(point: Vector3): void {
    // Snap to whole shadow texels so the shadow edges do not shimmer while panning.
    const texel = (2 * SHADOW_HALF_SIZE_M) / this.light.shadow.mapSize.x;
    this.focus.set(Math.round(point.x / texel) * texel, 0, Math.round(point.z / texel) * texel);
    this.light.target.position.copy(this.focus);
    this.light.position.copy(this.focus).addScaledVector(this.direction, SUN_DISTANCE_M);
    this.light.target.updateMatrixWorld();
    this.light.updateMatrixWorld();
  }

  dispose(): void {
    this.light.dispose();
    this.sky.dispose();
  }
}
