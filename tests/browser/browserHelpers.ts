/** What the browser tests share: the Chromium binary and flags, the client build, the page's test hook. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Headless, no network side-traffic; software WebGL through ANGLE + SwiftShader, opted into explicitly (docs/client.md). */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'client/dist/index.html');

/** Newest modification time under a directory [ms]. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Builds the client when client/dist is missing or older than its sources. */
export async function ensureClientBuilt(): Promise<void> {
  const sources = Math.max(
    newest(path.join(root, 'client/src')),
    fs.statSync(path.join(root, 'client/index.html')).mtimeMs,
  );
  if (fs.existsSync(dist) && fs.statSync(dist).mtimeMs >= sources) return;
  await build({ configFile: path.join(root, 'client/vite.config.ts'), logLevel: 'warn' });
}

// The page's `window.__cadastre` type comes with the client's declaration.
export type { CadastreTestHook } from '../../client/src/testHook.js';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}
