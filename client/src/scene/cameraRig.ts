/** Perspective camera with orbit controls and smooth flights to a point. */
import { MathUtils, PerspectiveCamera, Vector3 } from 'three';
import { OrbitControls } from 'three/examples/jsm/controls/OrbitControls.js';

interface Flight {
  fromTarget: Vector3;
  toTarget: Vector3;
  fromOffset: Vector3;
  toOffset: Vector3;
  start_ms: number;
  duration_ms: number;
}

export class CameraRig {
  readonly camera: PerspectiveCamera;
  readonly controls: OrbitControls;
  private flight: Flight | null = null;

  constructor(domElement: HTMLElement) {
    this.camera = new PerspectiveCamera(45, 1, 2, 40000);
    this.controls = new OrbitControls(this.camera, domElement);
    this.controls.enableDamping = true;
    this.controls.dampingFactor = 0.12;
    this.controls.screenSpacePanning = false;
    this.controls.minDistance = 15;
    this.controls.maxDistance = 15000;
    // Never look from below the ground.
    this.controls.maxPolarAngle = MathUtils.degToRad(85);
    // Arrow keys pan only while the canvas has focus, so they keep their meaning in the search box and lists.
    this.controls.listenToKeyEvents(domElement);
  }

  /**
   * Places the camera looking at `target` from `distance_m`, seen from the south-south-west at `elevation_deg`
   * above the horizon (the side the afternoon sun lights).
   */
  viewFrom(target: Vector3, distance_m: number, elevation_deg = 45, azimuth_deg = 200): Vector3 {
    const e = MathUtils.degToRad(elevation_deg);
    const a = MathUtils.degToRad(azimuth_deg);
    return new Vector3(Math.sin(a) * Math.cos(e), Math.sin(e), -Math.cos(a) * Math.cos(e)).multiplyScalar(distance_m);
  }

  /** The side the camera looks from [°], clockwise from north (OrbitControls measures from +z towards +x). */
  azimuth_deg(): number {
    const degrees = 180 - MathUtils.radToDeg(this.controls.getAzimuthalAngle());
    return ((degrees % 360) + 360) % 360;
  }

  /** Jumps (duration 0) or flies to look at `target` from `offset` (camera − target). */
  flyTo(target: Vector3, offset: Vector3, duration_ms = 900): void {
    if (duration_ms <= 0) {
      this.flight = null;
      this.controls.target.copy(target);
      this.camera.position.copy(target).add(offset);
      this.controls.update();
      return;
    }
    this.flight = {
      fromTarget: this.controls.target.clone(),
      toTarget: target.clone(),
      fromOffset: this.camera.position.clone().sub(this.controls.target),
      toOffset: offset.clone(),
      start_ms: performance.now(),
      duration_ms,
    };
  }

  /** Advances a flight and the damped controls; true while the view is still moving. */
  update(now_ms: number): boolean {
    let moving = false;
    if (this.flight) {
      const f = this.flight;
      const t = Math.min(1, (now_ms - f.start_ms) / f.duration_ms);
      const s = t * t * (3 - 2 * t);
      this.controls.target.lerpVectors(f.fromTarget, f.toTarget, s);
      this.camera.position.copy(this.controls.target).add(new Vector3().lerpVectors(f.fromOffset, f.toOffset, s));
      if (t >= 1) this.flight = null;
      moving = true;
    }
    return this.controls.update() || moving;
  }

  resize(width: number, height: number): void {
    this.camera.aspect = width / Math.max(1, height);
    this.camera.updateProjectionMatrix();
  }

  dispose(): void {
    this.controls.dispose();
  }
}
