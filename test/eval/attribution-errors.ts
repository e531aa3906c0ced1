/**
 * Development aid: compares the analysis' sentence labels with the gold attribution labels of
 * fakes-dev, sentence by sentence (matched by overlap), and prints a confusion table and the
 * mismatches. Run: node out/test/eval/attribution-errors.js [--label unattributed]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEV_CORPUS } from '../support/paths';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';

const root = DEV_CORPUS;
const gold = JSON.parse(readFileSync(join(root, 'gold/attribution.json'), 'utf8')) as {
  sentences: { file: string; start: number; end: number; label: string; note?: string }[];
};
const only = process.argv.includes('--label') ? process.argv[process.argv.indexOf('--label') + 1] : null;
const confusion = new Map<string, number>();
const cache = new Map<string, { text: string; cp: number[]; sentences: ReturnType<typeof summarize>['sentences'] }>();
for (const g of gold.sentences) {
  let doc = cache.get(g.file);
  if (!doc) {
    const text = readFileSync(join(root, 'articles', g.file), 'utf8');
    // gold offsets are code points; map to UTF-16
    const cp: number[] = [];
    let u = 0;
    for (const ch of text) {
      cp.push(u);
      u += ch.length;
    }
    cp.push(u);
    doc = { text, cp, sentences: summarize({ uri: g.file, version: 0, text }, Knowledge.default()).sentences };
    cache.set(g.file, doc);
  }
  const s = doc.cp[g.start];
  const e = doc.cp[g.end];
  const mine = doc.sentences.filter((x) => x.start < e && s < x.end);
  const ours = mine.some((x) => x.label === 'unattributed')
    ? 'unattributed'
    : mine.some((x) => x.label === 'attributed-vague')
      ? 'attributed-vague'
      : mine.some((x) => x.label === 'attributed-named')
        ? 'attributed-named'
        : 'not-claim';
  const key = `${g.label} -> ${ours}`;
  confusion.set(key, (confusion.get(key) ?? 0) + 1);
  if (g.label !== ours && (!only || g.label === only || ours === only)) {
    console.log(`[${g.label} -> ${ours}] ${doc.text.slice(s, e).slice(0, 260)}\n    gold: ${g.note ?? ''} | ours: ${mine.map((x) => x.cue).join(' / ')}`);
  }
}
console.log([...confusion.entries()].sort().map(([k, v]) => `${k}: ${v}`).join('\n'));
