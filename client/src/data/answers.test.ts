/**
 * What the deleted parse* tests proved, through the client's fetch + contract path: each answer that breaks its
 * contract is refused with a TypeError naming the endpoint and the field, and the UI shows that message.
 */
import { describe, expect, it } from 'vitest';
import { createLocalFrame } from '../../../engine/geo/localFrame';
import { createApiClient, createFarmApi, createLandlordApi } from './api';
import { evaluationAnswer, farmFrame, sitesAnswer } from './farmAnswer.testkit';
import { estimateJson, meJson, planAnswerJson, portfolioListJson } from './landlordAnswer.testkit';
import { pvAnswerJson, pvFrame } from './pvAnswer.testkit';
import { renovationAnswerJson } from './renovationAnswer.testkit';

const answering = (body: unknown): typeof fetch =>
  (async () => new Response(JSON.stringify(body), { status: 200 })) as unknown as typeof fetch;
const frame = createLocalFrame(2.79, 50.438);
const PV_INPUTS = { budget_eur: null, consumption_kwh: null, heating: 'gas' as const, occupants: 2 };
const RENO_INPUTS = { owner: null, incomeBand: 'modeste' as const, householdSize: 2 };
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const changed = (json: Json, change: (j: Json) => void): Json => {
  const copy = structuredClone(json);
  change(copy);
  return copy;
};

const building = (props: Json = {}): Json => ({
  type: 'Feature',
  id: 7,
  geometry: {
    type: 'MultiPolygon',
    coordinates: [
      [
        [
          [2.79, 50.43],
          [2.7901, 50.43],
          [2.7901, 50.4301],
          [2.79, 50.43],
        ],
      ],
    ],
  },
  properties: {
    id: 7,
    height_m: 8.2,
    height_estimated: false,
    levels: 2,
    roof_shape: 'gable',
    roof_pitch_deg: 40,
    roof_rise_m: null,
    roof_origin: 'tags',
    roof_direction_deg: null,
    ridge_azimuth_deg: 270,
    footprint_area_m2: 80,
    typology: 'cite_jardin',
    year_built: 1923,
    address: '3 rue des Fleurs, 62300 Lens',
    address_synthetic: true,
    name: null,
    commune: 'Lens',
    owner_name: 'Maisons et Cités',
    cite_name: 'Cité 12',
    unesco: true,
    source: 'bdtopo',
    solar: null,
    ...props,
  },
});

describe('the public answers', () => {
  it('reads a building page into local records and refuses what is not a FeatureCollection', async () => {
    const page = { type: 'FeatureCollection', features: [building()], numberMatched: 1, numberReturned: 1 };
    const read = await createApiClient('', answering(page)).buildings([2.7, 50.4, 2.8, 50.5], frame);
    expect(read.buildings[0]).toMatchObject({ id: 7, roof_shape: 'gable', ridge_azimuth_deg: 90, synthetic: true });
    expect(read.skipped).toBe(0);
    const api = createApiClient('', answering({ type: 'Feature' }));
    await expect(api.buildings([2.7, 50.4, 2.8, 50.5], frame)).rejects.toThrow(/^buildings: type/);
  });

  it('skips a building whose footprint is degenerate, counting it', async () => {
    const flat = building();
    flat.geometry.coordinates = [
      [
        [
          [2.79, 50.43],
          [2.7901, 50.43],
          [2.79, 50.43],
        ],
      ],
    ];
    const page = { type: 'FeatureCollection', features: [flat], numberMatched: 1, numberReturned: 1 };
    const read = await createApiClient('', answering(page)).buildings([2.7, 50.4, 2.8, 50.5], frame);
    expect(read).toMatchObject({ buildings: [], skipped: 1 });
  });

  it('refuses an extent without a bbox, a bbox of three numbers, a building with an id as text', async () => {
    const extent = { bbox: [2, 50, 3], center: null, buildings: 1, obstacles: 0, solar_computed: 0 };
    await expect(createApiClient('', answering(extent)).extent()).rejects.toThrow(/^extent: bbox/);
    const empty = { ...extent, bbox: null };
    await expect(createApiClient('', answering(empty)).extent()).rejects.toThrow(/^extent: bbox/);
    const centred = await createApiClient('', answering({ ...extent, bbox: [2, 50, 3, 51] })).extent();
    expect(centred.center).toEqual([2.5, 50.5]);
    await expect(createApiClient('', answering({ ...building(), id: '7' })).building(7)).rejects.toThrow(
      /^building: id/,
    );
    await expect(createApiClient('', answering({ error: { code: 'x', message: 'y' } })).building(7)).rejects.toThrow(
      TypeError,
    );
  });

  const pv = (change: (j: Json) => void) => createApiClient('', answering(changed(pvAnswerJson(), change)));
  const pvCases: [string, (j: Json) => void, RegExp][] = [
    ['a missing field', (j) => delete j.chosen.kwp, /^pv: chosen\.kwp/],
    [
      'a percentage over 100',
      (j) => (j.configurations[2].self_sufficiency_pct = 130),
      /configurations\[2\]\.self_sufficiency_pct/,
    ],
    ['an unknown heating', (j) => (j.heating = 'coal'), /^pv: heating/],
    ['eleven months', (j) => j.monthly.production_kwh.pop(), /^pv: monthly\.production_kwh/],
    ['a non-finite number', (j) => (j.consumption_kwh = '∞'), /^pv: consumption_kwh/],
    [
      'a max_panels that is not the layout',
      (j) => (j.max_panels = 4),
      /max_panels \(4\) must equal layout\.features\.length \(3\)/,
    ],
    [
      'configurations without the chosen one',
      (j) => j.configurations.splice(1, 1),
      /must include chosen\.panels \(2\)/,
    ],
    ['configurations out of order', (j) => j.configurations.reverse(), /configurations\[1\]\.panels: must be greater/],
    ['a panel of two corners', (j) => j.layout.features[1].geometry.coordinates[0].splice(1, 2), /expected 4 corners/],
    ['a source without title', (j) => (j.assumptions.sources = [{ id: 'x' }]), /assumptions\.sources\[0\]\.title/],
    ['no occupant', (j) => (j.occupants = 0), /^pv: occupants/],
    ['no chosen size while panels fit', (j) => (j.chosen = null), /^pv: chosen: expected a configuration/],
  ];
  it.each(pvCases)('refuses a /pv answer with %s', async (_, change, message) => {
    await expect(pv(change).pv(42, PV_INPUTS, pvFrame)).rejects.toThrow(message);
  });

  const reno = (change: (j: Json) => void) => createApiClient('', answering(changed(renovationAnswerJson(), change)));
  const renoCases: [string, (j: Json) => void, RegExp][] = [
    ['a missing current state', (j) => delete j.current, /^renovation: current/],
    ['a class H', (j) => (j.current.letter = 'H'), /^renovation: current\.letter/],
    [
      'a class better than its two letters',
      (j) => (j.current.letter = 'E'),
      /current\.letter: \(E\) must be the worse/,
    ],
    [
      'a total that is not the sum',
      (j) => (j.current.final_kwh.total = 18000),
      /final_kwh\.total: \(18000\) must be the sum/,
    ],
    ['a missing end use', (j) => delete j.current.final_kwh.lighting, /current\.final_kwh\.lighting/],
    ['an unknown owner', (j) => (j.owner = 'tenant'), /^renovation: owner/],
    [
      'a cost range out of order',
      (j) => (j.packages[0].cost_eur.low = 80000),
      /packages\[0\]\.cost_eur: must have low/,
    ],
    [
      'a package twice',
      (j) => (j.packages[2].id = 'bbc_renovation'),
      /packages\[2\]\.id: "bbc_renovation" appears twice/,
    ],
    ['a PV state without letter', (j) => delete j.with_pv.current.letter, /with_pv\.current\.letter/],
  ];
  it.each(renoCases)('refuses a /renovation answer with %s', async (_, change, message) => {
    await expect(reno(change).renovation(42, RENO_INPUTS)).rejects.toThrow(message);
  });
});

describe('the landlord answers', () => {
  const api = (body: unknown) => createLandlordApi('', answering(body));
  it('refuses an organisation without name, a portfolio whose ids do not match its count', async () => {
    await expect(api({ organisation: { id: 1, slug: 'x' }, buildings: 3 }).me('t')).rejects.toThrow(
      /organisation\.name/,
    );
    expect((await api(meJson()).me('t')).organisation.slug).toBe('maisons-et-cites');
    const detail = { ...portfolioListJson().portfolios[0], building_ids: [11, 12] };
    await expect(api(detail).portfolio('t', 5)).rejects.toThrow(/building_ids: has 2 ids but buildings is 3/);
    await expect(api({ ...detail, building_ids: [11, 11, 13] }).portfolio('t', 5)).rejects.toThrow(/appears twice/);
    const bbox = changed(portfolioListJson(), (j) => (j.portfolios[0].selection = { bbox: [3, 50, 2, 51] }));
    await expect(api(bbox).portfolios('t')).rejects.toThrow(
      /selection\.bbox: must be \[minLon, minLat, maxLon, maxLat\]/,
    );
  });

  it('refuses an estimate whose classes do not count its houses', async () => {
    const wrong = changed(estimateJson(), (j) => {
      j.classes.E = 1;
      j.classes.D = 0;
    });
    await expect(api(wrong).estimate('t', 5)).rejects.toThrow(/classes\.D: is 0 but 1 houses are D/);
    const short = changed(estimateJson(), (j) => (j.buildings = 4));
    await expect(api(short).estimate('t', 5)).rejects.toThrow(/classes: count 3 houses but buildings is 4/);
  });

  it('refuses a plan whose years do not follow or do not add up, an unknown reason or strategy', async () => {
    const gap = changed(planAnswerJson(), (j) => (j.plan.years[1].year += 1));
    await expect(api(gap).plan('t', PLAN)).rejects.toThrow(/plan\.years\[1\]\.year: must be/);
    const houses = changed(planAnswerJson(), (j) => (j.plan.years[0].houses += 1));
    await expect(api(houses).plan('t', PLAN)).rejects.toThrow(/plan\.years\[0\]\.houses: is \d+ but \d+ are assigned/);
    const reason = changed(planAnswerJson(), (j) => (j.plan.deadlines[0].non_compliant[0].reason = 'luck'));
    await expect(api(reason).plan('t', PLAN)).rejects.toThrow(/non_compliant\[0\]\.reason/);
    const strategy = changed(planAnswerJson(), (j) => (j.plan.strategy = 'random'));
    await expect(api(strategy).plan('t', PLAN)).rejects.toThrow(/^plan: plan\.strategy/);
  });
});
const PLAN = {
  portfolioId: 5,
  startYear: 2027,
  years: 2,
  budget_eur_per_year: 30000,
  target: { kind: 'legal' as const },
  strategy: 'kwh_per_eur' as const,
  maxHousesPerYear: null,
  compare: false,
};

describe('the farm answers', () => {
  const api = (body: unknown) => createFarmApi('', answering(body));
  it('refuses a site listed twice, a site that is a point, what is not a FeatureCollection', async () => {
    const twice = changed(sitesAnswer(), (j) => (j.features[1].properties.id = 7));
    await expect(api(twice).sites(farmFrame)).rejects.toThrow(/id 7 is listed twice/);
    const point = changed(
      sitesAnswer(),
      (j) => (j.features[0].geometry = { type: 'Point', coordinates: [2.79, 50.4] }),
    );
    await expect(api(point).sites(farmFrame)).rejects.toThrow(/features\[0\]\.geometry/);
    await expect(api({ type: 'Feature' }).sites(farmFrame)).rejects.toThrow(/^sites: type/);
  });

  const refusals: [string, (a: Json) => void, RegExp][] = [
    ['eleven months', (a) => a.monthly_mwh.pop(), /monthly_mwh/],
    ['months that do not make the year', (a) => (a.monthly_mwh[0] = 10), /monthly_mwh: sums to 37\.700/],
    ['rows that do not hold the modules', (a) => (a.figures.modules = 61), /hold 60 modules/],
    ['a performance ratio in percent', (a) => (a.figures.performance_ratio = 82), /performance_ratio/],
    ['a shading loss over 100 %', (a) => (a.figures.shading_loss_pct = 120), /shading_loss_pct/],
    [
      'a row that is a point',
      (a) => (a.layout.features[0].geometry = { type: 'Point', coordinates: [2.79, 50.4] }),
      /layout\.features\[0\]\.geometry/,
    ],
    [
      'a row without its modules',
      (a) => delete a.layout.features[1].properties.modules,
      /features\[1\]\.properties\.modules/,
    ],
    ['a missing site', (a) => delete a.site, /^evaluation: site/],
  ];
  it.each(refusals)('refuses an evaluation with %s', async (_, change, message) => {
    const request = { siteId: 7, polygon: null, exclusions: [], options: OPTIONS, sweep: false };
    await expect(api(changed(evaluationAnswer(), change)).evaluate(request, farmFrame)).rejects.toThrow(message);
  });
});
const OPTIONS = {
  tilt_deg: 25,
  azimuth_deg: 180,
  table: '2P' as const,
  pitch: { kind: 'solstice' as const },
  setback_m: 10,
};
