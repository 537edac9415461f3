import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { createApp } from './app.js';
import { loadConfig } from '../../api/src/config.js';
import type { Database } from '../../api/src/db/types.js';
import { openTestDatabase, type Engine } from './db.js';
import type { TemplateKind } from './templates.js';

export interface TestServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

/** The real app on 127.0.0.1 with a private copy of the demo database; serves client/dist at /. */
export async function startTestServer(options: { engine?: Engine; template?: TemplateKind } = {}): Promise<TestServer> {
  const { db, cleanup } = await openTestDatabase(options.engine ?? 'pglite', options.template ?? 'demo');
  const config = { ...loadConfig({}), logLevel: 'silent' };
  const app = createApp(config, { db, logger: pino({ level: 'silent' }) });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await cleanup();
    },
  };
}
