/**
 * Dates from outside an article's text (a metadata file): given to the articles whose text states
 * none, never over the text's own, and re-indexed when they change.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusLinter } from '../../server/src/core/linter';
import { DEV_CORPUS } from '../support/paths';

// Khan Sheikhoun: "has risen to 86" (an AFP story whose copy lost its date; 5 April 2017 by the
// dataset's metadata) and "at least 87 civilians" (dated 8 April 2017 in its text).
const UNDATED = 'fakes-1923848144.txt';
const DATED = 'fakes-1924058142.txt';
const doc = (name: string): { uri: string; version: number; text: string } => ({
  uri: `file:///dev/${name}`,
  version: 0,
  text: readFileSync(join(DEV_CORPUS, 'articles', name), 'utf8'),
});
const conflictTexts = (linter: CorpusLinter, name: string): string[] =>
  linter
    .findings(`file:///dev/${name}`)
    .filter((f) => f.ruleId === 'figure-conflict')
    .map((f) => f.message);

describe('article dates from outside the text', () => {
  it('an undated article\'s toll is compared across articles only once a date is given to it', () => {
    const undated = new CorpusLinter();
    undated.setAll([undated.summarize(doc(UNDATED)), undated.summarize(doc(DATED))]);
    assert.equal(undated.summary(`file:///dev/${UNDATED}`)?.date, null);
    assert.ok(!conflictTexts(undated, UNDATED).some((m) => m.includes(DATED)));

    const dates = new Map([[`file:///dev/${UNDATED}`, '2017-04-05']]);
    const dated = new CorpusLinter({ articleDate: (uri) => dates.get(uri) });
    dated.setAll([dated.summarize(doc(UNDATED)), dated.summarize(doc(DATED))]);
    const own = conflictTexts(dated, UNDATED).find((m) => m.startsWith('86 people killed'));
    assert.match(own ?? '', /^86 people killed, in an article dated 2017-04-05 \(by its metadata\), conflicts with .*87 people killed stated in fakes-1924058142\.txt \(2017-04-08\)/);
    assert.ok(conflictTexts(dated, DATED).some((m) => /86 people killed stated in fakes-1923848144\.txt \(2017-04-05\)/.test(m)));
    // the summary itself stays the text's (it is cached by content hash)
    assert.equal(dated.summarize(doc(UNDATED)).date, null);
  });

  it('never overrides the date the text states', () => {
    const linter = new CorpusLinter({ articleDate: () => '2015-01-01' });
    linter.set(doc(DATED));
    assert.equal(linter.summary(`file:///dev/${DATED}`)?.date?.iso, '2017-04-08');
    assert.equal(linter.summary(`file:///dev/${DATED}`)?.date?.external, undefined);
  });

  it('dates set, changed or removed later re-index the articles they reach, as a fresh linter would', () => {
    const live = new CorpusLinter();
    live.set(doc(UNDATED));
    live.set(doc(DATED));
    const given = (iso: string | undefined) => (uri: string) => (uri.endsWith(UNDATED) ? iso : undefined);
    for (const iso of ['2017-04-05', '2016-01-01', undefined, '2017-04-06']) {
      const affected = live.setArticleDates(given(iso));
      const fresh = new CorpusLinter({ articleDate: given(iso) });
      fresh.set(doc(UNDATED));
      fresh.set(doc(DATED));
      for (const name of [UNDATED, DATED]) assert.deepEqual(live.findings(`file:///dev/${name}`), fresh.findings(`file:///dev/${name}`), `${name} with ${iso}`);
      assert.ok(affected.has(`file:///dev/${UNDATED}`), `the article whose date changed to ${iso}`);
    }
    // 5 April to 6 April: both within a toll's window of the 8 April article; the same date again reaches nothing
    assert.equal(live.setArticleDates(given('2017-04-06')).size, 0);
    assert.ok(conflictTexts(live, DATED).some((m) => m.includes('(2017-04-06)')));
  });

  it("names the other article's outlet beside its date, and follows the outlets as they change", () => {
    const date = (uri: string) => (uri.endsWith(UNDATED) ? '2017-04-05' : undefined);
    const outlets = (afp: string | undefined) => (uri: string) => (uri.endsWith(UNDATED) ? afp : uri.endsWith(DATED) ? 'ahram' : undefined);
    const live = new CorpusLinter({ articleDate: date });
    live.set(doc(UNDATED));
    live.set(doc(DATED));
    assert.ok(conflictTexts(live, DATED).some((m) => m.includes(`${UNDATED} (2017-04-05)`)));
    for (const afp of ['AFP', 'Agence France-Presse', undefined]) {
      const affected = live.setArticleDates(date, outlets(afp));
      const fresh = new CorpusLinter({ articleDate: date, articleOutlet: outlets(afp) });
      fresh.set(doc(UNDATED));
      fresh.set(doc(DATED));
      for (const name of [UNDATED, DATED]) assert.deepEqual(live.findings(`file:///dev/${name}`), fresh.findings(`file:///dev/${name}`), `${name} with ${afp}`);
      assert.ok(affected.has(`file:///dev/${DATED}`), `the article naming the outlet ${afp}`);
      const message = conflictTexts(live, DATED).find((m) => m.includes(UNDATED)) ?? '';
      assert.ok(message.includes(`${UNDATED} (${afp ? `${afp}, ` : ''}2017-04-05)`), message);
      const related = live.findings(`file:///dev/${UNDATED}`).find((f) => f.ruleId === 'figure-conflict')?.related ?? [];
      assert.ok(related.some((r) => r.uri.endsWith(DATED) && r.message.endsWith(', ahram article dated 2017-04-08')), JSON.stringify(related));
    }
    // the same outlets again reach nothing
    assert.equal(live.setArticleDates(date, outlets(undefined)).size, 0);
  });
});
