import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import { airRenewal } from './airRenewal';
import { doorU } from './doorU';
import { ueFromTable } from './lowFloorU';
import { reductionFactorB } from './reductionFactorB';
import { wallU } from './wallU';
import { interpolate, windowU } from './windowU';

/* Hand-checked values of the 3CL-DPE 2021 formulas (arrêté du 31 mars 2021, annexe 1) with the regulatory tables. */
const tables = loadTables3cl();

describe('§3.1 b', () => {
  it('is 1 outside and 0 towards a heated dwelling', () => {
    expect(reductionFactorB({ enum_type_adjacence_id: 1 }, 'H1', tables, 'x').b).toBe(1);
    expect(reductionFactorB({ enum_type_adjacence_id: 22 }, 'H1', tables, 'x').b).toBe(0);
  });
  it('reads the Aiu/Aue band of an unheated attic (« min < Aiu/Aue ≤ max »)', () => {
    // Comble fortement ventilé, lc isolé + lnc non isolé, Aiu/Aue = 25.6/280 ≤ 0.25 → b = 1 (table row 57).
    expect(
      reductionFactorB(
        { enum_type_adjacence_id: 11, enum_cfg_isolation_lnc_id: 4, surface_aiu: 25.6, surface_aue: 280 },
        'H1',
        tables,
        'x',
      ).b,
    ).toBe(1);
    // lc non isolé + lnc non isolé, Aiu/Aue = 0.25 exactly → band « ≤ 0,25 », b = 0.95; 0.9 → « 0,75 < … ≤ 1,00 », b = 0.8.
    expect(
      reductionFactorB(
        { enum_type_adjacence_id: 11, enum_cfg_isolation_lnc_id: 2, surface_aiu: 70, surface_aue: 280 },
        'H1',
        tables,
        'x',
      ).b,
    ).toBe(0.95);
    expect(
      reductionFactorB(
        { enum_type_adjacence_id: 11, enum_cfg_isolation_lnc_id: 2, surface_aiu: 90, surface_aue: 100 },
        'H1',
        tables,
        'x',
      ).b,
    ).toBe(0.8);
  });
  it('reads a sun space by climate group', () => {
    // ETS, lc isolé + ETS orienté sud: H1 0.58, H3 0.48.
    expect(reductionFactorB({ enum_type_adjacence_id: 10, enum_cfg_isolation_lnc_id: 7 }, 'H1', tables, 'x').b).toBe(
      0.58,
    );
    expect(reductionFactorB({ enum_type_adjacence_id: 10, enum_cfg_isolation_lnc_id: 7 }, 'H3', tables, 'x').b).toBe(
      0.48,
    );
  });
  it('refuses an unheated room without its areas, naming the field', () => {
    expect(() =>
      reductionFactorB({ enum_type_adjacence_id: 8, enum_cfg_isolation_lnc_id: 2 }, 'H1', tables, 'mur[0]'),
    ).toThrow(/mur\[0\]\/surface_aiu/);
  });
});

describe('§3.2.1 Umur', () => {
  const base = { enum_type_adjacence_id: 1, enum_methode_saisie_u0_id: 2, enum_type_doublage_id: 2 };
  it('takes Umur0 of stone 40 cm from table umur0 (2.3) when not insulated', () => {
    expect(
      wallU(
        { ...base, enum_materiaux_structure_mur_id: 2, epaisseur_structure: 40, enum_methode_saisie_u_id: 1 },
        1,
        3,
        false,
        tables,
        'x',
      ).umur,
    ).toBe(2.3);
  });
  it('adds e/0.04 for an insulation thickness: plasterboard (Umur0 2.5) + 15 cm → 1/(0.4 + 3.75) = 0.241', () => {
    const r = wallU(
      { ...base, enum_materiaux_structure_mur_id: 20, epaisseur_isolation: 15, enum_methode_saisie_u_id: 3 },
      1,
      3,
      false,
      tables,
      'x',
    );
    expect(r.umur).toBeCloseTo(1 / (1 / 2.5 + 0.15 / 0.04), 6);
    expect(r.umur).toBeCloseTo(0.241, 3);
  });
  it('applies a lining R = 0.21 then bounds Umur0 by 2.5', () => {
    // Stone ≤ 20 cm: 3.2 → 1/(1/3.2 + 0.21) = 1.915.
    const r = wallU(
      {
        ...base,
        enum_type_doublage_id: 5,
        enum_materiaux_structure_mur_id: 2,
        epaisseur_structure: 20,
        enum_methode_saisie_u_id: 1,
      },
      1,
      3,
      false,
      tables,
      'x',
    );
    expect(r.umur).toBeCloseTo(1 / (1 / 3.2 + 0.21), 6);
  });
  it('takes min(Umur_tab, Umur0) for an unknown insulation, and a U typed in as is', () => {
    // 1978-1982, H1, not Joule: Umur_tab = 1 (table umur row 14).
    expect(
      wallU(
        { ...base, enum_materiaux_structure_mur_id: 1, enum_methode_saisie_u0_id: 1, enum_methode_saisie_u_id: 2 },
        4,
        2,
        false,
        tables,
        'x',
      ).umur,
    ).toBe(1);
    expect(wallU({ umur_saisi: 0.37, enum_methode_saisie_u_id: 9 }, 4, 2, false, tables, 'x').umur).toBe(0.37);
  });
});

describe('§3.2.2 Ue', () => {
  it('interpolates in Upb on the ground, built before 2001: 2S/P = 5, Upb = 2 → 0.46 + 0.14 × 0.5/1.9', () => {
    expect(ueFromTable(tables, 5, 1, (2 * 130.56) / 51, 2)).toBeCloseTo(0.46 + (0.14 * 0.5) / 1.9, 6);
  });
});

describe('§3.3 windows and §3.3.1.4 doors', () => {
  it('combines a double window: Uw = 1/(1/Uw1 + 1/Uw2 + 0.07)', () => {
    // First window from the tables (PVC, Ug 1.1), second typed in (Uw 3); no shutter, so U = Uw.
    const first = {
      enum_type_baie_id: 4,
      enum_type_materiaux_menuiserie_id: 5,
      enum_type_vitrage_id: 2,
      ug_saisi: 1.1,
      enum_type_fermeture_id: 1,
    };
    const single = windowU(first, null, tables, 'x').uw;
    const pair = windowU(
      { ...first, double_fenetre: 1 },
      { enum_type_baie_id: 4, enum_type_materiaux_menuiserie_id: 5, uw_saisi: 3 },
      tables,
      'x',
    );
    expect(pair.uw).toBeCloseTo(1 / (1 / single + 1 / 3 + 0.07), 6);
    expect(pair.uMenuiserie).toBe(pair.uw);
  });
  it('interpolates linearly and holds at the ends', () => {
    const pts = [
      { x: 1, y: 10 },
      { x: 2, y: 20 },
    ];
    expect(interpolate(pts, 1.5)).toBe(15);
    expect(interpolate(pts, 0)).toBe(10);
    expect(interpolate(pts, 3)).toBe(20);
  });
  it('reads Uporte 3.5 for a plain wooden door, or the typed-in value', () => {
    expect(doorU({ enum_methode_saisie_uporte_id: 1, enum_type_porte_id: 1 }, tables, 'x')).toBe(3.5);
    expect(doorU({ enum_methode_saisie_uporte_id: 2, uporte_saisi: 1.2 }, tables, 'x')).toBe(1.2);
  });
});

describe('§4 Hvent and Hperm', () => {
  it('matches a window-ventilated house of 220.77 m² (record 2125E0981916Z: hvent 90.074, hperm 84.758)', () => {
    // Ventilation par ouverture des fenêtres: Qvarep = Qvasouf = 1.2, Smea = 0, so Qvinf = Q4Pa_env × e / (4/50)^(2/3).
    const r = airRenewal(
      { enum_type_ventilation_id: 1, plusieurs_facade_exposee: 1 },
      {
        surface_m2: 220.77,
        hsp_m: 2.92,
        sdep_m2: 330.6,
        periodeConstructionId: 1,
        methodeApplicationId: 2,
        surfacesIsolees: true,
        jointsMenuiserie: false,
      },
      tables,
      'x',
    );
    expect(r.q4paConv_m3_h_m2).toBe(2);
    expect(r.hvent_w_k).toBeCloseTo(0.34 * 1.2 * 220.77, 6);
    expect(r.hperm_w_k).toBeCloseTo((0.34 * 2 * 330.6 * 0.07) / (4 / 50) ** (2 / 3), 6);
    expect(r.hvent_w_k).toBeCloseTo(90.074, 2);
    expect(r.hperm_w_k).toBeCloseTo(84.758, 1);
  });
  it('refuses a zero ventilated area', () => {
    expect(() =>
      airRenewal(
        { enum_type_ventilation_id: 1 },
        {
          surface_m2: 0,
          hsp_m: 2.5,
          sdep_m2: 10,
          periodeConstructionId: 1,
          methodeApplicationId: 1,
          surfacesIsolees: false,
          jointsMenuiserie: false,
        },
        tables,
        'v',
      ),
    ).toThrow(RangeError);
  });
});
