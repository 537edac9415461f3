/**
 * The 3D view: renderer, camera rig, sun and sky, and a render loop that draws only when something changed
 * (the camera moved, data arrived), which keeps laptops cool and software WebGL usable. It never fetches:
 * layers hand it objects, the application hands it points to look at.
 */
import {
  Color,
  Fog,
  PCFShadowMap,
  Raycaster,
  Scene,
  SRGBColorSpace,
  Vector2,
  Vector3,
  WebGLRenderer,
  type Object3D,
} from 'three';
import { CameraRig } from './cameraRig';
import { skyColour } from './daylight';
import { SunArc } from './sunArc';
import type { SkyPosition } from './sunArcGeometry';
import { SunLight } from './sunLight';

/** A pointer that moves less than this between down and up is a click, not a drag [px]. */
const CLICK_TOLERANCE_PX = 5;

export interface SceneView {
  readonly scene: Scene;
  readonly rig: CameraRig;
  readonly sun: SunLight;
  readonly canvas: HTMLCanvasElement;
  /** Moves the sun (light, sky colour, sphere on the arc). Angles [°], azimuth clockwise from north. */
  setSun(azimuth_deg: number, elevation_deg: number): void;
  /** The day's sun path, drawn as an arc around the orbit target. */
  setSunPath(path: readonly SkyPosition[]): void;
  add(object: Object3D): void;
  /** Asks for a new frame. */
  invalidate(): void;
  /** A ray from the camera through a point of the page [CSS px]. */
  rayAt(clientX: number, clientY: number): Raycaster;
  /** Where a world point lands on the page [CSS px], and whether it is in front of the camera. */
  project(point: Vector3): { x: number; y: number; visible: boolean };
  /** Called on a click (not a drag) on the canvas. */
  onClick(handler: (clientX: number, clientY: number) => void): void;
  /** Resolves after the next frame is drawn. */
  nextFrame(): Promise<void>;
  readonly framesDrawn: number;
  setFarLimit(distance_m: number): void;
  dispose(): void;
}

export function createSceneView(container: HTMLElement): SceneView {
  const renderer = new WebGLRenderer({ antialias: true, powerPreference: 'high-performance' });
  renderer.setPixelRatio(Math.min(window.devicePixelRatio, 2));
  renderer.outputColorSpace = SRGBColorSpace;
  renderer.shadowMap.enabled = true;
  renderer.shadowMap.type = PCFShadowMap;
  const canvas = renderer.domElement;
  canvas.tabIndex = 0;
  container.append(canvas);

  const scene = new Scene();
  scene.background = new Color('#b9d2e8');
  scene.fog = new Fog('#b9d2e8', 4000, 16000);
  const rig = new CameraRig(canvas);
  const sun = new SunLight();
  scene.add(sun.object);
  const arc = new SunArc();
  scene.add(arc.object);

  let dirty = true;
  let frames = 0;
  let waiting: (() => void)[] = [];
  let handle = 0;
  const raycaster = new Raycaster();
  const ndc = new Vector2();
  const clickHandlers: ((x: number, y: number) => void)[] = [];

  function resize(): void {
    const { clientWidth: w, clientHeight: h } = container;
    renderer.setSize(w, h, false);
    canvas.style.width = '100%';
    canvas.style.height = '100%';
    rig.resize(w, h);
    dirty = true;
  }

  function frame(now: number): void {
    handle = requestAnimationFrame(frame);
    if (rig.update(now)) dirty = true;
    if (!dirty) return;
    dirty = false;
    sun.follow(rig.controls.target);
    arc.follow(rig.controls.target, rig.camera.position.distanceTo(rig.controls.target));
    renderer.render(scene, rig.camera);
    frames++;
    const done = waiting;
    waiting = [];
    for (const resolve of done) resolve();
  }

  const observer = new ResizeObserver(resize);
  observer.observe(container);
  resize();
  handle = requestAnimationFrame(frame);

  let down: { x: number; y: number; id: number } | null = null;
  canvas.addEventListener('pointerdown', (e) => {
    down = { x: e.clientX, y: e.clientY, id: e.pointerId };
  });
  canvas.addEventListener('pointerup', (e) => {
    if (down && down.id === e.pointerId && Math.hypot(e.clientX - down.x, e.clientY - down.y) < CLICK_TOLERANCE_PX) {
      for (const handler of clickHandlers) handler(e.clientX, e.clientY);
    }
    down = null;
  });

  return {
    scene,
    rig,
    sun,
    canvas,
    setSun(azimuth_deg, elevation_deg) {
      sun.setPosition(azimuth_deg, elevation_deg);
      arc.setSun(azimuth_deg, elevation_deg);
      const sky = skyColour(elevation_deg);
      (scene.background as Color).set(sky);
      scene.fog?.color.set(sky);
      dirty = true;
    },
    setSunPath(path) {
      arc.setPath(path);
      dirty = true;
    },
    add(object) {
      scene.add(object);
      dirty = true;
    },
    invalidate() {
      dirty = true;
    },
    rayAt(clientX, clientY) {
      const rect = canvas.getBoundingClientRect();
      ndc.set(((clientX - rect.left) / rect.width) * 2 - 1, -((clientY - rect.top) / rect.height) * 2 + 1);
      raycaster.setFromCamera(ndc, rig.camera);
      return raycaster;
    },
    project(point) {
      const rect = canvas.getBoundingClientRect();
      const p = point.clone().project(rig.camera);
      return {
        x: rect.left + ((p.x + 1) / 2) * rect.width,
        y: rect.top + ((1 - p.y) / 2) * rect.height,
        visible: p.z > -1 && p.z < 1,
      };
    },
    onClick(handler) {
      clickHandlers.push(handler);
    },
    nextFrame() {
      dirty = true;
      return new Promise((resolve) => waiting.push(resolve));
    },
    get framesDrawn() {
      return frames;
    },
    setFarLimit(distance_m) {
      rig.controls.maxDistance = distance_m;
      rig.camera.far = distance_m * 3;
      rig.camera.updateProjectionMatrix();
      if (scene.fog instanceof Fog) {
        scene.fog.near = distance_m * 0.6;
        scene.fog.far = distance_m * 2.5;
      }
      dirty = true;
    },
    dispose() {
      cancelAnimationFrame(handle);
      observer.disconnect();
      rig.dispose();
      sun.dispose();
      arc.dispose();
      renderer.dispose();
      canvas.remove();
    },
  };
}
