/**
 * The sun as a directional light whose shadow box follows the point the camera orbits, so that shadows stay sharp
 * wherever the user looks in an extent of several kilometres, plus a sky/ground hemisphere light for the shade.
 * Below the horizon the sun light is off and the sky light dims to night.
 */
import { DirectionalLight, Group, HemisphereLight, Vector3 } from 'three';
import { daylight, sunStrength } from './daylight';

/** Half-side of the square covered by the shadow map [m]. */
const SHADOW_HALF_SIZE_M = 350;
/** Distance from the target at which the light sits [m]; above the tallest slag heap. */
const SUN_DISTANCE_M = 2000;
/** Light intensities in full day and at night [-]. */
const SUN_INTENSITY = 3;
const SKY_INTENSITY_DAY = 1.2;
const SKY_INTENSITY_NIGHT = 0.22;

export class SunLight {
  readonly object = new Group();
  readonly light = new DirectionalLight('#fff3dc', SUN_INTENSITY);
  readonly sky = new HemisphereLight('#e3edf7', '#77735f', SKY_INTENSITY_DAY);
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
   * Points the light from the sun's position; below the horizon, switches it off and dims the sky light.
   * @param azimuth_deg sun azimuth [°], clockwise from north
   * @param elevation_deg apparent sun elevation [°], within [-90, 90]
   */
  setPosition(azimuth_deg: number, elevation_deg: number): void {
    if (!(elevation_deg >= -90 && elevation_deg <= 90))
      throw new RangeError(`elevation_deg must be within [-90, 90], got ${elevation_deg}`);
    if (!Number.isFinite(azimuth_deg)) throw new RangeError(`azimuth_deg must be finite, got ${azimuth_deg}`);
    this.light.visible = elevation_deg > 0;
    this.light.intensity = SUN_INTENSITY * sunStrength(elevation_deg);
    this.sky.intensity = SKY_INTENSITY_NIGHT + (SKY_INTENSITY_DAY - SKY_INTENSITY_NIGHT) * daylight(elevation_deg);
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
