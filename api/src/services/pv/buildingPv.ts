import type { Database } from '../../db/index.js';
import { polygonFromEwkbHex } from '../../db/ewkb.js';
import { sql } from '../../db/sql.js';
import { AppError, notFound } from '../../errors/AppError.js';
import { typicalYearById } from '../weather/climate.js';
import { computeEnvelopesOf } from '../cadastre/computeEnvelopes.js';
import { runEstimate } from './estimatePool.js';
import type { BuildingPvQuery, PvBuilding, PvTask } from './pvAnswer.js';

export type { BuildingPvQuery } from './pvAnswer.js';

/** What an estimate of one building needs from the database: its faces, its frame's origin, its typical year. */
async function pvTask(db: Database, id: number, query: BuildingPvQuery): Promise<PvTask> {
  let body = (await db.query<{ body: string }>(sql('pv/building_faces'), [id])).rows[0]?.body;
  if (!body) throw notFound(`building ${id} not found`);
  let row = JSON.parse(body) as PvBuilding;
  if (row.walls === null && row.weather_id !== null) {
    // The walls (a plug-in kit's wall spot) are measured now when the background job has not reached them yet.
    await computeEnvelopesOf(db, [id]);
    body = (await db.query<{ body: string }>(sql('pv/building_faces'), [id])).rows[0]!.body;
    row = JSON.parse(body) as PvBuilding;
  }
  if (row.weather_id === null) {
    throw new AppError(409, 'not_computed', `the solar cadastre of building ${id} is not computed yet`);
  }
  const origin = await frameOrigin(db, row);
  const weather = await typicalYearById(db, row.weather_id);
  return { row, origin, weather, query };
}

/**
 * The homeowner's estimate for one building: modules laid out on its computed roof faces (engine/layout), each
 * face's hourly DC behind its mean horizon (engine/pv), each panel scaled to its own samples' irradiation, every
 * panel count tabulated against the household's hourly load with the dated tariffs (engine/economics), and the
 * count the sizing rule picks within the limits (pvAnswer, computed in an estimate worker).
 */
export async function buildingPv(db: Database, id: number, query: BuildingPvQuery) {
  return runEstimate({ kind: 'answer', task: await pvTask(db, id, query) });
}

/**
 * The self-consumption of the largest system within `kwp_max` on a building's roof (what sizing 'max' with that
 * limit chooses in buildingPv), or null when the roof takes no module (pvWithin, in an estimate worker).
 */
export async function buildingPvWithin(
  db: Database,
  id: number,
  query: Pick<BuildingPvQuery, 'heating' | 'occupants'> & { kwp_max: number },
): Promise<{ kwp: number; self_consumed_kwh: number } | null> {
  const task = await pvTask(db, id, { heating: query.heating, occupants: query.occupants, sizing: 'max' });
  return runEstimate({ kind: 'within', task, kwp_max: query.kwp_max });
}

/** The local frame's origin: the first vertex of the first face, or the building's centroid when it has no face. */
async function frameOrigin(db: Database, row: PvBuilding): Promise<[number, number]> {
  const first = row.faces[0];
  if (first) {
    const [lon, lat] = polygonFromEwkbHex(first.ring_ewkb)[0]![0]!;
    return [lon!, lat!];
  }
  const c = (await db.query<{ lon: number; lat: number }>(sql('pv/building_centroid'), [row.id])).rows[0]!;
  return [c.lon, c.lat];
}
