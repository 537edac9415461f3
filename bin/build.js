#!/usr/bin/env node
/**
 * Compiles the server side to dist/ with esbuild: one ES module per entry (the server, the `cadastre` command, the
 * compute worker), so that production runs `node dist/…` with no transpiler loaded at run time.
 *
 *   node bin/build.js             build now (npm run build)
 *   node bin/build.js --if-stale  build only when dist/ is missing or older than one of its sources (npm start)
 *
 * npm packages stay external (node_modules is read at run time) except the @turf/turf barrel, whose import alone
 * costs ≈ 0.35 s of start-up for the three functions used: it is bundled and tree-shaken.
 * Paths read at run time keep their meaning from dist/: PROJECT_ROOT (api/src/config.ts) walks up to package.json,
 * and `new URL('literal', import.meta.url)` is re-based here from its source file to the bundle, as Vite and webpack
 * do. Any other use of import.meta.url/dirname/filename in the sources fails the build, naming the file.
 * dist/build.json records the sources of the last build; a source newer than that build makes dist/ stale.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = path.join(ROOT, 'dist');
const RECORD = path.join(DIST, 'build.json');

/** Bundle name in dist/ → source entry (paths from the project root). The only list of entries. */
export const ENTRIES = {
  server: 'api/src/server.ts',
  cli: 'api/src/cli/main.ts',
  worker: 'api/src/services/cadastre/worker.ts',
  estimate: 'api/src/services/pv/estimateWorker.ts',
};

/** Packages bundled rather than left external (see above). */
const BUNDLED_PACKAGES = /^@turf\//;

/** Sources that may use import.meta beyond `new URL('literal', import.meta.url)` and createRequire(import.meta.url). */
const IMPORT_META_ALLOWED = new Set(['api/src/config.ts']);

/** True when dist/ lacks a bundle or a source (or this script) changed since the last build. */
export function isStale() {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(RECORD, 'utf8'));
  } catch {
    return true;
  }
  if (JSON.stringify(record.entries) !== JSON.stringify(ENTRIES)) return true;
  if (Object.keys(ENTRIES).some((name) => !fs.existsSync(path.join(DIST, `${name}.js`)))) return true;
  // Without the entry sources (a production image holds dist/ only) there is nothing to build from.
  if (!Object.values(ENTRIES).some((file) => fs.existsSync(path.join(ROOT, file)))) return false;
  // A source gone is no reason to build: whatever imported it changed too (and a production image has no sources).
  return [...record.inputs, 'bin/build.js'].some((file) => {
    try {
      return fs.statSync(path.join(ROOT, file)).mtimeMs > record.startedMs;
    } catch {
      return false;
    }
  });
}

/**
 * Builds when dist/ is stale (what `npm start` and `npx cadastre` do first). Where esbuild is not installed (an
 * install without dev dependencies, as in the Docker image) the bundles present are run as they are, with a warning.
 */
export async function ensureBuilt() {
  if (!isStale()) return;
  const bundles = Object.keys(ENTRIES).every((name) => fs.existsSync(path.join(DIST, `${name}.js`)));
  if (bundles && !esbuildInstalled()) {
    console.warn('dist/ is older than its sources but esbuild is not installed: running dist/ as it is');
    return;
  }
  await build();
}

function esbuildInstalled() {
  try {
    import.meta.resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

/** Relative URL from dist/ to `target`, keeping a trailing slash. */
function fromDist(target, trailingSlash) {
  const rel = path.relative(DIST, target).split(path.sep).join('/');
  return (rel.startsWith('.') ? rel : `./${rel}`) + (trailingSlash && !rel.endsWith('/') ? '/' : '');
}

const NEW_URL = /new URL\(\s*(['"`])([^'"`$\n]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const CREATE_REQUIRE = /createRequire\(\s*import\.meta\.url\s*\)/g;

/** esbuild plugin: re-bases `new URL('literal', import.meta.url)` and refuses other uses of import.meta. */
const importMetaPaths = {
  name: 'import-meta-paths',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
      if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      const text = await fs.promises.readFile(args.path, 'utf8');
      if (!text.includes('import.meta')) return undefined;
      const file = path.relative(ROOT, args.path).split(path.sep).join('/');
      const contents = text.replace(NEW_URL, (_, quote, literal) => {
        const target = path.resolve(path.dirname(args.path), literal);
        return `new URL(${JSON.stringify(fromDist(target, literal.endsWith('/')))}, import.meta.url)`;
      });
      if (!IMPORT_META_ALLOWED.has(file)) {
        const rest = contents.replace(NEW_URL, '').replace(CREATE_REQUIRE, '');
        const at = rest.indexOf('import.meta');
        if (at >= 0) {
          const line = rest.slice(0, at).split('\n').length;
          return {
            errors: [
              {
                text:
                  `${file}:${line} uses import.meta in a way that would change meaning in dist/: ` +
                  "resolve project files through PROJECT_ROOT or new URL('literal', import.meta.url)",
              },
            ],
          };
        }
      }
      return { contents, loader: path.extname(args.path).includes('t') ? 'ts' : 'js' };
    });
  },
};

/** esbuild plugin: npm packages stay external, except BUNDLED_PACKAGES and what they import. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
      return BUNDLED_PACKAGES.test(args.path) ? undefined : { external: true };
    });
  },
};

/** Builds every entry into dist/ (each file written whole, then renamed: a concurrent reader never sees half). */
export async function build() {
  const { build: esbuild } = await import('esbuild');
  const startedMs = Date.now();
  const result = await esbuild({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir: DIST,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    sourcemap: 'linked',
    sourcesContent: false,
    metafile: true,
    write: false,
    logLevel: 'warning',
    // Bundled CommonJS (inside the @turf packages) may call require().
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module';\nconst require = __createRequire(import.meta.url);",
    },
    plugins: [importMetaPaths, externalPackages],
  });
  fs.mkdirSync(DIST, { recursive: true });
  const write = (file, contents) => {
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, contents);
    fs.renameSync(tmp, file);
  };
  for (const out of result.outputFiles) write(out.path, out.contents);
  const inputs = Object.keys(result.metafile.inputs).filter((file) => !file.includes('node_modules/'));
  write(RECORD, `${JSON.stringify({ entries: ENTRIES, startedMs, inputs }, null, 1)}\n`);
  return { ms: Date.now() - startedMs, inputs: inputs.length };
}

if (process.argv[1] && fs.realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--if-stale') && !isStale()) process.exit(0);
  const { ms, inputs } = await build();
  console.log(`dist/ built from ${inputs} sources in ${ms} ms: ${Object.keys(ENTRIES).join(', ')}`);
}
