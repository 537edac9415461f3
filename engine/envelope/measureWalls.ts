import { sharedWallLength } from '../roof/sharedWallLength';

type Point = [number, number];
type Ring = Point[];

/** A neighbouring building: its footprint rings (local frame [m]) and its height [m]. */
export interface WallNeighbour {
  rings: Ring[];
  height_m: number;
}

/** The walls of a building by orientation (8 sectors of 45° centred on N, NE, E, ..., NW). */
export interface Walls {
  /** Footprint perimeter [m]. */
  perimeter_m: number;
  /** Length lying against a neighbour's wall (party walls) [m]. */
  shared_wall_m: number;
  /** Exposed (not shared) wall length per sector of its outward normal [m]. */
  exposed_wall_m: number[];
  /** Per sector, the exposed-length-weighted elevation of the highest neighbour in front of the walls [°]. */
  obstruction_deg: number[];
}

/** Two walls closer than this are one party wall [m] (footprints of attached houses meet within digitising noise). */
export const PARTY_WALL_TOLERANCE_M = 0.1;
/** Neighbours farther than this do not obstruct a facade [m]. */
export const OBSTRUCTION_DISTANCE_M = 30;
/** Half-width of the view in front of a facade within which a neighbour obstructs it [°]. */
export const OBSTRUCTION_HALF_WIDTH_DEG = 60;
/** Height of the eye (a ground-floor window's middle) above the ground [m]. */
export const WINDOW_HEIGHT_M = 1.5;

const signedArea = (ring: Ring) => {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  return s / 2;
};

/** Closest point of segment a–b to p. */
function closest(p: Point, a: Point, b: Point): Point {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2)) : 0;
  return [a[0] + t * dx, a[1] + t * dy];
}

/**
 * The walls of a footprint among its neighbours, in a local metric frame (x east, y north): each exterior edge,
 * taken counter-clockwise so that its outward normal points 90° clockwise from its direction, is shared where a
 * neighbour's edge runs along it within 0.1 m (sharedWallLength, as the roof rows are found), exposed elsewhere;
 * exposed lengths are summed by the sector of their normal. The obstruction of an exposed edge is the elevation of
 * the highest neighbour seen from 1.5 m above the ground at its middle, among neighbours whose nearest point lies
 * within 30 m and within ±60° of the normal: atan((height − 1.5) / distance) — the street canyon a window looks into.
 *
 * @param rings the building's footprint exterior rings (one per part), closed or open [m]
 * @param neighbours the buildings around (not the building itself) with their heights
 */
export function measureWalls(rings: Ring[], neighbours: WallNeighbour[]): Walls {
  if (!Array.isArray(rings) || rings.length === 0) throw new RangeError('rings must hold at least one ring');
  const exposed = new Array<number>(8).fill(0);
  const weighted = new Array<number>(8).fill(0);
  let perimeter = 0;
  let shared = 0;
  const open = (r: Ring) =>
    r.length > 1 && r[0]![0] === r[r.length - 1]![0] && r[0]![1] === r[r.length - 1]![1] ? r.slice(0, -1) : r;
  const others = neighbours.map((n) => ({ height_m: n.height_m, rings: n.rings.map(open) }));
  for (const raw of rings) {
    const ring = open(raw);
    if (ring.length < 3) throw new RangeError('every ring must have at least 3 points');
    const ccw = signedArea(ring) > 0 ? ring : [...ring].reverse();
    for (let i = 0; i < ccw.length; i++) {
      const a = ccw[i]!;
      const b = ccw[(i + 1) % ccw.length]!;
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (length === 0) continue;
      perimeter += length;
      let against = 0;
      for (const n of others) {
        for (const r of n.rings) {
          for (let k = 0; k < r.length; k++) {
            against += sharedWallLength(a, b, r[k]!, r[(k + 1) % r.length]!, PARTY_WALL_TOLERANCE_M);
          }
        }
      }
      against = Math.min(length, against);
      shared += against;
      const free = length - against;
      if (free <= 0) continue;
      // Outward normal of a counter-clockwise edge: its direction turned 90° clockwise; azimuth clockwise from north.
      const nx = (b[1] - a[1]) / length;
      const ny = -(b[0] - a[0]) / length;
      const normalDeg = ((Math.atan2(nx, ny) * 180) / Math.PI + 360) % 360;
      const sector = Math.floor(((normalDeg + 22.5) % 360) / 45);
      const mid: Point = [(a[0] + b[0]) / 2, (a[1] + b[1]) / 2];
      let obstruction = 0;
      for (const n of others) {
        let best: Point | null = null;
        let bestD = Infinity;
        for (const r of n.rings) {
          for (let k = 0; k < r.length; k++) {
            const c = closest(mid, r[k]!, r[(k + 1) % r.length]!);
            const d = Math.hypot(c[0] - mid[0], c[1] - mid[1]);
            if (d < bestD) {
              bestD = d;
              best = c;
            }
          }
        }
        if (!best || bestD > OBSTRUCTION_DISTANCE_M || bestD <= PARTY_WALL_TOLERANCE_M * 2) continue;
        const cos = ((best[0] - mid[0]) * nx + (best[1] - mid[1]) * ny) / bestD;
        if (cos < Math.cos((OBSTRUCTION_HALF_WIDTH_DEG * Math.PI) / 180)) continue;
        const elevation = (Math.atan(Math.max(0, n.height_m - WINDOW_HEIGHT_M) / bestD) * 180) / Math.PI;
        obstruction = Math.max(obstruction, elevation);
      }
      exposed[sector] = exposed[sector]! + free;
      weighted[sector] = weighted[sector]! + free * obstruction;
    }
  }
  return {
    perimeter_m: perimeter,
    shared_wall_m: shared,
    exposed_wall_m: exposed,
    obstruction_deg: weighted.map((w, s) => (exposed[s]! > 0 ? w / exposed[s]! : 0)),
  };
}
