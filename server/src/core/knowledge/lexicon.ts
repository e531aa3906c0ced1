/**
 * Word knowledge for the scanner: common English words (from compromise's lexicon, generated at
 * build time by scripts/gen-lexicon.mjs) plus hand-written news and place vocabulary.
 */
import lexicon from './lexicon.json';
import vocabulary from './vocabulary.json';
import { WordTable } from '../text/wordTable';

/** What the lexicon knows of a word, one bit each (`lexiconFlags`). */
export const COMMON = 1;
export const GIVEN_NAME = 2;
export const PLACE_HEAD = 4;
export const ORG_HEAD = 8;
/** A facility (mosque, school, square, gas field): the name before it is usually the facility's own. */
export const FACILITY_HEAD = 16;
export const TITLE = 32;
export const DEMONYM = 64;
/** An organisation head that names its members (fighters, rebels): never part of the name. */
export const MEMBER_HEAD = 128;

const lists: [readonly string[], number][] = [
  [lexicon.common, COMMON],
  // place and organisation heads, titles and news words: common words too
  ...[vocabulary.placeHeads, vocabulary.orgHeads, vocabulary.titles, vocabulary.newsWords].map((list): [readonly string[], number] => [list, COMMON]),
  [lexicon.firstNames, GIVEN_NAME],
  [vocabulary.givenNames, GIVEN_NAME],
  // a demonym is common too: one lookup per word on the scanner's hot path
  [lexicon.demonyms, DEMONYM | COMMON],
  [vocabulary.placeHeads, PLACE_HEAD],
  [vocabulary.orgHeads, ORG_HEAD],
  [vocabulary.memberHeads, MEMBER_HEAD],
  [vocabulary.facilityHeads, FACILITY_HEAD],
  [vocabulary.titles, TITLE],
];
const table = new WordTable(lists.reduce((n, [list]) => n + list.length, 0));
for (const [list, flags] of lists) for (const w of list) table.add(w, flags);

/** Every flag of a lower-case word at once (0 for a word the lexicon does not know). */
export function lexiconFlags(lower: string): number {
  return table.get(lower);
}

/** A common English word or a news word: capitalised, it still is not a name on its own. */
export function isCommonWord(lower: string): boolean {
  return (table.get(lower) & COMMON) !== 0;
}
export function isGivenName(lower: string): boolean {
  return (table.get(lower) & GIVEN_NAME) !== 0;
}
export function isPlaceHead(lower: string): boolean {
  return (table.get(lower) & PLACE_HEAD) !== 0;
}
export function isDemonym(lower: string): boolean {
  return (table.get(lower) & DEMONYM) !== 0;
}
export function isTitle(lower: string): boolean {
  return (table.get(lower) & TITLE) !== 0;
}

/** Every inflected form of each reporting verb lemma (say -> said, says, saying). */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(lexicon.reportingVerbs as Record<string, string[]>)) {
    for (const f of forms) m.set(f, lemma);
  }
  return m;
})();
