import {
  CARRIERS as ALL_CARRIERS,
  HEATING_SYSTEMS,
  HOT_WATER_SYSTEMS,
  VENTILATIONS,
  type Carrier,
  type HeatingSystem,
  type HotWaterSystem,
  type Ventilation,
} from '../thermal/types';
import { arr, bool, date, fail, num, obj, oneOf, optNum, optStr, provenance, str, type Obj } from '../fixtures/fields';
import type { Measure, MeasureCostRange, MeasureEffect, MeasureTarget, RenovationPackage, RoofKind } from './types';

const TARGETS: readonly MeasureTarget[] = [
  'walls',
  'roof',
  'floors',
  'windows',
  'ventilation',
  'heating',
  'hot_water',
  'pv',
];
const ROOF_KINDS: readonly RoofKind[] = ['attic_floor', 'sloped', 'flat'];
const CARRIERS: readonly Carrier[] = ALL_CARRIERS;
const HEATING: readonly HeatingSystem[] = HEATING_SYSTEMS;
const HOT_WATER: readonly HotWaterSystem[] = HOT_WATER_SYSTEMS;
const VENTILATION: readonly Ventilation[] = VENTILATIONS;

/** The effect kind each target must carry. */
const EFFECT_FOR: Record<MeasureTarget, MeasureEffect['kind']> = {
  walls: 'add_insulation',
  roof: 'add_insulation',
  floors: 'add_insulation',
  windows: 'replace_windows',
  ventilation: 'ventilation',
  heating: 'heating',
  hot_water: 'hot_water',
  pv: 'pv',
};

function effect(o: Obj, p: string, ids: Set<string>, target: MeasureTarget): MeasureEffect {
  const kind = str(o, 'kind', p);
  if (kind !== EFFECT_FOR[target]) fail(`${p}.kind`, `'${EFFECT_FOR[target]}' for a ${target} measure`, kind);
  const common = { ...provenance(o, p, ids), ...(o.note === undefined ? {} : { note: str(o, 'note', p) }) };
  switch (kind) {
    case 'add_insulation':
      return { kind, r_added_m2k_w: num(o, 'r_added_m2k_w', p, 0.1, 20), ...common };
    case 'replace_windows':
      return { kind, u_w_m2k: num(o, 'u_w_m2k', p, 0.3, 6), g_value: num(o, 'g_value', p, 0.05, 0.95), ...common };
    case 'ventilation': {
      const hr = optNum(o, 'heat_recovery_efficiency', p, 0, 0.99);
      return {
        kind,
        ventilation: oneOf(o, 'ventilation', p, VENTILATION),
        ...(hr === undefined ? {} : { heat_recovery_efficiency: hr }),
        ...common,
      };
    }
    case 'heating':
      return {
        kind,
        system: oneOf(o, 'system', p, HEATING),
        carrier: oneOf(o, 'carrier', p, CARRIERS),
        efficiency: num(o, 'efficiency', p, 0.3, 8),
        ...common,
      };
    case 'hot_water':
      return {
        kind,
        system: oneOf(o, 'system', p, HOT_WATER),
        carrier: oneOf(o, 'carrier', p, CARRIERS),
        efficiency: num(o, 'efficiency', p, 0.3, 8),
        ...common,
      };
    default:
      return { kind: 'pv', ...common };
  }
}

function cost(o: Obj, p: string, ids: Set<string>, target: MeasureTarget): MeasureCostRange {
  const unit = oneOf(o, 'unit', p, ['eur_per_m2', 'eur_per_unit', 'from_tariffs'] as const);
  const perM2 = target === 'walls' || target === 'roof' || target === 'floors' || target === 'windows';
  const expected = target === 'pv' ? 'from_tariffs' : perM2 ? 'eur_per_m2' : 'eur_per_unit';
  if (unit !== expected) fail(`${p}.unit`, `'${expected}' for a ${target} measure`, unit);
  const when = date(o, 'date', p);
  if (unit === 'from_tariffs') {
    const note = optStr(o, 'note', p);
    return { unit, date: when, ...provenance(o, p, ids), ...(note === undefined ? {} : { note }) };
  }
  const low = num(o, 'low', p, 0, 1e6);
  const central = num(o, 'central', p, low, 1e6);
  const high = num(o, 'high', p, central, 1e6);
  return { unit, low, central, high, date: when, ...provenance(o, p, ids) };
}

export function parseMeasures(root: Obj, ids: Set<string>): Measure[] {
  const seen = new Set<string>();
  return arr(root, 'measures', 'catalogue').map((v, i) => {
    const p = `catalogue.measures[${i}]`;
    const o = obj(v, p);
    const id = str(o, 'id', p);
    if (seen.has(id)) fail(`${p}.id`, 'unique among measures', id);
    seen.add(id);
    const applies_to = oneOf(o, 'applies_to', p, TARGETS);
    const m: Measure = {
      id,
      label_fr: str(o, 'label_fr', p),
      applies_to,
      exclusive_group: str(o, 'exclusive_group', p),
      forbidden_when_unesco: bool(o, 'forbidden_when_unesco', p),
      effect: effect(obj(o.effect, `${p}.effect`), `${p}.effect`, ids, applies_to),
      cost: cost(obj(o.cost, `${p}.cost`), `${p}.cost`, ids, applies_to),
      lifetime_years: (() => {
        const l = obj(o.lifetime_years, `${p}.lifetime_years`);
        return { value: num(l, 'value', `${p}.lifetime_years`, 1, 100), ...provenance(l, `${p}.lifetime_years`, ids) };
      })(),
      mpr_geste: o.mpr_geste === null ? null : str(o, 'mpr_geste', p),
    };
    if (applies_to === 'roof') m.roof_kind = oneOf(o, 'roof_kind', p, ROOF_KINDS);
    else if (o.roof_kind !== undefined)
      fail(`${p}.roof_kind`, 'absent for a measure that is not on the roof', o.roof_kind);
    return m;
  });
}

export function parsePackages(root: Obj, measureIds: Set<string>): RenovationPackage[] {
  return arr(root, 'packages', 'catalogue').map((v, i) => {
    const p = `catalogue.packages[${i}]`;
    const o = obj(v, p);
    const measures = arr(o, 'measures', p).map((m, k) => {
      if (typeof m !== 'string' || !measureIds.has(m)) fail(`${p}.measures[${k}]`, 'a measure id', m);
      return m;
    });
    const subs = obj(o.unesco_substitutes, `${p}.unesco_substitutes`);
    const unesco_substitutes: Record<string, string> = {};
    for (const [from, to] of Object.entries(subs)) {
      if (!measureIds.has(from)) fail(`${p}.unesco_substitutes`, 'keys that are measure ids', from);
      if (typeof to !== 'string' || !measureIds.has(to)) fail(`${p}.unesco_substitutes.${from}`, 'a measure id', to);
      unesco_substitutes[from] = to;
    }
    return {
      id: str(o, 'id', p),
      label_fr: str(o, 'label_fr', p),
      measures,
      target: str(o, 'target', p),
      unesco_substitutes,
    };
  });
}
