import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../api/src/config.js';
import { copyTestDatabase, engines, type TestDatabaseLocation } from '../helpers/db.js';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe.each(engines())('server process on %s', (engine) => {
  let location: TestDatabaseLocation;
  beforeAll(async () => {
    location = await copyTestDatabase(engine, 'empty');
  });
  afterAll(async () => location.cleanup());

  it('starts, loads the demo into an empty database, answers, and stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'api', 'src', 'server.ts')], {
      env: {
        ...process.env,
        ...location.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        BUILD_CLIENT: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const deadline = Date.now() + 150_000;
    while (!output.includes('solar-cadastre ready') && Date.now() < deadline && child.exitCode === null) {
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(output).toContain('solar-cadastre ready');
    expect(output).toContain('demo neighbourhood loaded');
    const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { engine } });
    const extent = (await (await fetch(`http://127.0.0.1:${port}/api/v1/extent`)).json()) as { buildings: number };
    expect(extent.buildings).toBeGreaterThan(1000);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toContain('stopped');
  }, 240_000);
});
