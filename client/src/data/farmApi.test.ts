import { describe, expect, it } from 'vitest';
import { ApiError, createFarmApi, farmBody } from './api';
import { evaluationAnswer, farmFrame, sitesAnswer } from './farmAnswer.testkit';
import type { FarmRequest } from './requests';

const OPTIONS = {
  tilt_deg: 25,
  azimuth_deg: 180,
  table: '2P' as const,
  pitch: { kind: 'solstice' as const },
  setback_m: 10,
};
const TRIANGLE: [number, number][] = [
  [2.79, 50.43],
  [2.8, 50.43],
  [2.8, 50.44],
];

function fakeFetch(status: number, body: unknown, seen: { url: string; init: RequestInit }[]): typeof fetch {
  return (async (url: string, init: RequestInit) => {
    seen.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
}

describe('farmBody', () => {
  it('sends a drawn polygon closed, with its exclusions, in the contract’s names', () => {
    const request: FarmRequest = {
      siteId: 7,
      polygon: TRIANGLE,
      exclusions: [TRIANGLE],
      options: OPTIONS,
      sweep: true,
    };
    const body = farmBody(request);
    // RFC 7946 §3.1.6: a linear ring's first and last positions are the same.
    expect(body.polygon).toEqual({ type: 'Polygon', coordinates: [[...TRIANGLE, TRIANGLE[0]]] });
    expect(body.site_id).toBeUndefined();
    expect(body.exclusions).toHaveLength(1);
    expect(body.options).toEqual({
      tilt_deg: 25,
      azimuth_deg: 180,
      table: '2P',
      pitch: { kind: 'solstice' },
      setback_m: 10,
    });
    expect(body.sweep).toBe(true);
  });

  it('sends the site’s id when nothing is drawn, and no empty exclusions', () => {
    const body = farmBody({ siteId: 7, polygon: null, exclusions: [], options: OPTIONS, sweep: false });
    expect(body).toEqual({ site_id: 7, options: body.options, sweep: false });
  });
});

describe('createFarmApi', () => {
  it('lists the sites and posts an evaluation as JSON', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const sites = await createFarmApi('', fakeFetch(200, sitesAnswer(), seen)).sites(farmFrame);
    expect(sites).toHaveLength(2);
    expect(seen[0]!.url).toBe('/api/v1/sites');
    const api = createFarmApi('', fakeFetch(200, evaluationAnswer(), seen));
    const evaluation = await api.evaluate(
      { siteId: 7, polygon: null, exclusions: [], options: OPTIONS, sweep: false },
      farmFrame,
    );
    expect(evaluation.rows).toHaveLength(2);
    expect(seen[1]!.url).toBe('/api/v1/sites/evaluate');
    expect(seen[1]!.init.method).toBe('POST');
    expect(JSON.parse(String(seen[1]!.init.body)).site_id).toBe(7);
  });

  it('turns a 400 into an ApiError carrying the API’s message', async () => {
    const error = { error: { code: 'invalid_request', message: 'options.tilt_deg must be within (0, 60]' } };
    const api = createFarmApi('', fakeFetch(400, error, []));
    const failed = await api
      .evaluate(
        { siteId: 7, polygon: null, exclusions: [], options: { ...OPTIONS, tilt_deg: 75 }, sweep: false },
        farmFrame,
      )
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(ApiError);
    expect((failed as ApiError).status).toBe(400);
    expect((failed as ApiError).message).toBe('options.tilt_deg must be within (0, 60]');
  });
});
