/** Paths the tests read: the project root (where package.json is) and ../shared beside it. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import SERVER_NODE_FLAGS from '../../server/src/shared/serverNodeFlags.json';

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
/** The bundled server's arguments after `node`: the Node flags the extension starts it with, then the script. */
export const SERVER_ARGS: readonly string[] = [...SERVER_NODE_FLAGS, SERVER];
