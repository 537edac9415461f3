import type { Database } from '../../db/index.js';
import { polygonsFromEwkbHex } from '../../db/ewkb.js';
import { sql } from '../../db/sql.js';
import { retryWhileUnavailable, type RetryOptions } from '../../db/faults.js';
import { createLocalFrame } from '../../../../engine/geo/localFrame.js';
import { measureWalls, OBSTRUCTION_DISTANCE_M, type WallNeighbour } from '../../../../engine/envelope/measureWalls.js';

const CHUNK = 200;

type Nearby = { targets: number[]; buildings: { id: number; h: number; g: string }[] };

/**
 * Measures the walls (perimeter, party walls, exposed walls and obstruction by orientation) of these buildings and
 * stores them in building_envelope: PostGIS finds the buildings around (index and bounding boxes only), the lengths
 * are measured by engine/envelope in each building's local frame — no GEOS operation, so nothing fails silently on
 * the embedded engine.
 */
export async function computeEnvelopesOf(db: Database, ids: number[]): Promise<number> {
  let done = 0;
  for (let i = 0; i < ids.length; i += CHUNK) {
    const chunk = ids.slice(i, i + CHUNK);
    const body = (await db.query<{ body: string }>(sql('envelope/compute'), [chunk])).rows[0]!.body;
    const nearby = JSON.parse(body) as Nearby;
    const parsed = new Map(nearby.buildings.map((b) => [b.id, { h: b.h, parts: polygonsFromEwkbHex(b.g) }]));
    const rows = nearby.targets.map((id) => {
      const self = parsed.get(id)!;
      const origin = self.parts[0]![0]![0]!;
      const frame = createLocalFrame(origin[0]!, origin[1]!);
      const local = (ring: number[][]) => ring.map((p) => frame.toLocal([p[0]!, p[1]!]));
      const neighbours: WallNeighbour[] = [];
      for (const [otherId, other] of parsed) {
        if (otherId === id) continue;
        const rings = other.parts.map((poly) => local(poly[0]!));
        const near = rings.some((r) => r.some((p) => Math.hypot(p[0], p[1]) < OBSTRUCTION_DISTANCE_M + 60));
        if (near) neighbours.push({ rings, height_m: other.h });
      }
      const walls = measureWalls(
        self.parts.map((poly) => local(poly[0]!)),
        neighbours,
      );
      return { building_id: id, ...walls };
    });
    if (rows.length > 0) done += (await db.query(sql('envelope/upsert'), [JSON.stringify(rows)])).rows.length;
  }
  return done;
}

/**
 * Measures the walls of every building that has none yet (in bbox when given), chunk by chunk, each chunk in its own
 * statements: resumable, and a request never waits behind the whole batch. With `retry`, a chunk that fails because
 * the database is away waits for it and runs again (its write is one upsert: written once either way).
 */
export async function computeEnvelopes(
  db: Database,
  options: {
    bbox?: [number, number, number, number];
    signal?: AbortSignal;
    retry?: Omit<RetryOptions, 'signal'>;
  } = {},
): Promise<{ buildings: number; seconds: number }> {
  const t = performance.now();
  const step = <T>(op: () => Promise<T>): Promise<T> =>
    options.retry ? retryWhileUnavailable(db, op, { ...options.retry, signal: options.signal }) : op();
  const b = options.bbox ?? [null, null, null, null];
  let total = 0;
  let after = 0;
  for (;;) {
    if (options.signal?.aborted) break;
    const ids = (await step(() => db.query<{ id: number }>(sql('envelope/missing'), [...b, CHUNK, after]))).rows.map(
      (r) => r.id,
    );
    if (ids.length === 0) break;
    total += await step(() => computeEnvelopesOf(db, ids));
    after = ids[ids.length - 1]!;
  }
  return { buildings: total, seconds: Math.round((performance.now() - t) / 100) / 10 };
}
