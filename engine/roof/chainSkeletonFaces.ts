import { signedArea } from '../geo/signedArea';
import type { LocalPoint } from '../geo/types';
import { SLIVER_M2 } from './clipPart';
import { dropCollinear } from './dropCollinear';
import type { SkeletonFace } from './types';
import type { Wavefront } from './wavefront';

const distance = (a: LocalPoint, b: LocalPoint) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/**
 * Joins the traced segments of each face into its outline, starting from its wall, and checks the result: every
 * outline closes, turns counter-clockwise, stays on the inner side of its wall, and the faces' areas add up to the
 * polygon's within 1e-9 relative.
 *
 * @param ring the polygon (open, counter-clockwise) [m]
 * @returns the faces, or null when the check fails
 */
export function chainSkeletonFaces(wf: Wavefront, ring: readonly LocalPoint[]): SkeletonFace[] | null {
  const join = wf.tolerance_m * 1e3;
  const faces: SkeletonFace[] = [];
  let total = 0;
  for (let i = 0; i < wf.segments.length; i++) {
    const segments = wf.segments[i]!;
    const [start, firstEnd] = segments[0]!;
    const outline: LocalPoint[] = [start, firstEnd];
    const used = new Set<number>([0]);
    let current = firstEnd;
    while (distance(current, start) > join) {
      let pick = -1;
      let nearest = join;
      segments.forEach(([from], k) => {
        const d = distance(from, current);
        if (!used.has(k) && d <= nearest) {
          nearest = d;
          pick = k;
        }
      });
      if (pick < 0) return null;
      used.add(pick);
      current = segments[pick]![1];
      if (distance(current, start) > join) outline.push(current);
    }
    const line = wf.lines[i]!;
    if (outline.some((p) => line.nx * p[0] + line.ny * p[1] - line.c < -join)) return null;
    const area = signedArea(outline);
    if (area < -SLIVER_M2) return null;
    total += area;
    if (area > SLIVER_M2) faces.push({ ring: dropCollinear(outline), ...line });
  }
  const expected = signedArea(ring);
  return Math.abs(total - expected) <= 1e-9 * expected ? faces : null;
}
