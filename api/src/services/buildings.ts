import type { Database } from '../db/index.js';
import { sql } from '../db/sql.js';
import { notFound } from '../errors/AppError.js';
import { foldForSearch } from './import/searchText.js';

type Bbox = [number, number, number, number];

/** Buildings intersecting bbox as GeoJSON text (FeatureCollection with numberMatched/numberReturned). */
export async function listBuildings(db: Database, bbox: Bbox, limit: number): Promise<string> {
  const result = await db.query<{ body: string }>(sql('buildings/by_bbox'), [...bbox, limit]);
  return result.rows[0]!.body;
}

/** One building as a GeoJSON Feature text (its private attributes for its owner organisation only); 404 when unknown. */
export async function getBuilding(db: Database, id: number, organisationId: number | null = null): Promise<string> {
  const result = await db.query<{ body: string }>(sql('buildings/by_id'), [id, organisationId]);
  if (result.rows.length === 0) throw notFound(`building ${id} not found`);
  return result.rows[0]!.body;
}

/** Roof faces with their heat-map grids for the buildings in bbox (GeoJSON text). */
export async function listRoofs(db: Database, bbox: Bbox, limit: number): Promise<string> {
  const result = await db.query<{ body: string }>(sql('roofs/by_bbox'), [...bbox, limit]);
  return result.rows[0]!.body;
}

export async function listObstacles(db: Database, bbox: Bbox): Promise<string> {
  const result = await db.query<{ body: string }>(sql('obstacles/by_bbox'), bbox);
  return result.rows[0]!.body;
}

/** "name or address, commune" without repeating a commune the address already ends with. */
function searchLabel(r: { id: number; name: string | null; address: string | null; commune: string | null }): string {
  const main = r.name ?? r.address;
  if (!main) return r.commune ?? `#${r.id}`;
  return r.commune && !main.toLowerCase().includes(r.commune.toLowerCase()) ? `${main}, ${r.commune}` : main;
}

/** Accent- and case-insensitive search over address, name, commune and cité. */
export async function searchBuildings(db: Database, q: string, limit: number) {
  const folded = foldForSearch(q);
  if (folded.length < 2) return { results: [] };
  const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.query<{
    id: number;
    address: string | null;
    address_synthetic: boolean;
    name: string | null;
    commune: string | null;
    cite_name: string | null;
    lon: number;
    lat: number;
    score: number;
  }>(sql('buildings/search'), [folded, pattern, limit]);
  return {
    results: rows.rows.map((r) => ({
      id: r.id,
      label: searchLabel(r),
      address: r.address,
      address_synthetic: r.address_synthetic,
      name: r.name,
      commune: r.commune,
      center: [Number(r.lon), Number(r.lat)] as [number, number],
      score: Number(r.score),
    })),
  };
}

export async function extent(db: Database) {
  const r = (
    await db.query<{
      xmin: number | null;
      ymin: number | null;
      xmax: number | null;
      ymax: number | null;
      n: number;
      obstacles: number;
      solar_computed: number;
    }>(sql('buildings/extent'))
  ).rows[0]!;
  const has = r.xmin !== null && r.n > 0;
  return {
    bbox: has ? ([r.xmin, r.ymin, r.xmax, r.ymax] as [number, number, number, number]) : null,
    center: has ? ([(r.xmin! + r.xmax!) / 2, (r.ymin! + r.ymax!) / 2] as [number, number]) : null,
    buildings: Number(r.n),
    obstacles: Number(r.obstacles),
    solar_computed: Number(r.solar_computed),
  };
}
