// Paths the analyst picked in a native dialog this session. importPaths from the window is only
// allowed on these, so a compromised page cannot make the core read arbitrary files from disk.
import { resolve } from 'node:path';

export class PathGrants {
  readonly #granted = new Set<string>();

  grant(paths: readonly string[]): void {
    for (const path of paths) this.#granted.add(resolve(path));
  }

  /** null when every path was picked by the analyst, else a one-line reason. */
  check(paths: readonly string[]): string | null {
    const foreign = paths.find((path) => !this.#granted.has(resolve(path)));
    return foreign === undefined ? null : `Import refused for ${foreign}: choose files with File › Import… first`;
  }
}
