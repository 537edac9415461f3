import type { Express } from 'express';
import { createApp as createProductionApp, type AppDeps } from '../../api/src/app.js';
import type { Config } from '../../api/src/config.js';

/**
 * The real application with every answer checked against its contract (contracts/): an answer that breaks it is a
 * 500 naming the operation, and the zod issues are logged. The tests build the app through this.
 */
export function createApp(config: Config, deps: AppDeps): Express {
  return createProductionApp({ ...config, validateResponses: true }, deps);
}
