/**
 * What footage shows, and on whose authority: "a video posted by activists showed", "footage on
 * state TV showed", "Reuters photographs showed", "Activists distributed video showing", "The
 * footage shows" (the video an earlier sentence credited). Footage nobody is named for ("Video
 * footage from districts east of Damascus showed people choking") is no source: the scene it
 * shows is a claim with none (see `showsUnsourcedFootage`).
 */
import type { Cue } from './cues';
import type { SourcePhrases } from './sourcePhrases';
import { DETERMINERS, PRONOUNS } from './vocabulary';

/** What is filmed or photographed. */
const MEDIA_WORDS = ['video', 'videos', 'footage', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'clip', 'clips', 'recording', 'recordings'];
const MEDIA: ReadonlySet<string> = new Set(MEDIA_WORDS);
/** Verbs that put footage before the public, its publisher their subject. */
const PUBLISHING: ReadonlySet<string> = new Set(['posted', 'published', 'released', 'circulated', 'distributed', 'uploaded', 'shared', 'aired', 'broadcast', 'sent', 'filmed']);
/** Words of the footage's own noun phrase before its noun ("a new disturbing video", "amateur footage"). */
const MEDIA_MODIFIERS: ReadonlySet<string> = new Set(['new', 'amateur', 'graphic', 'grisly', 'disturbing', 'shocking', 'recent', 'extensive', 'online', 'video', 'purported', 'further', 'more']);
/** Records whose author a "from" names: "data from the UN show". */
const RECORDS: ReadonlySet<string> = new Set([
  'data', 'figures', 'statistics', 'numbers', 'records', 'report', 'survey', 'study', 'tally', 'count', 'estimates',
]);
/** Verbs that hedge what footage shows: "appeared to show", "purports to show". */
const HEDGES: ReadonlySet<string> = new Set(['appeared', 'appears', 'appear', 'seemed', 'seems', 'seem', 'purported', 'purports', 'purport']);
/** "show" at word k is hedged: "appeared to show", "purports to show" (not a purpose, "to show"). */
export function hedged(words: readonly string[], k: number): boolean {
  return k >= 2 && words[k - 1] === 'to' && HEDGES.has(words[k - 2]);
}
/** A determiner that points back at footage named before: "The video showed", "These images show". */
const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'these', 'those']);

/**
 * The cue of "show" at word k, or null: a pronoun's ("it showed"), the source after "by" or "on"
 * ("posted by activists showed", "footage on state TV showed"), the publisher of the footage
 * ("Activists distributed video showing"), the body whose footage it is ("Reuters photographs
 * showed"), the one who shows it ("State television showed footage of") or the source before
 * ("The video showed": footage an earlier sentence credited).
 */
export function showCue(phrases: SourcePhrases, words: readonly string[], k: number): Cue | null {
  const w = words[k];
  const finite = !w.endsWith('ing');
  // "A video circulated on social media appeared to show": the footage's phrase ends before the hedge
  const last = hedged(words, k) ? k - 3 : k - 1;
  const subject = words[last] === 'also' ? last - 1 : last;
  if (finite && PRONOUNS.has(words[subject] ?? '')) return { cls: 'inherit', what: `${phrases.textOf(subject, k)} ${w}`, speech: false, at: k, explicit: true };
  // the later of "by" and "on" that reads as a source ("released by Amaq on Saturday")
  const start = Math.max(0, last - 7);
  const window = words.slice(start, last + 1);
  const by = window.lastIndexOf('by');
  const on = window.lastIndexOf('on');
  for (const at of by > on ? [by, on] : [on, by]) {
    if (at < 0) break;
    const cls = platform(words, start + at + 1, last) ? 'vague' : phrases.classify(start + at + 1, last);
    if (cls) return { cls, what: `${phrases.textOf(start + at, k)} ${w}`, speech: false, at: k, explicit: true };
  }
  // "Syrian television had shown footage of army forces defending the base": whoever showed it
  // published it
  let shown = k + 1;
  while (shown < words.length && shown - k <= 3 && (DETERMINERS.has(words[shown]) || MEDIA_MODIFIERS.has(words[shown]))) shown++;
  if (finite && MEDIA.has(words[shown] ?? '')) {
    const span = phrases.leftPhrase(k);
    const cls = span ? phrases.classify(span[0], span[1]) : null;
    if (cls && span) return { cls, what: `${phrases.textOf(span[0], k)} ${w} ${words[shown]}`, speech: false, at: k, explicit: true };
  }
  // "Data from the UN refugee agency show", "figures from the health ministry showed": the
  // author of the records (records from a place are no one's: "figures from Aleppo")
  const from = window.lastIndexOf('from');
  if (from > 0 && RECORDS.has(window[from - 1]) && phrases.kindAt(start + from + 1) !== 'place') {
    const cls = phrases.classify(start + from + 1, last);
    if (cls) return { cls, what: `${phrases.textOf(start + from - 1, k)} ${w}`, speech: false, at: k, explicit: true };
  }
  let m = last;
  while (m >= start && !MEDIA.has(words[m])) m--;
  if (m < start) return null;
  // the first word of the footage's noun phrase
  let first = m;
  while (first - 1 >= 0 && m - first < 4 && (MEDIA_MODIFIERS.has(words[first - 1]) || MEDIA.has(words[first - 1]) || (words[first - 1] === 'and' && MEDIA.has(words[first - 2] ?? '')))) first--;
  const before = words[first - 1];
  // "posted online a new video", "distributed video", "circulated pictures on social media"
  let verb = first - 1;
  if (DETERMINERS.has(words[verb] ?? '')) verb--;
  if (words[verb] === 'online') verb--;
  if (verb >= 0 && PUBLISHING.has(words[verb])) {
    const span = phrases.leftPhrase(verb);
    const cls = span ? phrases.classify(span[0], span[1]) : null;
    if (cls && span) return { cls, what: phrases.textOf(span[0], m + 1), speech: false, at: k, explicit: true };
    return null;
  }
  // "Reuters photographs", "state TV footage", "activist video": whose footage it is (a place's
  // is no one's: "Aleppo footage")
  let owner = first;
  while (owner - 1 >= 0 && first - owner < 3 && !DETERMINERS.has(words[owner - 1]) && !DEFINITE.has(words[owner - 1]) && phrases.joined(owner - 1)) owner--;
  if (owner < first && phrases.kindAt(first - 1) !== 'place') {
    const cls = platform(words, owner, first - 1) ? 'vague' : phrases.classify(owner, first - 1);
    if (cls === 'named' || cls === 'vague') return { cls, what: `${phrases.textOf(owner, k)} ${w}`, speech: false, at: k, explicit: true };
  }
  // "The video showed", "The footage shows": the footage is the subject, and a sentence before said whose
  if (finite && owner === first && DEFINITE.has(before ?? '') && last - m <= 1) return { cls: 'inherit', what: `${phrases.textOf(first - 1, k)} ${w}`, speech: false, at: k, explicit: true };
  return null;
}

/** Where anyone may post: footage "posted on YouTube", "on social media", "a Facebook page" has a vague source. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(['youtube', 'facebook', 'twitter', 'telegram', 'instagram', 'whatsapp', 'internet', 'online', 'social', 'media', 'web', 'page', 'pages', 'account', 'accounts', 'networks', 'networking', 'sites', 'site']);

/** Words [from, to] are a platform, with its determiners. */
function platform(words: readonly string[], from: number, to: number): boolean {
  let any = false;
  for (let i = from; i <= to; i++) {
    if (DETERMINERS.has(words[i])) continue;
    if (!PLATFORM_WORDS.has(words[i])) return false;
    any = true;
  }
  return any;
}

/** "Video footage from the districts showed", "Photos ... show": footage, with no source, showing a scene. */
const SHOWN = new RegExp(`\\b(?:${MEDIA_WORDS.join('|')})\\b(?:\\s+\\S+){0,10}?\\s+(?:show|shows|showed|showing)\\b`);

/** A cue-less sentence tells what unsourced footage shows: an event reported with no source. */
export function showsUnsourcedFootage(lower: string): boolean {
  return lower.includes('show') && SHOWN.test(lower);
}

const FOOTAGE = new RegExp(`\\b(?:${MEDIA_WORDS.join('|')})\\b`);

/** The sentence speaks of footage ("Activists distributed video showing scenes of chaos"). */
export function mentionsFootage(lower: string): boolean {
  return FOOTAGE.test(lower);
}
