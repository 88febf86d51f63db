// Opens a URL in the default browser (xdg-open, open, or cmd's start), best effort: a machine
// without a desktop just gets a note, never a failure.
import { spawn } from 'node:child_process';

function command(url: string, platform: NodeJS.Platform): { file: string; args: string[]; verbatim: boolean } {
  if (platform === 'darwin') return { file: 'open', args: [url], verbatim: false };
  // The empty title keeps start from taking the URL as a window title; the URL has no cmd metacharacters.
  if (platform === 'win32') return { file: 'cmd', args: ['/c', 'start', '""', `"${url}"`], verbatim: true };
  return { file: 'xdg-open', args: [url], verbatim: false };
}

/** Calls `onFailure` (once) if no browser could be started. */
export function openBrowser(url: string, onFailure: (reason: string) => void, platform: NodeJS.Platform = process.platform): void {
  const { file, args, verbatim } = command(url, platform);
  let failed = false;
  const fail = (reason: string): void => {
    if (!failed) onFailure(reason);
    failed = true;
  };
  try {
    const child = spawn(file, args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: verbatim });
    child.on('error', (error) => fail(error.message));
    child.on('exit', (code) => {
      if (code !== null && code !== 0) fail(`${file} exited with status ${code}`);
    });
    child.unref();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}
