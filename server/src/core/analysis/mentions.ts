/**
 * Entity mentions and name candidates of one article. Curated names come from the gazetteer;
 * the remaining capitalised names are either tied to a curated entity by transliteration
 * (Deior Ezour -> Deir Ezzor) or kept as candidates for corpus-wide variant discovery.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { COMMON, FACILITY_HEAD, isCommonWord, isGivenName, isTitle, lexiconFlags, ORG_HEAD, PLACE_HEAD, TITLE } from '../knowledge/lexicon';
import { isArticleBefore } from '../knowledge/gazetteer';
import { looseNameOf } from '../names/translit';
import { isArticleUnit, UNIT_ALLCAPS, UNIT_CAPITAL, UNIT_GLUED, UNIT_JOINED, type Units } from '../names/units';
import { regionLocator, type RegionLocator } from './regions';
import type { MentionRecord, NameCandidate } from './summary';

export interface MentionScan {
  mentions: MentionRecord[];
  candidates: NameCandidate[];
  lowerWords: string[];
}

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
  sentences: readonly { start: number; end: number }[],
  knowledge: Knowledge,
  matches = knowledge.gazetteer.match(text, units),
  lowerWords = lowerWordsOf(units),
): MentionScan {
  const sentenceStarts = new Set(sentences.map((s) => s.start));
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

  const candidates: NameCandidate[] = [];
  const regionAt = regionLocator(mentions, sentences, knowledge);
  const isNameUnit = (k: number): boolean => {
    const f = units.flags[k];
    if (covered[k] || !(f & UNIT_CAPITAL) || f & UNIT_ALLCAPS) return false;
    const key = units.key[k];
    return key.length >= 2 && (lexiconFlags(key) & (COMMON | TITLE)) === 0 && !/\d/.test(key);
  };
  let k = 0;
  while (k < units.count) {
    // A run: name units joined by a space or hyphen, with articles inside (Jisr al-Shughour).
    if (!isNameUnit(k) && !(isArticleUnit(units, k) && !covered[k] && isArticleBefore(units, k) && isNameUnit(k + 1))) {
      k++;
      continue;
    }
    const runStart = k;
    let runEnd = k;
    let j = k + 1;
    while (j < units.count && units.flags[j] & UNIT_JOINED && !sentenceStarts.has(units.start[j])) {
      if (isNameUnit(j)) {
        runEnd = j;
        j++;
      } else if (isArticleUnit(units, j) && !covered[j] && isArticleBefore(units, j) && isNameUnit(j + 1)) {
        j++;
      } else break;
    }
    collectCandidates(text, units, runStart, runEnd, sentenceStarts, knowledge, regionAt, mentions, candidates);
    k = runEnd + 1;
  }

  mentions.sort((a, b) => a.start - b.start);
  candidates.sort((a, b) => a.start - b.start || a.end - b.end);
  return { mentions, candidates, lowerWords };
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
  const titled = before >= 0 && isTitle(units.key[before]);
  const person = titled || isGivenName(units.key[contentUnits[0]]);
  // Sub-spans of a run are names of their own only in a comma-less list of places.
  const list = contentUnits.length >= 3;
  const headAfter = runEnd + 1 < units.count && units.flags[runEnd + 1] & UNIT_JOINED ? units.key[runEnd + 1] : '';
  // what the word after the run is (place, organisation or facility head): one lookup
  const head = lexiconFlags(headAfter);
  const followedByPlaceHead = (head & PLACE_HEAD) !== 0;
  // "Baath party", "Hazm movement": an organisation's name, not a place; persons (Abu Mohamed,
  // Khaled Omar) share names with other people. Neither is material for variant discovery.
  const organisation = !followedByPlaceHead && (head & ORG_HEAD) !== 0;
  const abu = units.key[contentUnits[0]] === 'abu' || units.key[contentUnits[0]] === 'umm';
  // Person names are taken whole; other runs (lists of villages lose their commas in some copy)
  // are cut into spans of one to three name units.
  const spans: [number, number][] = [];
  if (person) {
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
    if (skeleton.length < 2) continue;
    const whole = first === runStart && last === runEnd;
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
    if ((person && !followedByPlaceHead) || organisation || (abu && !followedByPlaceHead)) continue;
    candidates.push({
      start,
      end,
      spelling: countedSpelling(raw, sentenceStarts.has(start)),
      loose,
      skeleton,
      person,
      initial: sentenceStarts.has(start),
      whole,
      region: region ? region : undefined,
    });
  }
}
