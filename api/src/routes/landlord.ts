import path from 'node:path';
import { Router } from 'express';
import type { Config } from '../config.js';
import type { Database } from '../db/index.js';
import { defineRoute } from '../http/route.js';
import { BuildingIdParams } from '../../../contracts/buildings.js';
import {
  ExportQuery,
  MeResponse,
  PlanExportCsv,
  PlanExportGeoJson,
  PlanRequest,
  MAX_DPE_UPLOAD_BYTES,
  PlanResponse,
  PortfolioCreate,
  PortfolioCreated,
  PortfolioDetail,
  PortfolioEstimateResponse,
  PortfolioIdParams,
  PortfolioListResponse,
  PortfolioPvResponse,
  PrivateAttributesBody,
  PrivateAttributesResponse,
  PrivateDpeQuery,
  PrivateDpeReportResponse,
  StoredPlanResponse,
} from '../../../contracts/landlord.js';
import { receiveFile } from '../http/receiveFile.js';
import { uploadPrivateDpe } from '../services/landlord/privateDpe.js';
import { authenticate } from '../services/landlord/auth.js';
import { exportPlan, getPlan, planPortfolio } from '../services/landlord/planning.js';
import { portfolioPv } from '../services/landlord/portfolioPv.js';
import {
  createPortfolio,
  getPortfolio,
  listPortfolios,
  me,
  portfolioEstimate,
  setPrivateAttributes,
} from '../services/landlord/portfolios.js';

/** The media types a DPE upload may come as, and the extension the readers go by. */
const DPE_UPLOAD_TYPES: Record<string, string> = {
  'text/csv': '.csv',
  'application/xml': '.xml',
  'text/xml': '.xml',
  'application/zip': '.zip',
  'application/x-zip-compressed': '.zip',
};

/** The social landlords' endpoints: every one needs an organisation token and sees only that organisation's data. */
export function landlordRouter(db: Database, config: Pick<Config, 'expensiveRequestsPerMinute'>): Router {
  const router = Router();
  const auth = { access: 'organisation' as const, authenticate: (h: string | undefined) => authenticate(db, h) };
  const expensive = { rateLimitPerMinute: config.expensiveRequestsPerMinute };
  defineRoute(router, {
    method: 'get',
    path: '/me',
    operationId: 'getMe',
    tags: ['landlord'],
    summary: 'The organisation of the token, and how many buildings it owns',
    response: MeResponse,
    errors: [401],
    ...auth,
    handler: ({ caller }) => me(db, caller!),
  });
  defineRoute(router, {
    method: 'get',
    path: '/portfolios',
    operationId: 'listPortfolios',
    tags: ['landlord'],
    summary: "The organisation's portfolios",
    response: PortfolioListResponse,
    errors: [401],
    ...auth,
    handler: ({ caller }) => listPortfolios(db, caller!),
  });
  defineRoute(router, {
    method: 'post',
    path: '/portfolios',
    operationId: 'createPortfolio',
    tags: ['landlord'],
    summary: "A named set of the organisation's buildings (by cité, commune, bbox, typology or ids)",
    body: PortfolioCreate,
    response: PortfolioCreated,
    errors: [400, 401, 403, 422],
    ...auth,
    handler: ({ caller, body }) => createPortfolio(db, caller!, body.name, body.selection),
  });
  defineRoute(router, {
    method: 'get',
    path: '/portfolios/{id}',
    operationId: 'getPortfolio',
    tags: ['landlord'],
    summary: 'One portfolio with its building ids',
    params: PortfolioIdParams,
    response: PortfolioDetail,
    errors: [400, 401, 404],
    ...auth,
    handler: ({ caller, params }) => getPortfolio(db, caller!, params.id),
  });
  defineRoute(router, {
    method: 'get',
    path: '/portfolios/{id}/estimate',
    operationId: 'estimatePortfolio',
    tags: ['landlord'],
    summary: 'Every house of a portfolio: estimated class now and after each package, with its cost',
    params: PortfolioIdParams,
    response: PortfolioEstimateResponse,
    errors: [400, 401, 404, 429],
    ...auth,
    ...expensive,
    handler: ({ caller, params }) => portfolioEstimate(db, caller!, params.id),
  });
  defineRoute(router, {
    method: 'get',
    path: '/portfolios/{id}/pv',
    operationId: 'getPortfolioPv',
    tags: ['landlord'],
    summary: "The portfolio's roofs ranked for PV, totals, and where collective self-consumption would pay",
    params: PortfolioIdParams,
    response: PortfolioPvResponse,
    errors: [400, 401, 404, 429],
    ...auth,
    ...expensive,
    handler: ({ caller, params }) => portfolioPv(db, caller!, params.id),
  });
  defineRoute(router, {
    method: 'post',
    path: '/portfolios/plan',
    operationId: 'planPortfolio',
    tags: ['landlord'],
    summary: 'Which house gets which package in which year, under a yearly budget and the rental calendar',
    body: PlanRequest,
    response: PlanResponse,
    errors: [400, 401, 404, 429],
    ...auth,
    ...expensive,
    handler: ({ caller, body }) => planPortfolio(db, caller!, body),
  });
  defineRoute(router, {
    method: 'get',
    path: '/plans/{id}',
    operationId: 'getPlan',
    tags: ['landlord'],
    summary: 'A stored plan',
    params: PortfolioIdParams,
    response: StoredPlanResponse,
    errors: [400, 401, 404],
    ...auth,
    handler: ({ caller, params }) => getPlan(db, caller!, params.id),
  });
  defineRoute(router, {
    method: 'get',
    path: '/plans/{id}/export',
    operationId: 'exportPlan',
    tags: ['landlord'],
    summary: 'A plan as CSV (French Excel: ";" separator, UTF-8 BOM, decimal comma option) or GeoJSON',
    params: PortfolioIdParams,
    query: ExportQuery,
    response: PlanExportCsv,
    responseType: 'text/csv',
    otherResponses: { 'application/geo+json': PlanExportGeoJson },
    errors: [400, 401, 404],
    ...auth,
    handler: async ({ caller, params, query }, _req, res) => {
      const file = await exportPlan(db, caller!, params.id, query.format, query.decimal);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
      return file.body;
    },
  });
  defineRoute(router, {
    method: 'post',
    path: '/me/dpe',
    operationId: 'uploadPrivateDpe',
    tags: ['landlord'],
    summary:
      "The organisation's own DPEs (ADEME CSV, XML, or a zip of them) matched to its buildings and kept in their private attributes",
    query: PrivateDpeQuery,
    fileBody: {
      types: Object.keys(DPE_UPLOAD_TYPES),
      description: `one DPE file: ADEME's CSV (v2 or dpe03existant), a DPE XML, or a zip of them; at most ${MAX_DPE_UPLOAD_BYTES} bytes`,
    },
    response: PrivateDpeReportResponse,
    errors: [400, 401, 413, 415, 422],
    ...auth,
    ...expensive,
    handler: async ({ caller, query }, req) => {
      const file = await receiveFile(req, DPE_UPLOAD_TYPES, MAX_DPE_UPLOAD_BYTES);
      try {
        const name = query.file_name ?? `upload${path.extname(file.path)}`;
        return await uploadPrivateDpe(db, caller!, file.path, name, query.dry_run === 'true');
      } finally {
        await file.remove();
      }
    },
  });
  defineRoute(router, {
    method: 'put',
    path: '/buildings/{id}/private',
    operationId: 'setPrivateAttributes',
    tags: ['landlord'],
    summary: "The organisation's own data on one of its buildings (visible only with its token)",
    params: BuildingIdParams,
    body: PrivateAttributesBody,
    response: PrivateAttributesResponse,
    errors: [400, 401, 404],
    ...auth,
    handler: ({ caller, params, body }) => setPrivateAttributes(db, caller!, params.id, body.attributes),
  });
  return router;
}
