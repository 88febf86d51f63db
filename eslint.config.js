// Lint settings: typescript-eslint's recommended rules, no `any`, and fences: the contract in api/
// stays free of Node (the renderer and preload import it); renderer/ never imports the core or Node.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'bench-out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['api/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '../db/*', '../cli/*', 'electron', 'react'], message: 'api/ is the pure contract: no Node, no core, no UI.' }] },
      ],
    },
  },
  {
    // The renderer runs in a browser page: it reaches the core only through the WorkbenchApi client.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '(^|/)(db|cli|server|electron)(/|$)', message: 'renderer/ reaches the core only through the WorkbenchApi client (renderer/api/).' },
            { regex: '^node:', message: 'renderer/ runs in a browser page: no Node built-ins.' },
            {
              regex: '^(fs|path|os|child_process|crypto|http|https|net|stream|buffer|util|events|url|worker_threads|better-sqlite3|lunr)(/|$)',
              message: 'renderer/ runs in a browser page: no Node built-ins or core dependencies.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
