// `assay serve`: the web host on 127.0.0.1 for a browser. The first stdout line is the private
// URL (with this launch's token); it runs until Ctrl+C or SIGTERM, then closes the workspace.
// importPaths over HTTP reads only inside the folders named with --allow (none: it is refused).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { booleanOption, listOption, stringOption, type CommandSpec } from '../args.js';
import { CliError, EXIT } from '../errors.js';

export const DEFAULT_PORT = 4123;

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port > 65_535) throw new CliError(`--port must be a number from 0 to 65535 (0 picks a free port), not '${text}'.`, 'serve');
  return port;
}

/** The --allow folders as absolute paths; each must be an existing folder. */
function allowedFolders(folders: string[]): string[] {
  return folders.map((folder) => {
    let isFolder = false;
    try {
      isFolder = statSync(folder).isDirectory();
    } catch {
      // reported below
    }
    if (!isFolder) throw new CliError(`--allow needs an existing folder, and '${folder}' is not one.`, 'serve');
    return resolve(folder);
  });
}

function untilStopped(): Promise<void> {
  return new Promise((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

export const serveCommand: CommandSpec = {
  name: 'serve',
  args: '',
  summary: 'serve the Assay UI to a browser on this machine (127.0.0.1 only) until Ctrl+C',
  example: 'assay serve --db case.assay.db --port 0 --no-open --allow ~/cases/kherson',
  options: {
    port: { type: 'string', value: 'N', description: `port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)` },
    allow: {
      type: 'string',
      multiple: true,
      value: 'DIR',
      description: 'let API clients import files by path from this folder (default: none; the browser UI uploads files instead)',
    },
    'no-open': { type: 'boolean', description: 'print the URL but do not open the default browser' },
  },
  positionals: { min: 0, max: 0 },
  async run(ctx, args) {
    const port = parsePort(stringOption(args, 'port'));
    const importRoots = allowedFolders(listOption(args, 'allow'));
    // Loaded on demand, like the workspace: other commands need no HTTP server.
    const { startWebHost } = await import('../../server/web-host.js');
    const { openBrowser } = await import('../../server/open-browser.js');
    const host = await startWebHost({ workspacePath: ctx.dbPath, port, importRoots }).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EADDRINUSE') throw new CliError(`port ${port} is already in use (is Assay already serving?); try --port 0 for any free port.`, 'serve');
      if (code === 'EACCES') throw new CliError(`not allowed to listen on port ${port}; try a port above 1023, or --port 0.`, 'serve');
      throw error;
    });
    const stopped = untilStopped();
    ctx.line(host.url);
    ctx.note(`Assay is serving ${ctx.dbPath} on ${host.url}\nThe link holds this launch's access token: keep it private. Press Ctrl+C to stop.`);
    if (importRoots.length > 0) ctx.note(`API clients may import files by path from: ${importRoots.join(', ')}`);
    if (!booleanOption(args, 'no-open')) {
      openBrowser(host.url, (reason) => ctx.note(`Could not open a browser (${reason}); open the link above yourself.`));
    }
    await stopped;
    ctx.note('Stopping…');
    await host.close();
    return EXIT.ok;
  },
};
