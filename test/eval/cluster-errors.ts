/**
 * Development aid: the entities discovered in fakes-dev (clusters of spellings that no curated
 * entity covers): each non-canonical spelling with its counts and a few features, and whether the
 * gold labels list it with the canonical spelling as one entity (GOLD), list neither (----) or
 * only one of them (part). Run: node out/test/eval/cluster-errors.js [--tsv]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinter } from '../../server/src/core/linter';
import { isOrthographicVariant, looseForm, nameParts, skeletonOf, spellingDistance } from '../../server/src/core/names/translit';
import { DEV_CORPUS } from '../support/paths';

interface GoldEntity {
  id: string;
  forms: { form: string; kind: string }[];
}
const gold = JSON.parse(readFileSync(join(DEV_CORPUS, 'gold/variants.json'), 'utf8')).corpora['fakes-dev'].entities as GoldEntity[];
const goldOf = new Map<string, string>();
for (const e of gold) for (const f of e.forms) goldOf.set(f.form, e.id);

const linter = new CorpusLinter();
const dir = join(DEV_CORPUS, 'articles');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
  linter.set({ uri: name, version: 0, text: readFileSync(join(dir, name), 'utf8') });
}
const tally = new Map<string, number>();
for (const scope of linter.entities.scopesMatching('', 1e9)) {
  if (scope.entityId !== null) continue;
  const spellings = linter.entities.spellingsOf(scope.id);
  const canon = spellings.find((s) => s.spelling === scope.canonical) ?? spellings[0];
  const cl = looseForm(nameParts(canon.spelling));
  for (const s of spellings) {
    if (s === canon) continue;
    const g1 = goldOf.get(s.spelling);
    const g2 = goldOf.get(canon.spelling);
    const verdict = g1 && g1 === g2 ? 'GOLD' : g1 || g2 ? 'part' : '----';
    const sl = looseForm(nameParts(s.spelling));
    const rel = isOrthographicVariant(s.spelling, canon.spelling) ? 'ortho' : 'translit';
    const words = nameParts(s.spelling).length;
    const feat = `${rel} w${words} len${cl.replace(/ /g, '').length} sk${skeletonOf(cl).length} d${spellingDistance(sl, cl).toFixed(2)} c${canon.count}/${canon.docs.length} v${s.count}/${s.docs.length}`;
    tally.set(`${verdict} ${rel}`, (tally.get(`${verdict} ${rel}`) ?? 0) + s.count);
    console.log(`${verdict}\t${feat}\t${s.spelling} -> ${canon.spelling}\t${s.docs.join(',')}\t${canon.docs.join(',')}`);
  }
}
console.log([...tally].sort().map(([k, n]) => `${k}: ${n}`).join('\n'));
