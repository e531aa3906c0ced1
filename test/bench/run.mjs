// `npm run bench`: builds the corpora, then measures and prints one table (figures, never asserted):
// CLI cold on 10k articles side by side with textlint + textlint-rule-prh (alternating runs, ratio
// per run and median), CLI warm with --cache, the server over stdio (scan, edit latency, RSS), and
// `corpus-lint seeds` (median of 10). The scan is shown beside its floor: its messages sent again
// from a file by a server that does no work (test/bench/replayServer.mjs). The edit latency is
// shown beside its floor: the same edits to a server that does no work (test/bench/echoServer.mjs),
// with the article's diagnostics and with none, beside the same edits in a long read, and beside
// what a pause does to memory on this machine (memoryProbe.mjs). The CLI's CPU time is shown by
// thread, with the default pool and with one analysis thread (threadCpu.mjs).
//
//   node test/bench/run.mjs [--size 10000] [--runs 3] [--edits 1000] [--skip-textlint]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusBytes, generate, withLongRead } from './generate.mjs';
import { probeMemory } from './memoryProbe.mjs';
import { benchServer } from './server.mjs';
import { describeCpu, threadCpu } from './threadCpu.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const CLI = join(ROOT, 'out/cli.js');
const TOOLS = join(ROOT, 'test/bench/tools');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const SIZE = opt('--size', 10000);
const RUNS = opt('--runs', 3);
const EDITS = opt('--edits', 1000);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/** Wall time (s) and peak RSS (MB, when /usr/bin/time is there) of a command. */
function measure(cmd, argv, cwd = ROOT) {
  const t = performance.now();
  const r = TIME
    ? spawnSync(TIME, ['-f', '%M', cmd, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawnSync(cmd, argv, { cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  const wall = (performance.now() - t) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} exited with ${r.status}: ${r.stderr}`);
  const kb = TIME ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { wall, rss: kb / 1024 };
}

function ensureBuilt() {
  if (!existsSync(CLI) || !existsSync(join(ROOT, 'server/out/server.js'))) execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
}

function ensureTextlint() {
  const bin = join(TOOLS, 'node_modules/.bin/textlint');
  if (!existsSync(bin)) {
    console.error('installing textlint + textlint-rule-prh (benchmark only) into test/bench/tools ...');
    execFileSync('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund'], { cwd: TOOLS, stdio: 'inherit' });
  }
  return bin;
}

const rows = [];
const row = (figure, value, target = '') => {
  rows.push([figure, value, target]);
  console.error(`  ${figure}: ${value}`);
};

ensureBuilt();
console.error(`generating corpora (1,000 / ${SIZE.toLocaleString('en-US')} / 50,000 articles) ...`);
for (const n of [1000, SIZE, 50000]) generate(n);
const corpus = generate(SIZE);
const mb = corpusBytes(corpus) / 1e6;
const out = join(tmpdir(), 'corpus-lint-bench', 'report.json');

// 2. CLI cold vs textlint + prh, alternating.
const ours = [];
const theirs = [];
const ratios = [];
const skipTextlint = args.includes('--skip-textlint');
const textlint = skipTextlint ? null : ensureTextlint();
console.error(`CLI cold on ${SIZE} articles (${mb.toFixed(1)} MB), ${RUNS} runs${textlint ? ', alternating with textlint + prh' : ''} ...`);
for (let i = 0; i < RUNS; i++) {
  const a = measure(process.execPath, [CLI, corpus, '--format', 'json', '--output-file', out]);
  ours.push(a);
  if (textlint) {
    const b = measure(process.execPath, [textlint, '--config', join(ROOT, 'test/bench/textlintrc.json'), '--format', 'json', '--output-file', out, corpus], join(ROOT, 'test/bench'));
    theirs.push(b);
    ratios.push(a.wall / b.wall);
    console.error(`  run ${i + 1}: corpus-lint ${a.wall.toFixed(2)} s, textlint ${b.wall.toFixed(2)} s, ratio ${(a.wall / b.wall).toFixed(2)}`);
  } else console.error(`  run ${i + 1}: corpus-lint ${a.wall.toFixed(2)} s`);
}
const cold = median(ours.map((x) => x.wall));
row(`CLI cold, ${SIZE} articles, all rules`, `${cold.toFixed(2)} s, ${(mb / cold).toFixed(1)} MB/s, peak RSS ${median(ours.map((x) => x.rss)).toFixed(0)} MB`);
if (textlint) {
  const tl = median(theirs.map((x) => x.wall));
  row('textlint + prh (20 rules), same corpus', `${tl.toFixed(2)} s, ${(mb / tl).toFixed(1)} MB/s, peak RSS ${median(theirs.map((x) => x.rss)).toFixed(0)} MB`);
  row('ratio corpus-lint / textlint (median of runs)', `${median(ratios).toFixed(2)} (runs: ${ratios.map((r) => r.toFixed(2)).join(', ')})`, '<= 0.25');
}
// Where the CLI's CPU time goes (Linux): the default pool against one analysis thread, the main
// thread against the others (analysis workers, V8's collector helpers and optimising compiler).
const pooled = await threadCpu([CLI, corpus, '--format', 'json', '--output-file', out]);
const single = await threadCpu([CLI, corpus, '--format', 'json', '--output-file', out, '--jobs', '1']);
if (pooled && single) {
  row('CLI cold, CPU by thread (default pool)', describeCpu(pooled));
  row('CLI cold, one analysis thread (--jobs 1)', describeCpu(single));
}

// 3. CLI warm: the analysis cache.
const cacheFile = join(tmpdir(), 'corpus-lint-bench', 'cache');
rmSync(cacheFile, { force: true });
rmSync(`${cacheFile}.report`, { force: true });
measure(process.execPath, [CLI, corpus, '--format', 'json', '--output-file', out, '--cache', '--cache-location', cacheFile]);
const warm = [];
for (let i = 0; i < RUNS; i++) warm.push(measure(process.execPath, [CLI, corpus, '--format', 'json', '--output-file', out, '--cache', '--cache-location', cacheFile]).wall);
const warmS = median(warm);
const xTextlint = (s) => (textlint ? `, ${(s / median(theirs.map((x) => x.wall))).toFixed(2)} x textlint` : '');
row('CLI warm (--cache), no article changed', `${warmS.toFixed(2)} s, ${(warmS / cold).toFixed(2)} x cold${xTextlint(warmS)}`, '<= 0.05 x textlint');
// A corpus with one article more (a different seed each run): the report cannot be replayed, the
// other analyses come from the cache and the rules run again.
const seedFiles = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort();
const changed = [];
for (let i = 0; i < RUNS; i++) {
  const extra = join(ROOT, 'seeds', seedFiles[i % seedFiles.length]);
  changed.push(measure(process.execPath, [CLI, corpus, extra, '--format', 'json', '--output-file', out, '--cache', '--cache-location', cacheFile]).wall);
}
const changedS = median(changed);
row('CLI warm (--cache), one article added', `${changedS.toFixed(2)} s, ${(changedS / cold).toFixed(2)} x cold${xTextlint(changedS)}`, '');

// 4. The server over stdio.
console.error(`server over stdio on ${SIZE} articles, ${EDITS} edits ...`);
// A first session fills the server's analysis cache (the extension's storage folder); a restart
// reads it, and takes the edits.
const serverCache = join(tmpdir(), 'corpus-lint-bench', 'server-cache');
rmSync(serverCache, { recursive: true, force: true });
const s0 = await benchServer(corpus, { edits: 0, cacheDir: serverCache });
const s = await benchServer(corpus, { edits: EDITS, cacheDir: serverCache, timing: true });
/** "listing 0.12 s, reading 0.40 s, ..." from a scan's stages. */
const scanStages = (stages) => [...stages].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)}`).join(', ') + ' s';
row(`server: scan of ${s0.articles} articles to all diagnostics`, `${(s0.scanMs / 1000).toFixed(2)} s (${s0.scanPublished} articles published, ${(s0.scanBytes / 1e6).toFixed(0)} MB of messages)`, '<= 3 s');
if (s0.scanStages.size > 0) row('server: the scan by stage', scanStages(s0.scanStages), '');
row('server: restart, analyses from its cache', `${(s.scanMs / 1000).toFixed(2)} s${s.scanStages.size > 0 ? ` (${scanStages(s.scanStages)})` : ''}`, '');
// The floor under the scan: the same publications, recorded by one more session (a restart, not
// timed: writing them slows it), sent again by a server that does no work (replayServer.mjs).
const frames = join(tmpdir(), 'corpus-lint-bench', 'scan-frames');
await benchServer(corpus, { edits: 0, cacheDir: serverCache, record: frames });
const replay = await benchServer(corpus, { edits: 0, server: join(ROOT, 'test/bench/replayServer.mjs'), initializationOptions: { replay: frames } });
rmSync(frames, { force: true });
row(
  `floor: the scan's ${(replay.scanBytes / 1e6).toFixed(0)} MB of messages sent from a file by a server that does no work, same stdio`,
  `${(replay.scanMs / 1000).toFixed(2)} s (${replay.scanPublished} articles published)`,
  '',
);
row('server: RSS after the scan / after the edits', `${s.rssScan.toFixed(0)} MB / ${s.rssEdits.toFixed(0)} MB`, '<= 300 MB, flat');
row(`edit latency, own article (${s.own.length} edits${s.missed ? `, ${s.missed} unanswered` : ''})`, `p50 ${quantile(s.own, 0.5).toFixed(1)} ms, p95 ${quantile(s.own, 0.95).toFixed(1)} ms, p99 ${quantile(s.own, 0.99).toFixed(1)} ms`, 'p50 <= 2 ms, p99 <= 10 ms');
// Under a hundred edits reach other articles, so their p99 is their slowest: the next two tell
// one slow edit from a slow tail (none when no edit reached another article), and each says
// whether one of V8's full collections started during it (the server logs them when timed).
const slowest = s.slowestOthers.map(({ ms, collecting }) => `${ms.toFixed(1)} ms${collecting ? ' (a full collection)' : ''}`);
const collections = `${s.collectionsInEdits} full collection${s.collectionsInEdits === 1 ? '' : 's'} in the ${s.edits} edits`;
row(
  `edit latency, last affected other article (${s.others.length} edits affected others)`,
  `p50 ${quantile(s.others, 0.5).toFixed(1)} ms, p99 ${quantile(s.others, 0.99).toFixed(1)} ms${slowest.length > 0 ? ` (the slowest: ${slowest.join(', ')})` : ''}; ${collections}`,
  'p99 <= 50 ms',
);
// Where an edit's time goes in the server, from its own clock: the median of each stage, and of
// their sum (the rest of the latency is the round trip: reading the change, the pipes, the client).
if (s.editStages.length > 0) {
  const names = [...s.editStages[0].keys()];
  const stageP50 = names.map((n) => `${n} ${quantile(s.editStages.map((m) => m.get(n) ?? 0), 0.5).toFixed(2)}`);
  const sums = s.editStages.map((m) => [...m.values()].reduce((a, b) => a + b, 0));
  row(
    `edit, own article: the server's stages (median of each, ${s.editStages.length} edits)`,
    `${stageP50.join(', ')} ms; their sum p50 ${quantile(sums, 0.5).toFixed(2)} ms, p99 ${quantile(sums, 0.99).toFixed(2)} ms`,
    '',
  );
}
// The same edits to a server that does no work but publish the article's last diagnostics.
const payload = JSON.stringify(s.lastOwn).length;
const floor = await benchServer(corpus, { edits: Math.min(EDITS, 300), server: join(ROOT, 'test/bench/echoServer.mjs'), initializationOptions: { diagnostics: s.lastOwn } });
row(
  `edit latency floor: a server that only echoes those ${s.lastOwn.length} diagnostics (${(payload / 1024).toFixed(0)} KB), same stdio`,
  `p50 ${quantile(floor.own, 0.5).toFixed(1)} ms, p99 ${quantile(floor.own, 0.99).toFixed(1)} ms`,
  '',
);
// ... and one that answers with no diagnostics: the round trip alone.
const bare = await benchServer(corpus, { edits: Math.min(EDITS, 150), server: join(ROOT, 'test/bench/echoServer.mjs'), initializationOptions: { diagnostics: [] } });
row('edit latency floor: the same, answering with no diagnostics', `p50 ${quantile(bare.own, 0.5).toFixed(1)} ms, p99 ${quantile(bare.own, 0.99).toFixed(1)} ms`, '');
// The same edits in a long read (~27 KB) added to the 1,000-article corpus: what an edit costs
// grows with its article (its analysis, and the diagnostics sent back).
const long = withLongRead(generate(1000));
const l = await benchServer(long.dir, { edits: Math.min(EDITS, 300), article: long.path, timing: true });
const longAnalyse = quantile(l.editStages.map((m) => m.get('analyse') ?? 0), 0.5);
row(
  `edit latency, own article of ${(statSync(long.path).size / 1024).toFixed(0)} KB (a long read beside 1,000 articles; ${l.own.length} edits)`,
  `p50 ${quantile(l.own, 0.5).toFixed(1)} ms, p95 ${quantile(l.own, 0.95).toFixed(1)} ms, p99 ${quantile(l.own, 0.99).toFixed(1)} ms; analyse ${longAnalyse.toFixed(2)} ms (median); ${l.lastOwn.length} diagnostics, ${(JSON.stringify(l.lastOwn).length / 1024).toFixed(0)} KB`,
  '',
);
// What a pause between keys does to memory here (see memoryProbe.mjs).
const asleep = await probeMemory({ pauseMs: 150 });
const awake = await probeMemory({ pauseMs: 150, rounds: 10, awake: true });
row(
  `memory after a pause: ${asleep.reads.toLocaleString('en')} dependent reads in a ${asleep.tableBytes >> 20} MB table`,
  `${asleep.warmMs.toFixed(2)} ms back to back; ${asleep.coldMs.toFixed(2)} ms after 150 ms asleep, ${awake.coldMs.toFixed(2)} ms after 150 ms awake (${((asleep.coldMs * 1e6) / asleep.reads).toFixed(0)} ns a read)`,
  '',
);

// 5. The seeds.
const seeds = [];
for (let i = 0; i < 10; i++) seeds.push(measure(process.execPath, [CLI, 'seeds']).wall);
row('corpus-lint seeds (median of 10)', `${median(seeds).toFixed(3)} s`, '<= 0.3 s');

const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim()}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
console.log(`\nCorpus Lint benchmark — ${machine}\n`);
console.log('| figure | measured | target |');
console.log('|---|---|---|');
for (const [f, v, t] of rows) console.log(`| ${f} | ${v} | ${t} |`);
