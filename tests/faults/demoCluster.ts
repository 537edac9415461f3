import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from '../../api/src/db/migrate.js';
import { openPostgres } from '../../api/src/db/postgres.js';
import { loadDemo } from '../../api/src/services/demo.js';
import { adminQuery, createCluster, type PgCluster } from './cluster.js';
import { writeDemoSubset } from './demoSubset.js';

export interface DemoCluster {
  cluster: PgCluster;
  /** Buildings in the template database. */
  buildings: number;
  /** A new database of the cluster copied from the migrated demo template; returns its URL. */
  copy(name: string): Promise<string>;
  destroy(): Promise<void>;
}

/** A private cluster with a migrated template database holding a spread-out subset of the demo (demoSubset.ts). */
export async function createDemoCluster(step?: number): Promise<DemoCluster> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'solar-cadastre-faults-'));
  const cluster = await createCluster();
  try {
    const buildings = writeDemoSubset(path.join(work, 'demo'), step);
    await adminQuery(cluster, 'CREATE DATABASE demo_template');
    const db = await openPostgres(cluster.url('demo_template'));
    try {
      await migrate(db);
      await loadDemo(db, { dir: path.join(work, 'demo') });
    } finally {
      await db.close();
    }
    return {
      cluster,
      buildings,
      copy: async (name) => {
        await adminQuery(cluster, `CREATE DATABASE ${name} TEMPLATE demo_template`);
        return cluster.url(name);
      },
      destroy: async () => {
        await cluster.destroy();
        fs.rmSync(work, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await cluster.destroy();
    fs.rmSync(work, { recursive: true, force: true });
    throw error;
  }
}
