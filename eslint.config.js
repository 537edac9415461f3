import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
);
