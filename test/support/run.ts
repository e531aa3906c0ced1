/** Runs the built CLI as a user would, and makes throw-away corpora. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, SEEDS } from './paths';

export interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `input`: what the CLI reads on standard input (`--stdin`). */
export function runCli(args: readonly string[], cwd: string, input?: string | Uint8Array): Run {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, input });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const made: string[] = [];
process.on('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A fresh directory under the system's temporary folder, removed when the test process exits. */
export function tempDir(prefix = 'corpus-lint-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A temporary copy of the seeds (a folder named seeds inside a fresh directory). */
export function seedsCopy(): { dir: string; seeds: string; cleanup: () => void } {
  const dir = tempDir();
  const seeds = join(dir, 'seeds');
  cpSync(SEEDS, seeds, { recursive: true });
  return { dir, seeds, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function write(dir: string, name: string, content: string | Uint8Array): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}
