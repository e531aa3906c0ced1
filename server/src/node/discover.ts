/**
 * Which files form the corpus: the files named on the command line, and the files with the
 * article extensions under the folders named, minus ignored paths. Dot-folders and node_modules
 * are skipped; symbolic links to folders are not followed (no cycles).
 */
import { promises as fs } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { describeIoError } from './articles';

export interface DiscoverOptions {
  extensions: string[];
  /** Globs relative to `ignoreBase` (the configuration's folder). */
  ignore: string[];
  ignoreBase: string;
  /** Folder relative paths are resolved against (the working directory). */
  cwd?: string;
}

export class UsageError extends Error {}

export async function discoverFiles(paths: readonly string[], options: DiscoverOptions): Promise<string[]> {
  const isIgnored = options.ignore.length > 0 ? picomatch(options.ignore, { dot: true }) : () => false;
  const ignored = (abs: string): boolean => {
    const rel = relative(options.ignoreBase, abs).split(sep).join('/');
    return !rel.startsWith('..') && rel !== '' && isIgnored(rel);
  };
  const exts = options.extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  const found = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      throw new UsageError(`${dir}: ${describeIoError(err)}`);
    }
    for (const entry of entries) {
      const abs = join(dir, entry.name);
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      if (ignored(abs)) continue;
      if (entry.isDirectory()) await walk(abs);
      else if (entry.isFile() && exts.some((x) => entry.name.toLowerCase().endsWith(x))) found.add(abs);
    }
  };
  for (const p of paths) {
    const abs = resolve(options.cwd ?? '.', p);
    let stat;
    try {
      stat = await fs.stat(abs);
    } catch (err) {
      throw new UsageError(`${p}: ${describeIoError(err)}`);
    }
    if (stat.isDirectory()) await walk(abs);
    else if (!ignored(abs)) found.add(abs);
  }
  return [...found].sort();
}
