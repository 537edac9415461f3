import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// `npm run build:client` writes client/dist, which the API serves at /; `npm run dev:client` proxies /api to it.
export default defineConfig({
  root,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // three.js alone is ≈ 560 kB minified (≈ 140 kB gzipped); it is one cacheable chunk, not a mistake.
    chunkSizeWarningLimit: 650,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: [{ name: 'three', test: /node_modules[\\/]three/ }] },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
