/**
 * An open document's analysis reuses the facts of its unchanged sentences (sentenceMemo.ts). The
 * reuse must never show: after every edit, the summary equals a fresh analysis of the same text.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentMemo } from '../../server/src/core/analysis/documentMemo';
import { SentenceMemo } from '../../server/src/core/analysis/sentenceMemo';
import type { MentionRecord } from '../../server/src/core/analysis/summary';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { splitSentences } from '../../server/src/core/text/sentences';
import { tokenize } from '../../server/src/core/text/tokens';
import { applyEdit, randomEdit } from '../support/edits';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { rng } from '../support/random';

describe('sentence memo', () => {
  const knowledge = Knowledge.default();

  /** Edits the text at random; after each edit compares the memo's analysis with a fresh one. */
  function editAndCompare(start: string, edits: number, seed: number): { sentences: number; reused: number } {
    const memo = new DocumentMemo();
    const r = rng(seed);
    let text = start;
    let sentences = 0;
    let reused = 0;
    for (let version = 1; version <= edits; version++) {
      text = applyEdit(text, randomEdit(r, text));
      const doc = { uri: 'file:///long.txt', version, text };
      const kept = summarize(doc, knowledge, undefined, memo);
      assert.deepEqual(kept, summarize(doc, knowledge), `version ${version}`);
      sentences += kept.sentences.length;
      reused += memo.sentences.reused;
    }
    return { sentences, reused };
  }

  it('gives the analysis a fresh one gives, over hundreds of random edits of a long read', () => {
    // the five seeds as one 14 KB article, as a long feature or a compiled dossier would be
    const long = readdirSync(SEEDS)
      .sort()
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
      .join('\n\n');
    const { sentences, reused } = editAndCompare(long, 300, 11);
    // an edit changes a sentence or two (and a paste adds one): the rest are taken as they were
    assert.ok(reused > 0.85 * sentences, `${reused} of ${sentences} sentences reused`);
  });

  it('gives the analysis a fresh one gives on real articles with quotes, datelines and tolls', () => {
    const dir = join(DEV_CORPUS, 'articles');
    const files = readdirSync(dir).sort().slice(0, 12);
    let reused = 0;
    files.forEach((f, i) => (reused += editAndCompare(readFileSync(join(dir, f), 'utf8'), 40, 100 + i).reused));
    assert.ok(reused > 0, 'the memo was used');
  });

  it('computes a sentence afresh when the names in it or the words around it change', () => {
    const memo = new SentenceMemo();
    let computed: string[] = [];
    const factsOf = (text: string, mentions: MentionRecord[]): string[] => {
      computed = [];
      return memo.factsOf(
        knowledge,
        text,
        tokenize(text),
        splitSentences(text),
        mentions,
        (span) => (computed.push(text.slice(span.start, span.end)), text.slice(span.start, span.end)),
        (kept) => kept,
      );
    };
    const text = 'Fighting went on. At least 40 died in Raqqa. Then it stopped.';
    assert.deepEqual(factsOf(text, []), ['Fighting went on.', 'At least 40 died in Raqqa.', 'Then it stopped.']);
    assert.equal(computed.length, 3);
    factsOf(text, []);
    assert.deepEqual(computed, [], 'the same text: every sentence kept');
    const raqqa = summarize({ uri: 'a', version: 1, text }, knowledge).mentions;
    assert.equal(raqqa.length, 1);
    factsOf(text, raqqa);
    assert.deepEqual(computed, ['At least 40 died in Raqqa.'], 'a name found in it');
    factsOf(text.replace('Then', 'Later'), raqqa);
    assert.deepEqual(computed, ['At least 40 died in Raqqa.', 'Later it stopped.'], 'the word after it');
    factsOf(text.replace('Then', 'Later').replace('on.', 'in.'), raqqa);
    assert.deepEqual(computed, ['Fighting went in.', 'At least 40 died in Raqqa.'], 'a word before it');
  });

  it('keeps nothing of a document over a megabyte (its facts would take ~16 bytes a character)', () => {
    const seeds = readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8'));
    let text = '';
    while (text.length <= 1 << 20) text += `${seeds.join('\n\n')}\n\n`;
    const memo = new DocumentMemo();
    summarize({ uri: 'a', version: 1, text }, knowledge, undefined, memo);
    const again = summarize({ uri: 'a', version: 2, text }, knowledge, undefined, memo);
    assert.equal(memo.sentences.reused, 0);
    assert.equal(memo.keptTokens, 0, 'nor its tokens');
    assert.ok(again.sentences.length > 5000);
    // the same text under the limit is kept
    const short = text.slice(0, 100_000);
    summarize({ uri: 'a', version: 3, text: short }, knowledge, undefined, memo);
    summarize({ uri: 'a', version: 4, text: short }, knowledge, undefined, memo);
    assert.ok(memo.sentences.reused > 500, `${memo.sentences.reused} reused`);
  });

  it('starts afresh when the knowledge changes (a user entity can change what a name is)', () => {
    const memo = new DocumentMemo();
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).sort()[0]), 'utf8');
    summarize({ uri: 'a', version: 1, text }, knowledge, undefined, memo);
    summarize({ uri: 'a', version: 2, text: `${text} ` }, knowledge, undefined, memo);
    assert.ok(memo.sentences.reused > 0);
    summarize({ uri: 'a', version: 3, text }, new Knowledge([]), undefined, memo);
    assert.equal(memo.sentences.reused, 0);
  });
});
