/** Pure geometry of the sun's daily arc: directions in the sky and the part of a day's path above the horizon. */
import type { Xyz } from '../layers/triangles';

export interface SkyPosition {
  /** [°] clockwise from north. */
  azimuth_deg: number;
  /** [°] above the horizon. */
  elevation_deg: number;
}

/** Unit vector towards a sky position, in three.js axes (x = east, y = up, z = −north). */
export function skyDirection(azimuth_deg: number, elevation_deg: number): Xyz {
  const a = (azimuth_deg * Math.PI) / 180;
  const e = (elevation_deg * Math.PI) / 180;
  return [Math.sin(a) * Math.cos(e), Math.sin(e), -Math.cos(a) * Math.cos(e)];
}

/**
 * The longest run of a day's path above the horizon, as sky positions, with the horizon crossings added at both
 * ends (interpolated linearly between the samples either side). Empty when the sun never rises.
 */
export function arcAboveHorizon(path: readonly SkyPosition[]): SkyPosition[] {
  const runs: SkyPosition[][] = [];
  let run: SkyPosition[] | null = null;
  const crossing = (a: SkyPosition, b: SkyPosition): SkyPosition => {
    const f = a.elevation_deg / (a.elevation_deg - b.elevation_deg);
    // Shortest way round for the azimuth (a path may cross north).
    const d = ((((b.azimuth_deg - a.azimuth_deg) % 360) + 540) % 360) - 180;
    return { azimuth_deg: (((a.azimuth_deg + f * d) % 360) + 360) % 360, elevation_deg: 0 };
  };
  for (let k = 0; k < path.length; k++) {
    const p = path[k]!;
    const previous = k > 0 ? path[k - 1]! : null;
    if (p.elevation_deg >= 0) {
      if (!run) {
        run = previous && previous.elevation_deg < 0 ? [crossing(previous, p)] : [];
        runs.push(run);
      }
      run.push(p);
    } else if (run) {
      run.push(crossing(previous!, p));
      run = null;
    }
  }
  return runs.reduce<SkyPosition[]>((best, r) => (r.length > best.length ? r : best), []);
}
