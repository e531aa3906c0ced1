/**
 * Finding and reading `.corpuslintrc.json`: the file given with --config, else the nearest one
 * from the working directory up. Errors name the file and the problem in one line.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfig, type CorpusLintConfig } from '../core/config/config';
import { defaultSeverities } from '../core/rules';

export const CONFIG_FILE_NAME = '.corpuslintrc.json';

export interface LoadedConfig {
  config: CorpusLintConfig;
  /** The file it came from (null: defaults). */
  path: string | null;
  /** Folder that relative paths in the file (ignore, dismissed) are resolved against. */
  base: string;
}

export class ConfigError extends Error {}

export function findConfigFile(from: string): string | null {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** JSON.parse with the position of a syntax error as line:column. */
export function parseJsonText(text: string): { value?: unknown; error?: string } {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { value: JSON.parse(clean) };
  } catch (err) {
    const message = (err as Error).message;
    const m = /position (\d+)/.exec(message);
    if (m) {
      const pos = Number(m[1]);
      const before = clean.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      return { error: `invalid JSON at line ${line}, column ${column}: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)$/, '')}` };
    }
    return { error: `invalid JSON: ${message}` };
  }
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(`${path}: cannot read the configuration: ${(err as Error).message}`);
  }
  const parsed = parseJsonText(text);
  if (parsed.error) throw new ConfigError(`${path}: ${parsed.error}`);
  const { config, errors } = parseConfig(parsed.value, defaultSeverities());
  if (errors.length > 0) throw new ConfigError(`${path}: ${errors.join('; ')}`);
  return { config, path, base: dirname(path) };
}

export function loadConfig(explicit: string | undefined, cwd: string): LoadedConfig {
  if (explicit) {
    const path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new ConfigError(`${explicit}: configuration file not found`);
    return loadConfigFile(path);
  }
  const found = findConfigFile(cwd);
  if (found) return loadConfigFile(found);
  return { config: parseConfig({}, defaultSeverities()).config, path: null, base: resolve(cwd) };
}
