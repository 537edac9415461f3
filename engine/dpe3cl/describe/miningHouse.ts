import type { HouseDescription, Insulation } from './houseLogement';
import {
  HEATING_KINDS,
  VENTILATION_KINDS,
  WINDOW_KINDS,
  type DoorKind,
  type HeatingKind,
  type VentilationKind,
  type WindowKind,
} from './vocabulary';

/*
 * The likely state of a mining house (fixtures/dpe/mining-priors.json): three states of works (S0 never renovated,
 * S1 modernised 1970s–2000s, S2 deep renovation since 2011), their shares by typology at 2017 and 2026, and per state
 * the shares of each component. A house's state and components are drawn from its id by a fixed hash, so that the same
 * house gets the same answer every time and a house renovated by a date stays renovated after it.
 */

export const WORKS_STATES = ['S0', 'S1', 'S2'] as const;
export type WorksState = (typeof WORKS_STATES)[number];
type Shares<K extends string> = Readonly<Record<K, number>>;

export interface StateComponents {
  heating: Shares<HeatingKind>;
  windows: Shares<WindowKind>;
  ceiling: Shares<'none' | 'some' | 'recent'>;
  walls: Shares<'none' | 'iti_thin' | 'iti'>;
  ventilation: Shares<VentilationKind>;
  floor: Shares<'none' | 'insulated'>;
  door: Shares<DoorKind>;
}

export interface TypologyConstruction {
  wall: { material_id: number; thickness_cm: number };
  floor: { adjacency_id: 5 | 6; type_id: number };
  ceiling_type_id: number;
  hsp_m: number;
}

export interface MiningPriors {
  anchor_years: readonly [number, number];
  state_shares: Readonly<Record<string, { readonly [year: string]: readonly [number, number, number] }>>;
  components: Readonly<Record<WorksState, StateComponents>>;
  insulation: Readonly<
    Record<'ceiling_some' | 'ceiling_recent' | 'walls_iti_thin' | 'walls_iti' | 'floor_insulated', Insulation>
  >;
  construction: Readonly<Record<string, TypologyConstruction>>;
}

const COMPONENT_KEYS: Record<keyof StateComponents, readonly string[]> = {
  heating: HEATING_KINDS,
  windows: WINDOW_KINDS,
  ceiling: ['none', 'some', 'recent'],
  walls: ['none', 'iti_thin', 'iti'],
  ventilation: VENTILATION_KINDS,
  floor: ['none', 'insulated'],
  door: ['wood', 'insulated'],
};

/** Validates fixtures/dpe/mining-priors.json; a RangeError names the bad field. */
export function parseMiningPriors(raw: unknown): MiningPriors {
  const o = raw as Record<string, unknown>;
  const fail = (path: string, why: string): never => {
    throw new RangeError(`mining priors: ${path} ${why}`);
  };
  const years = o['anchor_years'];
  if (!Array.isArray(years) || years.length !== 2 || !(years[0] < years[1]))
    fail('anchor_years', 'must be two increasing years');
  const shares = o['state_shares'] as Record<string, Record<string, unknown>> | undefined;
  if (!shares || typeof shares !== 'object') fail('state_shares', 'is missing');
  for (const [typ, byYear] of Object.entries(shares!)) {
    for (const y of years as number[]) {
      const s = byYear[String(y)];
      if (
        !Array.isArray(s) ||
        s.length !== 3 ||
        s.some((x) => typeof x !== 'number' || x < 0) ||
        Math.abs(s.reduce((a: number, b: number) => a + b, 0) - 1) > 1e-6
      )
        fail(`state_shares.${typ}.${y}`, 'must be three shares summing to 1');
    }
  }
  const comps = o['components'] as Record<string, Record<string, Record<string, unknown>>> | undefined;
  for (const st of WORKS_STATES) {
    const c = comps?.[st];
    if (!c) fail(`components.${st}`, 'is missing');
    for (const [key, allowed] of Object.entries(COMPONENT_KEYS)) {
      const dist = c![key];
      if (!dist || typeof dist !== 'object') fail(`components.${st}.${key}`, 'is missing');
      let sum = 0;
      for (const [k, v] of Object.entries(dist!)) {
        if (!allowed.includes(k)) fail(`components.${st}.${key}.${k}`, `is not one of ${allowed.join(', ')}`);
        if (typeof v !== 'number' || v < 0) fail(`components.${st}.${key}.${k}`, 'must be a share ≥ 0');
        sum += v as number;
      }
      if (Math.abs(sum - 1) > 1e-6) fail(`components.${st}.${key}`, `shares sum to ${sum}, not 1`);
    }
  }
  const ins = o['insulation'] as Record<string, Insulation> | undefined;
  for (const k of ['ceiling_some', 'ceiling_recent', 'walls_iti_thin', 'walls_iti', 'floor_insulated']) {
    const v = ins?.[k];
    if (!v || (v.kind !== 'thickness' && v.kind !== 'resistance'))
      fail(`insulation.${k}`, 'must be a thickness or a resistance');
  }
  const cons = o['construction'] as Record<string, TypologyConstruction> | undefined;
  if (!cons || Object.keys(cons).length === 0) fail('construction', 'is missing');
  return raw as MiningPriors;
}

/** FNV-1a hash of a text to [0, 1): the fixed "draw" of a house for one question. */
export function unitHash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One round of a finaliser (murmur3 fmix32) spreads the low bits.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return (h >>> 0) / 4294967296;
}

/** The shares of S0, S1, S2 for a typology at a year, linear between the anchor years and constant outside. */
export function stateShares(priors: MiningPriors, typology: string, year: number): [number, number, number] {
  const byYear = priors.state_shares[typology];
  if (!byYear) throw new RangeError(`mining priors: no state shares for typology ${typology}`);
  const [y0, y1] = priors.anchor_years;
  const a = byYear[String(y0)]!;
  const b = byYear[String(y1)]!;
  const t = Math.min(1, Math.max(0, (year - y0) / (y1 - y0)));
  return [0, 1, 2].map((i) => a[i]! + (b[i]! - a[i]!) * t) as [number, number, number];
}

/** Picks from shares with a draw u in [0, 1). */
function pick<K extends string>(shares: Shares<K>, u: number): K {
  let acc = 0;
  const entries = Object.entries(shares) as [K, number][];
  for (const [k, v] of entries) {
    acc += v;
    if (u < acc) return k;
  }
  return entries.filter(([, v]) => v > 0).at(-1)![0];
}

/** A house's works: its state and the component of each kind. */
export interface HouseWorks {
  state: WorksState;
  heating: HeatingKind;
  windows: WindowKind;
  ceiling: 'none' | 'some' | 'recent';
  walls: 'none' | 'iti_thin' | 'iti';
  ventilation: VentilationKind;
  floor: 'none' | 'insulated';
  door: DoorKind;
}

/**
 * The works of one house at a year: the state from the house's draw against the shares (S2 first, then S1, then S0,
 * so that as S2 grows over the years a house only moves towards more works), then each component from its own draw.
 * `state` forces a state (for the range of likely classes).
 */
export function houseWorks(
  priors: MiningPriors,
  typology: string,
  key: string,
  year: number,
  state?: WorksState,
): HouseWorks {
  const [s0, s1, s2] = stateShares(priors, typology, year);
  const u = unitHash(`${key}/state`);
  const st: WorksState = state ?? (u < s2 ? 'S2' : u < s2 + s1 ? 'S1' : s0 > 0 ? 'S0' : 'S1');
  const c = priors.components[st];
  const draw = (what: string) => unitHash(`${key}/${what}`);
  return {
    state: st,
    heating: pick(c.heating, draw('heating')),
    windows: pick(c.windows, draw('windows')),
    ceiling: pick(c.ceiling, draw('ceiling')),
    walls: pick(c.walls, draw('walls')),
    ventilation: pick(c.ventilation, draw('ventilation')),
    floor: pick(c.floor, draw('floor')),
    door: pick(c.door, draw('door')),
  };
}

/** What the cadastre knows of a house's shape (per dwelling). */
export interface HouseGeometry {
  year_built: number;
  floor_area_m2: number;
  storeys: number;
  /** Exterior walls, opaque, and windows, by azimuth [°] clockwise from north. */
  walls: readonly { area_m2: number; azimuth_deg: number }[];
  windows: readonly { area_m2: number; azimuth_deg: number }[];
  ground_floor_m2: number;
  /** Exposed perimeter of the ground floor [m] (party walls excluded). */
  exposed_perimeter_m: number;
  /** Area of the top floor's ceiling and of the pitched roof above it [m²]. */
  ceiling_m2: number;
  roof_m2: number;
}

/** 3CL orientation of an azimuth: nord [315, 45), est [45, 135), sud [135, 225), ouest [225, 315). */
export function orientationId(azimuth_deg: number): number {
  const a = ((azimuth_deg % 360) + 360) % 360;
  return a < 45 || a >= 315 ? 2 : a < 135 ? 3 : a < 225 ? 1 : 4;
}

/** ADEME periode_construction id of a year. */
export function periodId(year: number): number {
  const bounds = [1947, 1974, 1977, 1982, 1988, 2000, 2005, 2012, 2021];
  const i = bounds.findIndex((b) => year <= b);
  return i === -1 ? 10 : i + 1;
}

/** The house described for the 3CL method: construction by typology, works as drawn, geometry as measured. */
export function miningHouseDescription(
  priors: MiningPriors,
  typology: string,
  g: HouseGeometry,
  works: HouseWorks,
  climate: { zone_id: number; altitude_class_id: number },
): HouseDescription {
  const cons = priors.construction[typology];
  if (!cons) throw new RangeError(`mining priors: no construction for typology ${typology}`);
  const ins = priors.insulation;
  const none: Insulation = { kind: 'none' };
  const byOrientation = <T extends { area_m2: number; azimuth_deg: number }>(xs: readonly T[]) => {
    const m = new Map<number, number>();
    for (const x of xs)
      if (x.area_m2 > 0) m.set(orientationId(x.azimuth_deg), (m.get(orientationId(x.azimuth_deg)) ?? 0) + x.area_m2);
    return [...m.entries()].map(([orientation_id, area_m2]) => ({
      orientation_id,
      area_m2: Math.round(area_m2 * 100) / 100,
    }));
  };
  const door_m2 = 2;
  const walls = byOrientation(g.walls);
  // The door takes its place in the largest wall.
  const largest = walls.reduce(
    (a, b) => (b.area_m2 > a.area_m2 ? b : a),
    walls[0] ?? { orientation_id: 1, area_m2: 0 },
  );
  largest.area_m2 = Math.max(0, Math.round((largest.area_m2 - door_m2) * 100) / 100);
  return {
    year_built: g.year_built,
    period_id: periodId(g.year_built),
    surface_habitable_m2: Math.round(g.floor_area_m2 * 100) / 100,
    levels: g.storeys,
    hsp_m: cons.hsp_m,
    zone_id: climate.zone_id,
    altitude_class_id: climate.altitude_class_id,
    walls,
    wall: {
      ...cons.wall,
      insulation: works.walls === 'none' ? none : works.walls === 'iti_thin' ? ins.walls_iti_thin : ins.walls_iti,
    },
    floor: {
      area_m2: g.ground_floor_m2,
      perimeter_m: g.exposed_perimeter_m,
      adjacency_id: cons.floor.adjacency_id,
      type_id: cons.floor.type_id,
      insulation: works.floor === 'insulated' ? ins.floor_insulated : none,
    },
    ceiling: {
      area_m2: g.ceiling_m2,
      roof_area_m2: g.roof_m2,
      type_id: cons.ceiling_type_id,
      insulation: works.ceiling === 'none' ? none : works.ceiling === 'some' ? ins.ceiling_some : ins.ceiling_recent,
    },
    windows: byOrientation(g.windows).map((w) => ({ ...w, kind: works.windows })),
    door: { area_m2: door_m2, kind: works.door },
    ventilation: works.ventilation,
    heating: works.heating,
  };
}
