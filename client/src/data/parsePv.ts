/**
 * GET /api/v1/buildings/{id}/pv → BuildingPv: the whole answer is checked against the contract and a malformed one
 * is refused (TypeError or RangeError naming the field), since a half-read estimate would show wrong money figures.
 * Panel quads ([lon, lat, z] rings, z above ground, as the roof faces) are brought into the view's local frame.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import type { Vec3 } from '../../../engine/geo/types';
import {
  HEATINGS,
  PV_SIZINGS,
  type BuildingPv,
  type PvAssumptions,
  type PvConfiguration,
  type PvPanel,
  type PvSource,
} from './pvTypes';
import { idOrNull } from './json';
import { array, bool, int, isoDate, num, oneOf, optionalStr, record, str } from './strictJson';

const MONTHS = 12;

export function parseConfiguration(json: unknown, path: string): PvConfiguration {
  const c = record(json, path);
  const pct = (key: string) => num(c[key], `${path}.${key}`, 0, 100);
  const positive = (key: string) => num(c[key], `${path}.${key}`, 0);
  return {
    panels: int(c.panels, `${path}.panels`, 1),
    kwp: num(c.kwp, `${path}.kwp`, Number.MIN_VALUE),
    annual_kwh: positive('annual_kwh'),
    specificYield_kwh_kwp: positive('specific_yield_kwh_kwp'),
    selfConsumed_kwh: positive('self_consumed_kwh'),
    exported_kwh: positive('exported_kwh'),
    selfConsumption_pct: pct('self_consumption_pct'),
    selfSufficiency_pct: pct('self_sufficiency_pct'),
    capex_eur: positive('capex_eur'),
    premium_eur: positive('premium_eur'),
    netCost_eur: num(c.net_cost_eur, `${path}.net_cost_eur`),
    savings_eur_yr: positive('savings_eur_yr'),
    exportRevenue_eur_yr: positive('export_revenue_eur_yr'),
    payback_yr: c.payback_years === null ? null : positive('payback_years'),
    npv_eur: num(c.npv_eur, `${path}.npv_eur`),
    lcoe_eur_kwh: positive('lcoe_eur_kwh'),
    co2Avoided_kg_yr: positive('co2_avoided_kg_yr'),
  };
}

function parseSource(json: unknown, path: string): PvSource {
  const s = record(json, path);
  return {
    id: str(s.id, `${path}.id`),
    title: str(s.title, `${path}.title`),
    url: optionalStr(s.url, `${path}.url`),
    date: optionalStr(s.date, `${path}.date`),
  };
}

export function parseAssumptions(json: unknown, path = 'assumptions'): PvAssumptions {
  const a = record(json, path);
  const n = (key: string, min = 0, max = Infinity) => num(a[key], `${path}.${key}`, min, max);
  return {
    tariffsValidFrom: isoDate(a.tariffs_valid_from, `${path}.tariffs_valid_from`),
    oaQuarter: optionalStr(a.oa_quarter, `${path}.oa_quarter`),
    retailPrice_eur_kwh: n('retail_price_eur_kwh'),
    exportTariff_eur_kwh: n('export_tariff_eur_kwh'),
    premium_eur_kwp: n('premium_eur_kwp'),
    installedCost_eur_kwp: n('installed_cost_eur_kwp'),
    priceDrift_pct_yr: n('price_drift_pct_yr', -100, 100),
    degradation_pct_yr: n('degradation_pct_yr', 0, 100),
    discountRate_pct: n('discount_rate_pct', -100, 100),
    lifetime_yr: int(a.lifetime_years, `${path}.lifetime_years`, 1, 100),
    losses_pct: n('losses_pct', 0, 100),
    co2_kg_kwh: n('co2_kg_kwh'),
    sources: array(a.sources, `${path}.sources`).map((s, k) => parseSource(s, `${path}.sources[${k}]`)),
  };
}

/** A Polygon's outer ring of four corners (closed with a fifth or not) → local [east, north, z] [m]. */
function parseQuad(json: unknown, frame: LocalFrame, path: string): PvPanel['corners'] {
  const geometry = record(json, path);
  if (geometry.type !== 'Polygon') throw new TypeError(`${path}.type: expected "Polygon"`);
  const rings = array(geometry.coordinates, `${path}.coordinates`);
  const positions = array(rings[0], `${path}.coordinates[0]`).map((p, k): Vec3 => {
    const at = `${path}.coordinates[0][${k}]`;
    const [lon, lat, z] = array(p, at, 3);
    return [...frame.toLocal([num(lon, `${at}[0]`, -180, 180), num(lat, `${at}[1]`, -90, 90)]), num(z, `${at}[2]`)];
  });
  const [first, last] = [positions[0], positions[positions.length - 1]];
  if (positions.length === 5 && first && last && first.every((v, i) => v === last[i])) positions.pop();
  if (positions.length !== 4)
    throw new RangeError(`${path}.coordinates[0]: expected 4 corners (5 positions closed), got ${positions.length}`);
  return positions as PvPanel['corners'];
}

function parsePanel(json: unknown, frame: LocalFrame, path: string): PvPanel {
  const f = record(json, path);
  const p = record(f.properties, `${path}.properties`);
  return {
    rank: int(p.rank, `${path}.properties.rank`, 1),
    faceIndex: int(p.face_index, `${path}.properties.face_index`, 0),
    orientation: oneOf(p.orientation, `${path}.properties.orientation`, ['portrait', 'landscape'] as const),
    annual_kwh: num(p.annual_kwh, `${path}.properties.annual_kwh`, 0),
    mean_kwh_m2: num(p.mean_kwh_m2, `${path}.properties.mean_kwh_m2`, 0),
    corners: parseQuad(f.geometry, frame, `${path}.geometry`),
  };
}

const months = (json: unknown, path: string) => array(json, path, MONTHS).map((v, k) => num(v, `${path}[${k}]`, 0));

/**
 * Parses and checks a /pv answer: configurations ascending by panel count, within the layout, including the chosen
 * one; `max_panels` equal to the layout's length; twelve months. A roof where no panel fits comes with no
 * configuration and a null `chosen`.
 * @param frame the view's local frame, for the panel quads
 */
export function parsePv(json: unknown, frame: LocalFrame): BuildingPv {
  const j = record(json, 'pv');
  const m = record(j.module, 'module');
  const monthly = record(j.monthly, 'monthly');
  const layout = record(j.layout, 'layout');
  if (layout.type !== 'FeatureCollection') throw new TypeError('layout.type: expected "FeatureCollection"');
  const panels = array(layout.features, 'layout.features')
    .map((f, k) => parsePanel(f, frame, `layout.features[${k}]`))
    .sort((a, b) => a.rank - b.rank);
  const maxPanels = int(j.max_panels, 'max_panels', 0);
  if (maxPanels !== panels.length)
    throw new RangeError(`max_panels (${maxPanels}) must equal layout.features.length (${panels.length})`);
  const chosen = j.chosen === null ? null : parseConfiguration(j.chosen, 'chosen');
  const configurations = array(j.configurations, 'configurations').map((c, k) =>
    parseConfiguration(c, `configurations[${k}]`),
  );
  if (configurations.length === 0 && maxPanels > 0)
    throw new RangeError(`configurations: expected at least one when max_panels is ${maxPanels}`);
  configurations.forEach((c, k) => {
    if (c.panels > maxPanels) throw new RangeError(`configurations[${k}].panels exceeds max_panels (${maxPanels})`);
    if (k > 0 && c.panels <= configurations[k - 1]!.panels)
      throw new RangeError(`configurations[${k}].panels must be greater than the one before`);
  });
  if (chosen && !configurations.some((c) => c.panels === chosen.panels))
    throw new RangeError(`configurations must include chosen.panels (${chosen.panels})`);
  if (!chosen && maxPanels > 0) throw new TypeError(`chosen: expected a configuration when max_panels is ${maxPanels}`);
  return {
    buildingId: int(idOrNull(j.building_id) ?? j.building_id, 'building_id', 0),
    weather: str(j.weather, 'weather'),
    module: {
      id: str(m.id, 'module.id'),
      manufacturer: str(m.manufacturer, 'module.manufacturer'),
      model: str(m.model, 'module.model'),
      wp: num(m.wp, 'module.wp', Number.MIN_VALUE),
      length_m: num(m.length_m, 'module.length_m', Number.MIN_VALUE),
      width_m: num(m.width_m, 'module.width_m', Number.MIN_VALUE),
    },
    heating: oneOf(j.heating, 'heating', HEATINGS),
    occupants: int(j.occupants, 'occupants', 1, 12),
    consumption_kwh: num(j.consumption_kwh, 'consumption_kwh', 0),
    consumptionEstimated: bool(j.consumption_estimated, 'consumption_estimated'),
    sizing: oneOf(j.sizing, 'sizing', PV_SIZINGS),
    maxPanels,
    chosen,
    configurations,
    monthly: {
      production_kwh: months(monthly.production_kwh, 'monthly.production_kwh'),
      consumption_kwh: months(monthly.consumption_kwh, 'monthly.consumption_kwh'),
      selfConsumed_kwh: months(monthly.self_consumed_kwh, 'monthly.self_consumed_kwh'),
    },
    assumptions: parseAssumptions(j.assumptions),
    panels,
  };
}
