/**
 * Word knowledge for the scanner: common English words (from compromise's lexicon, generated at
 * build time by scripts/gen-lexicon.mjs) plus hand-written news and place vocabulary.
 */
import lexicon from './lexicon.json';
import vocabulary from './vocabulary.json';

const common = new Set<string>(lexicon.common);
for (const list of [vocabulary.placeHeads, vocabulary.orgHeads, vocabulary.titles, vocabulary.newsWords]) {
  for (const w of list) common.add(w);
}
const givenNames = new Set<string>([...lexicon.firstNames, ...vocabulary.givenNames]);
const demonyms = new Set<string>(lexicon.demonyms);
// one lookup per word on the scanner's hot path
for (const w of demonyms) common.add(w);
const placeHeads = new Set<string>(vocabulary.placeHeads);
const orgHeads = new Set<string>(vocabulary.orgHeads);
const facilityHeads = new Set<string>(vocabulary.facilityHeads);
const titles = new Set<string>(vocabulary.titles);

/** A common English word or a news word: capitalised, it still is not a name on its own. */
export function isCommonWord(lower: string): boolean {
  return common.has(lower);
}
export function isGivenName(lower: string): boolean {
  return givenNames.has(lower);
}
export function isPlaceHead(lower: string): boolean {
  return placeHeads.has(lower);
}
export function isOrgHead(lower: string): boolean {
  return orgHeads.has(lower);
}
/** A facility (mosque, school, square, gas field): the name before it is usually the facility's own. */
export function isFacilityHead(lower: string): boolean {
  return facilityHeads.has(lower);
}
export function isTitle(lower: string): boolean {
  return titles.has(lower);
}
export function isDemonym(lower: string): boolean {
  return demonyms.has(lower);
}

/** Every inflected form of each reporting verb lemma (say -> said, says, saying). */
export const REPORTING_VERB_FORMS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const [lemma, forms] of Object.entries(lexicon.reportingVerbs as Record<string, string[]>)) {
    for (const f of forms) m.set(f, lemma);
  }
  return m;
})();
