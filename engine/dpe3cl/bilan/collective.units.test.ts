import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import type { DpeNode } from '../tree';
import { coolingConsumption, ecsConsumption, ecsGeneratorConsumption, needsAtBuildingScale } from './index';

// Collective and building-scale systems brought down to the dwelling (§17.2), hand-checked.
const tables = loadTables3cl();

function flatOfBuilding(installations: DpeNode[], method = '33'): DpeNode {
  return {
    caracteristique_generale: {
      enum_methode_application_dpe_log_id: method,
      surface_habitable_logement: 60,
      surface_habitable_immeuble: 1200,
    },
    meteo: { enum_zone_climatique_id: '1' },
    installation_ecs_collection: { installation_ecs: installations },
  };
}
const instant = (surface: number, rdim: number, cle: number | null): DpeNode => ({
  donnee_entree: {
    enum_type_installation_id: '1',
    surface_habitable: surface,
    rdim,
    ...(cle === null ? {} : { cle_repartition_ecs: cle }),
  },
  generateur_ecs_collection: {
    generateur_ecs: [{ donnee_entree: { enum_type_generateur_ecs_id: '117', enum_type_energie_id: '1' } }],
  },
});

describe('hot water of a flat generated from a building DPE', () => {
  it('needs at the building scale by method of application', () => {
    expect(needsAtBuildingScale(flatOfBuilding([], '33'))).toBe(true);
    expect(needsAtBuildingScale(flatOfBuilding([], '2'))).toBe(false);
    expect(needsAtBuildingScale(flatOfBuilding([], '32'))).toBe(false);
  });
  it('one copy on Becs / rdim, the flat takes rdim × cle_repartition_ecs of it', () => {
    // instant electric heater: Rg 1, Rd 0.93 (individual, in the heated volume); Becs 20 000 kWh for the building
    const r = ecsConsumption(tables, flatOfBuilding([instant(3, 20, 0.05)]), 20000, 28000);
    expect(r.installations[0]!.cle_repartition).toBeCloseTo(20 * 0.05, 12);
    expect(r.conso_kwh).toBeCloseTo((20000 / 20 / 0.93) * 20 * 0.05, 9);
  });
  it('several installations share the building need by rdim × surface (2335E2295999C: 16 × 4.2 vs 1 × 7.74)', () => {
    const r = ecsConsumption(
      tables,
      flatOfBuilding([instant(4.2, 16, 0.06505), instant(7.74, 1, 0.06505)]),
      20734.49,
      29000,
    );
    const part = (16 * 4.2) / (16 * 4.2 + 7.74);
    expect(r.installations[0]!.part_besoin).toBeCloseTo(part, 12);
    // the record's own installation needs: 1162.16 and 2139.99 kWh
    expect((20734.49 * part) / 16).toBeCloseTo(1162.16, 0);
    expect(20734.49 * (1 - part)).toBeCloseTo(2139.99, -1);
  });
  it('a flat assessed alone ignores rdim for an individual installation', () => {
    const r = ecsConsumption(tables, flatOfBuilding([instant(60, 20, null)], '2'), 1000, 1400);
    expect(r.conso_kwh).toBeCloseTo(1000 / 0.93, 9);
  });
});

describe('virtualised collective tank (ratio_virtualisation)', () => {
  it('2235E0705773N: 3000 L electric tank, ratio 0.0355 → the record’s Rs 0.6938', () => {
    const r = ecsGeneratorConsumption(tables, {
      generator: {
        donnee_entree: {
          enum_type_generateur_ecs_id: '69',
          enum_type_energie_id: '1',
          volume_stockage: 3000,
          enum_type_stockage_ecs_id: '3',
        },
      },
      besoin_kwh: 709.78406517375,
      besoin_depensier_kwh: 1001.3025205129688,
      rendement_distribution: 0.83,
      fecs: 0,
      zoneId: '1',
      asDistrictHeat: false,
      networkInsulated: true,
      ratio_virtualisation: 0.0355,
      characteristics: 'record',
    });
    expect(r.rendement).toBeCloseTo(0.69379510684397, 2);
    expect(r.conso_kwh).toBeCloseTo(1232.5851189637228, -1);
  });
});

describe('cooling of a building system in a flat’s DPE', () => {
  it('2444E2616926V: Bfr of the building × Sclim / Sbuilding / EER × cle_repartition_clim', () => {
    const clim: DpeNode = {
      donnee_entree: {
        surface_clim: 59.48,
        enum_periode_installation_fr_id: '2',
        enum_methode_saisie_carac_sys_id: '1',
        enum_type_energie_id: '1',
        cle_repartition_clim: 0.00673687858600639,
      },
    };
    const r = coolingConsumption(tables, clim, '5', 5193.8, 22326.110530280454, 22326.110530280454);
    // the record: installation conso_fr 37.265 kWh (EER 6.175), sortie/ef_conso/conso_fr 0.25105 kWh
    expect(r.conso_kwh).toBeCloseTo(0.25105164779226491, 4);
  });
});
