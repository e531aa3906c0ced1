/**
 * Populations: how many people live in a place now ("some 250,000 people live in eastern Aleppo",
 * "civilians trapped inside the city"), a stock compared as a force's strength is, and the part of
 * the place its clause names (a side's, a direction's). `figures.ts` asks it about each count of
 * people in a sentence that holds one of its verbs.
 */
import { TokenKind, type Tokens } from '../text/tokens';
import { endsClause, word } from './figureCounts';
import type { Span } from '../text/sentences';
import type { MentionRecord } from './summary';

/**
 * People said to live in a place now ("some 250,000 people live in eastern Aleppo", "civilians
 * still trapped inside the city", "the estimated 250,000 people now under siege there", "Ghouta
 * where 400,000 people live"): how many live there, a stock like a force's strength. Not those
 * who lived there once ("who had lived under siege ... left"), nor people trapped under rubble.
 */
export function livesIn(text: string, tokens: Tokens, qStartToken: number, lastToken: number, first: number, last: number): boolean {
  for (let k = lastToken + 1; k <= Math.min(last, lastToken + 6); k++) {
    if (tokens.kind[k] === TokenKind.Number || endsClause(text, tokens, k)) return false;
    const w = word(text, tokens, k);
    if (w === 'who' || w === 'whom' || w === 'that' || w === 'had') return false;
    if (w === 'under') return SIEGE.has(word(text, tokens, k + 1)) || SIEGE.has(word(text, tokens, k + 2));
    // "are still in the city", "are left inside", "there are 900 left in the city"
    if (stillIn(text, tokens, k, qStartToken, first)) return true;
    if (!DWELL.has(w)) continue;
    const next = word(text, tokens, k + 1);
    if (DWELL_WHERE.has(next)) return next !== 'under' || SIEGE.has(word(text, tokens, k + 2)) || SIEGE.has(word(text, tokens, k + 3));
    // "remain trapped in", "living besieged in": the second verb tells where
    if (DWELL.has(next)) continue;
    // "where 400,000 people live": the place is what "where" follows; the verb ends the clause
    return (w === 'live' || w === 'remain') && where(text, tokens, qStartToken, first);
  }
  return false;
}

/**
 * Token k says that those counted are still somewhere: "are still in the city", "were still
 * inside", "are left in Raqqa", "still left inside", or "left in" after "there are" before the
 * count ("There are thought to be fewer than 1,000 fighters left in the city"). Not "left in
 * buses" nor "fighters left Raqqa": those went away.
 */
export function stillIn(text: string, tokens: Tokens, k: number, qStartToken: number, first: number): boolean {
  const w = word(text, tokens, k);
  if (w !== 'still' && w !== 'left') return false;
  const next = word(text, tokens, k + 1);
  if (!IN.has(next) || VEHICLES.has(word(text, tokens, k + 2)) || VEHICLES.has(word(text, tokens, k + 3))) return false;
  if (STAY_AUX.has(word(text, tokens, k - 1))) return true;
  if (w === 'still') return false;
  for (let i = qStartToken - 1; i >= Math.max(first, qStartToken - 6); i--) if (word(text, tokens, i) === 'there') return true;
  return false;
}
const IN: ReadonlySet<string> = new Set(['in', 'inside', 'within']);
const STAY_AUX: ReadonlySet<string> = new Set(['are', 'were', 'is', 'was', 'be', 'been', 'remain', 'still']);
const VEHICLES: ReadonlySet<string> = new Set(['buses', 'bus', 'convoy', 'convoys', 'trucks', 'vehicles', 'cars', 'boats']);
/** Verbs of living somewhere, and the words of a place or a siege after them. */
const DWELL: ReadonlySet<string> = new Set(['live', 'living', 'remain', 'remaining', 'trapped', 'stranded', 'besieged']);
const DWELL_WHERE: ReadonlySet<string> = new Set(['in', 'inside', 'within', 'there', 'under', 'across']);
const SIEGE: ReadonlySet<string> = new Set(['siege', 'blockade', 'control', 'bombardment', 'encirclement']);

/**
 * The measure of a population: "population:people", or of the part its clause names ("250,000
 * people in rebel-held districts", "1.2 million in zones controlled by forces loyal to"): how
 * many live in one part of a place is no count of the whole place.
 */
export function populationMeasure(text: string, tokens: Tokens, qStartToken: number, lastToken: number, first: number, last: number, mentions: readonly MentionRecord[]): string {
  const part = populationPart(text, tokens, qStartToken, lastToken, first, last, mentions);
  return part ? `population/${part}:people` : 'population:people';
}

/**
 * A population its sentence names no place for, nor refers back to one ("remain there", "in the
 * city"): of no place (not of whatever the article's lead names).
 */
export function unplacedPopulation(measure: string, text: string, sentence: Span): boolean {
  return measure.startsWith('population') && !REFERS_BACK.test(text.slice(sentence.start, sentence.end));
}
/** Words that refer back to a place named before: "there", "the city", "the besieged town". */
const REFERS_BACK = /\b(?:there|the (?:\w+ )?(?:city|town|village|suburb|enclave|district|neighbou?rhood|area|region|province|camp)s?)\b/i;

/**
 * The part of a place a population lives in, from the words of its clause: a side that holds it
 * ("rebel-held", "held by the opposition", "under government control", "loyal to") or a
 * direction ("the eastern districts", "the city's east"); '' for none (the whole place).
 */
function populationPart(text: string, tokens: Tokens, qStartToken: number, lastToken: number, first: number, last: number, mentions: readonly MentionRecord[]): string {
  let from = qStartToken;
  while (from - 1 >= Math.max(first, qStartToken - PART_REACH) && !endsClause(text, tokens, from - 1)) from--;
  let to = lastToken;
  while (to + 1 <= Math.min(last, lastToken + PART_REACH) && !endsClause(text, tokens, to + 1)) to++;
  let direction = '';
  for (let k = from; k <= to; k++) {
    const w = word(text, tokens, k);
    if (!w) continue;
    // "rebel-held", "regime-controlled"
    if (HELD.has(w) && k - 2 >= from && tokens.kind[k - 1] === TokenKind.Punct && text[tokens.start[k - 1]] === '-') return side(word(text, tokens, k - 2));
    // "held by the Syrian opposition", "controlled by rebels", "under rebel control"
    if (HELD.has(w) && word(text, tokens, k + 1) === 'by') return sideAfter(text, tokens, k + 2);
    if (w === 'under' && (word(text, tokens, k + 2) === 'control' || word(text, tokens, k + 3) === 'control')) return sideAfter(text, tokens, k + 1);
    if (w === 'loyal' && word(text, tokens, k + 1) === 'to') return 'government-held';
    // (not a place's own name: Eastern Ghouta)
    if (!direction && DIRECTION.has(w) && !mentions.some((m) => m.start <= tokens.start[k] && tokens.start[k] < m.end)) direction = DIRECTION.get(w) as string;
  }
  return direction;
}
const PART_REACH = 12;
const HELD: ReadonlySet<string> = new Set(['held', 'controlled', 'run']);
const DIRECTION: ReadonlyMap<string, string> = new Map([
  ['east', 'eastern'], ['eastern', 'eastern'], ['west', 'western'], ['western', 'western'],
  ['north', 'northern'], ['northern', 'northern'], ['south', 'southern'], ['southern', 'southern'],
]);
/** The side a word names, as "X-held": rebels and the opposition one, the government and its army the other. */
function side(w: string): string {
  if (REBEL_SIDE.has(w)) return 'rebel-held';
  if (GOVERNMENT_SIDE.has(w)) return 'government-held';
  return w ? `${w}-held` : 'held';
}
const REBEL_SIDE: ReadonlySet<string> = new Set(['rebel', 'rebels', 'opposition', 'insurgent', 'insurgents']);
const GOVERNMENT_SIDE: ReadonlySet<string> = new Set(['government', 'regime', 'army', 'loyalist', 'loyalists']);

/** The side the words from token k name ("the Syrian opposition", "rebel"): a side word among the next three, else the first word's. */
function sideAfter(text: string, tokens: Tokens, k: number): string {
  if (word(text, tokens, k) === 'the') k++;
  for (let j = k; j < k + 3; j++) {
    const w = word(text, tokens, j);
    if (REBEL_SIDE.has(w) || GOVERNMENT_SIDE.has(w)) return side(w);
  }
  return side(word(text, tokens, k));
}

/** "where" stands a few words before the count ("where an estimated 400,000 people"). */
function where(text: string, tokens: Tokens, qStartToken: number, first: number): boolean {
  for (let k = qStartToken - 1; k >= Math.max(first, qStartToken - 5); k--) {
    if (endsClause(text, tokens, k)) return false;
    if (word(text, tokens, k) === 'where') return true;
  }
  return false;
}
