/**
 * Entity mentions and name candidates of one article, scanned whole or, after an edit, again only
 * around it. Curated names come from the gazetteer; the remaining capitalised names are either
 * tied to a curated entity by transliteration (Deior Ezour -> Deir Ezzor) or kept as candidates
 * for corpus-wide variant discovery (nameRuns.ts).
 */
import type { Knowledge } from '../knowledge/knowledge';
import { isCommonWord } from '../knowledge/lexicon';
import type { GazetteerMatch } from '../knowledge/gazetteer';
import { endsInS } from '../names/translit';
import { UNIT_CAPITAL, UNIT_JOINED, type Units } from '../names/units';
import type { Span } from '../text/sentences';
import { firstOffsetAt } from '../text/sortedSpans';
import type { TextChange } from '../text/splice';
import { candidatesIn, countedSpelling, type RunContext } from './nameRuns';
import { regionLocator } from './regions';
import { MentionFlag, mentionIs, type MentionRecord, type NameCandidate } from './summary';

export interface MentionScan {
  mentions: MentionRecord[];
  candidates: NameCandidate[];
  lowerWords: string[];
}

/**
 * `matches`: the curated names in the units (`Gazetteer.match`, or an edit's `matchSpliced`);
 * `lowerWords`: their rare lower-case words (`lowerWordsOf`, or an edit's counts, documentMemo.ts).
 */
export function scanMentions(
  text: string,
  units: Units,
  sentences: readonly Span[],
  knowledge: Knowledge,
  matches: readonly GazetteerMatch[] = knowledge.gazetteer.match(text, units),
  lowerWords = lowerWordsOf(units),
): MentionScan {
  return scanMentionsWith({ text, units, sentences, knowledge, matches, lowerWords }).scan;
}

/** What the name scan reads of a text: its scan (documentMemo.ts) and its sentences. */
export interface NameScanInput {
  text: string;
  units: Units;
  sentences: readonly Span[];
  knowledge: Knowledge;
  matches: readonly GazetteerMatch[];
  lowerWords: string[];
}

/** A name scan, with the article's dominant governorate, which the candidates' regions fall back on. */
export interface NameScan {
  scan: MentionScan;
  dominant: string | undefined;
}

/** scanMentions, with the dominant governorate. */
export function scanMentionsWith(input: NameScanInput): NameScan {
  const { text, units } = input;
  const { ctx, mentions } = curatedPart(input);
  const candidates: NameCandidate[] = [];
  candidatesIn(text, units, 0, units.count, ctx, mentions, candidates);
  return finished(input, ctx, mentions, candidates);
}

/** What an open document's analysis keeps of its last version's names for the next (`spliceMentions`). */
export interface KeptMentions {
  text: string;
  sentences: readonly Span[];
  matches: readonly GazetteerMatch[];
  /** Its mentions (`quoted` set by the analysis after the scan) and candidates. */
  scan: MentionScan;
  dominant: string | undefined;
}

/**
 * scanMentions of a text an edit made from the last version's (`last`; `change`: where the two
 * differ, as `changeBetween` finds it), or null when it must be scanned whole. The curated
 * mentions are made from every match again (cheap: no lookups), but the name candidates, and the
 * mentions tied to curated names by transliteration, are sought again only in a window: the
 * sentences the change touches and one on each side, wholly outside it. Outside the window they
 * are the last version's, moved past the change, when what they depend on is the same there:
 * the sentences, the curated matches (the units they cover, the anchors of their regions) and
 * the article's dominant governorate; a run of name units stops at a sentence's start, and the
 * units it reads around it lie in the window's outer sentences, which the change does not touch.
 * The result is what scanMentions gives (a unit test checks it over random edits).
 */
export function spliceMentions(input: NameScanInput, last: KeptMentions, change: TextChange): NameScan | null {
  const { text, units, sentences, matches } = input;
  const n = sentences.length;
  const old = last.sentences;
  if (n === 0 || old.length === 0) return null;
  const delta = change.newEnd - change.oldEnd;
  // the window: sentences a..b of the new text, [wStart, wEnd); [wStart, oEnd) in the old one
  let i0 = 0;
  while (i0 < n - 1 && sentences[i0].end <= change.start) i0++;
  let i1 = i0;
  while (i1 + 1 < n && sentences[i1 + 1].start <= change.newEnd) i1++;
  const a = Math.max(0, i0 - 1);
  const b = Math.min(n - 1, i1 + 1);
  const wStart = a === 0 ? 0 : sentences[a].start;
  const wEnd = b === n - 1 ? text.length : sentences[b].end;
  const oEnd = wEnd - delta;
  if (wStart > change.start || wEnd < change.newEnd) return null;
  // the same sentences outside the window, and the window's ends sentence boundaries in both
  const after = n - 1 - b;
  const ob = old.length - after;
  if (ob < 1 || ob - 1 < a) return null;
  for (let k = 0; k < a; k++) if (old[k].start !== sentences[k].start || old[k].end !== sentences[k].end) return null;
  if (a > 0 && old[a].start !== wStart) return null;
  if (b < n - 1 && old[ob - 1].end !== oEnd) return null;
  for (let k = 0; k < after; k++) {
    const s = sentences[b + 1 + k];
    const o = old[ob + k];
    if (o.start + delta !== s.start || o.end + delta !== s.end) return null;
  }
  if (!sameMatchesOutside(matches, last.matches, wStart, wEnd, delta)) return null;
  const { ctx, mentions } = curatedPart(input);
  if (ctx.dominant !== last.dominant) return null;
  // the window's units; a run joined across either end would read past it
  const uStart = firstOffsetAt(units.start, wStart);
  const uEnd = firstOffsetAt(units.start, wEnd);
  if ((uStart < units.count && units.flags[uStart] & UNIT_JOINED) || (uEnd < units.count && units.flags[uEnd] & UNIT_JOINED)) return null;
  const candidates: NameCandidate[] = [];
  for (const m of last.scan.mentions) {
    if (!mentionIs(m, MentionFlag.Discovered)) continue;
    if (m.end <= wStart) mentions.push(movedMention(m, 0));
    else if (m.start >= oEnd) mentions.push(movedMention(m, delta));
    else if (m.start < wStart || m.end > oEnd) return null;
  }
  for (const c of last.scan.candidates) {
    if (c.end <= wStart) candidates.push(movedCandidate(c, 0));
    else if (c.start >= oEnd) candidates.push(movedCandidate(c, delta));
    else if (c.start < wStart || c.end > oEnd) return null;
  }
  if (candidatesIn(text, units, uStart, uEnd, ctx, mentions, candidates) >= uEnd) return null;
  return finished(input, ctx, mentions, candidates);
}

/** The curated mentions of every match, and what the runs of name units are judged by. */
function curatedPart(input: NameScanInput): { ctx: RunContext; mentions: MentionRecord[] } {
  const sentenceStarts = new Set(input.sentences.map((s) => s.start));
  const { mentions, covered } = curatedMentions(input.text, input.units, input.matches, sentenceStarts);
  const regions = regionLocator(mentions, input.sentences, input.knowledge);
  return { ctx: { sentenceStarts, knowledge: input.knowledge, regionAt: regions.at, dominant: regions.dominant, covered }, mentions };
}

function finished(input: NameScanInput, ctx: RunContext, mentions: MentionRecord[], candidates: NameCandidate[]): NameScan {
  mentions.sort((a, b) => a.start - b.start);
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { scan: { mentions, candidates, lowerWords: input.lowerWords }, dominant: ctx.dominant };
}

/**
 * The candidates without the glued possessives of a name the article also writes (Bashar Assads
 * beside Bashar Assad, in copy that lost its apostrophes): like a curated name's possessive, such
 * a spelling is recognised but neither counted nor flagged. The same array when there are none.
 */
export function withoutGluedPossessives(candidates: NameCandidate[], mentions: readonly MentionRecord[]): NameCandidate[] {
  // the stems of the spellings that end in "s" (a few an article), then whether the article writes them
  let stems: Map<string, boolean> | undefined;
  for (const c of candidates) if (endsInS(c.spelling)) (stems ??= new Map()).set(c.spelling.slice(0, -1), false);
  if (!stems) return candidates;
  for (const c of candidates) if (stems.has(c.spelling)) stems.set(c.spelling, true);
  for (const m of mentions) if (stems.has(m.spelling)) stems.set(m.spelling, true);
  let out: NameCandidate[] | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const possessive = endsInS(c.spelling) && stems.get(c.spelling.slice(0, -1)) === true;
    if (possessive) out ??= candidates.slice(0, i);
    else if (out) out.push(c);
  }
  return out ?? candidates;
}

/** The matches outside [wStart, wEnd) are the old ones (moved by `delta` after it), and none crosses its ends. */
function sameMatchesOutside(matches: readonly GazetteerMatch[], old: readonly GazetteerMatch[], wStart: number, wEnd: number, delta: number): boolean {
  let p = 0;
  for (; p < matches.length && matches[p].start < wStart; p++) {
    if (matches[p].end > wStart || p >= old.length || !sameMatch(matches[p], old[p], 0)) return false;
  }
  if (p < old.length && old[p].start < wStart) return false;
  let q = matches.length;
  let r = old.length;
  for (; q > 0 && matches[q - 1].end > wEnd; q--, r--) {
    if (matches[q - 1].start < wEnd || r <= 0 || !sameMatch(matches[q - 1], old[r - 1], delta)) return false;
  }
  return r <= 0 || old[r - 1].end <= wEnd - delta;
}

function sameMatch(m: GazetteerMatch, o: GazetteerMatch, delta: number): boolean {
  return m.start === o.start + delta && m.end === o.end + delta && m.form === o.form && m.possessive === o.possessive && m.caps === o.caps && m.heading === o.heading;
}

/** A mention of the last version, moved by `delta`; `quoted` is the analysis's to set again. */
function movedMention(m: MentionRecord, delta: number): MentionRecord {
  return {
    start: m.start + delta,
    end: m.end + delta,
    entityId: m.entityId,
    role: m.role,
    nameIndex: m.nameIndex,
    spelling: m.spelling,
    // (whether it is quoted is found again for the new text)
    flags: m.flags & ~MentionFlag.Quoted,
  };
}

function movedCandidate(c: NameCandidate, delta: number): NameCandidate {
  return { start: c.start + delta, end: c.end + delta, spelling: c.spelling, loose: c.loose, skeleton: c.skeleton, person: c.person, place: c.place, initial: c.initial, whole: c.whole, region: c.region };
}

/** The mentions of the curated matches, and which units they cover. */
function curatedMentions(text: string, units: Units, matches: readonly GazetteerMatch[], sentenceStarts: ReadonlySet<number>): { mentions: MentionRecord[]; covered: Uint8Array } {
  const mentions: MentionRecord[] = [];
  const covered = new Uint8Array(units.count);
  for (const m of matches) {
    for (let k = m.firstUnit; k <= m.lastUnit; k++) covered[k] = 1;
    const raw = text.slice(m.start, m.end);
    mentions.push({
      start: m.start,
      end: m.end,
      entityId: m.form.entityId,
      role: m.form.role,
      nameIndex: m.form.nameIndex,
      spelling: countedSpelling(raw, sentenceStarts.has(m.start)),
      flags:
        (sentenceStarts.has(m.start) ? MentionFlag.Initial : 0) |
        (m.possessive ? MentionFlag.Possessive : 0) |
        (m.caps || (m.heading && !m.form.isAcronym) ? MentionFlag.Neutral : 0) |
        (m.caps ? MentionFlag.Caps : 0),
    });
  }
  return { mentions, covered };
}

/** Unit u is a lower-case word of three letters or more that is not common: what `lowerWordsOf` gathers. */
export function isRareLowerWord(units: Units, u: number): boolean {
  const key = units.key[u];
  return !(units.flags[u] & UNIT_CAPITAL) && key.length >= 3 && !isCommonWord(key);
}

/** The rare lower-case words of a text, sorted: most lower-case words are common, so a few dozen. */
export function lowerWordsOf(units: Units): string[] {
  const lower = new Set<string>();
  for (let u = 0; u < units.count; u++) if (isRareLowerWord(units, u)) lower.add(units.key[u]);
  return [...lower].sort();
}
