import { describe, expect, it } from 'vitest';
import { estimateJson, meJson, planAnswerJson, portfolioJson, portfolioListJson } from './landlordAnswer.testkit';
import {
  parseEstimate,
  parseMe,
  parsePlanAnswer,
  parsePortfolio,
  parsePortfolioCreated,
  parsePortfolioList,
} from './parseLandlord';

describe('parseLandlord', () => {
  it('reads the organisation, the portfolios and a portfolio’s ids', () => {
    expect(parseMe(meJson())).toEqual({
      organisation: { id: 1, slug: 'maisons-et-cites', name: 'Maisons et Cités' },
      buildings: 3,
    });
    const [p] = parsePortfolioList(portfolioListJson());
    expect(p).toEqual({
      id: 5,
      name: 'Cité 12',
      selection: { cite: 'Cité 12' },
      buildings: 3,
      createdAt: '2026-11-26T03:00:00Z',
    });
    expect(parsePortfolio(portfolioJson()).buildingIds).toEqual([11, 12, 13]);
    // POST /portfolios answers without the selection it was sent.
    expect(parsePortfolioCreated({ id: '6', name: 'Vue', buildings: 0, created_at: '2026-11-26' }).id).toBe(6);
  });

  it('refuses a portfolio whose ids do not match its count', () => {
    expect(() => parsePortfolio({ ...portfolioJson(), building_ids: [11, 12] })).toThrow(
      /building_ids has 2 ids but buildings is 3/,
    );
    expect(() => parsePortfolio({ ...portfolioJson(), building_ids: [11, 11, 13] })).toThrow(/appears twice/);
    expect(() => parseMe({ organisation: { id: 1, slug: 'x' }, buildings: 3 })).toThrow(/organisation.name/);
    expect(() =>
      parsePortfolioList({
        portfolios: [{ ...portfolioListJson().portfolios[0], selection: { bbox: [3, 50, 2, 51] } }],
      }),
    ).toThrow(/bbox must be \[minLon, minLat, maxLon, maxLat\]/);
  });

  it('reads an estimate whose classes count its houses (fixture: D 1, F 1, G 1)', () => {
    const e = parseEstimate(estimateJson());
    expect(e.classes).toEqual({ A: 0, B: 0, C: 0, D: 1, E: 0, F: 1, G: 1 });
    expect(e.houses.map((h) => [h.buildingId, h.letter])).toEqual([
      [11, 'G'],
      [12, 'F'],
      [13, 'D'],
    ]);
    const wrong = estimateJson();
    wrong.classes.G = 0;
    wrong.classes.E = 1;
    expect(() => parseEstimate(wrong)).toThrow(/classes.E is 1 but 0 houses are E/);
    const short = { ...estimateJson(), buildings: 4 };
    expect(() => parseEstimate(short)).toThrow(/classes count 3 houses but buildings is 4/);
  });

  it('reads a plan: years, assignments, deadlines with reasons, the comparison', () => {
    const { planId, plan, comparison } = parsePlanAnswer(planAnswerJson());
    expect(planId).toBe(9);
    expect(plan.startYear).toBe(2027);
    expect(plan.years.map((y) => [y.year, y.spend_eur, y.houses])).toEqual([
      [2027, 25000, 1],
      [2028, 20000, 1],
    ]);
    expect(plan.assignments[0]).toEqual({
      houseId: 11,
      year: 2027,
      packageId: 'bbc',
      cost_eur: 25000,
      letterBefore: 'G',
      letterAfter: 'D',
    });
    expect(plan.deadlines.map((d) => [d.date, d.bannedLetter, d.nonCompliant.length])).toEqual([
      ['2025-01-01', 'G', 1],
      ['2028-01-01', 'F', 1],
      ['2034-01-01', 'E', 0],
    ]);
    expect(plan.deadlines[1]!.nonCompliant[0]).toEqual({ houseId: 12, letter: 'F', reason: 'budget', worksYear: 2028 });
    expect(plan.totals.classesEnd).toEqual({ A: 0, B: 0, C: 1, D: 2, E: 0, F: 0, G: 0 });
    expect(comparison!.map((c) => [c.strategy, c.nonCompliant[1]!.houses])).toEqual([
      ['worst_first', 1],
      ['cheapest_class_gain', 0],
    ]);
    expect(parsePlanAnswer({ ...planAnswerJson(), comparison: null }).comparison).toBeNull();
  });

  it('refuses a plan whose year does not add up', () => {
    const spend = planAnswerJson();
    spend.plan.years[0]!.spend_eur = 30000;
    // The year's one house costs 25,000 €: 5,000 € off, beyond the 1 € rounding allowed.
    expect(() => parsePlanAnswer(spend)).toThrow(
      /years\[0\].spend_eur \(30000\) must be the cost of its works \(25000\)/,
    );
    const gap = planAnswerJson();
    gap.plan.years[1]!.year = 2029;
    expect(() => parsePlanAnswer(gap)).toThrow(/years\[1\].year must be 2028, got 2029/);
    const lost = planAnswerJson();
    lost.plan.years[1]!.classes.C = 0;
    expect(() => parsePlanAnswer(lost)).toThrow(/years\[1\].classes count 2 houses, the stock has 3/);
    const houses = planAnswerJson();
    houses.plan.years[0]!.houses = 2;
    expect(() => parsePlanAnswer(houses)).toThrow(/houses is 2 but 1 are assigned/);
  });

  it('refuses works that lower a class, a compliant house listed as banned, an unknown reason or strategy', () => {
    const worse = planAnswerJson();
    worse.plan.assignments[1]!.letter_after = 'G';
    expect(() => parsePlanAnswer(worse)).toThrow(/letter_after \(G\) must not be worse than letter_before \(F\)/);
    const lettable = planAnswerJson();
    lettable.plan.deadlines[1]!.non_compliant[0]!.letter = 'E';
    // E may still be let on 1 January 2028 (only F and G are banned then).
    expect(() => parsePlanAnswer(lettable)).toThrow(/letter \(E\) may be let when F is banned/);
    const reason = planAnswerJson();
    reason.plan.deadlines[1]!.non_compliant[0]!.reason = 'weather';
    expect(() => parsePlanAnswer(reason)).toThrow(/reason must be one of/);
    expect(() => parsePlanAnswer({ ...planAnswerJson(), comparison: [{ strategy: 'random' }] })).toThrow(
      /comparison\[0\].strategy must be one of/,
    );
  });
});
