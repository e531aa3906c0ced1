/**
 * What an open document's analysis keeps from its last version for the next: the text with its
 * tokens, name units, curated names and rare lower-case words, which an edit splices (splice.ts,
 * `spliceUnits`, `Gazetteer.matchSpliced`, counts of the words) instead of scanning the whole
 * text again, its sentences' spans (`spliceSentences`) and name candidates (`spliceMentions`), and
 * its sentences' facts (sentenceMemo.ts).
 * The analysis is the same as without it.
 * As the sentence memo does, it starts afresh every RENEW_AFTER versions (a kept lower-case word
 * may be a slice of an older version's text) and keeps nothing of a text over MAX_TEXT.
 */
import type { GazetteerMatch } from '../knowledge/gazetteer';
import type { Knowledge } from '../knowledge/knowledge';
import { buildUnits, spliceUnits, type Units } from '../names/units';
import { fnv1a, HashCheckpoints } from '../text/hash';
import { splitSentences, spliceSentences, type Span } from '../text/sentences';
import { lowerBound } from '../text/sortedSpans';
import { changeBetween, spliceTokens, type TextChange } from '../text/splice';
import { tokenize, type Tokens } from '../text/tokens';
import { isRareLowerWord, lowerWordsOf, scanMentionsWith, spliceMentions, type KeptMentions, type MentionScan, type NameScanInput } from './mentions';
import { MAX_TEXT, RENEW_AFTER, SentenceMemo } from './sentenceMemo';

export class DocumentMemo {
  readonly sentences = new SentenceMemo();
  private last: (Scanned & { text: string; knowledge: Knowledge }) | undefined;
  /** How many units of the last version hold each of its rare lower-case words (`lowerWords`). */
  private lowerCounts = new Map<string, number>();
  private versions = 0;
  /** How many tokens the last analysis took from the version before (0: the text was scanned whole). */
  keptTokens = 0;
  /** The content hash's states along the last version hashed (`hash`), and that version. */
  private readonly hashes = new HashCheckpoints();
  private hashed: string | undefined;
  /** The last scan's text, the version it was spliced from, and where they differ. */
  private scanned: { text: string; from: string; change: TextChange } | undefined;
  /** The names of the version scanned before (`mentions`). */
  private kept: (KeptMentions & { knowledge: Knowledge }) | undefined;
  /** Whether the last `mentions` spliced the last version's (else it scanned the text whole). */
  splicedMentions = false;
  /** The sentences of the version scanned before (`sentenceSpans`). */
  private spans: { text: string; spans: Span[] } | undefined;

  scan(text: string, knowledge: Knowledge): Scanned {
    const last = ++this.versions % RENEW_AFTER === 0 ? undefined : this.last;
    let scanned: Scanned;
    if (last) {
      const change = changeBetween(last.text, text);
      this.scanned = { text, from: last.text, change };
      this.sentences.noteChange(last.text, text, change);
      const splice = spliceTokens(last.tokens, text, change);
      const units = spliceUnits(last.units, last.tokens, text, splice);
      const matches = last.knowledge === knowledge ? knowledge.gazetteer.matchSpliced(text, units, last.matches) : knowledge.gazetteer.match(text, units.units);
      // the words of the units the edit took out and of those it put in: the sorted list changes
      // only where a word came or went (a word being typed does, at each keystroke)
      const toggled: string[] = [];
      countRareWords(this.lowerCounts, last.units, units.kept, units.resumedFrom, -1, toggled);
      countRareWords(this.lowerCounts, units.units, units.kept, units.resumed, 1, toggled);
      const lowerWords = toggled.length > 0 ? withPresence(last.lowerWords, this.lowerCounts, toggled) : last.lowerWords;
      scanned = { tokens: splice.tokens, units: units.units, matches, lowerWords };
      this.keptTokens = splice.kept + splice.tokens.count - splice.resumed;
    } else {
      this.scanned = undefined;
      scanned = scanText(text, knowledge);
      this.lowerCounts.clear();
      if (text.length <= MAX_TEXT) countRareWords(this.lowerCounts, scanned.units, 0, scanned.units.count, 1, []);
      this.keptTokens = 0;
    }
    this.last = text.length <= MAX_TEXT ? { tokens: scanned.tokens, units: scanned.units, matches: scanned.matches, lowerWords: scanned.lowerWords, text, knowledge } : undefined;
    return scanned;
  }

  /**
   * `fnv1a(text)`, hashed on from the last version's states up to where the last scan found the
   * text changed, when that scan was of `text` and spliced from the version hashed last (else
   * from the start: the result is the same).
   */
  hash(text: string): string {
    if (text.length > MAX_TEXT) {
      this.hashed = undefined;
      return fnv1a(text);
    }
    const s = this.scanned;
    const unchanged = s !== undefined && s.text === text && s.from === this.hashed ? s.change.start : 0;
    this.hashed = text;
    return this.hashes.hash(text, unchanged);
  }

  /** `splitSentences` of the text last scanned: the last version's spliced when that scan was spliced from it. */
  sentenceSpans(text: string): Span[] {
    const s = this.scanned;
    const last = this.spans;
    const spans = s !== undefined && last !== undefined && s.text === text && s.from === last.text ? spliceSentences(text, last.spans, s.change) : splitSentences(text);
    this.spans = text.length <= MAX_TEXT ? { text, spans } : undefined;
    return spans;
  }

  /**
   * `scanMentions` of the text last scanned (`scan`), from its tokens and names: the last
   * version's candidates spliced when that scan was spliced from it (`spliceMentions`).
   */
  mentions(input: NameScanInput): MentionScan {
    const { text, sentences, knowledge, matches } = input;
    const s = this.scanned;
    const kept = this.kept;
    const spliced =
      s !== undefined && kept !== undefined && s.text === text && s.from === kept.text && kept.knowledge === knowledge
        ? spliceMentions(input, kept, s.change)
        : null;
    this.splicedMentions = spliced !== null;
    const { scan, dominant } = spliced ?? scanMentionsWith(input);
    this.kept = text.length <= MAX_TEXT ? { text, sentences, matches, scan, dominant, knowledge } : undefined;
    return scan;
  }
}

/** A text's tokens, name units, the curated names in it and its rare lower-case words. */
export interface Scanned {
  tokens: Tokens;
  units: Units;
  matches: GazetteerMatch[];
  lowerWords: string[];
}

export function scanText(text: string, knowledge: Knowledge): Scanned {
  const tokens = tokenize(text);
  const units = buildUnits(text, tokens);
  return { tokens, units, matches: knowledge.gazetteer.match(text, units), lowerWords: lowerWordsOf(units) };
}

/** Adds `by` to the count of each rare lower-case word of units [from, to); a word that came or went goes into `toggled`. */
function countRareWords(counts: Map<string, number>, units: Units, from: number, to: number, by: 1 | -1, toggled: string[]): void {
  for (let u = from; u < to; u++) {
    if (!isRareLowerWord(units, u)) continue;
    const key = units.key[u];
    const n = (counts.get(key) ?? 0) + by;
    if (n === 0) counts.delete(key);
    else counts.set(key, n);
    if (n === 0 || (by > 0 && n === 1)) toggled.push(key);
  }
}

/**
 * The sorted list `words` with each word of `toggled` in it or not as `counts` now holds it: a
 * copy when anything changed (the last version's summary keeps its list), else `words` itself.
 * Sorting the whole list again at each keystroke was a twentieth of the analysis.
 */
function withPresence(words: string[], counts: ReadonlyMap<string, unknown>, toggled: readonly string[]): string[] {
  let out: string[] | undefined;
  for (const w of toggled) {
    const list = out ?? words;
    const lo = lowerBound(list, w);
    const present = lo < list.length && list[lo] === w;
    if (counts.has(w) === present) continue;
    out ??= words.slice();
    if (present) out.splice(lo, 1);
    else out.splice(lo, 0, w);
  }
  return out ?? words;
}
