import type { Database } from '../api/src/db/types.js';

/** How the bench opens each engine: an embedded database, and a scratch database of the server (bench/run.ts). */
export interface BenchEngines {
  openEmbedded: () => Promise<Database>;
  withServerDatabase: (label: string, fn: (url: string) => Promise<void>) => Promise<void>;
  openServer: (url: string) => Promise<Database>;
}

/** Runs `fn` on the embedded engine, then on a scratch database of the server, closing each database after it. */
export async function onBothEngines(
  engines: BenchEngines,
  label: string,
  fn: (engine: 'pglite' | 'postgres', db: Database) => Promise<void>,
): Promise<void> {
  const embedded = await engines.openEmbedded();
  try {
    await fn('pglite', embedded);
  } finally {
    await embedded.close();
  }
  await engines.withServerDatabase(label, async (url) => {
    const server = await engines.openServer(url);
    try {
      await fn('postgres', server);
    } finally {
      await server.close();
    }
  });
}
