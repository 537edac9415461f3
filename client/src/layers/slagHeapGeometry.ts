/**
 * A slag heap as a cone, truncated cone or plateau raised over its real outline: each outline vertex is joined to
 * the same vertex scaled towards the centroid by the top ratio, at the summit height. A ratio of 0 gives a cone.
 */
import { ShapeUtils, Vector2 } from 'three';
import type { ObstacleRecord } from '../data/types';
import { ringCentroid } from './footprint';
import { emitQuad, emitTriangle, upward, type Enh, type TriangleSink } from './triangles';

/** Emits the heap's triangles (sides as 'wall', plateau as 'roof') and returns its summit point (east, north, height). */
export function buildSlagHeap(record: ObstacleRecord, sink: TriangleSink): Enh {
  let summit: Enh = [0, 0, record.height_m];
  let largest = 0;
  for (const polygon of record.polygons) {
    const outer = polygon[0];
    if (!outer) continue;
    const [ce, cn] = ringCentroid(outer);
    const h = record.height_m;
    const r = record.top_ratio;
    const top = outer.map(([e, n]): [number, number] => [ce + (e - ce) * r, cn + (n - cn) * r]);
    for (let i = 0; i < outer.length; i++) {
      const j = (i + 1) % outer.length;
      const [pe, pn] = outer[i]!;
      const [qe, qn] = outer[j]!;
      const outward: Enh = [qn - pn, -(qe - pe), 0];
      emitQuad(sink, [pe, pn, 0], [qe, qn, 0], [...top[j]!, h], [...top[i]!, h], outward, 'wall');
    }
    if (r > 0) {
      const contour = top.map(([e, n]) => new Vector2(e, n));
      for (const [i, j, k] of ShapeUtils.triangulateShape(contour, [])) {
        const a = contour[i!]!;
        const b = contour[j!]!;
        const c = contour[k!]!;
        emitTriangle(sink, [a.x, a.y, h], [b.x, b.y, h], [c.x, c.y, h], upward, 'roof');
      }
    }
    const extent = Math.max(...outer.map(([e, n]) => Math.hypot(e - ce, n - cn)));
    if (extent > largest) {
      largest = extent;
      summit = [ce, cn, h];
    }
  }
  return summit;
}
