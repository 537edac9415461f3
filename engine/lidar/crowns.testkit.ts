import { gaussian, PointList, scatter, seeded } from './rasterPoints.testkit';
import { LAS_CLASS, type PointSet } from './types';

/** A synthetic tree: a spheroid crown of horizontal radius r and half-depth c, top at `height_m` over flat ground 0. */
export interface SyntheticTree {
  x: number;
  y: number;
  height_m: number;
  radius_m: number;
  halfDepth_m: number;
}

/** IGN LiDAR HD's vegetation classes by height above ground: 3 below 0.5 m, 4 to 1.5 m, 5 above. */
const vegetationClass = (h: number): number =>
  h < 0.5 ? LAS_CLASS.lowVegetation : h < 1.5 ? LAS_CLASS.mediumVegetation : LAS_CLASS.highVegetation;

/**
 * Trees over flat ground scanned at `density_m2` pulses per m²: inside a crown's circle a pulse returns from the
 * upper surface of the spheroid (first return), with probability 0.4 a second return uniformly between the upper
 * and lower surfaces, and with probability 0.3 a ground return; elsewhere a ground return. Optional shrubs (class 3
 * at 0.3 m) in a box. z noise 0.05 m.
 */
export function treeScene(
  seed: number,
  box: [number, number, number, number],
  trees: readonly SyntheticTree[],
  shrubs?: [number, number, number, number],
  density_m2 = 10,
): PointSet {
  const rand = seeded(seed);
  const list = new PointList();
  const noise = (): number => 0.05 * gaussian(rand);
  scatter(rand, box, density_m2, (x, y) => {
    const t = trees.find((tr) => (x - tr.x) ** 2 + (y - tr.y) ** 2 < tr.radius_m ** 2);
    if (!t) {
      if (shrubs && x > shrubs[0] && x < shrubs[2] && y > shrubs[1] && y < shrubs[3]) {
        list.add(x, y, 0.3 + noise(), LAS_CLASS.lowVegetation);
      }
      list.add(x, y, noise(), LAS_CLASS.ground);
      return;
    }
    const s = Math.sqrt(1 - ((x - t.x) ** 2 + (y - t.y) ** 2) / t.radius_m ** 2);
    const centre = t.height_m - t.halfDepth_m;
    const upper = centre + t.halfDepth_m * s;
    const lower = centre - t.halfDepth_m * s;
    const zTop = upper + noise();
    list.add(x, y, zTop, vegetationClass(zTop));
    if (rand() < 0.4) {
      const z = lower + rand() * (upper - lower) + noise();
      list.add(x, y, z, vegetationClass(z));
    }
    if (rand() < 0.3) list.add(x, y, noise(), LAS_CLASS.ground);
  });
  return list.toPointSet();
}
