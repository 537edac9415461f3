import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import type { BuildingSolarResult } from '../../../../engine/cadastre/tile.js';

const FACE_BATCH = 400;

/** {1.5,NULL,2} */
function arrayLiteral(values: (number | null)[]): string {
  return `{${values.map((v) => (v === null ? 'NULL' : String(v))).join(',')}}`;
}

/** Writes a tile's results in one transaction: old faces of these buildings replaced, summaries upserted. */
export async function writeTileResults(db: Database, results: BuildingSolarResult[], weatherId: number, hash: string) {
  if (results.length === 0) return;
  await db.transaction(async (tx) => {
    await tx.query(sql('compute/delete_faces'), [results.map((r) => r.building_id)]);
    // Arrays travel as PostgreSQL array literals: casting text to real[] is far cheaper than unpacking JSON arrays.
    const faces = results.flatMap((r) =>
      r.faces.map((f) => ({
        ...f,
        building_id: r.building_id,
        monthly_kwh_m2: arrayLiteral(f.monthly_kwh_m2),
        deciles_kwh_m2: arrayLiteral(f.deciles_kwh_m2),
        sample_kwh_m2: arrayLiteral(f.sample_kwh_m2),
        horizon_deg: f.horizon_deg ? arrayLiteral(f.horizon_deg) : null,
      })),
    );
    for (let i = 0; i < faces.length; i += FACE_BATCH) {
      await tx.query(sql('compute/insert_faces'), [JSON.stringify(faces.slice(i, i + FACE_BATCH))]);
    }
    const summaries = results.map((r) => ({ building_id: r.building_id, ...r.summary }));
    await tx.query(sql('compute/upsert_summaries'), [JSON.stringify(summaries), weatherId, hash]);
  });
}
