import fs from 'node:fs';
import { setEstimateWorkers } from './services/pv/estimatePool.js';
import path from 'node:path';
import compression from 'compression';
import express, { type Express } from 'express';
import helmet from 'helmet';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Config } from './config.js';
import type { Database } from './db/index.js';
import { errorHandler, notFoundHandler } from './http/errorHandler.js';
import { VALIDATE_RESPONSES } from './http/route.js';
import { AUTH_THROTTLE, AuthThrottle } from './http/authThrottle.js';
import { buildingsRouter } from './routes/buildings.js';
import { docsRouter } from './routes/docs.js';
import { healthRouter } from './routes/health.js';
import { pvRouter } from './routes/pv.js';
import { renovationRouter } from './routes/renovation.js';
import { landlordRouter } from './routes/landlord.js';
import { lidarRouter } from './routes/lidar.js';
import { sitesRouter } from './routes/sites.js';
import { solarRouter } from './routes/solar.js';

export interface AppDeps {
  db: Database;
  logger?: Logger;
}

/** Builds the Express application (no listen): API under /api/v1, docs at /api/docs, the 3D client at /. */
export function createApp(config: Config, deps: AppDeps): Express {
  setEstimateWorkers(config.estimateWorkers);
  const logger = deps.logger ?? pino({ level: config.logLevel });
  const app = express();
  app.disable('x-powered-by');
  app.set('query parser', 'simple');
  app.set(VALIDATE_RESPONSES, config.validateResponses);
  // req.ip is the socket's address unless a proxy is trusted (TRUST_PROXY); the failed-token limit counts by it.
  app.set('trust proxy', config.trustProxy);
  app.set(AUTH_THROTTLE, new AuthThrottle());
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { 'img-src': ["'self'", 'data:', 'blob:'], 'worker-src': ["'self'", 'blob:'] },
      },
    }),
  );
  app.use(
    pinoHttp({
      logger,
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: { ignore: (req) => req.url === '/api/v1/health' },
    }),
  );
  // GeoJSON and heat-map grids compress about tenfold.
  app.use(compression());
  app.use(express.json({ limit: config.bodyLimitBytes }));

  const api = express.Router();
  api.use(healthRouter(deps.db));
  api.use(buildingsRouter(deps.db));
  api.use(lidarRouter(deps.db));
  api.use(solarRouter(deps.db));
  api.use(pvRouter(deps.db, config));
  api.use(renovationRouter(deps.db, config));
  api.use(landlordRouter(deps.db, config));
  api.use(sitesRouter(deps.db, config));
  app.use('/api/v1', api);
  app.use(docsRouter());
  app.use('/api', notFoundHandler);

  const index = path.join(config.clientDir, 'index.html');
  app.use(express.static(config.clientDir, { index: 'index.html', maxAge: '1h' }));
  app.get('/{*path}', (_req, res) => {
    if (fs.existsSync(index)) res.sendFile(index);
    else
      res.status(503).type('text').send('The 3D client is not built: run `npm run build:client` (npm start does it).');
  });
  app.use(notFoundHandler);
  app.use(errorHandler(logger));
  return app;
}
