#!/usr/bin/env node
// `npm run eval:unseen`: how the spelling rules fare on entities the curated list does not know,
// as in articles nobody on the team has read. The curated entities (countries and other fixed
// spellings kept) are cut in two halves by a hash of their ids; for each half, the CLI is bundled
// without it (esbuild swaps entities.json), lints ../shared/corpus/fakes-dev and is scored by
// test/eval/unseen-score.py: variant recall on the gold entities that half held out and on those
// it kept, and precision over every variant finding. The full list's figures come first.
// --keep keeps each run's bundle and report (DIR/<run>/report.json) for test/eval/variant-errors.py.
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
const corpus = join(shared, 'corpus/fakes-dev/articles');
const gold = join(shared, 'corpus/fakes-dev/gold/variants.json');
if (!existsSync(corpus)) {
  console.error(`eval:unseen: corpus not found at ${corpus} (the shared folder must sit beside the project)`);
  process.exit(2);
}
const entitiesFile = join(root, 'server/src/core/knowledge/entities.json');
const curated = JSON.parse(readFileSync(entitiesFile, 'utf8'));
const dir = mkdtempSync(join(tmpdir(), 'corpus-lint-unseen-'));

/** FNV-1a of an id: which half it falls in. */
function half(id) {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h & 1;
}

async function run(label, heldOut) {
  const kept = { ...curated, entities: curated.entities.filter((e) => !heldOut.includes(e)) };
  const out = join(dir, label);
  const swap = {
    name: 'held-out-entities',
    setup(build) {
      build.onLoad({ filter: /knowledge[\\/]entities\.json$/ }, () => ({ contents: JSON.stringify(kept), loader: 'json' }));
    },
  };
  await esbuild.build({
    entryPoints: { cli: join(root, 'server/src/cli/main.ts'), worker: join(root, 'server/src/node/worker.ts') },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    mainFields: ['module', 'main'],
    logLevel: 'silent',
    outdir: out,
    plugins: [swap],
  });
  const report = join(out, 'report.json');
  const lint = spawnSync(process.execPath, [join(out, 'cli.js'), corpus, '--format', 'json', '--output-file', report], { cwd: out, encoding: 'utf8' });
  if (lint.status !== 0 && lint.status !== 1) throw new Error(lint.stderr);
  const held = join(out, 'held-out.json');
  writeFileSync(held, JSON.stringify(heldOut));
  const score = spawnSync('python3', [join(root, 'test/eval/unseen-score.py'), report, corpus, gold, held], { encoding: 'utf8' });
  if (score.status !== 0) throw new Error(score.stderr);
  return { label, heldOut: heldOut.length, ...JSON.parse(score.stdout) };
}

const movable = curated.entities.filter((e) => !e.fixedSpelling);
const rows = [await run('full list', [])];
for (const h of [0, 1]) rows.push(await run(`half ${h === 0 ? 'A' : 'B'} held out`, movable.filter((e) => half(e.id) === h)));
if (process.argv.includes('--keep')) console.log(`reports kept in ${dir}`);
else rmSync(dir, { recursive: true, force: true });

const cell = (x) => (x === null ? '–' : x.toFixed(3)).padStart(8);
console.log(`spelling-variant on fakes-dev with curated entities held out (${movable.length} of ${curated.entities.length} can be)\n`);
console.log(`${'run'.padEnd(22)} ${'held out'.padStart(8)} ${'recall'.padStart(8)} ${'unseen'.padStart(8)} ${'known'.padStart(8)} ${'precision'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.label.padEnd(22)} ${String(r.heldOut).padStart(8)} ${cell(r.recall)} ${cell(r.unseen_recall)} ${cell(r.known_recall)} ${cell(r.precision).padStart(9)}`);
}
console.log('\nrecall: transliteration and orthographic variants (the scorer\'s); unseen / known: on the gold entities');
console.log('that share a spelling with a held-out curated entity, and on the others; precision: the scorer\'s.');
