// `npm run bench:instructions`: what the CLI costs per article in machine instructions, counted by
// valgrind (Debian package `valgrind`). On the shared 2-core machines here one build's wall and
// CPU times move by 15-35% from one minute to the next, so a change of a few per cent cannot be
// seen in them; instruction counts move far less. Runs the CLI in one thread (`--jobs 1`) with V8
// made as predictable as it goes (`--predictable`: the JIT and the collector work in the counted
// thread and on no timer; fixed hash and random seeds) over the first N articles of the
// 1,000-article bench corpus, twice at once, and prints both counts, their mean per article and
// how far apart the two runs are: a difference between two builds (`--cli` names the other
// bundle) means something only when it is well beyond that spread.
//
//   node test/bench/instructions.mjs [--articles 400] [--cli out/cli.js]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './generate.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const ARTICLES = Number(opt('--articles', 400));
const CLI = resolve(opt('--cli', join(ROOT, 'out/cli.js')));

if (spawnSync('valgrind', ['--version']).error) {
  console.error('bench:instructions needs valgrind (Debian: apt-get install valgrind); nothing measured.');
  process.exit(2);
}
if (!existsSync(CLI)) {
  console.error(`bench:instructions: no ${CLI}; build it first (npm run build).`);
  process.exit(2);
}
if (!(Number.isInteger(ARTICLES) && ARTICLES > 0 && ARTICLES <= 1000)) {
  console.error(`bench:instructions: --articles must be a whole number from 1 to 1000 (got ${opt('--articles')}).`);
  process.exit(2);
}

const corpus = generate(1000);
const files = [];
for (const part of readdirSync(corpus).sort()) {
  if (!part.startsWith('part-')) continue;
  for (const f of readdirSync(join(corpus, part)).sort()) files.push(join(corpus, part, f));
}

/** Instructions valgrind counted for one CLI run over the articles (the report goes nowhere). */
function instructions() {
  return new Promise((done, fail) => {
    const node = [process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1'];
    const argv = ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...node, CLI, '--jobs', '1', '--format', 'json', ...files.slice(0, ARTICLES)];
    const child = spawn('valgrind', argv, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const m = /Collected\s*:\s*(\d+)/.exec(err);
      if (m && (code === 0 || code === 1)) done(Number(m[1]));
      else fail(new Error(`valgrind ${CLI} on ${ARTICLES} articles exited with ${code}:\n${err.slice(-2000)}`));
    });
  });
}

console.error(`counting the instructions of ${CLI} on ${ARTICLES} articles, two runs at once (about two minutes) ...`);
const [a, b] = await Promise.all([instructions(), instructions()]);
const mean = (a + b) / 2;
console.log(`| ${ARTICLES} articles, CLI in one thread | instructions |`);
console.log('|---|---|');
console.log(`| run 1 / run 2 | ${(a / 1e9).toFixed(3)} G / ${(b / 1e9).toFixed(3)} G |`);
console.log(`| per article (mean, start-up included) | ${(mean / ARTICLES / 1e6).toFixed(2)} M |`);
console.log(`| spread between the runs | ${((100 * Math.abs(a - b)) / mean).toFixed(2)} % |`);
