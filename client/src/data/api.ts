/**
 * The HTTP side of the data layer: each function fetches one endpoint, reads the answer with its contract
 * (contracts/; a broken answer is a TypeError naming the field) and returns the contract's type, with only the
 * client's own transforms on top (lon/lat → local frame). Nothing here touches the scene or the DOM. The public endpoints are in `createApiClient`; the social landlord's,
 * which carry a bearer token, in `createLandlordApi`.
 */
import type { LocalFrame } from '../../../engine/geo/localFrame';
import {
  BUILDINGS_BBOX_MAX_KM2,
  BUILDINGS_LIMIT_MAX,
  MAX_BBOX_SPAN_DEG,
  OBSTACLES_BBOX_MAX_KM2,
  ROOFS_BBOX_MAX_KM2,
  ROOFS_LIMIT_MAX,
  BuildingFeature,
  BuildingListResponse,
  BuildingPvResponse,
  BuildingRenovationResponse,
  ErrorResponse,
  ExtentResponse,
  MeResponse,
  ObstacleListResponse,
  PlanResponse,
  PortfolioCreated,
  PortfolioDetail,
  PortfolioEstimateResponse,
  PortfolioListResponse,
  RoofListResponse,
  SearchResponse,
  SiteEvaluateResponse,
  SiteListResponse,
  TREES_BBOX_MAX_KM2,
  TREES_LIMIT_MAX,
  TreeListResponse,
  type PortfolioSelection,
  type PortfolioSummary,
  type SearchResult,
} from '../../../contracts';
import { parseAnswer } from './answer';
import { localEvaluation, localSites, type CandidateSite, type FarmEvaluation } from './farmAreas';
import { localPv, type BuildingPv, type PvInputs } from './pvPanels';
import type { DecimalMark, ExportFormat, FarmRequest, PlanRequest, RenovationInputs } from './requests';
import { buildingPage, obstacleRecords, roofPage, type RoofPage } from './sceneRecords';
import { treePage, type TreePage } from './treeRecords';
import type { Bbox, BuildingDetail, BuildingPage, Extent, ObstacleRecord } from './types';

/** Each answer read with its contract, then brought into the view's frame where it holds geometry. */
export const readPv = (json: unknown, frame: LocalFrame): BuildingPv =>
  localPv(parseAnswer(BuildingPvResponse, json, 'pv'), frame);
export const readRenovation = (json: unknown) => parseAnswer(BuildingRenovationResponse, json, 'renovation');
export const readSites = (json: unknown, frame: LocalFrame): CandidateSite[] =>
  localSites(parseAnswer(SiteListResponse, json, 'sites'), frame);
export const readEvaluation = (json: unknown, frame: LocalFrame): FarmEvaluation =>
  localEvaluation(parseAnswer(SiteEvaluateResponse, json, 'evaluation'), frame);
export const readTrees = (json: unknown, frame: LocalFrame): TreePage =>
  treePage(parseAnswer(TreeListResponse, json, 'trees'), frame);
export const readMe = (json: unknown) => parseAnswer(MeResponse, json, 'me');
export const readPortfolios = (json: unknown) => parseAnswer(PortfolioListResponse, json, 'portfolios').portfolios;
export const readPortfolio = (json: unknown) => parseAnswer(PortfolioDetail, json, 'portfolio');
export const readEstimate = (json: unknown) => parseAnswer(PortfolioEstimateResponse, json, 'estimate');
export const readPlan = (json: unknown) => parseAnswer(PlanResponse, json, 'plan');

/** The API's maximum page size for /buildings. */
export const BUILDINGS_PAGE_LIMIT = BUILDINGS_LIMIT_MAX;
/** The API's maximum number of buildings per /roofs request. */
export const ROOFS_BUILDING_LIMIT = ROOFS_LIMIT_MAX;
/** The API's largest bbox side [°]. */
export const MAX_BBOX_SIDE_DEG = MAX_BBOX_SPAN_DEG;
/** The API's largest bbox [km²] of /buildings, /roofs, /obstacles and /trees (contracts/buildings.ts, lidar.ts). */
export { BUILDINGS_BBOX_MAX_KM2, OBSTACLES_BBOX_MAX_KM2, ROOFS_BBOX_MAX_KM2, TREES_BBOX_MAX_KM2 };
/** The API's maximum page size for /trees. */
export const TREES_PAGE_LIMIT = TREES_LIMIT_MAX;

/** The `{error: {code, message}}` of a failed answer, or null when the body is not one. */
export function apiErrorOf(json: unknown): ErrorResponse['error'] | null {
  const result = ErrorResponse.safeParse(json);
  return result.success ? result.data.error : null;
}

/** The ApiError of a failed answer: the API's code and message, else the HTTP status. */
function apiError(status: number, body: unknown, path: string): ApiError {
  const error = apiErrorOf(body);
  return new ApiError(status, error?.code ?? 'http_error', error?.message || `HTTP ${status} on ${path}`);
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  /** TypeError while the database holds no building (no bbox to frame the view on). */
  extent(signal?: AbortSignal): Promise<Extent>;
  buildings(bbox: Bbox, frame: LocalFrame, signal?: AbortSignal): Promise<BuildingPage>;
  obstacles(bbox: Bbox, frame: LocalFrame, signal?: AbortSignal): Promise<ObstacleRecord[]>;
  /** Tree crowns found in LiDAR (at most TREES_PAGE_LIMIT; numberMatched tells when a tile was truncated). */
  trees(bbox: Bbox, frame: LocalFrame, signal?: AbortSignal): Promise<TreePage>;
  /** Roof faces with their irradiation grids, for the buildings of a bbox (at most ROOFS_BUILDING_LIMIT). */
  roofs(bbox: Bbox, frame: LocalFrame, signal?: AbortSignal): Promise<RoofPage>;
  /** The properties of the building's Feature (its footprint is drawn from /buildings already). */
  building(id: number, signal?: AbortSignal): Promise<BuildingDetail>;
  search(query: string, limit: number, signal?: AbortSignal): Promise<SearchResult[]>;
  /** The building's photovoltaic estimate for a household; ApiError 409 `not_computed` before its cadastre is. */
  pv(id: number, inputs: PvInputs, frame: LocalFrame, signal?: AbortSignal): Promise<BuildingPv>;
  /** The building's renovation estimate (DPE class, packages of works, aid, rental status) for an owner. */
  renovation(id: number, inputs: RenovationInputs, signal?: AbortSignal): Promise<BuildingRenovationResponse>;
}

const bboxParam = (bbox: Bbox) => bbox.map((v) => v.toFixed(7)).join(',');

/** The query of /buildings/{id}/pv: only the answers given (a null budget or consumption is left to the server). */
export function pvQuery(inputs: PvInputs): string {
  const query = new URLSearchParams();
  if (inputs.budget_eur !== null) query.set('budget_eur', String(inputs.budget_eur));
  if (inputs.consumption_kwh !== null) query.set('consumption_kwh', String(inputs.consumption_kwh));
  query.set('heating', inputs.heating);
  query.set('occupants', String(inputs.occupants));
  if (inputs.battery_kwh !== null && inputs.battery_kwh !== undefined)
    query.set('battery_kwh', String(inputs.battery_kwh));
  if (inputs.collector_m2 !== null && inputs.collector_m2 !== undefined)
    query.set('collector_m2', String(inputs.collector_m2));
  if (inputs.reduced_vat === false) query.set('reduced_vat', 'false');
  return query.toString();
}

/**
 * The query of /buildings/{id}/renovation: the owner only once chosen (the server picks it from the building's owner
 * until then), the income band and household size always (they only change an owner's aid).
 */
export function renovationQuery(inputs: RenovationInputs): string {
  const query = new URLSearchParams();
  if (inputs.owner !== null) query.set('owner', inputs.owner);
  query.set('income_band', inputs.incomeBand);
  query.set('household_size', String(inputs.householdSize));
  return query.toString();
}

export function createApiClient(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): ApiClient {
  async function getJson(path: string, signal?: AbortSignal): Promise<unknown> {
    const response = await fetchImpl(`${baseUrl}${path}`, { headers: { accept: 'application/json' }, signal });
    const body: unknown = await response.json().catch(() => null);
    if (!response.ok) throw apiError(response.status, body, path);
    return body;
  }

  return {
    extent: async (signal) => {
      const extent = parseAnswer(ExtentResponse, await getJson('/api/v1/extent', signal), 'extent');
      const { bbox, center } = extent;
      if (!bbox) throw new TypeError('extent: bbox: null, the database holds no building yet');
      return { ...extent, bbox, center: center ?? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2] };
    },
    buildings: async (bbox, frame, signal) => {
      const path = `/api/v1/buildings?bbox=${bboxParam(bbox)}&limit=${BUILDINGS_PAGE_LIMIT}`;
      return buildingPage(parseAnswer(BuildingListResponse, await getJson(path, signal), 'buildings'), frame);
    },
    obstacles: async (bbox, frame, signal) => {
      const json = await getJson(`/api/v1/obstacles?bbox=${bboxParam(bbox)}`, signal);
      return obstacleRecords(parseAnswer(ObstacleListResponse, json, 'obstacles'), frame);
    },
    trees: async (bbox, frame, signal) => {
      const json = await getJson(`/api/v1/trees?bbox=${bboxParam(bbox)}&limit=${TREES_PAGE_LIMIT}`, signal);
      return readTrees(json, frame);
    },
    roofs: async (bbox, frame, signal) => {
      const json = await getJson(`/api/v1/roofs?bbox=${bboxParam(bbox)}&limit=${ROOFS_BUILDING_LIMIT}`, signal);
      return roofPage(parseAnswer(RoofListResponse, json, 'roofs'), frame);
    },
    building: async (id, signal) => {
      const json = await getJson(`/api/v1/buildings/${encodeURIComponent(id)}`, signal);
      return parseAnswer(BuildingFeature, json, 'building').properties;
    },
    search: async (query, limit, signal) => {
      const json = await getJson(`/api/v1/search?q=${encodeURIComponent(query)}&limit=${limit}`, signal);
      return parseAnswer(SearchResponse, json, 'search').results;
    },
    pv: async (id, inputs, frame, signal) => {
      const json = await getJson(`/api/v1/buildings/${encodeURIComponent(id)}/pv?${pvQuery(inputs)}`, signal);
      return readPv(json, frame);
    },
    renovation: async (id, inputs, signal) => {
      const path = `/api/v1/buildings/${encodeURIComponent(id)}/renovation?${renovationQuery(inputs)}`;
      return readRenovation(await getJson(path, signal));
    },
  };
}

/** The body of POST /portfolios/plan (snake_case, the house cap only when given). */
export function planBody(request: PlanRequest): Record<string, unknown> {
  return {
    portfolio_id: request.portfolioId,
    start_year: request.startYear,
    years: request.years,
    budget_eur_per_year: request.budget_eur_per_year,
    target: request.target,
    strategy: request.strategy,
    ...(request.maxHousesPerYear !== null ? { max_houses_per_year: request.maxHousesPerYear } : {}),
    compare: request.compare,
  };
}

/** The file name a download announces (Content-Disposition), else `fallback`. */
export function attachmentName(disposition: string | null, fallback: string): string {
  const match = disposition ? /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition) : null;
  if (!match) return fallback;
  try {
    return decodeURIComponent(match[1]!.trim());
  } catch {
    return match[1]!.trim();
  }
}

/**
 * The social landlord's endpoints («Bailleur»): every request carries `Authorization: Bearer <token>`; a 401 (no,
 * unknown or revoked token) is an ApiError with status 401, which the workspace turns into a sign-out.
 */
export interface LandlordApi {
  me(token: string, signal?: AbortSignal): Promise<MeResponse>;
  portfolios(token: string, signal?: AbortSignal): Promise<PortfolioSummary[]>;
  createPortfolio(token: string, name: string, selection: PortfolioSelection): Promise<PortfolioSummary>;
  portfolio(token: string, id: number, signal?: AbortSignal): Promise<PortfolioDetail>;
  estimate(token: string, id: number, signal?: AbortSignal): Promise<PortfolioEstimateResponse>;
  plan(token: string, request: PlanRequest, signal?: AbortSignal): Promise<PlanResponse>;
  /** The plan as a file (CSV: `;`, UTF-8 BOM; GeoJSON: the footprints), with the name the server gives it. */
  exportPlan(
    token: string,
    planId: number,
    format: ExportFormat,
    decimal: DecimalMark,
  ): Promise<{ blob: Blob; filename: string }>;
}

export function createLandlordApi(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): LandlordApi {
  async function send(token: string, path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    const response = await fetchImpl(`${baseUrl}${path}`, { ...init, headers });
    if (response.ok) return response;
    throw apiError(response.status, await response.json().catch(() => null), path);
  }
  const getJson = async (token: string, path: string, signal?: AbortSignal): Promise<unknown> =>
    (await send(token, path, { headers: { accept: 'application/json' }, signal })).json();
  const postJson = async (token: string, path: string, body: unknown, signal?: AbortSignal): Promise<unknown> =>
    (
      await send(token, path, {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal,
      })
    ).json();

  return {
    me: async (token, signal) => readMe(await getJson(token, '/api/v1/me', signal)),
    portfolios: async (token, signal) => readPortfolios(await getJson(token, '/api/v1/portfolios', signal)),
    createPortfolio: async (token, name, selection) => {
      const json = await postJson(token, '/api/v1/portfolios', { name, selection });
      return { ...parseAnswer(PortfolioCreated, json, 'portfolio'), selection };
    },
    portfolio: async (token, id, signal) => {
      const json = await getJson(token, `/api/v1/portfolios/${encodeURIComponent(id)}`, signal);
      return readPortfolio(json);
    },
    estimate: async (token, id, signal) => {
      const json = await getJson(token, `/api/v1/portfolios/${encodeURIComponent(id)}/estimate`, signal);
      return readEstimate(json);
    },
    plan: async (token, request, signal) => {
      const json = await postJson(token, '/api/v1/portfolios/plan', planBody(request), signal);
      return readPlan(json);
    },
    exportPlan: async (token, planId, format, decimal) => {
      const query = new URLSearchParams({ format, decimal }).toString();
      const response = await send(token, `/api/v1/plans/${encodeURIComponent(planId)}/export?${query}`);
      const fallback = `plan-${planId}.${format === 'csv' ? 'csv' : 'geojson'}`;
      return {
        blob: await response.blob(),
        filename: attachmentName(response.headers.get('content-disposition'), fallback),
      };
    },
  };
}

/** A [lon, lat] ring as a GeoJSON Polygon (closed, as RFC 7946 §3.1.6 requires). */
export function polygonGeometry(ring: readonly [number, number][]): {
  type: 'Polygon';
  coordinates: [number, number][][];
} {
  return { type: 'Polygon', coordinates: [[...ring, ring[0]!]] };
}

/** The body of POST /sites/evaluate in the contract's names: the site's id or the drawn polygon, never both. */
export function farmBody(request: FarmRequest): Record<string, unknown> {
  const { options } = request;
  return {
    ...(request.polygon ? { polygon: polygonGeometry(request.polygon) } : { site_id: request.siteId }),
    ...(request.exclusions.length > 0 ? { exclusions: request.exclusions.map(polygonGeometry) } : {}),
    options: {
      tilt_deg: options.tilt_deg,
      azimuth_deg: options.azimuth_deg,
      table: options.table,
      pitch: options.pitch,
      setback_m: options.setback_m,
    },
    sweep: request.sweep,
  };
}

/** « Friches »: the candidate sites and the evaluation of a ground-mounted farm (public, no token). */
export interface FarmApi {
  sites(frame: LocalFrame, signal?: AbortSignal): Promise<CandidateSite[]>;
  /** 400 (a field out of the contract) and 422 (nothing left to build) are ApiErrors with the API's message. */
  evaluate(request: FarmRequest, frame: LocalFrame, signal?: AbortSignal): Promise<FarmEvaluation>;
}

export function createFarmApi(baseUrl = '', fetchImpl: typeof fetch = (...args) => fetch(...args)): FarmApi {
  async function send(path: string, init: RequestInit): Promise<unknown> {
    const response = await fetchImpl(`${baseUrl}${path}`, init);
    const body: unknown = await response.json().catch(() => null);
    if (response.ok) return body;
    throw apiError(response.status, body, path);
  }
  return {
    sites: async (frame, signal) => {
      const json = await send('/api/v1/sites', { headers: { accept: 'application/json' }, signal });
      return readSites(json, frame);
    },
    evaluate: async (request, frame, signal) => {
      const json = await send('/api/v1/sites/evaluate', {
        method: 'POST',
        headers: { accept: 'application/json', 'content-type': 'application/json' },
        body: JSON.stringify(farmBody(request)),
        signal,
      });
      return readEvaluation(json, frame);
    },
  };
}
