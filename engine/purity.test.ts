import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * The engine is pure (docs/architecture.md, DESIGN §1): no I/O, no app code, no clock, no randomness. Its non-test
 * files may import each other and npm packages only. The same rule is an ESLint rule (eslint.config.js); this test
 * makes `npm test` catch it too, dynamic imports included.
 */

const ENGINE = path.dirname(fileURLToPath(import.meta.url));
const TEST_FILE = /\.(test|testkit)\.ts$/;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function engineFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return engineFiles(p);
    return e.name.endsWith('.ts') && !TEST_FILE.test(e.name) ? [p] : [];
  });
}

/** Module specifiers of static imports and re-exports, dynamic import() and require(). */
function specifiers(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1]!);
  return found;
}

/** Why `spec`, imported by `file`, is not allowed in the engine; null when it is. */
function forbidden(file: string, spec: string): string | null {
  if (BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!)) return 'a Node built-in (I/O)';
  if (spec.startsWith('.')) {
    const target = path.resolve(path.dirname(file), spec);
    if (path.relative(ENGINE, target).startsWith('..')) return 'outside engine/ (api, client, tests, contracts…)';
  }
  return null;
}

/** Code that reads the clock, draws random numbers or reaches the process or a module's location. */
const IMPURE = [/\bDate\.now\s*\(/, /\bMath\.random\s*\(/, /\bnew Date\(\s*\)/, /\bimport\.meta\b/, /\bprocess\./];

const files = engineFiles(ENGINE);

describe('the engine is pure', () => {
  it('finds the engine files', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('imports no Node built-in and nothing outside engine/ in non-test files', () => {
    const bad = files.flatMap((file) =>
      specifiers(readFileSync(file, 'utf8')).flatMap((spec) => {
        const why = forbidden(file, spec);
        return why ? [`${path.relative(ENGINE, file)} imports '${spec}': ${why}`] : [];
      }),
    );
    expect(bad).toEqual([]);
  });

  it('reads no clock, no randomness, no process and no module location in non-test files', () => {
    const bad = files.flatMap((file) => {
      const code = readFileSync(file, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      return IMPURE.filter((re) => re.test(code)).map((re) => `${path.relative(ENGINE, file)} uses ${re.source}`);
    });
    expect(bad).toEqual([]);
  });

  it('refuses what it should', () => {
    const file = path.join(ENGINE, 'sun', 'x.ts');
    expect(forbidden(file, 'node:fs')).not.toBeNull();
    expect(forbidden(file, 'fs')).not.toBeNull();
    expect(forbidden(file, 'path')).not.toBeNull();
    expect(forbidden(file, '../../api/src/config.js')).not.toBeNull();
    expect(forbidden(file, '../../contracts/buildings')).not.toBeNull();
    expect(forbidden(file, '../geo/checkRange')).toBeNull();
    expect(forbidden(file, 'zod')).toBeNull();
    expect(specifiers("import a from 'fs';\nexport { b } from './b';\nconst c = await import('node:path');")).toEqual([
      'fs',
      './b',
      'node:path',
    ]);
  });
});
