#!/usr/bin/env node
// Entry point for `npx cadastre`: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api';
register();
await import('../api/src/cli/main.ts');
