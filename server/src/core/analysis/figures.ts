/**
 * Figure records: each count or percentage with what it counts. The measure joins an outcome
 * (killed, wounded, captured, displaced, strength: fighters holed up in a city; casualties: the
 * dead and the hurt counted together, compared with nothing) with the class of
 * what is counted (people, children, women, fighters, or the noun itself), so "2,500 ISIS fighters
 * are holed up" and "defended by 3,000 to 4,000 jihadists" are one quantity, and "killed 6" and
 * "injured 32" are two. The incident is described by the places of the sentence (specific ones,
 * and broad ones such as Aleppo where many incidents happen), the kind of incident (chemical
 * attack, convoy, school...), the source the sentence credits and whether the toll is presented
 * as an update ("has risen to 86") or as an earlier incident ("last month", "since 2011").
 */
import type { Knowledge } from '../knowledge/knowledge';
import { isPlaceHead } from '../knowledge/lexicon';
import { incidentDate } from '../text/dates';
import { findQuantities, isFigure } from '../text/quantities';
import { lowerToken, mayBeYear, TokenKind, type Tokens } from '../text/tokens';
import { mayHave, WordClasses } from '../text/wordClasses';
import { spansWithin } from '../text/sortedSpans';
import type { SentenceMemo } from './sentenceMemo';
import { UNBOUNDED, type ArticleDate, type FigureRecord, type MentionRecord, type NameCandidate, type SentenceRecord } from './summary';

/** Outcome of each outcome word (a Map: any word of the text is looked up, "constructor" too). */
const OUTCOMES = new Map<string, string>();
const addOutcome = (outcome: string, words: string): void => {
  for (const w of words.split(' ')) OUTCOMES.set(w, outcome);
};
addOutcome('killed', 'killed kill killing kills dead died die dying deaths death toll lives martyrs martyred perished slain massacred executed bodies fatalities victims');
addOutcome('wounded', 'wounded wounding injured injuring injuries injures hurt harm harmed');
addOutcome('captured', 'captured arrested detained abducted kidnapped');
addOutcome('displaced', 'displaced evacuated fled evacuation evacuees refugees');
addOutcome('strength', 'defend defends defended defending holed deployed stationed garrisoned');

/** Class of each counted noun (a Map, as OUTCOMES). */
const CLASSES = new Map<string, string>();
const addClass = (cls: string, words: string): void => {
  for (const w of words.split(' ')) CLASSES.set(w, cls);
};
addClass('people', 'people persons person civilians civilian residents individuals victims others dead bodies lives souls citizens villagers patients worshippers pilgrims passengers volunteers workers staff doctors medics journalists casualties');
addClass('children', 'children child kids minors boys girls babies infants');
addClass('women', 'women');
addClass('fighters', 'fighters militants jihadists terrorists rebels insurgents gunmen combatants members soldiers troops servicemen officers personnel policemen guards recruits mercenaries extremists');
addClass('evacuees', 'evacuees refugees displaced');

/** The classes of words a figure sentence is told by: a bit test before each regex. */
const WORDS = new WordClasses();
/** Whole words or phrases (lower case), as a regex and the class of their key words. */
interface Phrases {
  re: RegExp;
  keyWords: number;
}
const phrases = (list: readonly string[]): Phrases => ({ re: new RegExp(`\\b(${list.join('|')})\\b`), keyWords: WORDS.addPhrases(list) });

/** Incident kinds that tie two reports to one incident better than a city does. */
const EVENT_KINDS: [string, Phrases][] = [
  ['chemical', phrases(['chemical', 'gas', 'sarin', 'chlorine', 'toxic', 'nerve agent'])],
  ['convoy', phrases(['convoy', 'buses', 'evacuees'])],
  ['school', phrases(['school', 'schools'])],
  ['market', phrases(['market', 'souq', 'marketplace'])],
  ['hospital', phrases(['hospital', 'hospitals', 'clinic'])],
  ['bakery', phrases(['bakery'])],
  ['mosque', phrases(['mosque'])],
  ['wedding', phrases(['wedding'])],
  ['missile', phrases(['missile', 'missiles', 'tomahawk', 'tomahawks', 'cruise'])],
  ['barrel', phrases(['barrel'])],
  ['car-bomb', phrases(['car bomb', 'car bombs', 'car-bomb', 'car-bombs', 'suicide', 'bomber', 'explosive-laden'])],
  ['airbase', phrases(['air base', 'airbase', 'airfield'])],
  ['aid', phrases(['aid convoy', 'aid trucks', 'red crescent', 'sarc'])],
];
/** An earlier incident, not the article's: "a similar bombing", "last month". */
const PAST_RE = /\b(last (week|month|year)|a similar|another (attack|bombing|blast|strike)|previous (attack|bombing)|since (then|the start|the beginning|the outbreak|the war|the conflict|the uprising|march 2011|2011)|(over|in|during) the (past|last) (year|months)|this year|(in|during) the (syrian |six-year |five-year |civil )?(war|conflict)|documented)\b/;
const UPDATE_CUES = phrases(['risen', 'rose', 'rises', 'climbed', 'climbs', 'increased', 'jumped', 'updated', 'revised', 'new toll', 'previous toll', 'previous death toll', 'earlier toll', 'earlier death toll', 'up from']);
/** Each alternative of PAST_RE holds one of these words: without them the search is skipped. */
const PAST_WORDS = WORDS.add(['last', 'similar', 'another', 'previous', 'since', 'past', 'year', 'war', 'conflict', 'documented']);
const TOLL = WORDS.add(['toll', 'deaths']);
/** Month names: a sentence without one names no day (see `incidentDate`). */
const MONTH_WORDS = WORDS.add('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '));
/** Not a word: a number that may be a year (19xx, 20xx). */
const YEAR = WORDS.add([]);
/** Outcome words of a death or an injury: what firstOutcome looks for. */
const HARM = WORDS.add([...OUTCOMES].filter(([, outcome]) => outcome === 'killed' || outcome === 'wounded').map(([w]) => w));
/** Verbs of those who speak: "two residents said". */
const SPEAKS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'tell', 'reported', 'added']);
const STOP_AFTER = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'from', 'by', 'with', 'since', 'after', 'before', 'during', 'while', 'as', 'to', 'for', 'that', 'which', 'who']);
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around', 'of', 'on', 'from', 'into', 'towards', 'toward']);

function word(text: string, tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count && tokens.kind[i] === TokenKind.Word ? lowerToken(text, tokens, i) : '';
}

function tokenIndexAt(tokens: Tokens, offset: number): number {
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens.end[mid] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function extractFigures(
  text: string,
  tokens: Tokens,
  sentences: readonly SentenceRecord[],
  mentions: readonly MentionRecord[],
  candidates: readonly NameCandidate[],
  date: ArticleDate | null,
  knowledge: Knowledge,
  memo?: SentenceMemo,
): FigureRecord[] {
  const out: FigureRecord[] = [];
  const leadEnd = sentences[Math.min(2, sentences.length - 1)]?.end ?? 0;
  // the lead's places and incident kinds stand in for a figure sentence's own when it names none
  let lead: ReturnType<typeof placesOf> | undefined;
  let leadEvents: string[] | undefined;
  const articleYear = date ? Number(date.iso.slice(0, 4)) : null;
  sentences.forEach((sentence, sIndex) => {
    // attribution already found whether the sentence states a figure: most do not
    if (!sentence.figure) return;
    // an open document's: the figures of a sentence whose key stands are taken again
    let own = memo?.kept<SentenceFigures>(sIndex);
    if (own === undefined) {
      own = sentenceFigures(text, tokens, sentence, mentions, knowledge);
      if (own.local) memo?.keep(sIndex, own);
    }
    if (own.figures.length === 0) return;
    const events =
      own.events.length > 0
        ? own.events
        : (leadEvents ??= eventsOf(text.slice(0, leadEnd).toLowerCase(), wordsOf(text, tokens, 0, tokensBefore(tokens, leadEnd))));
    // "On February 22 a health facility was hit, killing six" in an April article: the day of its incident
    const incident = date && own.dated ? incidentDate(text.slice(sentence.start, sentence.end), date.iso) : null;
    const here = placesOf(mentions, candidates, text, tokens, sentence.start, sentence.end, knowledge);
    const places = here.specific.length + here.broad.length > 0 ? here : (lead ??= placesOf(mentions, candidates, text, tokens, 0, leadEnd, knowledge));
    for (const f of own.figures) {
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      const before = out.length > 0 ? out[out.length - 1] : undefined;
      out.push({
        start,
        end,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        value: f.value,
        valueHigh: f.valueHigh,
        measure: f.measure,
        places: places.specific,
        broadPlaces: places.broad,
        groups: own.groups,
        of: f.of,
        update: own.update,
        sentence: sIndex,
        claim: sentence.label !== 'not-claim',
        source: sentence.source,
        events,
        // "killed 27 people in 2014": an earlier year right next to the figure dates it
        // (a toll said to have been replaced is compared with nothing: "its earlier toll of 15")
        past: own.past || f.superseded || (articleYear !== null && f.year !== null && f.year < articleYear),
        // a part of the article's total: counted among it, or on top of the count of the same
        // measure just before it, in this sentence or the last
        part: f.among || (f.added && before !== undefined && before.measure === f.measure && before.sentence >= sIndex - 1),
        text: text.slice(start, end),
        incident: incident ?? undefined,
      });
    }
  });
  return out;
}

/**
 * What a figure sentence says on its own, with offsets from its start: its figures, whether it
 * presents a toll as an update or an earlier incident, the incident kinds and the groups it names.
 * The article's date, the sentence's label and source, and the places (name candidates are not
 * in the memo's key) are added by `extractFigures`.
 */
interface SentenceFigures {
  figures: OwnFigure[];
  update: boolean;
  past: boolean;
  events: string[];
  groups: string[];
  /** The sentence names a month: it may name its incident's day. */
  dated: boolean;
  /**
   * Whether they depend only on what an open document's sentence memo keys the sentence by (its
   * text with six tokens either side, and the names in it): a percentage looks for what it is
   * "of" in the names up to 25 characters past it, which may lie past the sentence.
   */
  local: boolean;
}

interface OwnFigure {
  start: number;
  end: number;
  low: number;
  high: number;
  qualifier: FigureRecord['qualifier'];
  value: number;
  valueHigh: number | undefined;
  measure: string;
  of: string | undefined;
  /** An earlier year right next to the figure ("in 2014"), or null. */
  year: number | null;
  /** Worded as a count on top of another ("another 24", "16 others", "six more", "were also killed"): see `part`. */
  added: boolean;
  /** Counted among a total ("four children are among the 28 dead", "31 civilians identified among those killed"). */
  among: boolean;
  /** A toll its sentence says was replaced ("updated its earlier death toll of 15", "up from 15"). */
  superseded: boolean;
}

function sentenceFigures(text: string, tokens: Tokens, sentence: SentenceRecord, mentions: readonly MentionRecord[], knowledge: Knowledge): SentenceFigures {
  const first = tokenIndexAt(tokens, sentence.start);
  let last = first;
  while (last < tokens.count && tokens.start[last] < sentence.end) last++;
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  const mask = wordsOf(text, tokens, first, last);
  const figures: OwnFigure[] = [];
  let local = true;
  const sentenceOutcome = mask & HARM ? firstOutcome(text, tokens, first, last) : null;
  for (const q of findQuantities(text, tokens, first, last)) {
    if (!isFigure(q) || q.vague) continue;
    let measure: string;
    let of: string | undefined;
    const qStartToken = tokenIndexAt(tokens, q.start);
    if (q.kind === 'percent') {
      local = false;
      // 45 percent of Raqqa / 80 percent of ISIS attacks
      let k = q.lastToken + 1;
      if (word(text, tokens, k) === 'of') k++;
      const target = mentions.find((m) => m.start >= sentence.start && m.start >= tokens.start[Math.min(k, tokens.count - 1)] && m.start - tokens.end[q.lastToken] < 25);
      of = target ? target.entityId : word(text, tokens, k + (word(text, tokens, k) === 'the' ? 1 : 0)) || 'unknown';
      measure = `percent-of-${of}`;
      if (target) {
        // "80 percent of ISIS attacks": the entity qualifies a noun, which is what is measured
        const after = tokenIndexAt(tokens, target.end);
        const noun = word(text, tokens, after);
        if (noun && tokens.start[after] - target.end <= 1 && !STOP_AFTER.has(noun)) measure = `percent-of-${noun}`;
      }
    } else {
      // "seven of them children" counts children; "two of them" is a part of a figure stated before
      const partOf = word(text, tokens, q.lastToken + 1) === 'of' && ['them', 'whom', 'those'].includes(word(text, tokens, q.lastToken + 2));
      const cls = partOf ? countedClass(text, tokens, q.lastToken + 2, last) : countedClass(text, tokens, q.lastToken, last);
      if (partOf && cls !== 'children' && cls !== 'women') continue;
      // "killing four more civilians two residents said": the people who speak, not a count
      if (cls && SPEAKS.has(word(text, tokens, q.lastToken + 2))) continue;
      // "25 casualties", "killed and injured five civilians": the dead and the hurt together
      const outcome = word(text, tokens, q.lastToken + 1) === 'casualties' || bothOutcomes(text, tokens, qStartToken, q.lastToken, last)
        ? 'casualties'
        : cls
          ? (nearestOutcome(text, tokens, qStartToken, q.lastToken, first, last) ?? sentenceOutcome)
          : adjacentOutcome(text, tokens, qStartToken, q.lastToken, (mask & TOLL) !== 0);
      if (!outcome) continue;
      measure = `${outcome ?? 'count'}:${cls ?? 'people'}`;
    }
    const [low, up] = interval(q.qualifier, q.value, q.high ?? q.value);
    const near = text.slice(Math.max(sentence.start, q.start - 50), Math.min(sentence.end, q.end + 50)).toLowerCase();
    const year = mask & YEAR ? /\b(?:in|since|of|during) (19\d\d|20\d\d)\b/.exec(near) : null;
    figures.push({
      start: q.start - sentence.start,
      end: q.end - sentence.start,
      low,
      high: up,
      qualifier: q.qualifier,
      value: q.value,
      valueHigh: q.qualifier === 'range' ? q.high : undefined,
      measure,
      of: of ? of : undefined,
      year: year ? Number(year[1]) : null,
      added: isAdded(text, tokens, qStartToken, q.lastToken, first, last),
      among: isAmong(text, tokens, q.lastToken, last),
      superseded: isSuperseded(text, tokens, qStartToken, first),
    });
  }
  if (figures.length === 0) return { figures, update: false, past: false, events: [], groups: [], dated: false, local };
  return {
    figures,
    update: found(UPDATE_CUES, lower, mask),
    past: (mask & PAST_WORDS) !== 0 && PAST_RE.test(lower),
    events: eventsOf(lower, mask),
    groups: [...new Set(spansWithin(mentions, sentence).filter((m) => knowledge.entities.get(m.entityId)?.kind === 'group').map((m) => m.entityId))].sort(),
    dated: (mask & MONTH_WORDS) !== 0,
    local,
  };
}

/** How many tokens start before the offset. */
function tokensBefore(tokens: Tokens, offset: number): number {
  let n = 0;
  while (n < tokens.count && tokens.start[n] < offset) n++;
  return n;
}

/** The word classes (WORDS) of tokens [from, to), with YEAR for a number that may be a year. */
function wordsOf(text: string, tokens: Tokens, from: number, to: number): number {
  let mask = 0;
  for (let t = from; t < to; t++) {
    const kind = tokens.kind[t];
    if (kind === TokenKind.Word) mask |= WORDS.of(lowerToken(text, tokens, t));
    else if (kind === TokenKind.Number && mayBeYear(text, tokens.start[t], tokens.end[t])) mask |= YEAR;
  }
  return mask;
}

/** Whether the text (lower case; its words of the classes `mask`) has one of the phrases. */
function found(p: Phrases, lower: string, mask: number): boolean {
  return mayHave(mask, p.keyWords) && p.re.test(lower);
}

/** The incident kinds a text names (lower case; its words of the classes `mask`): most name none. */
function eventsOf(lower: string, mask: number): string[] {
  const out: string[] = [];
  for (const [kind, p] of EVENT_KINDS) if (found(p, lower, mask)) out.push(kind);
  return out;
}

/** The interval of values a figure allows ("at least N" = [N, inf)). */
export function interval(qualifier: FigureRecord['qualifier'], value: number, high: number): [number, number] {
  switch (qualifier) {
    case 'at-least':
      return [value, UNBOUNDED];
    case 'more-than':
      return [value + (Number.isInteger(value) ? 1 : 0.001), UNBOUNDED];
    case 'about':
      return [value * 0.9, value * 1.1];
    case 'up-to':
      return [0, value];
    case 'less-than':
      return [0, value - (Number.isInteger(value) ? 1 : 0.001)];
    case 'range':
      return [value, high];
    default:
      return [value, value];
  }
}

/** Words before a number that add it to another count: "another 24", "a further 12". */
/** Words before "toll of N" that make N a replaced toll: "its earlier death toll of 15". */
const FORMER = new Set(['earlier', 'previous', 'initial', 'original', 'former', 'old']);

/** "updated its earlier death toll of 15", "a previous toll of 22", "up from 15": a toll replaced since. */
function isSuperseded(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  if (firstToken - 2 >= sFirst && word(text, tokens, firstToken - 1) === 'from' && word(text, tokens, firstToken - 2) === 'up') return true;
  let k = firstToken - 1;
  if (word(text, tokens, k) !== 'of' && word(text, tokens, k) !== 'at') return false;
  k--;
  if (!TOLL_NOUNS.has(word(text, tokens, k))) return false;
  k--;
  if (word(text, tokens, k) === 'death' || word(text, tokens, k) === 'casualty') k--;
  return k >= sFirst && FORMER.has(word(text, tokens, k));
}
const TOLL_NOUNS = new Set(['toll', 'tally', 'figure', 'count', 'estimate']);

const ADDED_BEFORE = new Set(['another', 'further', 'additional']);
/** Words right after a number that do: "24 other people", "16 others", "six more". */
const ADDED_AFTER = new Set(['other', 'others', 'more']);

/**
 * Whether a count is worded as one on top of another: "another 24 were killed", "24 other
 * people", "the 16 others", "six more", or with "also" next to it ("six people were also killed",
 * "also killed six"). Whether it adds to a count of the same measure just before it is the
 * article's to say (`part`).
 */
function isAdded(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number, sLast: number): boolean {
  if (ADDED_BEFORE.has(word(text, tokens, firstToken - 1)) || ADDED_AFTER.has(word(text, tokens, lastToken + 1))) return true;
  for (let k = Math.max(sFirst, firstToken - 3); k < Math.min(sLast, lastToken + 5); k++) {
    if (k >= firstToken && k <= lastToken) continue;
    if (word(text, tokens, k) === 'also') return true;
  }
  return false;
}

/**
 * Whether a count is stated as part of a total: "among" a few words after it ("four children are
 * among the 28 dead", "31 civilians were identified among those killed"); not "among them", which
 * opens the part of the count before it ("killed 12 people, among them three children").
 */
function isAmong(text: string, tokens: Tokens, lastToken: number, sLast: number): boolean {
  for (let k = lastToken + 1; k < Math.min(sLast, lastToken + 5); k++) {
    if (word(text, tokens, k) !== 'among') continue;
    const next = word(text, tokens, k + 1);
    return next !== 'them' && next !== 'whom';
  }
  return false;
}

/** The class of what follows the number: "2,500 ISIS fighters", "11 children", "400 others". */
function countedClass(text: string, tokens: Tokens, lastToken: number, end: number): string | null {
  for (let k = lastToken + 1; k < Math.min(end, lastToken + 6); k++) {
    if (tokens.kind[k] === TokenKind.Number) return null;
    if (tokens.kind[k] === TokenKind.Punct) {
      const c = text[tokens.start[k]];
      if (c === '[' || c === ']' || c === '-' || c === '(' || c === ')') continue;
      return null;
    }
    const w = word(text, tokens, k);
    const cls = CLASSES.get(w);
    if (cls) return cls;
    if (STOP_AFTER.has(w) || OUTCOMES.get(w)) return null;
  }
  return null;
}

/** Words that start another clause: an outcome word past one is read as that clause's. */
const CLAUSE_BREAKS = new Set(['and', 'while', 'but', 'whereas']);
/** How much farther an outcome word past a clause break reads. */
const BREAK_PENALTY = 3;

/**
 * The outcome word nearest the number in its clause: "killed 43 people", "people were wounded";
 * one past "and" reads as farther ("two were killed and three others were injured": the three
 * were injured; "the lives of two persons and injured three": the two were killed).
 */
function nearestOutcome(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number, sLast: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  // "killed 43 people" reads backwards; "43 people were killed" forwards (slightly preferred)
  let penalty = 0;
  for (let k = firstToken - 1; k >= Math.max(sFirst, firstToken - 6); k--) {
    const w = word(text, tokens, k);
    const outcome = OUTCOMES.get(w);
    if (outcome) {
      // "the lives of 15 people": "of" binds the number to its noun as closely as "killing 15"
      const distance = (k === firstToken - 2 && word(text, tokens, k + 1) === 'of' ? 1.5 : firstToken - k + 0.5) + penalty;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = outcome;
      }
    } else if (CLAUSE_BREAKS.has(w)) penalty = BREAK_PENALTY;
  }
  penalty = 0;
  for (let k = lastToken + 1; k < Math.min(sLast, lastToken + 8); k++) {
    const w = word(text, tokens, k);
    const outcome = OUTCOMES.get(w);
    if (outcome) {
      const distance = k - lastToken + penalty;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = outcome;
      }
    } else if (CLAUSE_BREAKS.has(w)) penalty = BREAK_PENALTY;
  }
  return best;
}

/** A death word and an injury word joined by "and" or "or", at k and k + 2. */
function deadAndHurt(text: string, tokens: Tokens, k: number): boolean {
  const a = OUTCOMES.get(word(text, tokens, k));
  const b = OUTCOMES.get(word(text, tokens, k + 2));
  const joiner = word(text, tokens, k + 1);
  return (joiner === 'and' || joiner === 'or') && ((a === 'killed' && b === 'wounded') || (a === 'wounded' && b === 'killed'));
}

/**
 * The number counts the dead and the hurt together: "killed and injured five civilians", "five
 * people were killed or wounded" (its measure, casualties, is compared with no toll).
 */
function bothOutcomes(text: string, tokens: Tokens, firstToken: number, lastToken: number, sLast: number): boolean {
  if (firstToken >= 3 && deadAndHurt(text, tokens, firstToken - 3)) return true;
  // past the counted noun and an auxiliary or two: "five civilians were killed or wounded"
  let k = lastToken + 1;
  if (CLASSES.has(word(text, tokens, k))) k++;
  while (k < sLast && k <= lastToken + 4 && (word(text, tokens, k) === 'were' || word(text, tokens, k) === 'have' || word(text, tokens, k) === 'been' || word(text, tokens, k) === 'was')) k++;
  return k + 2 < sLast && deadAndHurt(text, tokens, k);
}

/**
 * Without a counted noun the outcome must touch the number: "19 dead", "200 injured",
 * "killed 19", "wounded 300"; or the sentence is about a toll: "the death toll ... reached 126",
 * "has risen to 86", "put the death toll at 58".
 */
function adjacentOutcome(text: string, tokens: Tokens, firstToken: number, lastToken: number, tollSentence: boolean): string | null {
  const after = OUTCOMES.get(word(text, tokens, lastToken + 1));
  if (after === 'killed' || after === 'wounded') return after;
  const before = word(text, tokens, firstToken - 1);
  const b = OUTCOMES.get(before);
  if (b === 'killed' || b === 'wounded') return b;
  if (tollSentence && ['at', 'to', 'reached', 'was', 'is', 'of', 'hit', 'stood'].includes(before)) return 'killed';
  return null;
}

/** The sentence's first outcome word: "The death toll ... has risen to 86". */
function firstOutcome(text: string, tokens: Tokens, sFirst: number, sLast: number): string | null {
  for (let k = sFirst; k < sLast; k++) {
    const outcome = OUTCOMES.get(word(text, tokens, k));
    if (outcome === 'killed' || outcome === 'wounded') return outcome;
  }
  return null;
}

const COUNTRIES = new Set(['syria', 'iraq', 'iran', 'turkey', 'russia', 'lebanon', 'jordan', 'israel', 'saudi-arabia', 'qatar', 'egypt', 'united-states', 'united-kingdom', 'france', 'germany', 'china', 'britain']);

/**
 * Places named in a span: curated places (countries left out), split into specific and broad
 * ones, plus unknown names in a locative position ("in Hass", "Tokhar village").
 */
function placesOf(
  mentions: readonly MentionRecord[],
  candidates: readonly NameCandidate[],
  text: string,
  tokens: Tokens,
  start: number,
  end: number,
  knowledge: Knowledge,
): { specific: string[]; broad: string[] } {
  const specific = new Set<string>();
  const broad = new Set<string>();
  for (const m of spansWithin(mentions, { start, end })) {
    const e = knowledge.entities.get(m.entityId);
    if (!e || e.kind !== 'place' || COUNTRIES.has(e.id)) continue;
    (e.broad ? broad : specific).add(e.id);
  }
  for (const c of spansWithin(candidates, { start, end })) {
    if (!c.whole || c.person) continue;
    const t = tokenIndexAt(tokens, c.start);
    const before = word(text, tokens, t - 1);
    const after = word(text, tokens, tokenIndexAt(tokens, c.end));
    if (LOCATIVE.has(before) || isPlaceHead(after)) specific.add(`~${c.skeleton}`);
  }
  return { specific: [...specific].sort(), broad: [...broad].sort() };
}
