/**
 * The « Bailleur » answers → records. Every answer is checked against the contract and a malformed one is refused
 * (TypeError or RangeError naming the field): a plan read halfway would show a landlord a wrong number of houses
 * that may no longer be let, or a spend over the budget they set.
 */
import { idOrNull } from './json';
import {
  NON_COMPLIANCE_REASONS,
  STRATEGIES,
  type EstimateHouse,
  type LandlordMe,
  type NonCompliance,
  type Plan,
  type PlanAnswer,
  type PlanAssignment,
  type PlanDeadline,
  type PlanTotals,
  type PlanYear,
  type PortfolioDetail,
  type PortfolioEstimate,
  type PortfolioSelection,
  type PortfolioSummary,
  type StrategyComparison,
} from './landlordTypes';
import { DPE_LETTERS, type DpeLetter } from './renovationTypes';
import { array, bool, int, isoDate, num, oneOf, record, str, type Json } from './strictJson';

/** Euros may be rounded to the cent or the unit on either side of a sum: 1 € per term, at least 1 € [€]. */
const euroSlack = (terms: number) => Math.max(1, terms);

const rank = (letter: DpeLetter) => DPE_LETTERS.indexOf(letter);

/** An id that may come as a number or a numeric string (bigint columns serialised as text). */
function id(value: unknown, path: string): number {
  return int(idOrNull(value) ?? value, path, 0);
}

const letter = (value: unknown, path: string) => oneOf(value, path, DPE_LETTERS);

/** Houses per class, every class present; returns the counts and their sum. */
export function parseClasses(json: unknown, path: string): Record<DpeLetter, number> {
  const c = record(json, path);
  const out = {} as Record<DpeLetter, number>;
  for (const l of DPE_LETTERS) out[l] = int(c[l], `${path}.${l}`, 0);
  return out;
}

const classTotal = (classes: Record<DpeLetter, number>) => DPE_LETTERS.reduce((n, l) => n + classes[l], 0);

export function parseMe(json: unknown): LandlordMe {
  const j = record(json, 'me');
  const o = record(j.organisation, 'organisation');
  return {
    organisation: {
      id: id(o.id, 'organisation.id'),
      slug: str(o.slug, 'organisation.slug'),
      name: str(o.name, 'organisation.name'),
    },
    buildings: int(j.buildings, 'buildings', 0),
  };
}

function parseSelection(json: unknown, path: string): PortfolioSelection {
  const s = record(json, path);
  const out: PortfolioSelection = {};
  if (s.cite !== undefined && s.cite !== null) out.cite = str(s.cite, `${path}.cite`);
  if (s.commune !== undefined && s.commune !== null) out.commune = str(s.commune, `${path}.commune`);
  if (s.bbox !== undefined && s.bbox !== null) {
    const b = array(s.bbox, `${path}.bbox`, 4).map((v, k) => num(v, `${path}.bbox[${k}]`, -180, 180));
    if (b[0]! >= b[2]! || b[1]! >= b[3]!) throw new RangeError(`${path}.bbox must be [minLon, minLat, maxLon, maxLat]`);
    out.bbox = [b[0]!, b[1]!, b[2]!, b[3]!];
  }
  if (s.typologies !== undefined && s.typologies !== null)
    out.typologies = array(s.typologies, `${path}.typologies`).map((t, k) => str(t, `${path}.typologies[${k}]`));
  if (s.ids !== undefined && s.ids !== null)
    out.ids = array(s.ids, `${path}.ids`).map((v, k) => id(v, `${path}.ids[${k}]`));
  return out;
}

function parseSummary(json: unknown, path: string, selectionRequired = true): PortfolioSummary {
  const p = record(json, path);
  return {
    id: id(p.id, `${path}.id`),
    name: str(p.name, `${path}.name`),
    selection: selectionRequired || p.selection !== undefined ? parseSelection(p.selection, `${path}.selection`) : {},
    buildings: int(p.buildings, `${path}.buildings`, 0),
    createdAt: isoDate(p.created_at, `${path}.created_at`),
  };
}

/** GET /portfolios. */
export function parsePortfolioList(json: unknown): PortfolioSummary[] {
  const j = record(json, 'portfolios');
  return array(j.portfolios, 'portfolios').map((p, k) => parseSummary(p, `portfolios[${k}]`));
}

/** POST /portfolios (the selection is the one sent, so the answer may leave it out). */
export function parsePortfolioCreated(json: unknown): PortfolioSummary {
  return parseSummary(json, 'portfolio', false);
}

/** GET /portfolios/{id}: the ids must be as many as `buildings`, each once. */
export function parsePortfolio(json: unknown): PortfolioDetail {
  const summary = parseSummary(json, 'portfolio');
  const ids = array(record(json, 'portfolio').building_ids, 'building_ids').map((v, k) => id(v, `building_ids[${k}]`));
  if (ids.length !== summary.buildings)
    throw new RangeError(`building_ids has ${ids.length} ids but buildings is ${summary.buildings}`);
  if (new Set(ids).size !== ids.length) throw new RangeError('building_ids: an id appears twice');
  return { ...summary, buildingIds: ids };
}

function parseHouse(json: unknown, path: string): EstimateHouse {
  const h = record(json, path);
  const c = array(h.center, `${path}.center`, 2);
  const current = letter(h.letter, `${path}.letter`);
  return {
    buildingId: id(h.building_id, `${path}.building_id`),
    letter: current,
    ep_kwh_m2: num(h.ep_kwh_m2, `${path}.ep_kwh_m2`, 0),
    center: [num(c[0], `${path}.center[0]`, -180, 180), num(c[1], `${path}.center[1]`, -90, 90)],
    packages: array(h.packages, `${path}.packages`).map((p, k) => {
      const q = record(p, `${path}.packages[${k}]`);
      return {
        id: str(q.id, `${path}.packages[${k}].id`),
        letter: letter(q.letter, `${path}.packages[${k}].letter`),
        cost_eur: num(q.cost_eur, `${path}.packages[${k}].cost_eur`, 0),
      };
    }),
  };
}

/** GET /portfolios/{id}/estimate: the classes must count the houses listed. */
export function parseEstimate(json: unknown): PortfolioEstimate {
  const j = record(json, 'estimate');
  const buildings = int(j.buildings, 'buildings', 0);
  const classes = parseClasses(j.classes, 'classes');
  const houses = array(j.houses, 'houses').map((h, k) => parseHouse(h, `houses[${k}]`));
  if (classTotal(classes) !== buildings)
    throw new RangeError(`classes count ${classTotal(classes)} houses but buildings is ${buildings}`);
  if (houses.length !== buildings)
    throw new RangeError(`houses has ${houses.length} items but buildings is ${buildings}`);
  for (const l of DPE_LETTERS) {
    const n = houses.filter((h) => h.letter === l).length;
    if (n !== classes[l]) throw new RangeError(`classes.${l} is ${classes[l]} but ${n} houses are ${l}`);
  }
  return { portfolioId: id(j.portfolio_id, 'portfolio_id'), date: isoDate(j.date, 'date'), buildings, classes, houses };
}

function parseTotals(json: unknown, path: string): PlanTotals {
  const t = record(json, path);
  const classesStart = parseClasses(t.classes_start, `${path}.classes_start`);
  const classesEnd = parseClasses(t.classes_end, `${path}.classes_end`);
  if (classTotal(classesStart) !== classTotal(classesEnd))
    throw new RangeError(
      `${path}.classes_end must count as many houses as classes_start (${classTotal(classesStart)})`,
    );
  return {
    spend_eur: num(t.spend_eur, `${path}.spend_eur`, 0),
    budget_eur: num(t.budget_eur, `${path}.budget_eur`, 0),
    housesRenovated: int(t.houses_renovated, `${path}.houses_renovated`, 0, classTotal(classesStart)),
    energySaved_kwh_yr: num(t.energy_saved_kwh_yr, `${path}.energy_saved_kwh_yr`),
    co2Saved_kg_yr: num(t.co2_saved_kg_yr, `${path}.co2_saved_kg_yr`),
    billSaved_eur_yr: num(t.bill_saved_eur_yr, `${path}.bill_saved_eur_yr`),
    classesStart,
    classesEnd,
    housesBelowTargetEnd: int(t.houses_below_target_end, `${path}.houses_below_target_end`, 0),
  };
}

function parseAssignment(json: unknown, path: string): PlanAssignment {
  const a = record(json, path);
  const letterBefore = letter(a.letter_before, `${path}.letter_before`);
  const letterAfter = letter(a.letter_after, `${path}.letter_after`);
  if (rank(letterAfter) > rank(letterBefore))
    throw new RangeError(
      `${path}.letter_after (${letterAfter}) must not be worse than letter_before (${letterBefore})`,
    );
  return {
    houseId: id(a.house_id, `${path}.house_id`),
    year: int(a.year, `${path}.year`, 1900, 2200),
    packageId: str(a.package_id, `${path}.package_id`),
    cost_eur: num(a.cost_eur, `${path}.cost_eur`, 0),
    letterBefore,
    letterAfter,
  };
}

function parseYear(json: unknown, path: string): PlanYear {
  const y = record(json, path);
  return {
    year: int(y.year, `${path}.year`, 1900, 2200),
    spend_eur: num(y.spend_eur, `${path}.spend_eur`, 0),
    budget_eur: num(y.budget_eur, `${path}.budget_eur`, 0),
    houses: int(y.houses, `${path}.houses`, 0),
    classes: parseClasses(y.classes, `${path}.classes`),
    energy_kwh_yr: num(y.energy_kwh_yr, `${path}.energy_kwh_yr`, 0),
    co2_kg_yr: num(y.co2_kg_yr, `${path}.co2_kg_yr`, 0),
    bills_eur_yr: num(y.bills_eur_yr, `${path}.bills_eur_yr`, 0),
  };
}

function parseNonCompliance(json: unknown, path: string, banned: DpeLetter): NonCompliance {
  const n = record(json, path);
  const l = letter(n.letter, `${path}.letter`);
  // Not compliant means banned: the class at the deadline is the banned one or worse (loi Climat et Résilience).
  if (rank(l) < rank(banned)) throw new RangeError(`${path}.letter (${l}) may be let when ${banned} is banned`);
  return {
    houseId: id(n.house_id, `${path}.house_id`),
    letter: l,
    reason: oneOf(n.reason, `${path}.reason`, NON_COMPLIANCE_REASONS),
    worksYear: n.works_year === null || n.works_year === undefined ? null : int(n.works_year, `${path}.works_year`),
  };
}

const orNull = (value: unknown, path: string) => (value === null || value === undefined ? null : num(value, path, 0));

function parseDeadline(json: unknown, path: string): PlanDeadline {
  const d = record(json, path);
  const bannedLetter = letter(d.banned_letter, `${path}.banned_letter`);
  return {
    date: isoDate(d.date, `${path}.date`).slice(0, 10),
    bannedLetter,
    passedAtStart: d.passed_at_start === undefined ? false : bool(d.passed_at_start, `${path}.passed_at_start`),
    nonCompliant: array(d.non_compliant, `${path}.non_compliant`).map((n, k) =>
      parseNonCompliance(n, `${path}.non_compliant[${k}]`, bannedLetter),
    ),
    requiredMin_eur: orNull(d.required_min_eur, `${path}.required_min_eur`),
    budgetUntil_eur: orNull(d.budget_until_eur, `${path}.budget_until_eur`),
    provablyInfeasible:
      d.provably_infeasible === undefined ? false : bool(d.provably_infeasible, `${path}.provably_infeasible`),
  };
}

/** A plan, checked for what the charts and tables rely on: one year after another, each year's works adding up. */
export function parsePlan(json: unknown, path = 'plan'): Plan {
  const p = record(json, path);
  const totals = parseTotals(p.totals, `${path}.totals`);
  const stock = classTotal(totals.classesStart);
  const assignments = array(p.assignments, `${path}.assignments`).map((a, k) =>
    parseAssignment(a, `${path}.assignments[${k}]`),
  );
  const years = array(p.years, `${path}.years`).map((y, k) => parseYear(y, `${path}.years[${k}]`));
  if (years.length === 0) throw new RangeError(`${path}.years must not be empty`);
  const startYear = p.start_year === undefined ? years[0]!.year : int(p.start_year, `${path}.start_year`, 1900, 2200);
  years.forEach((y, k) => {
    const at = `${path}.years[${k}]`;
    if (y.year !== startYear + k) throw new RangeError(`${at}.year must be ${startYear + k}, got ${y.year}`);
    if (classTotal(y.classes) !== stock)
      throw new RangeError(`${at}.classes count ${classTotal(y.classes)} houses, the stock has ${stock}`);
    const works = assignments.filter((a) => a.year === y.year);
    if (works.length !== y.houses) throw new RangeError(`${at}.houses is ${y.houses} but ${works.length} are assigned`);
    const cost = works.reduce((sum, a) => sum + a.cost_eur, 0);
    if (Math.abs(cost - y.spend_eur) > euroSlack(works.length))
      throw new RangeError(`${at}.spend_eur (${y.spend_eur}) must be the cost of its works (${cost})`);
  });
  const last = years[years.length - 1]!;
  for (const a of assignments)
    if (a.year < startYear || a.year > last.year)
      throw new RangeError(`${path}.assignments: year ${a.year} is outside ${startYear}–${last.year}`);
  if (new Set(assignments.map((a) => a.houseId)).size !== assignments.length)
    throw new RangeError(`${path}.assignments: a house is renovated twice`);
  return {
    strategy: oneOf(p.strategy, `${path}.strategy`, STRATEGIES),
    startYear,
    assignments,
    years,
    deadlines: array(p.deadlines, `${path}.deadlines`).map((d, k) => parseDeadline(d, `${path}.deadlines[${k}]`)),
    targetMet: bool(p.target_met, `${path}.target_met`),
    totals,
    method: str(p.method, `${path}.method`),
  };
}

function parseComparison(json: unknown, path: string): StrategyComparison {
  const c = record(json, path);
  const list = (c.non_compliant ?? c.non_compliant_by_deadline) as unknown;
  return {
    strategy: oneOf(c.strategy, `${path}.strategy`, STRATEGIES),
    targetMet: bool(c.target_met, `${path}.target_met`),
    totals: parseTotals(c.totals, `${path}.totals`),
    nonCompliant: array(list, `${path}.non_compliant`).map((n, k) => {
      const at = `${path}.non_compliant[${k}]`;
      const r: Json = record(n, at);
      return {
        date: isoDate(r.date, `${at}.date`).slice(0, 10),
        bannedLetter: letter(r.banned_letter, `${at}.banned_letter`),
        houses: int(r.houses ?? r.count, `${at}.houses`, 0),
      };
    }),
  };
}

/** POST /portfolios/plan. */
export function parsePlanAnswer(json: unknown): PlanAnswer {
  const j = record(json, 'answer');
  const comparison =
    j.comparison === null || j.comparison === undefined
      ? null
      : array(j.comparison, 'comparison').map((c, k) => parseComparison(c, `comparison[${k}]`));
  return { planId: id(j.plan_id, 'plan_id'), plan: parsePlan(j.plan), comparison };
}
