#!/usr/bin/env node
// Entry point for `npm start`: runs the compiled server, dist/server.js, compiling it first (≈ 1 s) when dist/ is
// missing or older than its sources (see bin/build.js). `npm run dev:server` runs the TypeScript through tsx instead.
import { ensureBuilt } from './build.js';

await ensureBuilt();
process.setSourceMapsEnabled(true);
await import('../dist/server.js');
