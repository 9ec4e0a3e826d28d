import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// The package root is the first folder above this file with a package.json: the same
// answer whether we run from dist/src (compiled) or src (tsx).
function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('sitrep: cannot find the package root');
    dir = up;
  }
  return dir;
}

export const packageRoot = findRoot();

/** Absolute path of a file under the shipped `data/` folder. */
export function dataPath(...parts: string[]): string {
  return join(packageRoot, 'data', ...parts);
}
