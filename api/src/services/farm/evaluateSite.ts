import type { Database } from '../../db/index.js';
import { sql } from '../../db/sql.js';
import { AppError, notFound } from '../../errors/AppError.js';
import { createLocalFrame } from '../../../../engine/geo/localFrame.js';
import {
  farmEconomics,
  farmYield,
  layoutFarm,
  sweepFarm,
  type FarmOptions,
  type Ring,
} from '../../../../engine/farm/index.js';
import { farmEconomicsData, farmModule } from '../../fixtures/loadFixture.js';
import { skyYearFor, typicalYearByName } from '../weather/climate.js';
import { checkSitePolygon } from './checkSitePolygon.js';
import { siteHorizon } from './siteHorizon.js';

export interface EvaluateInput {
  site_id?: number;
  polygon?: Record<string, unknown>;
  exclusions?: Record<string, unknown>[];
  options?: FarmOptions;
  sweep: boolean;
}

const r = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
/** The sweep's grid: tilts and ground coverage ratios a planner compares (10–40°, GCR 0.3–0.7). */
const SWEEP = { tilts: [10, 15, 20, 25, 30, 35, 40], gcrs: [0.3, 0.4, 0.5, 0.6, 0.7] };

/**
 * A farm on a site (a stored candidate or a polygon): the polygon and exclusions checked before anything reaches
 * GEOS (checkSitePolygon), taken to a local metric frame; rows laid out (engine/farm layoutFarm), the yield with
 * inter-row shading and the site's horizon (slag heaps and buildings around) on the typical year placed at the site
 * (farmYield), the economics (farmEconomics); optionally
 * the tilt × GCR sweep. The layout comes back as GeoJSON rows.
 */
export async function evaluateSite(db: Database, input: EvaluateInput) {
  let rings: number[][][];
  let site: { id: number | null; name: string | null };
  if (input.site_id !== undefined) {
    const row = (await db.query<{ id: number; name: string; geometry: string }>(sql('sites/by_id'), [input.site_id]))
      .rows[0];
    if (!row) throw notFound(`site ${input.site_id} not found`);
    rings = checkSitePolygon(JSON.parse(row.geometry), 'site_id');
    site = { id: row.id, name: row.name };
  } else {
    rings = checkSitePolygon(input.polygon, 'polygon');
    site = { id: null, name: null };
  }
  const exclusionRings = (input.exclusions ?? []).map((g, i) => checkSitePolygon(g, `exclusions.${i}`)[0]!);
  const [lon0, lat0] = rings[0]![0]!;
  const frame = createLocalFrame(lon0!, lat0!);
  const local = (ring: number[][]): Ring => ring.map((p) => frame.toLocal([p[0]!, p[1]!]) as [number, number]);
  const siteRing = local(rings[0]!);
  // Holes of the site polygon are exclusions too.
  const exclusions = [...rings.slice(1), ...exclusionRings].map(local);
  const options = { ...input.options, module: input.options?.module ?? farmModule() };
  const layout = layoutFarm(siteRing, exclusions, lat0!, options);
  if (layout.modules === 0) {
    throw new AppError(422, 'nothing_to_build', 'exclusions: the setback and exclusions leave no room for a table', [
      { field: 'exclusions', message: 'nothing left to build' },
    ]);
  }
  const weather = await typicalYearByName(db);
  const sky = skyYearFor(weather, lat0!, lon0!, 0.05);
  const lons = rings[0]!.map((p) => p[0]!);
  const lats = rings[0]!.map((p) => p[1]!);
  const bbox: [number, number, number, number] = [
    Math.min(...lons),
    Math.min(...lats),
    Math.max(...lons),
    Math.max(...lats),
  ];
  const centroid: [number, number] = [
    siteRing.reduce((a, p) => a + p[0], 0) / siteRing.length,
    siteRing.reduce((a, p) => a + p[1], 0) / siteRing.length,
  ];
  const horizon = await siteHorizon(db, frame, centroid, bbox);
  const energy = farmYield(sky, weather.year, layout, {}, horizon);
  const money = farmEconomics(layout.kwp, energy.annual_kwh, farmEconomicsData());
  const sweep = input.sweep ? sweepFarm(siteRing, exclusions, lat0!, sky, weather.year, SWEEP, options, horizon) : null;
  const features = layout.rows.map((row) => {
    const ring = [...row.corners, row.corners[0]!].map(([x, y]) => {
      const [lon, lat] = frame.toLonLat([x, y]);
      return [r(lon, 8), r(lat, 8)];
    });
    return {
      type: 'Feature' as const,
      id: row.index,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
      properties: { row: row.index, tables: row.tables, modules: row.modules },
    };
  });
  const mwp = layout.kwp / 1000;
  const buildableHa = layout.buildable_area_m2 / 10_000;
  return {
    site: { ...site, area_ha: r(layout.site_area_m2 / 10_000, 2) },
    weather: weather.name,
    figures: {
      modules: layout.modules,
      mwp: r(mwp, 3),
      mwh_yr: r(energy.annual_kwh / 1000, 0),
      specific_yield_kwh_kwp: r(energy.specific_yield_kwh_kwp, 0),
      performance_ratio: r(energy.performance_ratio, 3),
      shading_loss_pct: r(energy.shading_loss_pct, 2),
      buildable_ha: r(buildableHa, 2),
      mwp_per_ha: r(buildableHa > 0 ? mwp / buildableHa : 0, 3),
      gcr: r(layout.gcr, 3),
      pitch_m: r(layout.pitch_m, 2),
      tilt_deg: layout.tilt_deg,
      azimuth_deg: layout.azimuth_deg,
      capex_eur: Math.round(money.capex_eur),
      opex_eur_yr: Math.round(money.opex_eur_yr),
      lcoe_eur_mwh: r(money.lcoe_eur_mwh, 1),
      households: Math.round(money.households),
      co2_avoided_t_yr: r(money.co2_avoided_t_yr, 1),
    },
    monthly_mwh: energy.monthly_kwh.map((m) => r(m / 1000, 1)),
    // The site's horizon (slag heaps and buildings around, engine/shading), 72 sectors of 5° from north.
    horizon_deg: Array.from(horizon, (h) => r(h, 1)),
    module: {
      id: layout.module.id,
      manufacturer: layout.module.manufacturer,
      model: layout.module.model,
      wp: layout.module.wp,
    },
    assumptions: money.assumptions,
    layout: { type: 'FeatureCollection' as const, features },
    sweep,
  };
}
