#!/usr/bin/env node
// Entry point for `npx cadastre`: runs the compiled CLI, dist/cli.js, compiling it first (≈ 1 s) when dist/ is
// missing or older than its sources (see bin/build.js). `npm run cadastre` runs the TypeScript through tsx instead.
import { ensureBuilt } from './build.js';

await ensureBuilt();
process.setSourceMapsEnabled(true);
await import('../dist/cli.js');
