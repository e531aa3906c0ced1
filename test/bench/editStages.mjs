// `npm run bench:edits`: what the analysis of one keystroke costs in an open article, stage by
// stage, in one thread without the protocol: the server bench's edits (edits.mjs) to its 2.5 KB
// article and to its 27 KB long read, each analysed with the article's document memo as the
// server analyses it, both 150 ms apart (as typed: the caches have gone cold) and back to back.
// Prints the median of each stage and of the whole; the figures ROUNDS.md calls "the one-thread
// edit harness". The stages are summarize's, called one by one (a small bundle of
// server/src/core made here); the bundle first checks that they give summarize's summary.
//
//   node test/bench/editStages.mjs [--edits 300] [--pause 150]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { applyBenchEdit, benchEdit } from './edits.mjs';
import { generate, rng, withLongRead } from './generate.mjs';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const args = process.argv.slice(2);
const opt = (name, dflt) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : dflt);
const EDITS = opt('--edits', 300);
const PAUSE = opt('--pause', 150);
if (!(Number.isInteger(EDITS) && EDITS > 0 && Number.isFinite(PAUSE) && PAUSE >= 0)) {
  console.error('bench:edits: --edits must be a whole number above 0 and --pause a number of milliseconds.');
  process.exit(2);
}

const core = (path) => JSON.stringify(join(ROOT, 'server/src/core', path));
/** The child: the edits of one article, analysed as summarize does, each stage timed. */
const ENTRY = `import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { classifySentences } from ${core('attribution/classify.ts')};
import { DocumentMemo } from ${core('analysis/documentMemo.ts')};
import { extractFigures } from ${core('analysis/figures.ts')};
import { withoutGluedPossessives } from ${core('analysis/mentions.ts')};
import { summarize } from ${core('analysis/summarize.ts')};
import { Knowledge } from ${core('knowledge/knowledge.ts')};
import { findArticleDate } from ${core('text/dates.ts')};
import { findQuotes, insideQuote } from ${core('text/quotes.ts')};
import { TokenKind } from ${core('text/tokens.ts')};
import { MentionFlag } from ${core('analysis/summary.ts')};

const { texts, pause } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const knowledge = Knowledge.default();
const STAGES = ['scan', 'hash', 'sentences', 'mentions', 'quotes', 'words', 'date', 'classify', 'figures'];
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** summarize's steps one by one (analysis/summarize.ts), each timed into \`laps\`. */
function analyse(doc, memo, laps) {
  const text = doc.text;
  let at = performance.now();
  const lap = (i) => {
    const now = performance.now();
    laps[i] = now - at;
    at = now;
  };
  const scanned = memo.scan(text, knowledge);
  const { tokens, units } = scanned;
  lap(0);
  const hash = memo.hash(text);
  lap(1);
  const sentenceSpans = memo.sentenceSpans(text);
  lap(2);
  const { mentions, candidates, lowerWords } = memo.mentions({ text, units, sentences: sentenceSpans, knowledge, matches: scanned.matches, lowerWords: scanned.lowerWords });
  const counted = withoutGluedPossessives(candidates, mentions);
  lap(3);
  const quotes = findQuotes(text);
  for (const m of mentions) if (insideQuote(quotes, m.start, m.end)) m.flags |= MentionFlag.Quoted;
  lap(4);
  let words = 0;
  for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === TokenKind.Word) words++;
  lap(5);
  const date = findArticleDate(text);
  lap(6);
  const sentences = classifySentences(text, tokens, sentenceSpans, mentions, date, knowledge, memo.sentences);
  lap(7);
  const figures = extractFigures(text, tokens, sentences, mentions, candidates, date, knowledge, memo.sentences);
  lap(8);
  return { uri: doc.uri, version: doc.version, hash, length: text.length, words, date, mentions, candidates: counted, lowerWords, sentences, figures };
}

const memo = new DocumentMemo();
const laps = new Float64Array(STAGES.length);
const times = STAGES.map(() => []);
const totals = [];
analyse({ uri: 'a', version: 0, text: texts[0] }, memo, laps);
for (let v = 1; v < texts.length; v++) {
  if (pause > 0) sleep(pause);
  const doc = { uri: 'a', version: v, text: texts[v] };
  const summary = analyse(doc, memo, laps);
  if (v === 1 && !isDeepStrictEqual(summary, summarize(doc, knowledge))) {
    console.error('the stages do not give summarize\\'s summary: editStages.mjs must follow analysis/summarize.ts');
    process.exit(3);
  }
  let total = 0;
  STAGES.forEach((_, i) => (times[i].push(laps[i]), (total += laps[i])));
  totals.push(total);
}
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
console.log(JSON.stringify({ stages: Object.fromEntries(STAGES.map((s, i) => [s, median(times[i])])), total: median(totals) }));
`;

/** The article's versions: its text, then the text after each of the bench's edits. */
function versions(path) {
  const r = rng(3);
  let text = readFileSync(path, 'utf8');
  const out = [text];
  for (let i = 0; i < EDITS; i++) out.push((text = applyBenchEdit(text, benchEdit(r, text, i))));
  return out;
}

const corpus = generate(1000);
const files = readdirSync(join(corpus, 'part-000'))
  .sort()
  .map((f) => join(corpus, 'part-000', f));
// the server bench's article: the first that names Raqqa or Aleppo
const short = files.find((f) => /Raqqa|Aleppo/.test(readFileSync(f, 'utf8'))) ?? files[0];
const long = withLongRead(corpus).path;

const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-edit-stages-'));
try {
  const bundle = join(dir, 'stages.cjs');
  const entry = join(dir, 'stages.mjs');
  writeFileSync(entry, ENTRY);
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: bundle, logLevel: 'error' });
  const rows = [];
  for (const [name, path] of [
    ['2.5 KB article', short],
    ['27 KB long read', long],
  ]) {
    const texts = versions(path);
    for (const pause of [PAUSE, 0]) {
      const input = join(dir, 'texts.json');
      writeFileSync(input, JSON.stringify({ texts, pause }));
      const run = spawnSync(process.execPath, [bundle, input], { encoding: 'utf8' });
      if (run.status !== 0) {
        console.error(run.stderr);
        process.exit(run.status ?? 1);
      }
      const { stages, total } = JSON.parse(run.stdout);
      const label = pause > 0 ? `${pause} ms apart` : 'back to back';
      rows.push(`| ${name}, ${label} | ${Object.entries(stages).map(([s, ms]) => `${s} ${Math.round(ms * 1000)}`).join(', ')} | ${Math.round(total * 1000)} |`);
    }
  }
  console.log(`\nAn open article's keystroke, analysed in one thread: median µs of each stage over ${EDITS} edits\n`);
  console.log('| article, edits | stages (µs) | whole (µs) |');
  console.log('|---|---|---|');
  for (const row of rows) console.log(row);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
