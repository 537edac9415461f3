import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../../api/src/config.js';

export interface ServerProcess {
  /** Everything it logged so far (pino JSON lines, stdout and stderr). */
  readonly output: string;
  exited: Promise<number | null>;
  /** SIGTERM: a graceful stop. */
  kill(): void;
  /** Resolves when the log matches, or when the process has exited (the caller's expectation then fails). */
  logged(pattern: RegExp): Promise<void>;
}

/**
 * The server of `npm start` (api/src/server.ts under tsx) in a child process on the server engine, with its log
 * gathered: no client build, no demo load, the log at info.
 */
export function spawnServer(databaseUrl: string, port: number, env: Record<string, string> = {}): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'api', 'src', 'server.ts')], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      BUILD_CLIENT: '0',
      LOAD_DEMO: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  return {
    get output() {
      return output;
    },
    exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: () => child.kill('SIGTERM'),
    logged: async (pattern) => {
      while (!pattern.test(output) && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
