/**
 * Development aid: for every gold figure pair of fakes-dev (conflicts and hard negatives), shows
 * the figure records the analysis made for both spans and whether the index links them.
 * Run: node out/test/eval/figure-errors.js [--negatives]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinter } from '../../server/src/core/linter';
import { DEV_CORPUS } from '../support/paths';

interface Span {
  file: string;
  start: number;
  end: number;
}
const gold = JSON.parse(readFileSync(join(DEV_CORPUS, 'gold/figures.json'), 'utf8')) as {
  conflicts: { a: Span; b: Span; measure: string; note: string }[];
  negatives: { a: Span; b: Span; measure: string; note: string }[];
};
const linter = new CorpusLinter();
const texts = new Map<string, string>();
const cps = new Map<string, number[]>();
for (const f of readdirSync(join(DEV_CORPUS, 'articles'))) {
  const text = readFileSync(join(DEV_CORPUS, 'articles', f), 'utf8');
  texts.set(f, text);
  const cp: number[] = [];
  let u = 0;
  for (const ch of text) {
    cp.push(u);
    u += ch.length;
  }
  cp.push(u);
  cps.set(f, cp);
  linter.set({ uri: f, version: 0, text });
}
const figureAt = (s: Span) => {
  const cp = cps.get(s.file) as number[];
  const a = cp[s.start];
  const b = cp[s.end];
  const summary = linter.summary(s.file);
  const list = (summary?.figures ?? []).map((f, i) => ({ f, i })).filter(({ f }) => f.start < b && a < f.end);
  return { a, b, list, date: summary?.date?.iso };
};
const which = process.argv.includes('--negatives') ? gold.negatives : gold.conflicts;
let linked = 0;
for (const pair of which) {
  const A = figureAt(pair.a);
  const B = figureAt(pair.b);
  const conflicts = linter.figures.conflictsOf(pair.a.file).filter((c) => A.list.some(({ f }) => f === c.figure));
  const link = conflicts.some((c) => c.others.some((o) => o.uri === pair.b.file && B.list.some(({ f }) => f === o.figure)));
  if (link) linked++;
  console.log(`${link ? 'LINKED' : 'missed'} | ${pair.measure} | ${pair.note.slice(0, 90)}`);
  for (const [label, X, span] of [['A', A, pair.a], ['B', B, pair.b]] as const) {
    const text = texts.get(span.file) as string;
    console.log(`   ${label} ${span.file.slice(6, -4)} ${X.date ?? 'undated'} "${text.slice(X.a, X.b)}"`);
    for (const { f } of X.list) {
      console.log(`      ${f.text} | ${f.measure} | places=${f.places.join(',')} broad=${f.broadPlaces.join(',')} claim=${f.claim} | events=${f.events.join(',')} | src=${f.source} | past=${f.past} upd=${f.update} [${f.low},${f.high}]`);
    }
    if (X.list.length === 0) console.log('      (no figure record)');
  }
}
console.log(`${linked}/${which.length} linked`);
