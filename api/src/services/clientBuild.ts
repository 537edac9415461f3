import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

const CLIENT = path.join(PROJECT_ROOT, 'client');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

/** True when client/dist is missing or older than a client source file. */
export function clientNeedsBuild(): boolean {
  const index = path.join(CLIENT, 'dist', 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  const sources = [path.join(CLIENT, 'src'), path.join(CLIENT, 'index.html')].filter((p) => fs.existsSync(p));
  return sources.some((p) => (fs.statSync(p).isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs) > built);
}

/** Builds the 3D client with Vite (programmatically) when needed; returns whether it built. */
export async function buildClientIfNeeded(): Promise<boolean> {
  if (!clientNeedsBuild()) return false;
  const { build } = await import('vite');
  await build({ configFile: path.join(CLIENT, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
