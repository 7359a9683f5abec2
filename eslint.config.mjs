// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Who may import whom (DESIGN.md): each folder lists the aliases it must not reach. */
const layer = (files, forbidden) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((group) => ({
          group: [group],
          message: 'This layer may not import that one (see DESIGN.md).',
        })),
      },
    ],
  },
});

/** Frameworks and storage stay out of the pure pipeline. */
const EDGES = ['@chc/*', '@nestjs/*', 'typeorm'];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'data/**',
      'test-artifacts/**',
      '*.config.{js,mjs}',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['dashboards/build.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: 'error',
      curly: ['error', 'all'],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.mjs'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      // pdf.js operator codes are plain numbers; the default branch covers the rest.
      '@typescript-eslint/switch-exhaustiveness-check': 'off',
    },
  },
  {
    files: ['**/*.spec.ts', 'test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  layer(['ingest/core/**'], ['@ingest/*', ...EDGES]),
  layer(
    ['ingest/code/**'],
    ['@ingest/extract', '@ingest/parse', '@ingest/nlp', '@ingest/pipeline', ...EDGES],
  ),
  layer(
    ['ingest/extract/**'],
    ['@ingest/code', '@ingest/parse', '@ingest/nlp', '@ingest/pipeline', ...EDGES],
  ),
  layer(['ingest/parse/**'], ['@ingest/extract', '@ingest/nlp', '@ingest/pipeline', ...EDGES]),
  layer(['ingest/nlp/**'], ['@ingest/extract', '@ingest/parse', '@ingest/pipeline', ...EDGES]),
  layer(
    ['ingest/crawl/**'],
    [
      '@ingest/code',
      '@ingest/extract',
      '@ingest/parse',
      '@ingest/nlp',
      '@ingest/pipeline',
      ...EDGES,
    ],
  ),
  layer(['ingest/pipeline/**'], [...EDGES]),
  layer(
    ['ingest/outcomes/**'],
    [
      '@ingest/extract',
      '@ingest/parse',
      '@ingest/nlp',
      '@ingest/pipeline',
      '@ingest/crawl',
      ...EDGES,
    ],
  ),
);
