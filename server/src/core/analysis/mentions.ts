/**
 * Entity mentions and name candidates of one article. Curated names come from the gazetteer;
 * the remaining capitalised names are either tied to a curated entity by transliteration
 * (Deior Ezour -> Deir Ezzor) or kept as candidates for corpus-wide variant discovery.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { COMMON, FACILITY_HEAD, isCommonWord, isGivenName, isTitle, lexiconFlags, MEMBER_HEAD, ORG_HEAD, PLACE_HEAD, TITLE } from '../knowledge/lexicon';
import { isArticleBefore, type GazetteerMatch } from '../knowledge/gazetteer';
import { endsInS, looseNameOf } from '../names/translit';
import { isArticleUnit, UNIT_ALLCAPS, UNIT_CAPITAL, UNIT_GLUED, UNIT_JOINED, type Units } from '../names/units';
import type { Span } from '../text/sentences';
import { firstOffsetAt } from '../text/sortedSpans';
import type { TextChange } from '../text/splice';
import { regionLocator, type RegionLocator } from './regions';
import type { MentionRecord, NameCandidate } from './summary';

export interface MentionScan {
  mentions: MentionRecord[];
  candidates: NameCandidate[];
  lowerWords: string[];
}

/** Titles that also head place names (Sheikh Maqsoud, al-Sheikh Saad). */
const PLACE_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'shaykh', 'sheik']);
/** Words before a place's name: prepositions of place and the article. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'of', 'on', 'near', 'at', 'from', 'to', 'into', 'toward', 'towards', 'around', 'outside', 'inside', 'the']);
const MAX_CANDIDATE_UNITS = 3;

/** Spelling as counted: an article capitalised only because it starts a sentence is lower-cased. */
function countedSpelling(raw: string, sentenceInitial: boolean): string {
  if (sentenceInitial && /^(Al|El|Ad|Ar|As|Ash|At|Az|Ez|An)[- ]/.test(raw)) return raw[0].toLowerCase() + raw.slice(1);
  return raw;
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
    if (!m.discovered) continue;
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
    initial: m.initial,
    spelling: m.spelling,
    possessive: m.possessive,
    neutral: m.neutral,
    caps: m.caps,
    discovered: m.discovered,
    quoted: undefined,
  };
}

function movedCandidate(c: NameCandidate, delta: number): NameCandidate {
  return { start: c.start + delta, end: c.end + delta, spelling: c.spelling, loose: c.loose, skeleton: c.skeleton, person: c.person, initial: c.initial, whole: c.whole, region: c.region };
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
      initial: sentenceStarts.has(m.start),
      spelling: countedSpelling(raw, sentenceStarts.has(m.start)),
      possessive: m.possessive,
      neutral: m.caps || (m.heading && !m.form.isAcronym),
      caps: m.caps ? true : undefined,
      discovered: false,
      quoted: undefined,
    });
  }
  return { mentions, covered };
}

/** What a run's candidates are judged by besides its units. */
interface RunContext {
  sentenceStarts: ReadonlySet<number>;
  knowledge: Knowledge;
  regionAt: RegionLocator;
  dominant: string | undefined;
  /** Units a curated match covers. */
  covered: Uint8Array;
}

/**
 * The name candidates (and names tied to curated ones) of the runs of name units starting at
 * units [from, to); returns the last unit a run reached (-1 for none).
 */
function candidatesIn(text: string, units: Units, from: number, to: number, ctx: RunContext, mentions: MentionRecord[], candidates: NameCandidate[]): number {
  const { sentenceStarts, covered } = ctx;
  const isNameUnit = (k: number): boolean => {
    const f = units.flags[k];
    if (covered[k] || !(f & UNIT_CAPITAL) || f & UNIT_ALLCAPS) return false;
    const key = units.key[k];
    return key.length >= 2 && (lexiconFlags(key) & (COMMON | TITLE)) === 0 && !/\d/.test(key);
  };
  // "al-Sheikh Maqsoud", "Sheikh Tamim": a title that also heads places' names starts a run of
  // its own (collectCandidates tells the place from the person); one lexicon look-up for both tests
  const startsRun = (u: number): boolean => {
    const f = units.flags[u];
    if (covered[u] || !(f & UNIT_CAPITAL) || f & UNIT_ALLCAPS) return false;
    const key = units.key[u];
    const lexicon = lexiconFlags(key);
    if (lexicon & TITLE) return PLACE_TITLES.has(key) && u + 1 < units.count && (units.flags[u + 1] & UNIT_JOINED) !== 0 && isNameUnit(u + 1);
    return key.length >= 2 && (lexicon & COMMON) === 0 && !/\d/.test(key);
  };
  let reached = -1;
  let k = from;
  while (k < to) {
    // A run: name units joined by a space or hyphen, with articles inside (Jisr al-Shughour).
    if (!startsRun(k) && !(isArticleUnit(units, k) && !covered[k] && isArticleBefore(units, k) && startsRun(k + 1))) {
      k++;
      continue;
    }
    const runStart = k;
    let runEnd = k;
    let j = k + 1;
    while (j < units.count && units.flags[j] & UNIT_JOINED && !sentenceStarts.has(units.start[j])) {
      if (j === runStart + 1 ? startsRun(j) : isNameUnit(j)) {
        runEnd = j;
        j++;
      } else if (isArticleUnit(units, j) && !covered[j] && isArticleBefore(units, j) && isNameUnit(j + 1)) {
        j++;
      } else break;
    }
    // A run cut short by an article before a capitalised common word is the head of a longer
    // name (Asal al-Ward), not a name of its own.
    const headOfLonger = j < units.count && units.flags[j] & UNIT_JOINED && !sentenceStarts.has(units.start[j]) && isArticleUnit(units, j) && !covered[j] && isArticleBefore(units, j);
    if (!headOfLonger) collectCandidates(text, units, runStart, runEnd, sentenceStarts, ctx.knowledge, ctx.regionAt, mentions, candidates);
    reached = Math.max(reached, j - 1);
    k = runEnd + 1;
  }
  return reached;
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

function collectCandidates(
  text: string,
  units: Units,
  runStart: number,
  runEnd: number,
  sentenceStarts: ReadonlySet<number>,
  knowledge: Knowledge,
  regionAt: RegionLocator,
  mentions: MentionRecord[],
  candidates: NameCandidate[],
): void {
  const contentUnits: number[] = [];
  for (let u = runStart; u <= runEnd; u++) if (!isArticleUnit(units, u)) contentUnits.push(u);
  if (contentUnits.length === 0) return;
  const before = runStart - 1;
  // A run that starts with an article (the former Al Nusra Front) is not a person's name.
  const titled = before >= 0 && isTitle(units.key[before]) && !isArticleUnit(units, runStart);
  // A run headed by a title such as Sheikh is a place after an article or a place word (in
  // al-Sheikh Maqsoud, of Sheikh Najjar), else a person (Sheikh Tamim said); the corpus's count
  // of each spelling's readings settles the rest.
  const titleHead = isPlaceTitleAt(units, contentUnits[0]);
  const placeTitled = titleHead && (isArticleUnit(units, runStart) || (before >= 0 && LOCATIVE.has(units.key[before])));
  const person = titled || (titleHead && !placeTitled) || isGivenName(units.key[contentUnits[0]]);
  const headAfter = runEnd + 1 < units.count && units.flags[runEnd + 1] & UNIT_JOINED ? units.key[runEnd + 1] : '';
  // what the word after the run is (place, organisation or facility head): one lookup
  const head = lexiconFlags(headAfter);
  const followedByPlaceHead = (head & PLACE_HEAD) !== 0;
  // "Baath party", "Hazm movement": an organisation's name, not a place (a curated place before
  // it is still matched above); its spellings are discovered like a place's.
  const organisation = !followedByPlaceHead && (head & ORG_HEAD) !== 0;
  // A capitalised head is part of the organisation's name (Al-Nasr Army, Shaam News Network):
  // the run is then one name with its head words, never a list; a lower-case head (Hezbollah
  // fighters, the Baath party) or one that names members (a heading's Nusra Militants) leaves
  // the run as the name.
  const orgEnd = organisation && !(head & MEMBER_HEAD) && units.flags[runEnd + 1] & UNIT_CAPITAL ? capitalisedHeadsEnd(units, runEnd + 1) : -1;
  // Sub-spans of a run are names of their own in a comma-less list of places (or where an
  // article parts two names, below).
  const list = contentUnits.length >= 3 && orgEnd < 0;
  // Abu Mohamed, Umm Ahmad: a by-name many people share, no material for discovery
  const abu = units.key[contentUnits[0]] === 'abu' || units.key[contentUnits[0]] === 'umm';
  // Person names are taken whole; other runs (lists of villages lose their commas in some copy)
  // are cut into spans of one to three name units.
  const spans: [number, number][] = [];
  if (person) {
    // a person's name glued in camelCase (CharlesLister) is a handle, not a spelling of the name
    if (contentUnits.length >= 2 && contentUnits.every((u, i) => i === 0 || units.flags[u] & UNIT_GLUED)) return;
    spans.push([runStart, runEnd]);
  } else {
    for (let a = 0; a < contentUnits.length; a++) {
      for (let b = a; b < Math.min(contentUnits.length, a + MAX_CANDIDATE_UNITS); b++) {
        let first = contentUnits[a];
        // include an article directly before the first unit (al-Rastan), but only at the start
        // of the run: "Tariq al-Bab" does not contain the name al-Bab.
        if (first - 1 >= runStart && isArticleUnit(units, first - 1)) {
          if (first - 1 !== runStart) continue;
          first -= 1;
        }
        spans.push([first, contentUnits[b]]);
      }
    }
  }
  const tied = new Set<number>();
  // Longest spans first so a span tied to a curated entity hides its parts.
  spans.sort((x, y) => y[1] - y[0] - (x[1] - x[0]) || x[0] - y[0]);
  for (const [first, last] of spans) {
    let overlapsTied = false;
    for (let u = first; u <= last; u++) if (tied.has(u)) overlapsTied = true;
    if (overlapsTied) continue;
    if (units.flags[first] & UNIT_GLUED || (last + 1 < units.count && units.flags[last + 1] & UNIT_GLUED)) continue;
    // A curated spelling the gazetteer turned down (a guard said no) stays turned down.
    if (knowledge.gazetteer.knows(units.key.slice(first, last + 1))) continue;
    const start = units.start[first];
    const end = units.end[last];
    const raw = text.slice(start, end);
    const { loose, skeleton } = looseNameOf(raw);
    // one consonant is enough (al-Bab, Fuaa): its spellings are merged only on the same letters
    if (skeleton.length === 0) continue;
    const whole = first === runStart && last === runEnd;
    if (!whole) {
      const beforeArticle = last < runEnd && isArticleUnit(units, last + 1);
      // A short word before an article heads a construct name (Bab al-Hawa, Deir al-Zor, Ras al-Ain).
      if (first === last && beforeArticle && units.key[first].length <= 4) continue;
      // Outside a comma-less list, part of a two-word name is no name (the Bab of Bab Touma),
      // unless an article parts the two (Jarablus al Rai).
      if (!list && !beforeArticle) continue;
    }
    // A given name alone is a person's first name: Ahmed and Ahmad are two people, not two spellings.
    if (first === last && isGivenName(units.key[first])) continue;
    const hasArticle = isArticleUnit(units, first);
    // "al-Bayan school", "Busra Square": named facilities, not places spelt another way.
    const facility = (head & FACILITY_HEAD) !== 0 && last === runEnd;
    if (facility) continue;
    const region = regionAt(start);
    const form = whole || list ? knowledge.closestCurated(loose, skeleton, person && !followedByPlaceHead, hasArticle, region) : null;
    if (form) {
      for (let u = first; u <= last; u++) tied.add(u);
      mentions.push({
        start,
        end,
        entityId: form.entityId,
        role: form.role,
        nameIndex: form.nameIndex,
        initial: sentenceStarts.has(start),
        spelling: countedSpelling(raw, sentenceStarts.has(start)),
        possessive: false,
        neutral: false,
        caps: undefined,
        discovered: true,
        quoted: undefined,
      });
      continue;
    }
    // A person's full name is material too (Walid Muallem, Walid al-Muallem), though only its
    // orthographic variants are merged (clusters.ts): two people can share most letters of a name.
    const fullName = person && whole && contentUnits.length >= 2;
    if ((person && !followedByPlaceHead && !fullName) || (abu && !followedByPlaceHead)) continue;
    // an organisation's name with its capitalised head: the whole run and the head words
    if (orgEnd >= 0 && !whole) continue;
    const named = orgEnd >= 0 ? text.slice(start, units.end[orgEnd]) : raw;
    const key = orgEnd >= 0 ? looseNameOf(named) : { loose, skeleton };
    candidates.push({
      start,
      end: start + named.length,
      spelling: countedSpelling(named, sentenceStarts.has(start)),
      loose: key.loose,
      skeleton: key.skeleton,
      person,
      initial: sentenceStarts.has(start),
      whole,
      region: region ? region : undefined,
    });
  }
}

/** The last of the capitalised organisation heads joined from unit u on (Shaam News Network). */
function capitalisedHeadsEnd(units: Units, u: number): number {
  let last = u;
  while (last + 1 < units.count && units.flags[last + 1] & UNIT_JOINED && units.flags[last + 1] & UNIT_CAPITAL && lexiconFlags(units.key[last + 1]) & ORG_HEAD) last++;
  return last;
}

/** Unit t is a capitalised title that also heads places' names (Sheikh). */
function isPlaceTitleAt(units: Units, t: number): boolean {
  return (units.flags[t] & UNIT_CAPITAL) !== 0 && PLACE_TITLES.has(units.key[t]);
}
