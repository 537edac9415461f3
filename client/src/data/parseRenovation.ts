/**
 * GET /api/v1/buildings/{id}/renovation → BuildingRenovation. The whole answer is checked against the contract and a
 * malformed one is refused (TypeError or RangeError naming the field): a half-read estimate would show a wrong
 * class, a wrong aid or a wrong rental status to a household deciding on works.
 */
import { idOrNull } from './json';
import {
  DPE_LETTERS,
  OWNERS,
  type BuildingRenovation,
  type CostRange,
  type DwellingState,
  type RenovationDwelling,
  type RenovationMeasure,
  type RenovationPackage,
  type RenovationWithPv,
} from './renovationTypes';
import { array, bool, int, isoDate, num, oneOf, optionalStr, record, str } from './strictJson';

/**
 * Slack when checking a total against its parts: the API may round each of the five figures to the unit, so the
 * sum can drift by up to 5 × 0.5 [kWh or €]; 0.1 % covers rounding to a relative precision instead.
 */
const slack = (value: number) => Math.max(2.5, Math.abs(value) * 1e-3);

const rank = (letter: string) => DPE_LETTERS.indexOf(letter as (typeof DPE_LETTERS)[number]);

export function parseState(json: unknown, path: string, date: string): DwellingState {
  const s = record(json, path);
  const letter = oneOf(s.letter, `${path}.letter`, DPE_LETTERS);
  const energyLetter = oneOf(s.energy_letter, `${path}.energy_letter`, DPE_LETTERS);
  const ghgLetter = oneOf(s.ghg_letter, `${path}.ghg_letter`, DPE_LETTERS);
  // The double threshold (arrêté du 31 mars 2021, annexe 5): the class is the worse of the two letters.
  if (rank(letter) !== Math.max(rank(energyLetter), rank(ghgLetter)))
    throw new RangeError(
      `${path}.letter (${letter}) must be the worse of energy_letter (${energyLetter}) and ghg_letter (${ghgLetter})`,
    );
  const f = record(s.final_kwh, `${path}.final_kwh`);
  const use = (key: string) => num(f[key], `${path}.final_kwh.${key}`, 0);
  const final_kwh = {
    heating: use('heating'),
    hotWater: use('hot_water'),
    lighting: use('lighting'),
    auxiliaries: use('auxiliaries'),
    total: use('total'),
  };
  const sum = final_kwh.heating + final_kwh.hotWater + final_kwh.lighting + final_kwh.auxiliaries;
  if (Math.abs(final_kwh.total - sum) > slack(sum))
    throw new RangeError(`${path}.final_kwh.total (${final_kwh.total}) must be the sum of the end uses (${sum})`);
  const r = record(s.rental, `${path}.rental`);
  const allowed = bool(r.allowed, `${path}.rental.allowed`);
  const bannedFrom = r.banned_from === null ? null : isoDate(r.banned_from, `${path}.rental.banned_from`);
  // Calendar days compare as YYYY-MM-DD strings.
  if (!allowed && (bannedFrom === null || bannedFrom.slice(0, 10) > date.slice(0, 10)))
    throw new RangeError(`${path}.rental.banned_from must be a date on or before ${date} when letting is not allowed`);
  if (allowed && bannedFrom !== null && bannedFrom.slice(0, 10) <= date.slice(0, 10))
    throw new RangeError(`${path}.rental.banned_from must be after ${date} when letting is allowed`);
  return {
    letter,
    energyLetter,
    ghgLetter,
    ep_kwh_m2: num(s.ep_kwh_m2, `${path}.ep_kwh_m2`, 0),
    ghg_kg_m2: num(s.ghg_kg_m2, `${path}.ghg_kg_m2`, 0),
    heatingNeed_kwh_m2: num(s.heating_need_kwh_m2, `${path}.heating_need_kwh_m2`, 0),
    final_kwh,
    bill_eur_yr: num(s.bill_eur_yr, `${path}.bill_eur_yr`, 0),
    co2_kg_yr: num(s.co2_kg_yr, `${path}.co2_kg_yr`, 0),
    rental: { allowed, bannedFrom },
  };
}

function parseCost(json: unknown, path: string): CostRange {
  const c = record(json, path);
  const low_eur = num(c.low, `${path}.low`, 0);
  const central_eur = num(c.central, `${path}.central`, low_eur);
  const high_eur = num(c.high, `${path}.high`, central_eur);
  return { low_eur, central_eur, high_eur };
}

function parseMeasure(json: unknown, path: string): RenovationMeasure {
  const m = record(json, path);
  return {
    id: str(m.id, `${path}.id`),
    labelFr: str(m.label_fr, `${path}.label_fr`),
    labelEn: str(m.label_en, `${path}.label_en`),
    cost: parseCost(m.cost_eur, `${path}.cost_eur`),
  };
}

function parsePackage(json: unknown, path: string, current: DwellingState, date: string): RenovationPackage {
  const p = record(json, path);
  const after = parseState(p.after, `${path}.after`, date);
  const cost = parseCost(p.cost_eur, `${path}.cost_eur`);
  // MaPrimeRénov' never exceeds the cost (écrêtement at 90 % of the TTC cost at most; Anah 2026).
  const aid_eur = num(p.aid_eur, `${path}.aid_eur`, 0, cost.central_eur);
  const netCost_eur = num(p.net_cost_eur, `${path}.net_cost_eur`);
  // Cost, aid and net cost may each be rounded to the euro: 3 × 0.5 €.
  if (Math.abs(netCost_eur - (cost.central_eur - aid_eur)) > 1.5)
    throw new RangeError(`${path}.net_cost_eur (${netCost_eur}) must be cost_eur.central − aid_eur`);
  const savings_eur_yr = num(p.savings_eur_yr, `${path}.savings_eur_yr`);
  if (Math.abs(savings_eur_yr - (current.bill_eur_yr - after.bill_eur_yr)) > slack(current.bill_eur_yr))
    throw new RangeError(`${path}.savings_eur_yr (${savings_eur_yr}) must be the bill before − the bill after`);
  const payback_yr = p.payback_years === null ? null : num(p.payback_years, `${path}.payback_years`, 0);
  // Savings rounded to 0 € may hide a few cents either way, so only a clear sign is held against the payback.
  if (payback_yr === null && savings_eur_yr >= 1)
    throw new TypeError(`${path}.payback_years: expected a number when savings_eur_yr is ${savings_eur_yr}`);
  if (payback_yr !== null && savings_eur_yr < 0)
    throw new RangeError(`${path}.payback_years must be null when savings_eur_yr is ${savings_eur_yr}`);
  const classesGained = int(p.classes_gained, `${path}.classes_gained`, -6, 6);
  const gained = rank(current.letter) - rank(after.letter);
  if (classesGained !== gained && !(gained < 0 && classesGained === 0))
    throw new RangeError(
      `${path}.classes_gained (${classesGained}) must be ${gained} (${current.letter} → ${after.letter})`,
    );
  return {
    id: str(p.id, `${path}.id`),
    labelFr: str(p.label_fr, `${path}.label_fr`),
    labelEn: str(p.label_en, `${path}.label_en`),
    measures: array(p.measures, `${path}.measures`).map((m, k) => parseMeasure(m, `${path}.measures[${k}]`)),
    after,
    cost,
    aid_eur,
    aidRule: str(p.aid_rule, `${path}.aid_rule`),
    netCost_eur,
    savings_eur_yr,
    payback_yr,
    classesGained,
  };
}

function parseDwelling(json: unknown, path = 'dwelling'): RenovationDwelling {
  const d = record(json, path);
  const area = (key: string) => num(d[key], `${path}.${key}`, 0);
  return {
    typology: optionalStr(d.typology, `${path}.typology`),
    yearBuilt: d.year_built === null ? null : int(d.year_built, `${path}.year_built`, 1700, 2100),
    ageBand: str(d.age_band, `${path}.age_band`),
    floorArea_m2: num(d.floor_area_m2, `${path}.floor_area_m2`, Number.MIN_VALUE),
    storeys: int(d.storeys, `${path}.storeys`, 1),
    partyWall_m: area('party_wall_m'),
    exposedWall_m2: area('exposed_wall_m2'),
    window_m2: area('window_m2'),
    roof_m2: area('roof_m2'),
    floor_m2: area('floor_m2'),
    heating: str(d.heating, `${path}.heating`),
    hotWater: str(d.hot_water, `${path}.hot_water`),
    ventilation: str(d.ventilation, `${path}.ventilation`),
    unesco: bool(d.unesco, `${path}.unesco`),
    dwellings: int(d.dwellings, `${path}.dwellings`, 1),
  };
}

function parseWithPv(json: unknown, date: string, path = 'with_pv'): RenovationWithPv | null {
  if (json === null) return null;
  const w = record(json, path);
  return {
    kwp: num(w.kwp, `${path}.kwp`, Number.MIN_VALUE),
    selfConsumed_kwh: num(w.self_consumed_kwh, `${path}.self_consumed_kwh`, 0),
    current: parseState(w.current, `${path}.current`, date),
    bestPackage: w.best_package === null ? null : parseState(w.best_package, `${path}.best_package`, date),
  };
}

/** Parses and checks a /renovation answer (contract: docs/client.md, « Rénovation »). */
export function parseRenovation(json: unknown): BuildingRenovation {
  const j = record(json, 'renovation');
  const date = isoDate(j.date, 'date');
  const current = parseState(j.current, 'current', date);
  const owner = oneOf(j.owner, 'owner', OWNERS);
  const packages = array(j.packages, 'packages').map((p, k) => parsePackage(p, `packages[${k}]`, current, date));
  const ids = new Set<string>();
  packages.forEach((p, k) => {
    if (ids.has(p.id)) throw new RangeError(`packages[${k}].id: ${JSON.stringify(p.id)} appears twice`);
    ids.add(p.id);
    // Social landlords are not eligible to MaPrimeRénov' (Anah; docs/renovation.md).
    if (owner === 'social_landlord' && p.aid_eur !== 0)
      throw new RangeError(`packages[${k}].aid_eur must be 0 for a social landlord, got ${p.aid_eur}`);
  });
  const prices = record(j.energy_prices, 'energy_prices');
  const eur = record(prices.eur_kwh, 'energy_prices.eur_kwh');
  const eur_kwh: Record<string, number> = {};
  for (const [carrier, price] of Object.entries(eur))
    eur_kwh[carrier] = num(price, `energy_prices.eur_kwh.${carrier}`, 0);
  return {
    buildingId: int(idOrNull(j.building_id) ?? j.building_id, 'building_id', 0),
    date,
    notice: str(j.notice, 'notice'),
    dwelling: parseDwelling(j.dwelling),
    owner,
    current,
    packages,
    withPv: parseWithPv(j.with_pv, date),
    energyPrices: { date: isoDate(prices.date, 'energy_prices.date'), eur_kwh },
  };
}
