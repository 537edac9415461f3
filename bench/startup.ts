/**
 * Start-up of the production entries, compiled JavaScript (dist/, bin/build.js) beside the old way (tsx transpiling
 * the TypeScript at run time), one JSON line per figure (BENCH_ONLY=startup runs this alone):
 *  - the build itself (`node bin/build.js`, server + CLI + worker, not the client);
 *  - `npx cadastre --help` against the same with the old bin/cadastre.js (tsx's loader registered, main.ts imported),
 *    and the same two without npx;
 *  - `npm start` (bin/server.js: dist/ checked for staleness, then dist/server.js) against `npm run dev:server` (tsx
 *    api/src/server.ts, the old `npm start`) until GET /api/v1/health answers 200, with LOAD_DEMO=0 and
 *    BUILD_CLIENT=0, on an empty DATA_DIR and on the one an earlier start left.
 * Each figure is the median of its runs, the two ways taking turns so that a change in the machine's load hits both.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../api/src/config.js';

type Emit = (figure: Record<string, unknown>) => void;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (v: number) => Math.round(v);

/** Wall time of a command run to its end [ms]; throws with its output when it fails. */
function timeCommand(command: string, args: string[], cwd = PROJECT_ROOT): number {
  const t = performance.now();
  const r = spawnSync(command, args, { cwd, env: process.env, encoding: 'utf8' });
  const elapsed = performance.now() - t;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr || r.stdout}`);
  return elapsed;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

/** Starts `command` in its own process group, waits for /api/v1/health to answer 200, stops it; returns the ms. */
async function timeServer(command: string, args: string[], dataDir: string): Promise<number> {
  const port = await freePort();
  const t = performance.now();
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      DATABASE_URL: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_DEMO: '0',
      BUILD_CLIENT: '0',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${command} ${args.join(' ')} exited ${child.exitCode}: ${stderr}`);
      if (performance.now() - t > 300_000) throw new Error(`${command} ${args.join(' ')}: no health after 300 s`);
      const ok = await fetch(`http://127.0.0.1:${port}/api/v1/health`)
        .then((r) => r.status === 200)
        .catch(() => false);
      if (ok) return performance.now() - t;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    // npm runs the server under a shell: the whole group it started is stopped, then awaited.
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGTERM');
    await exited;
  }
}

export async function benchProcessStartup(work: string, emit: Emit) {
  const runs = Number(process.env.BENCH_STARTUP_RUNS) || 5;
  const freshRuns = Number(process.env.BENCH_STARTUP_FRESH_RUNS) || 3;
  const load = () => Math.round(os.loadavg()[0]! * 10) / 10;
  const build = ['bin/build.js'];

  const builds = Array.from({ length: 3 }, () => timeCommand('node', build));
  emit({ figure: 'build_server_ms', value: round(median(builds)), runs: builds.map(round), note: 'node bin/build.js' });
  // The old `cadastre` bin (tsx's loader registered, then the TypeScript CLI imported) in a package of its own, so
  // that `npx cadastre` runs it there exactly as it ran here before.
  const old = path.join(work, 'cadastre-tsx');
  fs.mkdirSync(old, { recursive: true });
  fs.symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(old, 'node_modules'));
  const oldPackage = { name: 'cadastre-tsx', private: true, type: 'module', bin: { cadastre: 'cadastre.js' } };
  fs.writeFileSync(path.join(old, 'package.json'), JSON.stringify(oldPackage));
  const main = JSON.stringify(path.join(PROJECT_ROOT, 'api', 'src', 'cli', 'main.ts'));
  fs.writeFileSync(
    path.join(old, 'cadastre.js'),
    `#!/usr/bin/env node\nimport { register } from 'tsx/esm/api';\nregister();\nawait import(${main});\n`,
    { mode: 0o755 },
  );
  const cli = {
    npx_built: ['npx', ['cadastre', '--help'], PROJECT_ROOT],
    npx_tsx: ['npx', ['cadastre', '--help'], old],
    node_built: ['node', ['bin/cadastre.js', '--help'], PROJECT_ROOT],
    node_tsx: ['node', ['cadastre.js', '--help'], old],
  } as const;
  const cliTimes: Record<string, number[]> = Object.fromEntries(Object.keys(cli).map((k) => [k, []]));
  for (let i = 0; i < runs; i++) {
    for (const [key, [command, args, cwd]] of Object.entries(cli)) {
      cliTimes[key]!.push(timeCommand(command, [...args], cwd));
    }
  }
  for (const [key, [command, args, cwd]] of Object.entries(cli)) {
    emit({
      figure: 'cli_help_ms',
      way: key.endsWith('built') ? 'built' : 'tsx',
      value: round(median(cliTimes[key]!)),
      runs: cliTimes[key]!.map(round),
      command: `${command} ${args.join(' ')}${cwd === old ? ' (the old bin/cadastre.js: tsx register + main.ts)' : ''}`,
      load_1min: load(),
    });
  }

  const servers = {
    built: ['npm', ['start']],
    tsx: ['npm', ['run', 'dev:server']],
  } as const;
  for (const [phase, count] of [
    ['empty_data_dir', freshRuns],
    ['existing_data_dir', runs],
  ] as const) {
    const times: Record<string, number[]> = { built: [], tsx: [] };
    for (let i = 0; i < count; i++) {
      for (const [way, [command, args]] of Object.entries(servers)) {
        const dir = path.join(work, 'startup-process', way);
        if (phase === 'empty_data_dir') fs.rmSync(dir, { recursive: true, force: true });
        times[way]!.push(await timeServer(command, [...args], dir));
      }
    }
    for (const [way, [command, args]] of Object.entries(servers)) {
      emit({
        figure: `start_to_health_ms`,
        data_dir: phase,
        way,
        value: round(median(times[way]!)),
        runs: times[way]!.map(round),
        command: `${command} ${args.join(' ')}`,
        env: 'LOAD_DEMO=0 BUILD_CLIENT=0',
        load_1min: load(),
      });
    }
  }
}
