import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';
import { openApiDocument } from '../http/openapi.js';

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>solar-cadastre API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script></body></html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/v1/openapi.json', dom_id: '#swagger-ui' });`;

/** The OpenAPI document (generated from the zod schemas) and a readable page (Swagger UI, served locally). */
export function docsRouter(): Router {
  const router = Router();
  let document: unknown;
  router.get('/api/v1/openapi.json', (_req, res) => {
    document ??= openApiDocument();
    res.json(document);
  });
  router.get('/api/docs', (_req, res) => {
    res.type('html').send(PAGE);
  });
  router.get('/api/docs/init.js', (_req, res) => {
    res.type('application/javascript').send(INIT);
  });
  router.use('/api/docs/assets', express.static(getAbsoluteFSPath(), { index: false }));
  return router;
}
