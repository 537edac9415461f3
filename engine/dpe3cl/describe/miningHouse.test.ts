import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadTables3cl } from '../records.testkit';
import { items, nodeAt } from '../tree';
import { houseLogement } from './houseLogement';
import {
  houseWorks,
  miningHouseDescription,
  orientationId,
  parseMiningPriors,
  periodId,
  stateShares,
  WORKS_STATES,
  type HouseGeometry,
} from './miningHouse';

const priors = parseMiningPriors(
  JSON.parse(readFileSync(new URL('../../../fixtures/dpe/mining-priors.json', import.meta.url), 'utf8')),
);
const tables = loadTables3cl();

const coron: HouseGeometry = {
  year_built: 1890,
  floor_area_m2: 62,
  storeys: 2,
  walls: [
    { area_m2: 24, azimuth_deg: 180 },
    { area_m2: 24, azimuth_deg: 0 },
  ],
  windows: [
    { area_m2: 4.5, azimuth_deg: 180 },
    { area_m2: 3.5, azimuth_deg: 0 },
  ],
  ground_floor_m2: 39,
  exposed_perimeter_m: 13,
  ceiling_m2: 39,
  roof_m2: 50,
};

describe('mining priors', () => {
  it('interpolates the state shares between the anchor years and holds them outside', () => {
    expect(stateShares(priors, 'coron', 2017)).toEqual([0.4, 0.55, 0.05]);
    const mid = stateShares(priors, 'coron', 2021.5);
    expect(mid[0]).toBeCloseTo(0.3, 9);
    expect(mid[2]).toBeCloseTo(0.15, 9);
    expect(stateShares(priors, 'coron', 2040)).toEqual(stateShares(priors, 'coron', 2026));
    expect(() => stateShares(priors, 'igloo', 2020)).toThrow(/igloo/);
  });

  it('draws states in the prior shares over many houses, and a house never loses works as years pass', () => {
    const n = 20000;
    const counts = { S0: 0, S1: 0, S2: 0 };
    let regressions = 0;
    const rank = { S0: 0, S1: 1, S2: 2 };
    for (let i = 0; i < n; i++) {
      const then = houseWorks(priors, 'cite_pavillonnaire', `b${i}`, 2017).state;
      const now = houseWorks(priors, 'cite_pavillonnaire', `b${i}`, 2026).state;
      counts[now]++;
      if (rank[now] < rank[then]) regressions++;
    }
    const [s0, s1, s2] = stateShares(priors, 'cite_pavillonnaire', 2026);
    expect(counts.S0 / n).toBeCloseTo(s0, 1);
    expect(counts.S1 / n).toBeCloseTo(s1, 1);
    expect(counts.S2 / n).toBeCloseTo(s2, 1);
    expect(regressions).toBe(0);
  });

  it('refuses priors whose shares do not sum to 1, naming the field', () => {
    const raw = JSON.parse(readFileSync(new URL('../../../fixtures/dpe/mining-priors.json', import.meta.url), 'utf8'));
    raw.components.S1.windows.single_wood = 0.5;
    expect(() => parseMiningPriors(raw)).toThrow(/components\.S1\.windows/);
  });

  it('maps azimuths and years to the 3CL orientation and period ids', () => {
    expect([0, 90, 180, 270, 44, 45, 315].map(orientationId)).toEqual([2, 3, 1, 4, 2, 3, 2]);
    expect([1890, 1948, 1974, 1975, 2000, 2013, 2022].map(periodId)).toEqual([1, 2, 2, 3, 6, 9, 10]);
  });

  it('describes a house of every typology in every state as a complete 3CL logement', () => {
    for (const typology of Object.keys(priors.construction)) {
      for (const state of WORKS_STATES) {
        const works = houseWorks(priors, typology, 'x', 2026, state);
        const logement = houseLogement(
          miningHouseDescription(priors, typology, coron, works, { zone_id: 1, altitude_class_id: 1 }),
          tables,
        );
        const env = nodeAt(logement, 'enveloppe');
        expect(items(env, 'mur_collection', 'mur').length).toBe(2);
        expect(items(env, 'baie_vitree_collection', 'baie_vitree').length).toBe(2);
        expect(items(logement, 'installation_chauffage_collection', 'installation_chauffage').length).toBe(1);
        expect(nodeAt(logement, 'caracteristique_generale')!['surface_habitable_logement']).toBe(62);
      }
    }
  });
});
