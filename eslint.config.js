// Lint settings: typescript-eslint's recommended rules, no `any`, and fences: the contract in api/
// stays free of Node (the renderer and preload import it); renderer/ never imports the core or Node;
// db/ never imports a door (server/, cli/, electron/) or the UI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

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
    // The core is a library the doors call, never the other way round: it knows no door, no UI, no Electron.
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(server|cli|electron|renderer)(/|$)',
              message: 'db/ is the core: the doors (server/, cli/, electron/) and the UI (renderer/) import it, not the reverse.',
            },
            { regex: '^(react|react-dom|@tanstack/react-query)(/|$)', message: 'db/ is the core: no UI libraries.' },
          ],
        },
      ],
    },
  },
  {
    // The Rules of React (hooks, purity, refs during render), as the React team recommends them.
    files: ['renderer/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
