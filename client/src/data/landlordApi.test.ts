import { describe, expect, it } from 'vitest';
import { ApiError, attachmentName, createLandlordApi } from './api';
import { meJson, planAnswerJson } from './landlordAnswer.testkit';

/** A fetch that records each request and answers with `respond`. */
function recorder(respond: (url: string, init: RequestInit) => Response) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return respond(url, init);
  }) as unknown as typeof fetch;
  return { requests, fetchImpl };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('createLandlordApi', () => {
  it('sends the token as a bearer header, never in the URL', async () => {
    const { requests, fetchImpl } = recorder(() => json(meJson()));
    const api = createLandlordApi('', fetchImpl);
    expect((await api.me('sc_abc')).organisation.slug).toBe('maisons-et-cites');
    expect(new Headers(requests[0]!.init.headers).get('authorization')).toBe('Bearer sc_abc');
    expect(requests[0]!.url).toBe('/api/v1/me');
    expect(requests[0]!.url).not.toContain('sc_abc');
  });

  it('posts the plan in the contract’s field names, the cap only when given', async () => {
    const { requests, fetchImpl } = recorder(() => json(planAnswerJson()));
    const api = createLandlordApi('', fetchImpl);
    const request = {
      portfolioId: 5,
      startYear: 2027,
      years: 2,
      budget_eur_per_year: 30000,
      target: { kind: 'legal' as const },
      strategy: 'kwh_per_eur' as const,
      maxHousesPerYear: null,
      compare: false,
    };
    await api.plan('t', request);
    expect(requests[0]!.init.method).toBe('POST');
    expect(JSON.parse(requests[0]!.init.body as string)).toEqual({
      portfolio_id: 5,
      start_year: 2027,
      years: 2,
      budget_eur_per_year: 30000,
      target: { kind: 'legal' },
      strategy: 'kwh_per_eur',
      compare: false,
    });
    await api.plan('t', { ...request, maxHousesPerYear: 40 });
    expect(JSON.parse(requests[1]!.init.body as string).max_houses_per_year).toBe(40);
  });

  it('turns a 401 into an ApiError with its status and the server’s message', async () => {
    const { fetchImpl } = recorder(() =>
      json({ error: { code: 'unauthorized', message: 'unknown or revoked token' } }, 401),
    );
    const error = await createLandlordApi('', fetchImpl)
      .portfolios('sc_wrong')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(401);
    expect((error as ApiError).message).toBe('unknown or revoked token');
  });

  it('downloads an export as a blob with the name the server gives', async () => {
    const csv = '\uFEFFbuilding_id;year\n1;2027\n';
    const { requests, fetchImpl } = recorder(
      () =>
        new Response(csv, {
          headers: { 'content-type': 'text/csv', 'content-disposition': 'attachment; filename="plan-9.csv"' },
        }),
    );
    const file = await createLandlordApi('', fetchImpl).exportPlan('t', 9, 'csv', 'comma');
    expect(requests[0]!.url).toBe('/api/v1/plans/9/export?format=csv&decimal=comma');
    expect(file.filename).toBe('plan-9.csv');
    // The BOM (EF BB BF in UTF-8) is kept: the Blob holds the bytes as sent.
    expect([...new Uint8Array(await file.blob.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(attachmentName(null, 'plan.geojson')).toBe('plan.geojson');
    expect(attachmentName("attachment; filename*=UTF-8''plan%20cit%C3%A9.csv", 'x')).toBe('plan cité.csv');
  });
});
