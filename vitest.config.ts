import { defineConfig } from 'vitest/config';

// One fork per file keeps each embedded PGlite instance in its own process; two cores → two forks.
export default defineConfig({
  test: {
    include: [
      'contracts/**/*.test.ts',
      'engine/**/*.test.ts',
      'api/**/*.test.ts',
      'tools/**/*.test.ts',
      'client/src/**/*.test.ts',
      'tests/**/*.test.ts',
      // `npm run screenshot` rewrites docs/screenshot.png; never part of `npm test`.
      ...(process.env.UPDATE_SCREENSHOT === '1'
        ? ['tests/browser/screenshot.tool.ts', 'tests/browser/lidarScreenshot.tool.ts']
        : []),
    ],
    globalSetup: ['tests/globalSetup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
