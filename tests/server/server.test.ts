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

describe.each(engines())('server processes (API_PROCESSES=2) on %s', (engine) => {
  let location: TestDatabaseLocation;
  beforeAll(async () => {
    location = await copyTestDatabase(engine, 'empty');
  });
  afterAll(async () => location.cleanup());

  /** The server with two processes; its log as one string, growing. */
  function start(port: number) {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'api', 'src', 'server.ts')], {
      env: {
        ...process.env,
        ...location.env,
        API_PROCESSES: '2',
        PORT: String(port),
        HOST: '127.0.0.1',
        BUILD_CLIENT: '0',
        LOAD_DEMO: '0',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = { text: '' };
    child.stdout.on('data', (d: Buffer) => (log.text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (log.text += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, log, exited };
  }
  const lines = (text: string) =>
    text
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; pid: number; role?: string });
  async function until(check: () => boolean, ms: number) {
    const deadline = Date.now() + ms;
    while (!check() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  }

  it.runIf(engine === 'postgres')(
    'a lead and a follower serve the same port; a follower killed is replaced while the lead answers; SIGTERM stops all',
    async () => {
      const port = await freePort();
      const { child, log, exited } = start(port);
      const ready = () => lines(log.text).filter((l) => l.msg === 'solar-cadastre ready');
      await until(() => ready().length >= 2, 120_000);
      expect(ready().length, log.text.slice(-2000)).toBe(2);
      expect(ready().map((l) => l.role)).toEqual(['lead', 'follower']);
      const [lead, follower] = ready();
      expect(lead!.pid).not.toBe(follower!.pid);
      process.kill(follower!.pid, 'SIGKILL');
      // Once the primary has seen it die, and while it starts again, every request is answered (by the lead).
      await until(() => log.text.includes('server process died: starting another'), 60_000);
      expect(log.text).toContain('server process died: starting another');
      for (let i = 0; i < 10; i++) {
        const health = await fetch(`http://127.0.0.1:${port}/api/v1/health`, { signal: AbortSignal.timeout(10_000) });
        expect(health.status).toBe(200);
      }
      await until(() => ready().length >= 3, 90_000);
      const replacement = ready()[2]!;
      expect(replacement.role).toBe('follower');
      expect(replacement.pid).not.toBe(follower!.pid);
      expect(
        (await fetch(`http://127.0.0.1:${port}/api/v1/health`, { signal: AbortSignal.timeout(10_000) })).status,
      ).toBe(200);
      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise((r) => setTimeout(() => r('still running'), 60_000))]);
      if (code !== 0) child.kill('SIGKILL');
      expect(code, log.text.slice(-2000)).toBe(0);
      expect(lines(log.text).filter((l) => l.msg === 'stopped').length).toBe(3);
    },
    240_000,
  );

  it.runIf(engine === 'pglite')(
    'refuses more than one process on the embedded database, saying why',
    async () => {
      const { log, exited } = start(await freePort());
      expect(await exited).toBe(1);
      expect(log.text).toContain('API_PROCESSES > 1 needs DATABASE_URL');
    },
    60_000,
  );
});
