// `npm run build:electron`: compiles main + utility process (ESM, with api/ and db/) into
// dist/ with tsc, then bundles the sandboxed preload into one CommonJS file with Vite.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { root } from './electron-paths.mjs';

const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'electron', 'tsconfig.json')], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

// tsc also emitted an ES-module preload, which a sandboxed preload cannot load: replace it.
for (const stale of ['preload.js', 'preload.js.map']) rmSync(join(root, 'dist', 'electron', stale), { force: true });

await build({
  configFile: false,
  root,
  logLevel: 'warn',
  build: {
    outDir: join(root, 'dist', 'electron'),
    emptyOutDir: false,
    minify: false,
    sourcemap: true,
    target: 'chrome140',
    lib: { entry: join(root, 'electron', 'preload.ts'), formats: ['cjs'], fileName: () => 'preload.cjs' },
    rolldownOptions: { external: ['electron'] },
  },
});
console.log('Built dist/electron/main.js, core-process.js and preload.cjs');
