/**
 * An open document's tokens, name units and curated names are spliced at each edit from its last
 * version's (splice.ts, units.ts, gazetteer.ts). The splice must never show: after every edit
 * they equal a fresh scan.
 */
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DocumentMemo, type Scanned } from '../../server/src/core/analysis/documentMemo';
import { lowerWordsOf } from '../../server/src/core/analysis/mentions';
import { Knowledge } from '../../server/src/core/knowledge/knowledge';
import { buildUnits } from '../../server/src/core/names/units';
import { splitSentences } from '../../server/src/core/text/sentences';
import { changeBetween } from '../../server/src/core/text/splice';
import { tokenize } from '../../server/src/core/text/tokens';
import { applyEdit, randomEdit, type Edit } from '../support/edits';
import { DEV_CORPUS, SEEDS } from '../support/paths';
import { pick, rng } from '../support/random';

const knowledge = Knowledge.default();

/** The same tokens (a kept lower-case text, where there is one, is the token's), units, names and rare words. */
function assertSame(text: string, { tokens, units, matches, lowerWords }: Scanned, what: string): void {
  const fresh = tokenize(text);
  assert.equal(tokens.count, fresh.count, `${what}: token count`);
  assert.deepEqual([...tokens.kind], [...fresh.kind], `${what}: token kinds`);
  assert.deepEqual([...tokens.start], [...fresh.start], `${what}: token starts`);
  assert.deepEqual([...tokens.end], [...fresh.end], `${what}: token ends`);
  for (let t = 0; t < tokens.count; t++) {
    const lower = tokens.lower[t];
    if (lower !== undefined) assert.equal(lower, text.slice(tokens.start[t], tokens.end[t]).toLowerCase(), `${what}: lower case of token ${t}`);
  }
  const freshUnits = buildUnits(text, fresh);
  assert.equal(units.count, freshUnits.count, `${what}: unit count`);
  assert.deepEqual([...units.start], [...freshUnits.start], `${what}: unit starts`);
  assert.deepEqual([...units.end], [...freshUnits.end], `${what}: unit ends`);
  assert.deepEqual([...units.flags], [...freshUnits.flags], `${what}: unit flags`);
  assert.deepEqual(units.key, freshUnits.key, `${what}: unit keys`);
  assert.deepEqual(matches, knowledge.gazetteer.match(text, freshUnits), `${what}: curated names`);
  assert.deepEqual(lowerWords, lowerWordsOf(freshUnits), `${what}: rare lower-case words`);
}

/**
 * Edits the text; after each, the memo's tokens, units, names and sentences against a fresh scan.
 * Returns the share of tokens kept, and of sentences taken over (the same objects) from the version before.
 */
function editAndCompare(start: string, edits: number, next: (text: string) => Edit): number & { sentencesKept?: number } {
  const memo = new DocumentMemo();
  let text = start;
  memo.scan(text, knowledge);
  let spans = memo.sentenceSpans(text);
  let kept = 0;
  let total = 0;
  let sentencesKept = 0;
  let sentences = 0;
  for (let version = 1; version <= edits; version++) {
    text = applyEdit(text, next(text));
    const scanned = memo.scan(text, knowledge);
    assertSame(text, scanned, `version ${version}`);
    const before = new Set(spans);
    spans = memo.sentenceSpans(text);
    assert.deepEqual(spans, splitSentences(text), `version ${version}: sentences`);
    sentencesKept += spans.filter((span) => before.has(span)).length;
    sentences += spans.length;
    kept += memo.keptTokens;
    total += scanned.tokens.count;
  }
  return Object.assign(kept / total, { sentencesKept: sentencesKept / Math.max(1, sentences) });
}

describe('token, unit and name splice', () => {
  it('finds the change between two versions: the longest common start, then end', () => {
    assert.deepEqual(changeBetween('in Raqqa city', 'in Raqqah city'), { start: 8, oldEnd: 8, newEnd: 9 });
    assert.deepEqual(changeBetween('aaa', 'aa'), { start: 2, oldEnd: 3, newEnd: 2 });
    assert.deepEqual(changeBetween('same', 'same'), { start: 4, oldEnd: 4, newEnd: 4 });
    assert.deepEqual(changeBetween('', 'new'), { start: 0, oldEnd: 0, newEnd: 3 });
  });

  it('finds the change a character-by-character comparison finds, in texts of repeats and wide characters', () => {
    const oneByOne = (old: string, text: string): { start: number; oldEnd: number; newEnd: number } => {
      const max = Math.min(old.length, text.length);
      let start = 0;
      while (start < max && old[start] === text[start]) start++;
      let tail = 0;
      while (tail < max - start && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
      return { start, oldEnd: old.length - tail, newEnd: text.length - tail };
    };
    // repeats make the common start and end overlap ("aaa" -> "aa"); wide characters make two-byte strings
    const chars = ['a', 'a', 'a', 'b', ' ', '\n', 'é', '\u2019', 'Ḥ', '😀'];
    const r = rng(33);
    for (let round = 0; round < 3000; round++) {
      let old = '';
      const length = Math.floor(r() * 50);
      while (old.length < length) old += pick(r, chars);
      const at = Math.floor(r() * (old.length + 1));
      const cut = Math.min(old.length, at + Math.floor(r() * 4));
      let put = '';
      for (let k = Math.floor(r() * 3); k > 0; k--) put += pick(r, chars);
      const text = old.slice(0, at) + put + old.slice(cut);
      assert.deepEqual(changeBetween(old, text), oneByOne(old, text), `${JSON.stringify(old)} -> ${JSON.stringify(text)}`);
    }
  });

  it('gives a fresh scan\'s tokens, units and names over hundreds of random edits of a long read, keeping most', () => {
    const long = readdirSync(SEEDS)
      .sort()
      .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
      .join('\n\n');
    const r = rng(21);
    const share = editAndCompare(long, 300, (text) => randomEdit(r, text));
    // 63 of every 64 versions are spliced (the memo starts afresh at the 64th): most tokens kept
    assert.ok(share > 0.9, `${(share * 100).toFixed(1)}% of tokens kept`);
  });

  it('gives a fresh scan\'s tokens, units and names on real articles', () => {
    const dir = join(DEV_CORPUS, 'articles');
    readdirSync(dir)
      .sort()
      .slice(0, 20)
      .forEach((f, i) => {
        const r = rng(200 + i);
        editAndCompare(readFileSync(join(dir, f), 'utf8'), 30, (text) => randomEdit(r, text));
      });
  });

  it('rescans what an edit changes around it: dotted acronyms, possessives, numbers, hyphens, camelCase', () => {
    // short texts dense in what makes a token depend on its neighbours, edited a character at a time
    const pieces = ['U.S.', 'U.N.', 'U.', 'S.', "Raqqa's", "Shi'ite", '3,000', '2.5', 'al-Bab', 'Deir ez-Zor', 'DeirEzzor', 'TRTWorld', 'ISIS', '-', ' - ', '.', ',', "'s", 'é', 'Ḥama', '\r\n', '  ', ' '];
    const chars = ['U', '.', 'S', "'", 's', '-', ' ', '1', ',', 'a', 'A', '\n', 'é', '\u2019'];
    const r = rng(5);
    for (let round = 0; round < 40; round++) {
      let text = '';
      while (text.length < 120) text += pick(r, pieces) + (r() < 0.5 ? ' ' : '');
      editAndCompare(text, 60, (t) => {
        const at = Math.floor(r() * (t.length + 1));
        return r() < 0.6 ? { start: at, end: at, text: pick(r, chars) } : { start: at, end: Math.min(t.length, at + 1 + Math.floor(r() * 3)), text: '' };
      });
    }
  });

  it('splits the sentences a fresh split gives: marks, abbreviations, initials, quotes and line breaks edited', () => {
    // short texts dense in what decides a sentence's end, edited a character at a time
    const pieces = ['He left.', 'Mr.', 'Dr. Ali', 'U.S.', 'George W. Bush', 'Why?', 'No!', '"Go."', '“Stay.”', '(see above.)', 'etc.', 'Jan. 5', 'raqqa', 'Raqqa', '...', '\n', '\r\n', '\n\n', '  ', 'the end'];
    const chars = ['.', '!', '?', ' ', '\n', 'A', 'a', '"', '”', '“', ')', 'M', 'r', '\r'];
    const r = rng(13);
    let kept = 0;
    for (let round = 0; round < 40; round++) {
      let text = '';
      while (text.length < 150) text += pick(r, pieces) + (r() < 0.6 ? ' ' : '');
      kept += editAndCompare(text, 60, (t) => {
        const at = Math.floor(r() * (t.length + 1));
        return r() < 0.6 ? { start: at, end: at, text: pick(r, chars) } : { start: at, end: Math.min(t.length, at + 1 + Math.floor(r() * 3)), text: '' };
      }).sentencesKept ?? 0;
    }
    // most of a text's sentences lie two or more before an edit, or are found again after it
    assert.ok(kept / 40 > 0.3, `${((100 * kept) / 40).toFixed(0)}% of the sentences taken over`);
  });

  it('finds the names an edit makes, breaks or joins: articles, possessives, apostrophes inside names, headings, media cues', () => {
    // names next to names, with the guards' neighbours: "Tariq al-Bab" is not al-Bab, "US TROOPS" no acronym
    const pieces = ['Raqqa', 'Raqqas', 'al-Raqqa', 'Deir Ezzor', 'Deir ez-Zor', 'Islamic State', 'ISIS', 'Bashar al-Assad', 'al Assad', 'Assad', 'Al Jazeera', 'TV', 'Tariq', 'al-Bab', 'Albab', 'Salah al-Din', 'US', 'TROOPS', 'Abu', 'Damascus', 'said', 'the', 'reported', "People's Protection Units", 'Kurdistan Workers’ Party', 'Protection', "'s", "' "];
    const joins = [' ', ' ', '-', ', ', '. ', '\n'];
    const chars = [' ', '-', 'a', 'R', 's', '.', ',', 'A', 'l', '\n', "'", 'P'];
    const r = rng(9);
    for (let round = 0; round < 40; round++) {
      let text = '';
      while (text.length < 160) text += pick(r, pieces) + pick(r, joins);
      editAndCompare(text, 60, (t) => {
        const at = Math.floor(r() * (t.length + 1));
        return r() < 0.6 ? { start: at, end: at, text: pick(r, chars) } : { start: at, end: Math.min(t.length, at + 1 + Math.floor(r() * 3)), text: '' };
      });
    }
  });
});
