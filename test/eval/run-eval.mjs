#!/usr/bin/env node
// `npm run eval`: lints ../shared/corpus/fakes-dev/articles with the built CLI, scores the JSON
// report with ../shared/eval/score.py against the gold labels, and prints the scorer's figures
// per rule plus findings per 1,000 words per rule. Options: --corpus DIR --gold DIR --name NAME
// --keep FILE (keep the JSON report).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const shared = resolve(root, '../shared');
const corpus = resolve(arg('--corpus', join(shared, 'corpus/fakes-dev/articles')));
const gold = resolve(arg('--gold', join(shared, 'corpus/fakes-dev/gold')));
const name = arg('--name', 'fakes-dev');
const keep = arg('--keep');
if (!existsSync(corpus)) {
  console.error(`eval: corpus not found at ${corpus} (the shared folder must sit beside the project)`);
  process.exit(2);
}
const cli = join(root, 'out/cli.js');
if (!existsSync(cli)) execFileSync(process.execPath, [join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });

const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-eval-'));
const report = keep ? resolve(keep) : join(dir, 'report.json');
const t0 = performance.now();
const lint = spawnSync(process.execPath, [cli, corpus, '--format', 'json', '--output-file', report], { cwd: dir, encoding: 'utf8' });
const seconds = (performance.now() - t0) / 1000;
if (lint.status !== 0 && lint.status !== 1) {
  console.error(lint.stderr);
  process.exit(2);
}
const score = spawnSync('python3', [join(shared, 'eval/score.py'), report, corpus, name, '--gold', gold], { encoding: 'utf8' });
if (score.status !== 0) {
  console.error(score.stderr);
  process.exit(2);
}
const lines = score.stdout.trim().split('\n');
const summary = JSON.parse(lines[lines.length - 1]);

let words = 0;
for (const f of readdirSync(corpus)) if (f.endsWith('.txt')) words += (readFileSync(join(corpus, f), 'utf8').match(/\p{L}+/gu) ?? []).length;
const data = JSON.parse(readFileSync(report, 'utf8'));
const perRule = {};
for (const file of data) for (const m of file.messages) perRule[m.ruleId ?? 'file'] = (perRule[m.ruleId ?? 'file'] ?? 0) + 1;

const row = (label, value, target = '') => console.log(`${label.padEnd(44)} ${String(value).padStart(8)}  ${target}`);
console.log(`corpus-lint eval on ${name}: ${data.length} articles, ${words} words, linted in ${seconds.toFixed(2)} s\n`);
console.log('rule / metric                                   value  target');
row('spelling-variant recall (translit+ortho)', summary.variant_recall, '>= 0.90');
row('spelling-variant + entity-alias precision', summary.variant_precision, '>= 0.97');
row('entity-alias recall', summary.alias_recall, '(reported)');
row('false friends merged', summary.false_friend_merges, '0');
row('variant findings', summary.variant_findings);
row('unattributed-claim precision', summary.claim_precision, '>= 0.80');
row('unattributed-claim recall', summary.claim_recall);
row('unattributed-claim F1', summary.claim_f1, '>= 0.75');
row('weak-attribution precision', summary.weak_precision);
row('weak-attribution recall', summary.weak_recall);
row('weak-attribution F1', summary.weak_f1, '>= 0.70');
row('unattributed-quote gold positives', summary.quote_gold_positives);
row('figure-conflict recall', summary.figure_recall, '>= 0.60');
row('figure-conflict negatives flagged', `${summary.figure_negatives_flagged}/${summary.figure_negatives_gold}`, '<= 1 in 10');
row('figure-conflict findings', summary.figure_findings);
console.log('\nfindings per 1,000 words');
for (const [rule, n] of Object.entries(perRule).sort()) row(`  ${rule}`, ((n * 1000) / words).toFixed(2), `(${n})`);
if (process.argv.includes('--json')) writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary));
if (!keep) rmSync(dir, { recursive: true, force: true });
