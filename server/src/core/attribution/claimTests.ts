/**
 * The tests of a sentence without a cue: why it is not a claim (boilerplate, a fragment, a
 * question, a timeline entry, background, opinion) and whether it reports something checkable
 * (a toll, a count, an event with its time). What each finds is kept with the sentence's facts.
 */
import type { ArticleDate } from '../analysis/summary';
import { isDemonym } from '../knowledge/lexicon';
import { isCountWord } from '../text/quantities';
import type { SentenceFacts } from './facts';
import { showsUnsourcedFootage } from './footage';
import {
  ABSENCE,
  BACKGROUND,
  BOILERPLATE,
  CASUALTY,
  CLASSES,
  containsPhrase,
  DETERMINERS,
  EVENT,
  EVENT_PHRASES,
  FINITE,
  HEADLINE_PRESENT,
  HURT,
  LEAD_VERBS,
  MONTH,
  MONTHS,
  OPINION,
  PAST_EVENT,
  PAST_OR_PERFECT,
  PERFECT,
  TIME_MARKERS,
  YEAR,
  type PhraseList,
} from './vocabulary';

/** A phrase test of the label kept with the facts: run the first time it is asked (null: none). */
function phraseOnce(f: SentenceFacts, field: 'boilerplate' | 'absence' | 'background', list: PhraseList): string | null {
  const kept = f[field];
  return kept !== undefined ? kept : (f[field] = containsPhrase(f, list));
}

/**
 * Whether a word of the headlines' present tense is a verb: not a noun after its determiner ("The
 * shells also caused material damage", "its strikes"), a nationality ("15 billion Syrian pounds",
 * "Russian strikes") or a number ("seven shells", "thousands of"), as "Regime forces seize" or
 * "Army repels" have it.
 */
function presentVerb(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    if (!(CLASSES.of(words[k]) & HEADLINE_PRESENT)) continue;
    const before = words[k - 1] ?? '';
    if (!DETERMINERS.has(before) && !isDemonym(before) && !isCountWord(before)) return true;
  }
  return false;
}

/**
 * What a source says it does not know or tell ("He did not give a casualty figure", "The army did
 * not say how many were killed"): a sentence whose only reports are denied and that states an
 * absence is no claim. The absence phrase, or null.
 */
export function deniedReport(f: SentenceFacts, cue: { negated?: boolean }): string | null {
  // (not when it reports a death or an event besides: "did not specify whether there were
  // civilians among the victims however noted that a commander had been killed")
  return cue.negated && !(f.mask & (PAST_EVENT | CASUALTY)) ? phraseOnce(f, 'absence', ABSENCE) : null;
}

/** An agency's credit in a dateline: "(Reuters) -", "(AFP) —". */
const DATELINE_CREDIT = /\((?:Reuters|AFP)\)\s*[-\u2013\u2014]/;

/** Why a cue-less sentence is not a claim, or null. */
export function notClaimReason(f: SentenceFacts, sentenceText: string, date: ArticleDate | null, index: number): string | null {
  const { mask } = f;
  const boiler = phraseOnce(f, 'boilerplate', BOILERPLATE);
  // (an agency's dateline opens wire copy, it does not end it: "NEW YORK (Reuters) - Russia on
  // Tuesday vetoed ...")
  if (boiler && (f.words.length <= 14 || !f.casualty) && !(boiler.startsWith('(') && DATELINE_CREDIT.test(sentenceText))) return `boilerplate ("${boiler.trim()}")`;
  if (f.words.length <= 3) return 'a fragment';
  if (mask & HEADLINE_PRESENT && !(mask & (PAST_OR_PERFECT | PAST_EVENT)) && presentVerb(f.words)) return 'a headline or timeline entry (present tense)';
  if (f.words.length <= 6 && !f.countClaim && !(mask & FINITE)) return 'a fragment';
  if ((f.question ??= /\?["”’]?$/.test(sentenceText.trim()))) return 'a question';
  // "Wed 19 Apr 2017 Aleppo bomb blast kills six": a dated headline (a lead has finite verbs)
  if (index === 0 && date && date.start <= f.span.start + 40 && f.words.length <= 22 && !(mask & LEAD_VERBS)) return 'a dateline and headline';
  if (isTimeline(f, sentenceText, date)) return 'a timeline entry';
  if ((f.teaser ??= /\.\.\.|…/.test(sentenceText) && /-\s*$/.test(sentenceText))) return 'a related-article teaser';
  const absent = phraseOnce(f, 'absence', ABSENCE);
  if (absent) return `an absence statement ("${absent}")`;
  if (f.casualty || f.countClaim) return null; // a toll or a count is checkable, background or not
  const bg = phraseOnce(f, 'background', BACKGROUND);
  if (bg) return `background ("${bg.trim()}")`;
  // An earlier year or month is background unless a day of the news is named beside it
  // (`newsDay`: "Fighters who have held the district since 2012 stormed the checkpoint on Sunday").
  const earlier = earlierTime(f, date);
  if (earlier && !newsDay(f)) return earlier;
  // (a figure that counts nothing checkable, "2 1/2 years of civil war", "the two groups", does not make it a claim)
  if (mask & OPINION && !f.countClaim && !f.casualty) return 'opinion or analysis';
  if (date && index === 0 && f.words.length <= 3) return 'a dateline';
  return null;
}

/**
 * The earlier year or month a sentence places its event in, as a reason ("background (2012)"), or
 * null. Asked only of a sentence with no toll and no count (`notClaimReason`).
 */
function earlierTime(f: SentenceFacts, date: ArticleDate | null): string | null {
  const { lower, mask } = f;
  // An event placed in an earlier year, with no figure: context the reader is reminded of.
  const year = mask & YEAR ? (f.earlierYear !== undefined ? f.earlierYear : (f.earlierYear = EARLIER_YEAR.exec(lower)?.[1] ?? null)) : null;
  if (year && (!date || Number(year) < Number(date.iso.slice(0, 4)))) return `background (${year})`;
  // "Russian forces entered the conflict at the end of last year": an earlier year by its distance
  if (!f.figure && lower.includes('year') && LAST_YEAR.test(lower)) return 'background (last year)';
  // "launched the offensive in June" in an August article: an earlier stage the reader is reminded of
  const month = mask & MONTH ? (f.earlierMonth !== undefined ? f.earlierMonth : (f.earlierMonth = earlierMonthOf(lower))) : null;
  if (month && date) {
    const ago = Number(date.iso.slice(5, 7)) - (MONTHS.indexOf(month) + 1);
    if (ago >= 1 && ago <= 11) return `background (${month})`;
  }
  // "launched the campaign to retake Raqqa last November": a month before the article's, by name
  if (mask & MONTH && lower.includes('last ') && LAST_MONTH.test(lower)) return 'background (last month named)';
  return null;
}

/** "in 2012", "since 2011", "mid-2014", "in March 2012", "since early 2013": a year (the month a year names, not a day of it). */
const EARLIER_YEAR = /\b(?:in|since|mid-|early|late|by|of)\s?-?(?:(?:early|mid|late) )?(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) )?(19\d\d|20\d\d)\b/;
/** A day of the week, "yesterday", "today": when the news happened (the article's week). */
const NEWS_DAY = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)\b/;
/**
 * The sentence names a day of the news' week: what an earlier year or month beside it tells is
 * what led up to that day's event ("Also Monday ISIS militants entered Palmyra for the first time
 * since being defeated there in March"). Asked only of a sentence about to be called background.
 */
function newsDay(f: SentenceFacts): boolean {
  return (f.newsDay ??= NEWS_DAY.test(f.lower));
}
/** "last year", "the previous year", "two years ago": a year before the article's. */
const LAST_YEAR = /\b(?:last year|(?:the )?previous year|years? ago)\b/;
/** "in June", "since March", "in early May": a whole month, not a day of it. */
const EARLIER_MONTH = /\b(?:in|since|during|until|by) (?:early |mid-|late |mid )?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)/;
const MONTH_NAMES = `(${MONTHS.join('|')})`;
/** "last November": a month before the article's. */
const LAST_MONTH = new RegExp(`\\blast ${MONTH_NAMES}\\b`);
/** "March 2011 Protests begin", "15 March 2011: ...": a dated timeline entry. */
const TIMELINE_DATE = new RegExp(`^(\\d{1,2} )?${MONTH_NAMES}( \\d{1,2})?,? (\\d{4})\\b`, 'i');
export function isTimeline(f: SentenceFacts, sentenceText: string, date: ArticleDate | null): boolean {
  if (f.timelineYear === undefined) {
    const trimmed = sentenceText.trim();
    const m = TIMELINE_DATE.exec(trimmed) ?? /^(\d{4}) [A-Z]/.exec(trimmed);
    f.timelineYear = m ? Number(m[m.length - 1]) : null;
  }
  if (f.timelineYear === null) return false;
  if (!date) return true;
  return f.timelineYear < Number(date.iso.slice(0, 4));
}

/** The month an event is placed in ("in June", "since early March") when no year is named. */
function earlierMonthOf(lower: string): string | null {
  const month = EARLIER_MONTH.exec(lower);
  return month && !/\b(19|20)\d\d\b/.test(lower) ? month[1] : null;
}

/** Adverbs of what happens as a rule, not once. */
const HABITUAL = /\b(?:typically|usually|often|generally|commonly|normally|routinely)\b/;

/** An attack as what was carried out, a few words after the verb. */
const CARRIED_OUT_ATTACK = /\bcarried out (?:[a-z-]+ ){0,4}(?:air ?strikes?|raids?|attacks?|bombings?|sorties|strikes|shelling|assaults?|massacres?|executions?)\b/;

/** A claim someone could check: a figure with what it counts, an event with its time, a scene footage shows. */
export function isCheckable(f: SentenceFacts): boolean {
  if (f.casualty || f.countClaim) return true;
  // what happens as a rule is no event ("authorities often use the word to imply ... were killed")
  if (HABITUAL.test(f.lower)) return false;
  // a person or people reported killed or hurt, even without a number
  if (f.mask & HURT && f.mask & FINITE && /\b(was|were|has been|have been|had been) (killed|wounded|injured|executed|abducted|kidnapped|arrested)\b/.test(f.lower)) return true;
  const event = (f.mask & EVENT) !== 0;
  if (f.figure && event) return true;
  const timed = containsPhrase(f, TIME_MARKERS) !== null;
  // (an event of more than one word only with its time: "the conflict broke out" in 2011 is background)
  if (timed && (event || containsPhrase(f, EVENT_PHRASES) !== null)) return true;
  if (f.mask & PAST_EVENT && !(f.mask & PERFECT)) return true;
  // "the air force carried out a series of airstrikes on ...": an attack carried out, with or without its time
  if (!(f.mask & PERFECT) && f.lower.includes('carried out') && CARRIED_OUT_ATTACK.test(f.lower)) return true;
  // "Video footage from districts east of Damascus showed people choking": a scene reported
  return showsUnsourcedFootage(f.lower);
}
