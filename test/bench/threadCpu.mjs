// Where a command's CPU time goes, by thread: its main thread against all its other threads (the
// analysis workers and V8's own: the collector's helpers and the optimising compiler). Read from
// /proc/<pid>/stat (the process, with the threads that have ended) and /proc/<pid>/task/<pid>/stat
// (its main thread) every 20 ms while it runs, so the last 20 ms may be missing. Linux only:
// elsewhere `threadCpu` returns null. Figures, never asserted.
//
//   node test/bench/threadCpu.mjs <corpus folder>   (the CLI on it with --jobs 1 and by default)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

/** Clock ticks a second, as /proc counts CPU time. */
function ticksPerSecond() {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}

/** User + system ticks in a /proc stat line (fields 14 and 15; the name in parentheses may hold spaces). */
function ticksOf(path) {
  try {
    const line = readFileSync(path, 'utf8');
    const fields = line.slice(line.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

/**
 * Runs `process.execPath argv` (output discarded) and returns its wall time and CPU seconds:
 * `cpu` for the whole process, `main` for its main thread, `others` for the rest.
 */
export async function threadCpu(argv, cwd = ROOT) {
  if (!existsSync('/proc/self/task')) return null;
  const hz = ticksPerSecond();
  const t = performance.now();
  const child = spawn(process.execPath, argv, { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  let all = 0;
  let main = 0;
  const sample = () => {
    all = ticksOf(`/proc/${child.pid}/stat`) ?? all;
    main = ticksOf(`/proc/${child.pid}/task/${child.pid}/stat`) ?? main;
  };
  const timer = setInterval(sample, 20);
  const code = await new Promise((ok) => child.on('exit', (c) => ok(c)));
  clearInterval(timer);
  const wall = (performance.now() - t) / 1000;
  if (code !== 0 && code !== 1) throw new Error(`${argv.join(' ')} exited with ${code}: ${stderr}`);
  return { wall, cpu: all / hz, main: main / hz, others: (all - main) / hz };
}

export const describeCpu = (r) => `${r.wall.toFixed(2)} s wall, CPU ${r.cpu.toFixed(1)} s (main thread ${r.main.toFixed(1)} s, other threads ${r.others.toFixed(1)} s)`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const corpus = process.argv[2];
  if (!corpus) {
    console.error('usage: node test/bench/threadCpu.mjs <corpus folder>');
    process.exit(2);
  }
  const cli = join(ROOT, 'out/cli.js');
  for (const jobs of [[], ['--jobs', '1']]) {
    const r = await threadCpu([cli, corpus, '--format', 'json', '--output-file', '/dev/null', ...jobs]);
    console.log(`corpus-lint ${jobs.join(' ') || '(default jobs)'}: ${r ? describeCpu(r) : 'not measured (no /proc)'}`);
  }
}
