import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import type { DpeNode } from '../tree';
import { climateSite, monthlyClimate } from './climate';
import { coolingNeed_wh } from './coolingNeed';
import { internalGains_wh, solarGains_wh } from './freeGains';
import { gainUtilisationFraction, heatingNeedMonths } from './heatingNeed';
import { hotWaterNeed_wh, OCCUPATION_DAYS } from './hotWaterNeed';
import { recoveredMonthly_wh, storageLoss_wh } from './hotWaterRecoveredLosses';
import { inertiaClass, inertiaClassFromFlags } from './inertia';
import { nadeq, nadeqFlats, nadeqHouse } from './nadeq';
import { needs } from './needs';
import { distantMaskFactor, nearMaskFactor } from './windowMasks';

/* Hand-checked values of the formulas of the 3CL-DPE 2021 method (arrêté du 31 mars 2021, annexe 1). */

const tables = loadTables3cl();

describe('§11 Nadeq', () => {
  it('a house: Nmax = 0.025 Sh from 70 m², capped above 1.75', () => {
    // 100 m²: Nmax = 2.5 → 1.75 + 0.3 × 0.75 = 1.975
    expect(nadeqHouse(100)).toBeCloseTo(1.975, 12);
    // 50 m²: Nmax = 1.75 − 0.01875 × 20 = 1.375 (< 1.75, kept)
    expect(nadeqHouse(50)).toBeCloseTo(1.375, 12);
    expect(nadeqHouse(20)).toBe(1);
  });
  it('flats: from the mean area, times the number of flats', () => {
    // 1000 m² / 10 flats: Shmoy 100, Nmax 3.5 → 10 × (1.75 + 0.3 × 1.75) = 22.75
    expect(nadeqFlats(1000, 10)).toBeCloseTo(22.75, 12);
    // 30 m² flat: Nmax = 1.75 − 0.01875 × 20 = 1.375
    expect(nadeqFlats(30, 1)).toBeCloseTo(1.375, 12);
  });
  it('names the field when an area is missing', () => {
    const logement: DpeNode = { caracteristique_generale: { enum_methode_application_dpe_log_id: 1 } };
    expect(() => nadeq(logement)).toThrow(/surface_habitable_logement/);
    expect(() => nadeqHouse(0)).toThrow(RangeError);
  });
});

describe('§11 hot-water need', () => {
  it('Becs_j = 1.163 × Nadeq × 56 × (40 − Tefs_j) × Nj_j', () => {
    const tefs = new Array<number>(12).fill(10);
    const wh = hotWaterNeed_wh(2, 56, tefs);
    expect(wh[0]).toBeCloseTo(1.163 * 2 * 56 * 30 * 31, 9);
    const days = OCCUPATION_DAYS.reduce((a, b) => a + b, 0);
    expect(wh.reduce((a, b) => a + b, 0)).toBeCloseTo(1.163 * 2 * 56 * 30 * days, 6);
  });
});

describe('§6.1 free gains', () => {
  it('internal: ((3.18 + 0.34) Sh + 132/168 × 90 Nadeq) per hour', () => {
    // 100 m², Nadeq 2, 100 h: (352 + 141.428…) × 100
    expect(internalGains_wh(100, 2, [100])[0]).toBeCloseTo((352 + (132 / 168) * 180) * 100, 9);
  });
  it('solar: 1000 × Sse × E', () => {
    expect(solarGains_wh([2], [50])[0]).toBe(100_000);
  });
});

describe('§9 gain-utilisation fraction', () => {
  it('F = (X − X^a) / (1 − X^a)', () => {
    // X = 0.5, a = 2.9: (0.5 − 0.5^2.9) / (1 − 0.5^2.9)
    const x = 0.5;
    expect(gainUtilisationFraction(0.5 * 100 * 1000, 100, 1000, 2.9)).toBeCloseTo((x - x ** 2.9) / (1 - x ** 2.9), 12);
  });
  it('is 0 without degree-hours and (a − 1)/a at X = 1', () => {
    expect(gainUtilisationFraction(1e6, 100, 0, 3.6)).toBe(0);
    expect(gainUtilisationFraction(100 * 1000, 100, 1000, 3.6)).toBeCloseTo(2.6 / 3.6, 12);
  });
  it('the annual need is Σ GV (1 − F_j) DH_j', () => {
    const m = heatingNeedMonths(100, [1000, 0], [20_000, 0], [30_000, 0], 2.5);
    const f = (0.5 - 0.5 ** 2.5) / (1 - 0.5 ** 2.5);
    expect(m.need_wh[0]).toBeCloseTo(100 * (1 - f) * 1000, 9);
    expect(m.need_wh[1]).toBe(0);
    expect(m.fraction_annual).toBeCloseTo(f, 12);
    expect(() => heatingNeedMonths(0, [1], [0], [0], 2.5)).toThrow(/gv_w_k/);
  });
});

describe('§10 cooling need', () => {
  it("no need while gains are under half the losses; the method's formula above", () => {
    // GV 100 W/K, Text 30 °C, Tint 28 °C, 100 h: losses 20 000 Wh; gains 5 000 Wh → Rbth 0.25 → 0
    expect(coolingNeed_wh(100, 50, 165_000, 28, [100], [30], [2_500], [2_500])).toEqual([0]);
    // gains 30 000 Wh → Rbth 1.5; τ = 165000 × 50 / 360000 = 22.9 h, a = 1 + τ/15
    const a = 1 + (165_000 * 50) / (3600 * 100) / 15;
    const fut = (1 - 1.5 ** -a) / (1 - 1.5 ** (-a - 1));
    const [b] = coolingNeed_wh(100, 50, 165_000, 28, [100], [30], [15_000], [15_000]);
    expect(b).toBeCloseTo(30_000 - fut * 100 * (28 - 30) * 100, 6);
  });
});

describe('§7 inertia', () => {
  it('3, 2, 1, 0 heavy elements → très lourde, lourde, moyenne, légère', () => {
    const f = (b: boolean, h: boolean, v: boolean) =>
      inertiaClassFromFlags({
        inertie_plancher_bas_lourd: b,
        inertie_plancher_haut_lourd: h,
        inertie_paroi_verticale_lourd: v,
      });
    expect([f(true, true, true), f(true, false, true), f(false, false, true), f(false, false, false)]).toEqual([
      1, 2, 3, 4,
    ]);
  });
  it('reads the entered class or the flags', () => {
    const logement: DpeNode = {
      enveloppe: {
        inertie: {
          inertie_plancher_bas_lourd: 1,
          inertie_plancher_haut_lourd: 0,
          inertie_paroi_verticale_lourd: 1,
          enum_classe_inertie_id: 3,
        },
      },
    };
    expect(inertiaClass(logement)).toBe(3);
    expect(inertiaClass(logement, 'flags')).toBe(2);
  });
});

describe('climate tables', () => {
  it('reads a zone × altitude × month value and names a bad zone', () => {
    const site = climateSite({ meteo: { enum_zone_climatique_id: 1, enum_classe_altitude_id: 1 } }, 3);
    expect(site).toEqual({ zone: 'h1a', altitude: 'inférieur à 400m', oldMaterials: '0' });
    // tv_tables.json, dh19 / 0 / inférieur à 400m / Janvier / h1a
    expect(monthlyClimate(tables, 'dh19', site)[0]).toBe(11712.4);
    expect(() => climateSite({ meteo: { enum_zone_climatique_id: 9, enum_classe_altitude_id: 1 } }, 3)).toThrow(
      /enum_zone_climatique_id/,
    );
  });
  it('uses the old-materials variant only for a heavy building unless told otherwise', () => {
    const meteo = { meteo: { enum_zone_climatique_id: 1, enum_classe_altitude_id: 1, batiment_materiaux_anciens: 1 } };
    expect(climateSite(meteo, 2).oldMaterials).toBe('1');
    expect(climateSite(meteo, 3).oldMaterials).toBe('0');
    expect(climateSite(meteo, 3, 'flag').oldMaterials).toBe('1');
  });
});

describe('§6.2 masks and §11.6 storage', () => {
  it('Fe1 and Fe2 from the tables', () => {
    // coef_masque_proche 13: baie sous un balcon, avancée < 1 m → 0.8; lointain homogène 2: nord 15–30° → 0.82
    expect(nearMaskFactor(tables, { donnee_entree: { tv_coef_masque_proche_id: 13 } })).toBe(0.8);
    expect(distantMaskFactor(tables, { donnee_entree: { tv_coef_masque_lointain_homogene_id: 2 } })).toBe(0.82);
    // non homogène 2 and 3 (2 secteurs latéraux, sud ou nord): Omb 4 + 13 → 1 − 0.17
    const sectors = {
      masque_lointain_non_homogene: [
        { tv_coef_masque_lointain_non_homogene_id: 2 },
        { tv_coef_masque_lointain_non_homogene_id: 3 },
      ],
    };
    expect(
      distantMaskFactor(tables, { donnee_entree: { masque_lointain_non_homogene_collection: sectors } }),
    ).toBeCloseTo(0.83, 12);
    expect(nearMaskFactor(tables, { donnee_entree: {} })).toBe(1);
  });
  it('Qgw: 8592 × 45/24 × Vs × Cr electric, 67662 × Vs^0.55 otherwise', () => {
    // type 71 (vertical catégorie C), 150 L → Cr 0.2
    const electric = {
      donnee_entree: { enum_type_generateur_ecs_id: 71, enum_type_stockage_ecs_id: 2, volume_stockage: 150 },
    };
    expect(storageLoss_wh(tables, electric)).toBeCloseTo(((8592 * 45) / 24) * 150 * 0.2, 6);
    const boiler = {
      donnee_entree: { enum_type_generateur_ecs_id: 56, enum_type_stockage_ecs_id: 3, volume_stockage: 120 },
    };
    expect(storageLoss_wh(tables, boiler)).toBeCloseTo(67662 * 120 ** 0.55, 6);
    expect(recoveredMonthly_wh(8760, [100])[0]).toBeCloseTo(48, 12);
  });
});

describe('needs', () => {
  it('refuses a bad GV', () => {
    expect(() => needs({}, tables, { gv_w_k: -1 })).toThrow(/gv_w_k/);
  });
});
