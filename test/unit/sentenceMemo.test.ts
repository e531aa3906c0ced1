/**
 * An open document's analysis reuses the facts of its unchanged sentences (sentenceMemo.ts). The
 * reuse must never show: after every edit, the summary equals a fresh analysis of the same text.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentMemo } from '../../server/src/core/analysis/documentMemo';
import { lowerWordsOf, scanMentionsWith, spliceMentions } from '../../server/src/core/analysis/mentions';
import { SentenceMemo } from '../../server/src/core/analysis/sentenceMemo';
import { MentionFlag, mentionIs, type MentionRecord } from '../../server/src/core/analysis/summary';
import { summarize } from '../../server/src/core/analysis/summarize';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { fnv1a } from '../../server/src/core/text/hash';
import { splitSentences } from '../../server/src/core/text/sentences';
import { changeBetween } from '../../server/src/core/text/splice';
import { tokenize } from '../../server/src/core/text/tokens';
import { buildUnits } from '../../server/src/core/names/units';
import { applyEdit, randomEdit } from '../support/edits';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { rng } from '../support/random';

describe('sentence memo', () => {
  const knowledge = Knowledge.default();

  it('hashes a version from the last one it hashed, even when the caller hashed the one between', () => {
    // every third version comes with its hash: the memo's checkpoints then lag a version behind
    const long = readdirSync(SEEDS)
      .sort()
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
      .join('\n\n');
    const memo = new DocumentMemo();
    const r = rng(77);
    let text = long;
    for (let version = 1; version <= 150; version++) {
      text = applyEdit(text, randomEdit(r, text));
      const given = version % 3 === 0 ? fnv1a(text) : undefined;
      assert.equal(summarize({ uri: 'a', version, text }, knowledge, given, memo).hash, fnv1a(text), `version ${version}`);
    }
  });

  /** Edits the text at random; after each edit compares the memo's analysis with a fresh one. */
  function editAndCompare(start: string, edits: number, seed: number): { sentences: number; reused: number; figures: number; splicedNames: number } {
    const memo = new DocumentMemo();
    const r = rng(seed);
    let text = start;
    let sentences = 0;
    let reused = 0;
    let figures = 0;
    let splicedNames = 0;
    for (let version = 1; version <= edits; version++) {
      text = applyEdit(text, randomEdit(r, text));
      const doc = { uri: 'file:///long.txt', version, text };
      const kept = summarize(doc, knowledge, undefined, memo);
      assert.deepEqual(kept, summarize(doc, knowledge), `version ${version}`);
      sentences += kept.sentences.length;
      reused += memo.sentences.reused;
      figures += memo.sentences.reusedExtras;
      if (memo.splicedMentions) splicedNames++;
    }
    return { sentences, reused, figures, splicedNames };
  }

  it('gives the analysis a fresh one gives, over hundreds of random edits of a long read', () => {
    // the five seeds as one 14 KB article, as a long feature or a compiled dossier would be
    const long = readdirSync(SEEDS)
      .sort()
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
      .join('\n\n');
    const { sentences, reused, figures, splicedNames } = editAndCompare(long, 300, 11);
    // an edit changes a sentence or two (and a paste adds one): the rest are taken as they were
    assert.ok(reused > 0.85 * sentences, `${reused} of ${sentences} sentences reused`);
    // and with them the figures of those that state some (about a quarter of this text's)
    assert.ok(figures > 0.2 * sentences, `${figures} of ${sentences} sentences' figures reused`);
    // and its names outside the sentences around the edit (a new dominant governorate, a sentence
    // split or joined elsewhere, or a name spanning a sentence's end has the text scanned whole)
    assert.ok(splicedNames > 0.8 * 300, `names spliced in ${splicedNames} of 300 versions`);
  });

  /** Each version analysed with the memo (equal to a fresh analysis); whether its names were spliced, and the fresh summary. */
  function versions(texts: string[]): { spliced: boolean; fresh: ReturnType<typeof summarize> }[] {
    const memo = new DocumentMemo();
    return texts.map((text, i) => {
      const doc = { uri: 'file:///a.txt', version: i + 1, text };
      const kept = summarize(doc, knowledge, undefined, memo);
      const fresh = summarize(doc, knowledge);
      assert.deepEqual(kept, fresh, `version ${i + 1}`);
      return { spliced: memo.splicedMentions, fresh };
    });
  }

  it("reads a name again when the edited sentence before it ends in a title: the colonel's Zorab Kalinsky is a person", () => {
    const before = 'Fighting went on in Raqqa on Monday.\n\nThe talks were led by the colonel\n\nZorab Kalinsky announced a truce.\n\nMore news later.';
    const [, after] = versions([before, before.replace('the colonel', 'the farmers')]);
    assert.equal(after.spliced, true);
    // a name after a title is a person's, not a place spelt another way, until the title goes
    const named = (s: ReturnType<typeof summarize>): [string, boolean][] => s.candidates.map((c) => [c.spelling, c.person]);
    assert.deepEqual(named(versions([before])[0].fresh), [['Zorab Kalinsky', true]]);
    assert.deepEqual(named(after.fresh), [['Zorab Kalinsky', false]]);
  });

  it("finds again whether a kept name is quoted: a quotation's mark taken out two sentences before it", () => {
    const before = '"Listen. Wait. We fought in Deior Ezour for weeks. It was hard." Nobody answered.';
    const [first, after] = versions([before, before.slice(1)]);
    assert.equal(after.spliced, true);
    const tied = (v: typeof first) => v.fresh.mentions.map((m) => [m.spelling, mentionIs(m, MentionFlag.Discovered), mentionIs(m, MentionFlag.Quoted)]);
    assert.deepEqual(tied(first), [['Deior Ezour', true, true]]);
    assert.deepEqual(tied(after), [['Deior Ezour', true, false]]);
  });

  it("reads a quotation's last sentence again when the quotation's start is typed before it", () => {
    const last = 'Three volunteers were killed in Douma on Monday."';
    const [first, after] = versions([last, `The group said in a statement: "Jets struck the team. ${last}`]);
    // alone, its closing mark has no speaker; then it goes on from the statement
    assert.deepEqual(first.fresh.sentences.map((s) => s.label), ['unattributed']);
    assert.deepEqual(after.fresh.sentences.map((s) => s.label), ['attributed-named', 'attributed-named']);
  });

  it('splices the names only when the curated names outside the edited sentences are the ones it kept', () => {
    // a curated name there that changed (a media cue or a capitalised word up to three units on,
    // past a short sentence) could move the units a candidate may take and the governorate it gets
    const before = 'Fighting near Kubaybat in Mayadeen on Monday.\n\nThe farmers left.\n\nThey came back later.';
    const after = before.replace('came back', 'returned');
    const scan = (text: string) => {
      const tokens = tokenize(text);
      const units = buildUnits(text, tokens);
      const matches = knowledge.gazetteer.match(text, units);
      const sentences = splitSentences(text);
      const input = { text, units, sentences, knowledge, matches, lowerWords: lowerWordsOf(units) };
      return { input, ...scanMentionsWith(input) };
    };
    const [old, now] = [scan(before), scan(after)];
    const change = changeBetween(before, after);
    const kept = { text: before, sentences: old.input.sentences, matches: old.input.matches, scan: old.scan, dominant: old.dominant };
    const splice = (last: typeof kept) => spliceMentions(now.input, last, change);
    assert.deepEqual(splice(kept)?.scan, now.scan);
    assert.deepEqual(now.scan.candidates.map((c) => [c.spelling, c.region]), [['Kubaybat', 'deir-ez-zor']]);
    // the same kept names but for Mayadeen's: the splice declines, and the caller scans the text whole
    assert.equal(splice({ ...kept, matches: [] }), null);
    assert.equal(splice({ ...kept, dominant: 'idlib' }), null);
  });

  it('finds a percentage afresh: what it is of may be a name past its sentence, outside the key', () => {
    // six tokens of a quotation and a list between the sentence and the name: the first
    // sentence's key is the same in both versions, and its figure is of Raqqa, then of Homs
    const text = 'Kurdish-led forces now hold 45 percent. "(1, 2, 3)" Raqqa was quiet on Monday, residents said.';
    const memo = new DocumentMemo();
    summarize({ uri: 'a', version: 1, text }, knowledge, undefined, memo);
    const doc = { uri: 'a', version: 2, text: text.replace('Raqqa', 'Homs') };
    const kept = summarize(doc, knowledge, undefined, memo);
    assert.equal(memo.sentences.reused, 1, 'the first sentence is taken from the memo');
    assert.deepEqual(kept.figures.map((f) => f.of), ['homs']);
    assert.deepEqual(kept, summarize(doc, knowledge));
  });

  it("decides a kept sentence's dated tests again when only the article's date changes", () => {
    // a month and a year before the article's date are background, as is a timeline entry: the
    // sentences are taken from the memo, what their text holds is kept, the date is not
    const text = [
      'Aug 12, 2017',
      'Fighters seized the dam near the city in June after a long siege of the town.',
      'Rebels shelled the town in 2015 and destroyed the bridge over the river.',
      '3 May 2016 Rebels entered the old city and took the castle.',
      'Is the city safe now?',
    ].join('\n');
    const memo = new DocumentMemo();
    const cues = (version: number, t: string): string[] => {
      const doc = { uri: 'a', version, text: t };
      const kept = summarize(doc, knowledge, undefined, memo);
      assert.deepEqual(kept, summarize(doc, knowledge), `version ${version}`);
      return kept.sentences.slice(1).map((s) => s.cue);
    };
    const dated = ['background (june)', 'background (2015)', 'a timeline entry', 'a question'];
    assert.deepEqual(cues(1, text), dated);
    const earlier = cues(2, text.replace('Aug 12, 2017', 'Apr 12, 2015'));
    assert.ok(memo.sentences.reused >= 3, `${memo.sentences.reused} reused`);
    assert.deepEqual(earlier.slice(0, 2), ['an event report with no source', 'an event report with no source']);
    assert.notEqual(earlier[2], 'a timeline entry');
    assert.equal(earlier[3], 'a question');
    assert.deepEqual(cues(3, text), dated);
  });

  it('gives the analysis a fresh one gives on real articles with quotes, datelines and tolls', () => {
    const dir = join(DEV_CORPUS, 'articles');
    const files = readdirSync(dir).sort().slice(0, 12);
    let reused = 0;
    files.forEach((f, i) => (reused += editAndCompare(readFileSync(join(dir, f), 'utf8'), 40, 100 + i).reused));
    assert.ok(reused > 0, 'the memo was used');
  });

  it("gives the analysis a fresh one gives on pages that end in a list of links (the sentence before it cut where it starts)", () => {
    const dir = join(DEV_CORPUS, 'articles');
    // the first few of two outlets' pages whose list runs to a "Tags" or "Category" heading
    const pages = readdirSync(dir)
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .filter((text) => /(?:\.\.\. \d+|agencies|Source \w+) Related .* (?:Tags|Category) /.test(text));
    assert.ok(pages.length >= 20, `${pages.length} pages`);
    let reused = 0;
    for (const [i, text] of [...pages.slice(0, 3), ...pages.slice(-3)].entries()) reused += editAndCompare(text, 30, 300 + i).reused;
    assert.ok(reused > 0, 'the memo was used');
  });

  /**
   * A memo's facts of a text's sentences, each its text; `computed` lists those computed afresh
   * by the last call. With `changes`, each call first tells the memo the change from the last text.
   */
  function sentenceTexts(changes: boolean) {
    const memo = new SentenceMemo();
    const run = { memo, computed: [] as string[], factsOf };
    let last = '';
    function factsOf(text: string, mentions: MentionRecord[] = []): string[] {
      if (changes && last) memo.noteChange(last, text, changeBetween(last, text));
      last = text;
      run.computed = [];
      return memo.factsOf(
        knowledge,
        text,
        tokenize(text),
        splitSentences(text),
        mentions,
        (span) => (run.computed.push(text.slice(span.start, span.end)), text.slice(span.start, span.end)),
        (kept) => kept,
      );
    }
    return run;
  }

  it('computes a sentence afresh when the names in it or the words around it change', () => {
    const run = sentenceTexts(false);
    const { factsOf } = run;
    const text = 'Fighting went on. At least 40 died in Raqqa. Then it stopped.';
    assert.deepEqual(factsOf(text, []), ['Fighting went on.', 'At least 40 died in Raqqa.', 'Then it stopped.']);
    assert.equal(run.computed.length, 3);
    factsOf(text, []);
    assert.deepEqual(run.computed, [], 'the same text: every sentence kept');
    const raqqa = summarize({ uri: 'a', version: 1, text }, knowledge).mentions;
    assert.equal(raqqa.length, 1);
    factsOf(text, raqqa);
    assert.deepEqual(run.computed, ['At least 40 died in Raqqa.'], 'a name found in it');
    factsOf(text.replace('Then', 'Later'), raqqa);
    assert.deepEqual(run.computed, ['At least 40 died in Raqqa.', 'Later it stopped.'], 'the word after it');
    factsOf(text.replace('Then', 'Later').replace('on.', 'in.'), raqqa);
    assert.deepEqual(run.computed, ['Fighting went in.', 'At least 40 died in Raqqa.'], 'a word before it');
  });

  it('takes the sentences a known change does not reach without their keys, and none it reaches', () => {
    const run = sentenceTexts(true);
    const { factsOf } = run;
    const sentences = [
      'Fighting went on in the north of the province for a third day.',
      'The convoy left the city at dawn with the wounded.',
      // "5" is the sixth token after the sentence before: the last its key reads
      'Later that day officials said 5 people died in the attack on the convoy near the town.',
      'Aid groups asked for a pause in the fighting to reach the families still there.',
      'Then it stopped, for a while at least, and the roads opened again.',
    ];
    const text = sentences.join(' ');
    factsOf(text);
    assert.equal(run.computed.length, 5);
    // a character typed in the fourth sentence: the others are taken, the last two moved, by place
    const typed = text.replace('fighting to', 'fightingg to');
    factsOf(typed);
    assert.deepEqual(run.computed, [sentences[3].replace('fighting to', 'fightingg to')]);
    assert.equal(run.memo.keyed, 1, 'only the changed sentence has its key built');
    // one character for another, the same length: the sentence whose key ends on it is computed too
    const replaced = typed.replace('said 5', 'said 6');
    factsOf(replaced);
    assert.deepEqual(run.computed, [sentences[1], sentences[2].replace('5', '6')]);
    // the same characters with a name found in them: not taken
    const raqqa = summarize({ uri: 'a', version: 1, text: 'Raqqa.' }, knowledge).mentions.map((m) => ({ ...m, start: m.start + 40, end: m.end + 40 }));
    assert.equal(raqqa.length, 1);
    factsOf(`${replaced} `, raqqa);
    assert.deepEqual(run.computed, [sentences[0], sentences[4]]);
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
