/** Paths the tests read: the project root (where package.json is) and ../shared beside it. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function findRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) || !existsSync(join(dir, 'esbuild.mjs'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`project root not found above ${from}`);
    dir = parent;
  }
  return dir;
}

export const ROOT = findRoot(__dirname);
export const SHARED = resolve(ROOT, '../shared');
export const SEEDS = join(ROOT, 'seeds');
export const DEV_CORPUS = join(SHARED, 'corpus/fakes-dev');
export const CLI = join(ROOT, 'out/cli.js');
export const SERVER = join(ROOT, 'server/out/server.js');
