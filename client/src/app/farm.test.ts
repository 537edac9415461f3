import { Vector3 } from 'three';
import { describe, expect, it } from 'vitest';
import { ApiError, type FarmApi } from '../data/api';
import { evaluationAnswer, farmFrame, sitesAnswer } from '../data/farmAnswer.testkit';
import type { FarmRequest } from '../data/requests';
import { readEvaluation, readSites } from '../data/api';
import { FarmLayer } from '../layers/farmLayer';
import { createStore, initialState } from '../ui/store';
import type { AppContext } from './context';
import { createFarm } from './farm';

function setup(fail?: ApiError) {
  const requests: FarmRequest[] = [];
  const api: FarmApi = {
    sites: async () => readSites(sitesAnswer(), farmFrame),
    evaluate: async (request) => {
      requests.push(request);
      if (fail) throw fail;
      return readEvaluation(evaluationAnswer(), farmFrame);
    },
  };
  const store = createStore(initialState());
  const app = {
    store,
    farm: new FarmLayer(),
    // A heap plateau 30 m high east of 60 m, the plain elsewhere.
    heaps: { heightAt: (e: number) => (e >= 60 ? 30 : 0) },
    view: {
      invalidate: () => undefined,
      rig: { viewFrom: () => new Vector3(), flyTo: () => undefined, azimuth_deg: () => 0 },
    },
    session: { frame: farmFrame, ready: true, userMoved: false },
  } as unknown as AppContext;
  const farm = createFarm(app, { api });
  const settle = async () => {
    for (let k = 0; k < 5; k++) await Promise.resolve();
  };
  return { farm, store, app, requests, settle };
}

describe('« Friches » actions', () => {
  it('lists the sites on opening, evaluates the chosen one and draws its rows', async () => {
    const { farm, store, app, requests, settle } = setup();
    farm.setOpen(true);
    await settle();
    expect(store.get().farm.sites.list).toHaveLength(2);
    farm.chooseSite(7);
    expect(app.farm.outlineCount('site')).toBe(1);
    await farm.evaluate();
    expect(requests[0]).toMatchObject({ siteId: 7, polygon: null, exclusions: [] });
    expect(store.get().farm.evaluation.status).toBe('ready');
    // The fixture's two rows, drawn at the asked tilt over the ground under them.
    expect(app.farm.rowCount).toBe(2);
  });

  it('sends a drawn polygon with its exclusion in [lon, lat], and ignores a double-click’s repeated point', async () => {
    const { farm, store, requests } = setup();
    farm.setOpen(true);
    farm.startDrawing('site');
    for (const p of [
      [0, 0],
      [100, 0],
      [100, 0.2],
      [100, 80],
      [0, 80],
    ] as [number, number][])
      farm.addPoint(p);
    // (100, 0.2) is 0.2 m from (100, 0): the second click of a double-click, not a vertex.
    expect(store.get().farm.draw.points).toHaveLength(4);
    farm.finishDrawing();
    farm.startDrawing('exclusion');
    for (const p of [
      [10, 10],
      [20, 10],
      [20, 20],
    ] as [number, number][])
      farm.addPoint(p);
    farm.finishDrawing();
    await farm.evaluate();
    const request = requests[0]!;
    expect(request.siteId).toBeNull();
    expect(request.polygon).toHaveLength(4);
    const [lon, lat] = farmFrame.toLonLat([100, 80]);
    expect(request.polygon![2]![0]).toBeCloseTo(lon, 10);
    expect(request.polygon![2]![1]).toBeCloseTo(lat, 10);
    expect(request.exclusions).toHaveLength(1);
  });

  it('refuses a blank option before any request, naming it', async () => {
    const { farm, store, requests } = setup();
    farm.setOpen(true);
    await Promise.resolve();
    farm.chooseSite(7);
    farm.setOptions({ tilt_deg: NaN });
    await farm.evaluate();
    expect(requests).toHaveLength(0);
    expect(store.get().farm.evaluation.error).toBe('invalid:tilt_deg');
  });

  it('asks for a site or a polygon first', async () => {
    const { farm, store, requests } = setup();
    await farm.evaluate();
    expect(requests).toHaveLength(0);
    expect(store.get().farm.evaluation.error).toBe('no_site');
  });

  it('keeps the API’s message and status of a 422, and draws no rows', async () => {
    const { farm, store, app, settle } = setup(new ApiError(422, 'nothing_to_build', 'exclusions leave nothing'));
    farm.setOpen(true);
    await settle();
    farm.chooseSite(7);
    await farm.evaluate();
    expect(store.get().farm.evaluation).toMatchObject({
      status: 'error',
      error: 'exclusions leave nothing',
      httpStatus: 422,
    });
    expect(app.farm.rowCount).toBe(0);
  });
});
