// Runs after tsc: marks the CLI entry point executable so `npx assay` works straight after install.
import { chmodSync, existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(entry)) chmodSync(entry, 0o755);
