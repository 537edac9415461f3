import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** The engine is pure (docs/architecture.md): these imports are refused in its non-test files (see engine/purity.test.ts). */
const ENGINE_FORBIDDEN = [
  { group: ['**/api/**', '**/client/**', '**/tests/**', '**/contracts/**'], message: 'engine/ imports no app code.' },
  { group: ['node:*', 'fs', 'fs/*', 'path', 'path/*'], message: 'engine/ does no I/O: take text or objects instead.' },
];

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'dist', 'client/dist', 'coverage', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // bin/ holds the plain JavaScript that npm runs (the build, the `cadastre` entry): Node globals.
  {
    files: ['bin/**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['engine/**/*.ts'],
    ignores: ['engine/**/*.test.ts', 'engine/**/*.testkit.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: ENGINE_FORBIDDEN }] },
  },
);
