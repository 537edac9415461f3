import { describe, expect, it } from 'vitest';
import { signedArea } from '../geo/signedArea';
import { extractTreeCrowns } from './crowns';
import { treeScene, type SyntheticTree } from './crowns.testkit';
import { popescuWynneCrownWidth } from './crownsWindow';

/*
 * Expected values come from the synthetic geometry (crowns.testkit.ts): a spheroid of top height H, radius r and
 * half-depth c has its top at (x, y, H), its plan area π r² and its lowest point at H − 2c. Tolerances: the brief's
 * (0.5 m in plan, 0.3 m in height, 25 % in area); the crown base within 1 m above H − 2c (the lowest second return
 * of a few dozen, uniform between the surfaces, sits a little above the true base).
 */

const big: SyntheticTree = { x: 10, y: 10, height_m: 12, radius_m: 3, halfDepth_m: 4 };
const small: SyntheticTree = { x: 18, y: 11, height_m: 8, radius_m: 2, halfDepth_m: 3 };

describe('extractTreeCrowns', () => {
  const crowns = extractTreeCrowns(treeScene(11, [0, 0, 26, 20], [big, small], [20, 2, 24, 6]));

  it('finds the two trees and nothing in the shrubs', () => {
    expect(crowns).toHaveLength(2);
  });

  for (const [k, tree] of [big, small].entries()) {
    it(`puts the ${tree.height_m} m tree's top within 0.5 m in plan and 0.3 m in height`, () => {
      const c = crowns[k]!;
      expect(Math.hypot(c.top[0] - tree.x, c.top[1] - tree.y)).toBeLessThan(0.5);
      expect(Math.abs(c.height_m - tree.height_m)).toBeLessThan(0.3);
      expect(Math.abs(c.topAltitude_m - tree.height_m)).toBeLessThan(0.3);
      expect(Math.abs(c.ground_m)).toBeLessThan(0.1);
    });

    it(`gives the ${tree.height_m} m tree a crown of π r² within 25 %, counter-clockwise and closed`, () => {
      const c = crowns[k]!;
      const expected = Math.PI * tree.radius_m ** 2;
      expect(Math.abs(c.area_m2 - expected) / expected).toBeLessThan(0.25);
      expect(signedArea(c.outline)).toBeCloseTo(c.area_m2, 9);
      expect(c.outline[0]).toEqual(c.outline.at(-1));
    });

    it(`estimates the ${tree.height_m} m tree's crown base from its lowest return`, () => {
      const trueBase = tree.height_m - 2 * tree.halfDepth_m;
      const c = crowns[k]!;
      expect(c.crownBase_m).toBeGreaterThanOrEqual(Math.max(1, trueBase - 0.2));
      expect(c.crownBase_m).toBeLessThan(trueBase + 1);
      expect(c.pointCount).toBeGreaterThan(0.8 * 10 * expected(tree));
    });
  }

  it('separates two crowns that touch (centres 5.5 m apart, radii 3 and 2 m)', () => {
    const near: SyntheticTree = { ...small, x: 15.5, y: 10 };
    const found = extractTreeCrowns(treeScene(12, [0, 0, 24, 20], [big, near]));
    expect(found).toHaveLength(2);
    expect(Math.hypot(found[1]!.top[0] - 15.5, found[1]!.top[1] - 10)).toBeLessThan(0.5);
  });

  it('drops vegetation below the minimum height', () => {
    const bush: SyntheticTree = { x: 10, y: 10, height_m: 2.5, radius_m: 1.5, halfDepth_m: 1 };
    expect(extractTreeCrowns(treeScene(13, [0, 0, 20, 20], [bush]))).toEqual([]);
  });
});

const expected = (t: SyntheticTree): number => Math.PI * t.radius_m ** 2;

describe('popescuWynneCrownWidth', () => {
  it('follows CW = 2.51503 + 0.00901 h² (Popescu & Wynne 2004, combined model)', () => {
    expect(popescuWynneCrownWidth(0)).toBe(2.51503);
    expect(popescuWynneCrownWidth(10)).toBeCloseTo(2.51503 + 0.901, 10);
    expect(() => popescuWynneCrownWidth(-1)).toThrow(RangeError);
  });
});
