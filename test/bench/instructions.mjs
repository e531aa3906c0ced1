// `npm run bench:instructions`: what the analysis and the CLI cost per article in machine
// instructions, counted by valgrind (Debian package `valgrind`). On the shared 2-core machines here
// one build's wall and CPU times move by 15-35% from one minute to the next, so a change of a few
// per cent cannot be seen in them; instruction counts hardly move. Node runs with V8 made
// predictable (`--predictable`: the JIT and the collector work in the counted thread and on no
// timer; fixed hash and random seeds). Two figures, over the 1,000-article bench corpus:
// - the analysis of one article in a steady state: `summarize` over the first 100 articles eight
//   and thirty-two times (a small bundle of server/src/core made here with esbuild), the
//   difference over the 2,400 extra analyses. Under --predictable V8 compiles in the counted
//   thread, and its optimising compiler is still at work in the second to fourth rounds (nearly
//   half of what they count). After them it has little left to do, but not nothing: a window of
//   rounds 5-8 moved by up to 4% between two builds whose analysis differed by 0.2%, one of rounds
//   9-16 by up to 1.5% (a function compiled once more, a collection more or less); over rounds
//   9-32 such a step weighs a third as much again. Two runs of one build agree to a few tens of
//   instructions; two builds are told apart to about half a per cent.
// - the whole CLI in one thread (`--jobs 1`) over the first N articles, twice at once, with the
//   spread between the two runs (0.2-0.8%: a difference between two builds must be well beyond
//   it). `--cli` names another bundle to count.
//
//   node test/bench/instructions.mjs [--articles 400] [--cli out/cli.js]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
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

const NODE = [process.execPath, '--predictable', '--hash-seed=1', '--random-seed=1'];

/** Instructions valgrind counted for `node <argv>`. */
function instructions(argv, what) {
  return new Promise((done, fail) => {
    const child = spawn('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', ...NODE, ...argv], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => {
      const m = /Collected\s*:\s*(\d+)/.exec(err);
      if (m && (code === 0 || code === 1)) done(Number(m[1]));
      else fail(new Error(`valgrind on ${what} exited with ${code}:\n${err.slice(-2000)}`));
    });
  });
}

/** The analysis alone: a bundle that summarises the first `n` articles `rounds` times. */
async function analysisBundle(dir) {
  const entry = join(dir, 'analyse.mjs');
  writeFileSync(
    entry,
    `import { readFileSync } from 'node:fs';
import { summarize } from ${JSON.stringify(join(ROOT, 'server/src/core/analysis/summarize.ts'))};
import { Knowledge } from ${JSON.stringify(join(ROOT, 'server/src/core/knowledge/knowledge.ts'))};
const [list, n, rounds] = [process.argv[2], Number(process.argv[3]), Number(process.argv[4])];
const texts = JSON.parse(readFileSync(list, 'utf8')).slice(0, n).map((f) => readFileSync(f, 'utf8'));
const knowledge = Knowledge.default();
for (let r = 0; r < rounds; r++) for (let i = 0; i < texts.length; i++) summarize({ uri: 'file:///' + i, version: 0, text: texts[i] }, knowledge);
`,
  );
  const out = join(dir, 'analyse.cjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error', loader: { '.json': 'json' } });
  const list = join(dir, 'articles.json');
  writeFileSync(list, JSON.stringify(files));
  return [out, list];
}

const ANALYSED = 100;
const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-instructions-'));
try {
  const [bundle, list] = await analysisBundle(dir);
  console.error(`counting instructions: the analysis of ${ANALYSED} articles (8 and 32 rounds), and ${CLI} on ${ARTICLES} articles twice (four minutes or so) ...`);
  const [eight, late, a, b] = await Promise.all([
    instructions([bundle, list, String(ANALYSED), '8'], 'the analysis'),
    instructions([bundle, list, String(ANALYSED), '32'], 'the analysis'),
    instructions([CLI, '--jobs', '1', '--format', 'json', ...files.slice(0, ARTICLES)], CLI),
    instructions([CLI, '--jobs', '1', '--format', 'json', ...files.slice(0, ARTICLES)], CLI),
  ]);
  const mean = (a + b) / 2;
  console.log('| instructions | counted |');
  console.log('|---|---|');
  console.log(`| analysis of one article, steady state (${ANALYSED} articles x 24 more rounds, after 8) | ${Math.round((late - eight) / (24 * ANALYSED)).toLocaleString('en-US')} |`);
  console.log(`| CLI in one thread, ${ARTICLES} articles: run 1 / run 2 | ${(a / 1e9).toFixed(3)} G / ${(b / 1e9).toFixed(3)} G |`);
  console.log(`| CLI, per article (mean, start-up included) | ${(mean / ARTICLES / 1e6).toFixed(2)} M |`);
  console.log(`| CLI, spread between the two runs | ${((100 * Math.abs(a - b)) / mean).toFixed(2)} % |`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
