/**
 * Runs of capitalised name units outside the curated names (Tal Khanzeer, Jisr al-Shughour, al-Sheikh
 * Maqsoud, Shaam News Network): each run, or each span of a comma-less list, is tied to a curated
 * entity when it transliterates one of its names (Deior Ezour -> Deir Ezzor), else kept as a
 * candidate for corpus-wide discovery, read as a person, a place or an organisation's name.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { COMMON, FACILITY_HEAD, isGivenName, isTitle, lexiconFlags, MEMBER_HEAD, ORG_HEAD, PLACE_HEAD, TITLE } from '../knowledge/lexicon';
import { isArticleBefore } from '../knowledge/gazetteer';
import { looseNameOf } from '../names/translit';
import { isArticleUnit, UNIT_ALLCAPS, UNIT_CAPITAL, UNIT_GLUED, UNIT_JOINED, type Units } from '../names/units';
import type { RegionLocator } from './regions';
import { MentionFlag, type MentionRecord, type NameCandidate } from './summary';

/** Titles that also head place names (Sheikh Maqsoud, al-Sheikh Saad). */
const PLACE_TITLES: ReadonlySet<string> = new Set(['sheikh', 'shaikh', 'shaykh', 'sheik']);
/** "Tel", "Tell", "Tall": the Arabic word for a hill that heads many places' names, spelt as English words. */
const HILL: ReadonlySet<string> = new Set(['tel', 'tell', 'tall']);
/** Words before a place's name: prepositions of place and the article. */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'of', 'on', 'near', 'at', 'from', 'to', 'into', 'toward', 'towards', 'around', 'outside', 'inside', 'the']);
/** Words that put the name after them in a place: "in Tal Khanzeer", "near al-Rai". */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near', 'outside', 'around', 'into', 'toward', 'towards', 'across']);
const MAX_CANDIDATE_UNITS = 3;

/** Spelling as counted: an article capitalised only because it starts a sentence is lower-cased. */
export function countedSpelling(raw: string, sentenceInitial: boolean): string {
  if (sentenceInitial && /^(Al|El|Ad|Ar|As|Ash|At|Az|Ez|An)[- ]/.test(raw)) return raw[0].toLowerCase() + raw.slice(1);
  return raw;
}

/** What a run's candidates are judged by besides its units. */
export interface RunContext {
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
export function candidatesIn(text: string, units: Units, from: number, to: number, ctx: RunContext, mentions: MentionRecord[], candidates: NameCandidate[]): number {
  const { sentenceStarts, covered } = ctx;
  const isNameUnit = (k: number): boolean => {
    const f = units.flags[k];
    if (covered[k] || !(f & UNIT_CAPITAL) || f & UNIT_ALLCAPS) return false;
    const key = units.key[k];
    return key.length >= 2 && ((lexiconFlags(key) & (COMMON | TITLE)) === 0 || isCamelPart(units, k)) && !/\d/.test(key);
  };
  // "al-Sheikh Maqsoud", "Sheikh Tamim": a title that also heads places' names starts a run of
  // its own (collectCandidates tells the place from the person); one lexicon look-up for both tests
  const startsRun = (u: number): boolean => {
    const f = units.flags[u];
    if (covered[u] || !(f & UNIT_CAPITAL) || f & UNIT_ALLCAPS) return false;
    const key = units.key[u];
    const lexicon = lexiconFlags(key);
    if (lexicon & TITLE) return PLACE_TITLES.has(key) && u + 1 < units.count && (units.flags[u + 1] & UNIT_JOINED) !== 0 && isNameUnit(u + 1);
    if (key.length < 2 || /\d/.test(key)) return false;
    if ((lexicon & COMMON) === 0 || isCamelPart(units, u)) return true;
    // "Tel Hamis", "Tall Abyad", "Tel Sheikh Yusuf": the Arabic word for a hill, an English word
    // too, heads the place's name
    return HILL.has(key) && u + 1 < units.count && (units.flags[u + 1] & UNIT_JOINED) !== 0 && (isNameUnit(u + 1) || startsRun(u + 1));
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

/**
 * The candidates of one run of name units [runStart, runEnd], and the mentions of its spans that
 * transliterate a curated name.
 */
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
  // (a given name after an article is no first name: al-Dana, ad-Dana are a town)
  const person = titled || (titleHead && !placeTitled) || (isGivenName(units.key[contentUnits[0]]) && !isArticleUnit(units, runStart));
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
  // A list whose every name has its own article (SANA's "al-Forqan al-Akramiyeh al-Aazamiyeh"):
  // each article and its name is a name of its own, seen whole.
  const articleList = list && contentUnits.every((u) => isArticleUnit(units, u - 1));
  // read as a place by the words before it (what the hover says of a discovered name): "in X",
  // "the town of X", or a title that heads places; a list after them is a list of places
  const placeBefore =
    placeTitled || (before >= 0 && (PLACE_PREPOSITIONS.has(units.key[before]) || (units.key[before] === 'of' && before > 0 && (lexiconFlags(units.key[before - 1]) & PLACE_HEAD) !== 0)));
  // Abu Mohamed, Umm Ahmad: a by-name many people share, no material for discovery; not the
  // places so named, read as places or not named after a person (Umm Batinah, Abu Duhur)
  const abu =
    (units.key[contentUnits[0]] === 'abu' || units.key[contentUnits[0]] === 'umm') &&
    !placeBefore &&
    (contentUnits.length < 2 || isGivenName(units.key[contentUnits[1]]));
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
        // of the run, or in a list whose every name has its own article: "Tariq al-Bab" does not
        // contain the name al-Bab.
        if (first - 1 >= runStart && isArticleUnit(units, first - 1)) {
          if (first - 1 !== runStart && !articleList) continue;
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
    const whole = (first === runStart && last === runEnd) || (articleList && first + 1 === last);
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
        spelling: countedSpelling(raw, sentenceStarts.has(start)),
        flags: (sentenceStarts.has(start) ? MentionFlag.Initial : 0) | MentionFlag.Discovered,
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
      place: !person && !organisation && ((placeBefore && (list || first === runStart)) || (followedByPlaceHead && last === runEnd)),
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

/** Unit k is part of a camelCase word ("YouTube", "WhatsApp"): a name's part, common word or not. */
function isCamelPart(units: Units, k: number): boolean {
  return (units.flags[k] & UNIT_GLUED) !== 0 || (k + 1 < units.count && (units.flags[k + 1] & UNIT_GLUED) !== 0);
}

/** Unit t is a capitalised title that also heads places' names (Sheikh). */
function isPlaceTitleAt(units: Units, t: number): boolean {
  return (units.flags[t] & UNIT_CAPITAL) !== 0 && PLACE_TITLES.has(units.key[t]);
}
