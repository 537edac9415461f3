import { AppError } from '../../errors/AppError.js';
import { createLocalFrame } from '../../../../engine/geo/localFrame.js';
import {
  countsToEvaluate,
  pvVerdict,
  sizingOptions,
  type Configuration,
  type Evaluated,
  type VatFacts,
  dailyProfile,
  evaluateCounts,
  productionOf,
  type FaceYield,
  type Heating,
  type PanelWeight,
  type Sizing,
} from '../../../../engine/economics/index.js';
import { layoutRoof, type RankedPanel } from '../../../../engine/layout/index.js';
import {
  DEFAULT_DC_AC_RATIO,
  DEFAULT_INVERTER_EFFICIENCY,
  DEFAULT_LOSSES,
  pvwattsLosses,
} from '../../../../engine/pv/index.js';
import { skyYearFor, type StoredYear } from '../weather/climate.js';
import { residentialTariffs } from '../../fixtures/loadFixture.js';
import { pickModule } from './catalogues.js';
import { cachedHouseholdProfile } from './cachedHouseholdProfile.js';
import { faceYield } from './faceYield.js';
import { roofInputs, type FaceRow } from './roofInputs.js';
import { kitSpots, plugInKitAnswers, type WallRow } from './plugInKits.js';
import { batteryOption } from './batteryOption.js';
import { solarWaterHeater } from './solarWaterHeater.js';

/*
 * The CPU part of a building's PV estimate, with no database: what the estimate workers run (estimatePool.ts) from
 * what buildingPv.ts read.
 */

export interface BuildingPvQuery {
  kwp_max?: number;
  budget_eur?: number;
  consumption_kwh?: number;
  heating: Heating;
  occupants: number;
  sizing: Sizing;
  module?: string;
  /** 'false' when the installer's offer does not meet the 5.5 % VAT's criteria (default 'true': applied only where the law allows) */
  reduced_vat?: 'true' | 'false';
  /** Only the plug-in kit of this many modules (default: every kit of the fixture) */
  kit_modules?: number;
  /** The home battery's usable capacity [kWh] beside the chosen system; absent or 0 for none */
  battery_kwh?: number;
  /** The solar water heater's collector area [m²]; default sized for the household */
  collector_m2?: number;
  /** The household's MaPrimeRénov' income band (aid for a solar water heater); default modeste */
  income_band?: 'tres_modeste' | 'modeste' | 'intermediaire' | 'superieur';
}

/** A building with its computed roof faces (pv/building_faces) and the typical year of its cadastre. */
export interface PvBuilding {
  id: number;
  weather_id: number | null;
  faces: FaceRow[];
  usage?: string | null;
  dwellings?: number | null;
  year_built?: number | null;
  walls?: WallRow | null;
}

/**
 * What the VAT of an installation on this building depends on (vatRuleFor): a dwelling when its usage says
 * residential or it holds dwellings (unknown usage counts as a dwelling: the homeowner's estimate is for homes —
 * an assumption), completed more than two years ago unless its year built says otherwise, and the equipment as the
 * homeowner says.
 */
export function vatFacts(row: PvBuilding, reducedVat: boolean, today = new Date()): VatFacts {
  const usage = row.usage?.trim().toLowerCase() ?? null;
  const dwelling = usage === null || usage === '' || usage.startsWith('résidentiel') || (row.dwellings ?? 0) > 0;
  const over2 = row.year_built === null || row.year_built === undefined || row.year_built <= today.getUTCFullYear() - 3;
  return { dwelling, compliant_equipment: reducedVat, dwelling_over_2_years: over2 };
}

/** One estimate to compute: the building, its local frame's origin [lon, lat], its typical year, the household. */
export interface PvTask {
  row: PvBuilding;
  origin: [number, number];
  weather: StoredYear;
  query: BuildingPvQuery;
}

/** Sky years for roofs are shared within 0.05° (≈ 5 km): the sun moves by < 0.05°, yields by < 0.1 %. */
const SKY_PRECISION_DEG = 0.05;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * What an estimate of one building starts from: its computed roof faces laid out with modules (engine/layout), the
 * hourly DC per kWp of each face that carries one of the first `panelLimit` panels (all of them by default), behind
 * its mean horizon (engine/pv), each of those panels scaled to its own samples' irradiation, and the household's
 * hourly load.
 */
function pvInputs(task: PvTask, panelLimit = Infinity) {
  const { row, origin, weather, query } = task;
  const module = pickModule(query.module);
  const tariffs = residentialTariffs();
  const sky = skyYearFor(weather, origin[1], origin[0], SKY_PRECISION_DEG);
  const skyKey = `${weather.id}:${weather.stamp}:${sky.latitude_deg}:${sky.longitude_deg}`;
  const frame = createLocalFrame(origin[0], origin[1]);
  const inputs = roofInputs(frame, row.faces);
  const layout = layoutRoof(inputs, module);
  const losses_pct = pvwattsLosses(DEFAULT_LOSSES);
  const pvOptions = { losses_pct, gammaPdc: module.gamma_pdc_pct_per_c / 100 };

  const panelKwp = module.wp / 1000;
  const largestBand = Math.max(...tariffs.installation_cost.bands.map((b) => b.max_kwp));
  const maxPanels = Math.min(layout.panels.length, Math.floor(largestBand / panelKwp + 1e-9));
  const ranked: RankedPanel[] = layout.panels.slice(0, Math.min(maxPanels, panelLimit));
  const faces = new Map<number, FaceYield>();
  for (const f of row.faces) {
    if (!ranked.some((p) => p.face_index === f.face_index)) continue;
    faces.set(f.face_index, faceYield(skyKey, sky, weather.year, f.tilt_deg, f.azimuth_deg, f.horizon_deg, pvOptions));
  }
  const weights: PanelWeight[] = ranked.map((p) => ({
    face_index: p.face_index,
    kwp: panelKwp,
    light_ratio: p.mean_kwh_m2 / faces.get(p.face_index)!.poa_kwh_m2,
  }));
  const household = cachedHouseholdProfile(weather, query);
  const context = {
    panels: weights,
    faces,
    load_kwh: household.load_kwh,
    month: sky.month,
    tariffs,
    dcAcRatio: DEFAULT_DC_AC_RATIO,
    inverterEfficiency: DEFAULT_INVERTER_EFFICIENCY,
    vat: vatFacts(row, query.reduced_vat !== 'false'),
  };
  return {
    row,
    origin,
    module,
    tariffs,
    weather,
    sky,
    skyKey,
    pvOptions,
    frame,
    losses_pct,
    panelKwp,
    maxPanels,
    ranked,
    weights,
    faces,
    household,
    context,
  };
}

/**
 * The self-consumption of the largest system within `kwp_max` on the roof (what sizing 'max' with that limit
 * chooses in pvAnswer), or null when the roof takes no module: the same figures as pvAnswer's chosen configuration,
 * with only that count evaluated and only the faces its panels lie on.
 */
export function pvWithin(task: PvTask, kwp_max: number): { kwp: number; self_consumed_kwh: number } | null {
  const module = pickModule(task.query.module);
  const limit = Math.floor(kwp_max / (module.wp / 1000) + 1e-9);
  if (limit < 1) return null;
  const { maxPanels, context } = pvInputs({ ...task, query: { ...task.query, sizing: 'max', kwp_max } }, limit);
  const count = Math.min(limit, maxPanels);
  if (count < 1) return null;
  const [chosen] = evaluateCounts(context, [count]);
  return { kwp: chosen!.config.kwp, self_consumed_kwh: chosen!.config.self_consumed_kwh };
}

/**
 * The homeowner's estimate for one building (what buildingPv read): modules laid out on its computed roof faces (engine/layout), each
 * face's hourly DC behind its mean horizon (engine/pv), each panel scaled to its own samples' irradiation, every
 * panel count tabulated against the household's hourly load with the dated tariffs (engine/economics), and the
 * count the sizing rule picks within the limits.
 */
export function pvAnswer(task: PvTask) {
  const {
    row,
    origin,
    module,
    tariffs,
    weather,
    sky,
    skyKey,
    pvOptions,
    frame,
    losses_pct,
    panelKwp,
    maxPanels,
    ranked,
    weights,
    faces,
    household,
    context,
  } = pvInputs(task);
  const { query } = task;

  const counts = countsToEvaluate(maxPanels);
  if (query.kwp_max !== undefined) {
    const limit = Math.floor(query.kwp_max / panelKwp + 1e-9);
    if (limit >= 1 && limit < maxPanels && !counts.includes(limit)) counts.push(limit);
    counts.sort((a, b) => a - b);
  }
  const evaluated = maxPanels === 0 ? [] : evaluateCounts(context, counts);
  // The three sizes shown side by side; the one the sizing rule asks for is the chosen one.
  const options = sizingOptions(
    evaluated,
    { kwp_max: query.kwp_max, budget_eur: query.budget_eur },
    household.annual_kwh,
  );
  const chosen = options[OPTION_OF_SIZING[query.sizing]];
  const chosenHourly = new Float64Array(household.load_kwh.length);
  if (chosen) productionOf(context, chosen.config.panels, chosenHourly);
  if (!chosen && evaluated.length > 0) {
    const first = evaluated[0]!;
    if (query.kwp_max !== undefined && first.config.kwp > query.kwp_max) {
      throw new AppError(422, 'kwp_max_too_small', `kwp_max: one module is already ${first.config.kwp} kWp`, [
        { field: 'kwp_max', message: `below one module (${first.config.kwp} kWp)` },
      ]);
    }
    throw new AppError(
      422,
      'budget_too_small',
      `budget_eur: the smallest system (${first.config.kwp} kWp) costs ${first.config.capex_eur} €`,
      [{ field: 'budget_eur', message: `below the cost of the smallest system (${first.config.capex_eur} €)` }],
    );
  }

  // Each panel's yearly AC: its DC share, through the chosen system's AC/DC ratio (the inverter's losses).
  const reference = chosen ?? evaluated[evaluated.length - 1];
  const dcYear = new Map<number, number>();
  for (const [faceIndex, y] of faces) dcYear.set(faceIndex, y.dc_w_per_kwp.reduce((s, w) => s + w, 0) / 1000);
  let referenceDc = 0;
  for (let i = 0; i < (reference?.config.panels ?? 0); i++) {
    referenceDc += weights[i]!.kwp * weights[i]!.light_ratio * dcYear.get(weights[i]!.face_index)!;
  }
  const acOverDc = reference && referenceDc > 0 ? reference.balance.production_kwh / referenceDc : 0;

  const features = ranked.map((p, i) => {
    const w = weights[i]!;
    const corners = p.corners.map((c) => [round(c[0], 3), round(c[1], 3), round(c[2], 3)]);
    const ring = [...p.corners, p.corners[0]].map((c) => {
      const [lon, lat] = frame.toLonLat([c[0], c[1]]);
      return [round(lon, 8), round(lat, 8), round(c[2], 3)];
    });
    return {
      type: 'Feature' as const,
      id: p.rank,
      geometry: { type: 'Polygon' as const, coordinates: [ring] },
      properties: {
        rank: p.rank,
        face_index: p.face_index,
        orientation: p.orientation,
        annual_kwh: Math.round(w.kwp * w.light_ratio * dcYear.get(w.face_index)! * acOverDc),
        mean_kwh_m2: round(p.mean_kwh_m2, 1),
        corners_local_m: corners,
      },
    };
  });
  const verdict = pvVerdict(maxPanels === 0 ? null : options.best_value);
  const spots = kitSpots(skyKey, sky, weather.year, row.faces, row.walls, pvOptions);
  const plugInKits = plugInKitAnswers(spots, household.load_kwh, tariffs, query.kit_modules);
  const economics = chosen?.economics.assumptions;
  const sources = tariffs.sources.map((s) => ({ id: s.id, title: s.title, url: s.url, date: s.date }));
  return {
    building_id: row.id,
    weather: weather.name,
    module: {
      id: module.id,
      manufacturer: module.manufacturer,
      model: module.model,
      wp: module.wp,
      length_m: module.length_m,
      width_m: module.width_m,
    },
    heating: query.heating,
    occupants: query.occupants,
    consumption_kwh: Math.round(household.annual_kwh),
    consumption_estimated: household.estimated,
    sizing: query.sizing,
    max_panels: maxPanels,
    chosen: chosen?.config ?? null,
    verdict,
    options: {
      best_value: configOf(options.best_value),
      cover_consumption: configOf(options.cover_consumption),
      fill_roof: configOf(options.fill_roof),
    },
    configurations: evaluated.map((e) => e.config),
    plug_in_kits: plugInKits,
    solar_water_heater: solarWaterHeater(
      skyKey,
      sky,
      weather.year,
      row.faces,
      pvOptions,
      { occupants: query.occupants, heating: query.heating },
      tariffs,
      query.collector_m2,
      query.income_band ?? 'modeste',
    ),
    battery: batteryOption(
      chosen?.config.kwp ?? null,
      chosenHourly,
      household.load_kwh,
      sky.month,
      tariffs,
      query.battery_kwh,
    ),
    monthly: {
      production_kwh: (chosen?.balance.monthly.production_kwh ?? new Array(12).fill(0)).map((x) => round(x, 1)),
      consumption_kwh: monthlyOf(household.load_kwh, sky.month).map((x) => round(x, 1)),
      self_consumed_kwh: (chosen?.balance.monthly.self_consumed_kwh ?? new Array(12).fill(0)).map((x) => round(x, 1)),
    },
    // The chosen system's mean day by local hour: when it produces, when the household uses, what overlaps.
    daily_profile: dailyProfile(weather.year.timeUtcMs, chosenHourly, household.load_kwh),
    assumptions: {
      tariffs_valid_from: tariffs.valid_from,
      retail_price_eur_kwh: tariffs.retail.price_eur_kwh_ttc.value,
      export_tariff_eur_kwh: economics?.export_tariff_eur_kwh ?? tariffs.oa_surplus.bands[0]!.export_tariff_eur_kwh,
      premium_eur_kwp: economics?.premium_eur_per_kwp ?? tariffs.oa_surplus.bands[0]!.premium_eur_per_kwp,
      installed_cost_eur_kwp:
        economics?.installation_eur_per_kwp_ttc ?? tariffs.installation_cost.bands[0]!.eur_per_kwp_ttc,
      price_drift_pct_yr: tariffs.retail.drift_pct_yr.value,
      degradation_pct_yr: tariffs.pv.degradation_pct_yr.value,
      discount_rate_pct: tariffs.finance.discount_rate_pct.value,
      lifetime_years: tariffs.pv.lifetime_years.value,
      losses_pct: round(losses_pct, 2),
      co2_kg_kwh: tariffs.co2.grid_factor_kg_kwh.value,
      oa_quarter: tariffs.oa_surplus.quarter,
      vat: vatOf(tariffs, chosen ?? evaluated[0] ?? null, context.vat),
      sources,
    },
    layout: { type: 'FeatureCollection' as const, features },
    origin: [round(origin[0], 8), round(origin[1], 8)] as [number, number],
  };
}

/** Which of the three sizes each sizing rule is (engine/economics sizingOptions applies chooseConfiguration per rule). */
const OPTION_OF_SIZING = { npv: 'best_value', consumption: 'cover_consumption', max: 'fill_roof' } as const;

const configOf = (e: Evaluated | null): Configuration | null => e?.config ?? null;

/**
 * The VAT in the chosen system's cost: its rate and rule, the reduced rule's conditions (so the homeowner can check
 * an offer against them) and what this building is taken to be.
 */
function vatOf(tariffs: ReturnType<typeof residentialTariffs>, chosen: Evaluated | null, facts: VatFacts) {
  const reduced = tariffs.vat.rules.reduce((low, r) => (r.rate_pct < low.rate_pct ? r : low));
  const rule = chosen?.economics.assumptions.vat_rule ?? null;
  return {
    rate_pct: chosen?.economics.assumptions.vat_rate_pct ?? null,
    applies_to: rule?.applies_to ?? null,
    source: rule?.source ?? null,
    reduced_rate_pct: reduced.rate_pct,
    reduced_max_kwp: reduced.max_kwp,
    reduced_valid_from: reduced.valid_from,
    reduced_conditions: reduced.applies_to,
    reduced_source: reduced.source,
    dwelling: facts.dwelling,
    compliant_equipment: facts.compliant_equipment,
  };
}

function monthlyOf(hourly: Float64Array, month: Uint8Array): number[] {
  const out = new Array<number>(12).fill(0);
  for (let i = 0; i < hourly.length; i++) out[month[i]!] = out[month[i]!]! + hourly[i]!;
  return out;
}
