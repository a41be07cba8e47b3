// @ts-check
// ESLint finds bugs; Prettier owns layout (eslint-config-prettier, last, turns off every rule it would fight).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const tests = ['**/*.test.ts', 'tests/**', 'src/lib/calendar/test-helpers.ts'];

export default defineConfig(
  { ignores: ['dist/', '.*-previous-*/', '.astro/', 'node_modules/', 'tests/.output/', 'tests/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-import-type-side-effects': 'error',
      // `const { a, ...rest } = x` is how the code drops a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    // The TypeScript program ESLint builds cannot resolve imports of .astro files, so types there come
    // out as errors; `astro check` type-checks these files instead.
    files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Scripts in .astro files run in the reader's browser.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // Tests read parsed JSON, HTML and workbooks to assert on them, and build bad input by editing a
    // good sample: a wrong guess about a shape, or an object printed as [object Object], fails the assertion anyway.
    files: tests,
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  prettier,
);
