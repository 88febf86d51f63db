// Builds the React renderer into dist/renderer with relative asset paths, so the same files load
// from the web host (http://127.0.0.1) and from the desktop app's custom protocol. Fully offline.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The page's Content-Security-Policy forbids inline scripts, which the dev server's React refresh
 * needs; drop the policy in dev only. Built files keep it. */
const devWithoutCsp: Plugin = {
  name: 'assay-dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, ''),
};

export default defineConfig({
  root,
  base: './',
  plugins: [react(), devWithoutCsp],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'es2022',
  },
  server: { host: '127.0.0.1' },
});
