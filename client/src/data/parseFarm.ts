/**
 * « Friches » answers → records. GET /sites (a FeatureCollection of candidate sites) and POST /sites/evaluate (the
 * farm's figures, months, rows and sweep) are checked against the contract and a malformed answer is refused
 * (TypeError or RangeError naming the field): a planner sizing a farm must not read a half-parsed figure.
 * Outlines and rows ([lon, lat] rings) are brought into the view's local frame.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { CandidateSite, FarmEvaluation, FarmFigures, FarmRow, SweepPoint } from './farmTypes';
import { idOrNull, isRecord } from './json';
import { parseFootprint } from './parseGeometry';
import { array, int, num, optionalStr, record, str, type Json } from './strictJson';

const MONTHS = 12;
/**
 * Slack for figures the API rounds before sending (e.g. MWh to 0.1, MWc to 0.001): 1 % of the larger side, and
 * never less than `floor` in the figure's unit.
 */
const close = (a: number, b: number, floor: number) => Math.abs(a - b) <= Math.max(floor, 0.01 * Math.max(a, b));

function id(value: unknown, path: string): number {
  return int(idOrNull(value) ?? value, path, 0);
}

function features(json: unknown, path: string): Json[] {
  const fc = record(json, path);
  if (fc.type !== 'FeatureCollection') throw new TypeError(`${path}.type: expected "FeatureCollection"`);
  return array(fc.features, `${path}.features`).map((f, k) => record(f, `${path}.features[${k}]`));
}

/** GET /api/v1/sites → the candidate sites, in the API's order. */
export function parseSites(json: unknown, frame: LocalFrame): CandidateSite[] {
  const seen = new Set<number>();
  return features(json, 'sites').map((f, k) => {
    const path = `sites.features[${k}]`;
    const p = record(f.properties, `${path}.properties`);
    const siteId = id(p.id, `${path}.properties.id`);
    if (seen.has(siteId)) throw new RangeError(`${path}.properties.id ${siteId} is listed twice`);
    seen.add(siteId);
    const polygons = parseFootprint(f.geometry, frame);
    if (!polygons) throw new TypeError(`${path}.geometry: expected a Polygon or MultiPolygon`);
    return {
      id: siteId,
      name: str(p.name, `${path}.properties.name`),
      kind: str(p.kind, `${path}.properties.kind`),
      area_ha: num(p.area_ha, `${path}.properties.area_ha`, Number.MIN_VALUE),
      commune: optionalStr(p.commune, `${path}.properties.commune`),
      polygons,
    };
  });
}

function parseFigures(json: unknown): FarmFigures {
  const f = record(json, 'figures');
  const positive = (key: string) => num(f[key], `figures.${key}`, 0);
  const figures: FarmFigures = {
    modules: int(f.modules, 'figures.modules', 0),
    mwp: positive('mwp'),
    mwh_yr: positive('mwh_yr'),
    specificYield_kwh_kwp: positive('specific_yield_kwh_kwp'),
    performanceRatio: num(f.performance_ratio, 'figures.performance_ratio', 0, 1),
    shadingLoss_pct: num(f.shading_loss_pct, 'figures.shading_loss_pct', 0, 100),
    buildable_ha: positive('buildable_ha'),
    mwp_per_ha: positive('mwp_per_ha'),
    gcr: num(f.gcr, 'figures.gcr', Number.MIN_VALUE, 1),
    pitch_m: num(f.pitch_m, 'figures.pitch_m', Number.MIN_VALUE),
    capex_eur: positive('capex_eur'),
    opex_eur_yr: positive('opex_eur_yr'),
    lcoe_eur_mwh: positive('lcoe_eur_mwh'),
    households: positive('households'),
    co2Avoided_t_yr: positive('co2_avoided_t_yr'),
  };
  // kWh/kWc = MWh / MWc, to the rounding of the three figures as the API sends them (MWh to 1, MWc to 0.001, kWh/kWc
  // to 1): the ratio may move by 0.5 / mwp + (mwh / mwp) × 0.0005 / mwp + 0.5, plus 1 % for any other rounding.
  if (figures.mwp > 0) {
    const ratio = figures.mwh_yr / figures.mwp;
    const slack = 0.5 / figures.mwp + (ratio * 0.0005) / figures.mwp + 0.5 + 0.01 * ratio;
    if (Math.abs(ratio - figures.specificYield_kwh_kwp) > slack)
      throw new RangeError(
        `figures.specific_yield_kwh_kwp (${figures.specificYield_kwh_kwp}) must be mwh_yr / mwp (${ratio.toFixed(1)})`,
      );
  }
  return figures;
}

/** Nested assumptions flattened to dotted keys; arrays and nulls are left out (nothing to show in one line). */
function flatten(json: Json, prefix: string, out: [string, string | number | boolean][]): void {
  for (const [key, value] of Object.entries(json)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string' || typeof value === 'boolean') out.push([name, value]);
    else if (typeof value === 'number' && Number.isFinite(value)) out.push([name, value]);
    else if (isRecord(value)) flatten(value, name, out);
  }
}

function parseRow(f: Json, k: number, frame: LocalFrame): FarmRow {
  const path = `layout.features[${k}]`;
  const p = record(f.properties, `${path}.properties`);
  const geometry = record(f.geometry, `${path}.geometry`);
  if (geometry.type !== 'Polygon') throw new TypeError(`${path}.geometry: expected a Polygon`);
  const polygons = parseFootprint(geometry, frame);
  if (!polygons) throw new TypeError(`${path}.geometry: expected a ring of at least 3 distinct [lon, lat] points`);
  return {
    row: int(p.row, `${path}.properties.row`, 0),
    tables: int(p.tables, `${path}.properties.tables`, 1),
    modules: int(p.modules, `${path}.properties.modules`, 1),
    ring: polygons[0]![0]!,
  };
}

function parseSweep(json: unknown): SweepPoint[] | null {
  if (json === null || json === undefined) return null;
  return array(json, 'sweep').map((value, k) => {
    const s = record(value, `sweep[${k}]`);
    const path = `sweep[${k}]`;
    return {
      tilt_deg: num(s.tilt_deg, `${path}.tilt_deg`, 0, 60),
      gcr: num(s.gcr, `${path}.gcr`, 0, 1),
      mwp: num(s.mwp, `${path}.mwp`, 0),
      mwh_yr: num(s.mwh_yr, `${path}.mwh_yr`, 0),
      specificYield_kwh_kwp: num(s.specific_yield_kwh_kwp, `${path}.specific_yield_kwh_kwp`, 0),
    };
  });
}

/** POST /api/v1/sites/evaluate → the evaluation. */
export function parseEvaluation(json: unknown, frame: LocalFrame): FarmEvaluation {
  const j = record(json, 'evaluation');
  const s = record(j.site, 'site');
  const figures = parseFigures(j.figures);
  const monthly_mwh = array(j.monthly_mwh, 'monthly_mwh', MONTHS).map((v, m) => num(v, `monthly_mwh[${m}]`, 0));
  const yearSum = monthly_mwh.reduce((a, b) => a + b, 0);
  // Twelve months rounded to 0.1 MWh and a year rounded to 1 MWh may differ by 12 × 0.05 + 0.5 = 1.1 MWh.
  if (!close(yearSum, figures.mwh_yr, 1.1))
    throw new RangeError(`monthly_mwh sums to ${yearSum.toFixed(3)}, figures.mwh_yr is ${figures.mwh_yr}`);
  const rows = features(j.layout, 'layout').map((f, k) => parseRow(f, k, frame));
  const modules = rows.reduce((n, r) => n + r.modules, 0);
  if (modules !== figures.modules)
    throw new RangeError(`layout rows hold ${modules} modules, figures.modules is ${figures.modules}`);
  const assumptions: [string, string | number | boolean][] = [];
  if (j.assumptions !== undefined && j.assumptions !== null)
    flatten(record(j.assumptions, 'assumptions'), '', assumptions);
  return {
    site: {
      id: s.id === null || s.id === undefined ? null : id(s.id, 'site.id'),
      name: optionalStr(s.name, 'site.name'),
      area_ha: num(s.area_ha, 'site.area_ha', 0),
    },
    figures,
    monthly_mwh,
    assumptions,
    rows,
    sweep: parseSweep(j.sweep),
  };
}
