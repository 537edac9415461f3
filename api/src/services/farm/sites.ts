import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../config.js';
import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';

/** The Mission Bassin Minier's slag heaps (fixtures/bassin-minier/SOURCE.md, Licence Ouverte 2.0). */
const TERRILS = path.join(PROJECT_ROOT, 'fixtures', 'bassin-minier', 'terrils.geojson');

type TerrilFeature = {
  properties: { no_terril: string; nom: string | null; forme: string | null; commune_1: string | null };
  geometry: { type: string; coordinates: number[][][] };
};

/**
 * Seeds the candidate sites with the flat slag heaps (`forme` "Plat") of the Mission Bassin Minier's data: the heaps
 * whose top is a plateau, where tables can stand. Idempotent (by source id).
 */
export async function seedSites(db: Database): Promise<number> {
  const data = JSON.parse(fs.readFileSync(TERRILS, 'utf8')) as { features: TerrilFeature[] };
  const rows = data.features
    .filter((f) => f.properties.forme === 'Plat' && f.geometry.type === 'Polygon')
    .map((f) => ({
      name: `Terril ${f.properties.no_terril}${f.properties.nom ? ` — ${f.properties.nom}` : ''}`,
      kind: 'slag_heap',
      source: 'mbm-terrils',
      source_id: f.properties.no_terril,
      geometry: JSON.stringify(f.geometry),
      commune: f.properties.commune_1,
      attributes: { forme: f.properties.forme },
    }));
  if (rows.length === 0) return 0;
  return (await db.query(sql('sites/upsert'), [JSON.stringify(rows)])).rows.length;
}

export async function listSites(db: Database): Promise<string> {
  return (await db.query<{ body: string }>(sql('sites/list'))).rows[0]!.body;
}
