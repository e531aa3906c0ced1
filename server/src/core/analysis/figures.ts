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
import { incidentDate, inEarlierMonth, weekdayDate, WEEKDAYS } from '../text/dates';
import { findQuantities, isFigure, MONTHS } from '../text/quantities';
import { lowerToken, mayBeYear, TokenKind, type Tokens } from '../text/tokens';
import { inTagList, tagListSpans } from './tagLists';
import { mayHave, WordClasses } from '../text/wordClasses';
import type { Span } from '../text/sentences';
import { firstStartingAt, spansWithin } from '../text/sortedSpans';
import { ADDED_AFTER, adjacentOutcome, afterAmong, asWellAs, bothOutcomes, countedBefore, countedClass, endsClause, firstOutcome, isAdded, isAmong, isBeside, isBodyCount, isIncluded, isKinOf, KIN, isReferred, isSuperseded, nearestOutcome, opensBreakdown, otherOutcomeBefore, OUTCOMES, SPEAKS, STOP_AFTER, treatedVictims, word } from './figureCounts';
import { livesIn, populationMeasure, stillIn, unplacedPopulation } from './population';
import type { SentenceMemo } from './sentenceMemo';
import { MentionFlag, mentionIs, UNBOUNDED, type ArticleDate, type FigureRecord, type MentionRecord, type NameCandidate, type SentenceRecord } from './summary';

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
  ['shelling', phrases(['shelling', 'shell', 'shells', 'shelled', 'mortar', 'mortars', 'rocket', 'rockets', 'artillery'])],
  ['car-bomb', phrases(['car bomb', 'car bombs', 'car-bomb', 'car-bombs', 'suicide', 'bomber', 'explosive-laden'])],
  ['airbase', phrases(['air base', 'airbase', 'airfield'])],
  ['aid', phrases(['aid convoy', 'aid trucks', 'red crescent', 'sarc'])],
];
/** An earlier incident, not the article's: "a similar bombing", "last month". */
const PAST_RE = /\b(last (week|month|year)|a similar|another (attack|bombing|blast|strike)|previous (attack|bombing)|since (then|the start|the beginning|the outbreak|the war|the conflict|the uprising|march 2011|2011)|(over|in|during) the (past|last) (\w+ )?(days|weeks|week|year|months)|(past|last) (36|48|72|96|forty-eight|seventy-two) hours|(days|weeks) of (air ?strikes|raids|bombardment|bombing|shelling|fighting|clashes)|since (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(over|during|throughout) the (whole |entire )?weekend|the first (\w+ )?months|\w+-(day|week|month) period|this year|(in|during) the (syrian |six-year |five-year |civil )?(war|conflict)|(came|comes) (one|a|two|three|several) (days?|weeks?) after)\b/;
const UPDATE_CUES = phrases(['risen', 'rose', 'rises', 'climbed', 'climbs', 'increased', 'jumped', 'updated', 'revised', 'new toll', 'previous toll', 'previous death toll', 'earlier toll', 'earlier death toll', 'up from']);
/** Each alternative of PAST_RE holds one of these words: without them the search is skipped. */
const PAST_WORDS = WORDS.add(['last', 'similar', 'another', 'previous', 'since', 'past', 'year', 'war', 'conflict', 'days', 'weeks', 'weekend', 'months', 'period', 'came', 'comes']);
/** An inquiry, a campaign or a battle named by its length ("during a five-day investigation"): a running total too. */
const LENGTH_NAMED = /\b\w+-(?:day|week|month) (?:investigation|campaign|offensive|operation|battle|siege)\b/;
/** Whether the sentence (lower case) names an inquiry or a campaign by its length; most name no "-day", "-week" or "-month". */
function lengthNamed(lower: string): boolean {
  return (lower.includes('-day ') || lower.includes('-week ') || lower.includes('-month ')) && LENGTH_NAMED.test(lower);
}
const TOLL = WORDS.add(['toll', 'deaths', 'number']);
/** A sentence about a toll: "the death toll ... reached 126", "put the number of dead at 100" (not "the number of refugees"). */
const TOLL_RE = /\b(?:toll|deaths|number of (?:the )?(?:dead|killed|victims|fatalities))\b/;
/**
 * Attacks on several places ("rocket attacks on the neighborhoods of", "air strikes on towns",
 * "strikes across rebel-held Idlib province", "killed in separate operations"), or the toll the
 * dead told before were among ("They were among 19 people killed"): a total of which a count of
 * one incident is a part.
 */
const SPREAD = /\b(?:attacks|shells|strikes|airstrikes|raids|shelling|bombardment)\b.{0,40}\b(?:neighbou?rhoods|areas|towns|villages|districts|parts of|across)\b|^(?:they|these|those) (?:were|are) (?:also )?among\b|\bseparate (?:operations|attacks|strikes|raids|incidents|clashes)\b/;
/** A sentence that opens another incident than the one before ("Separately two militants were killed"). */
const SEPARATE = /^(?:separately|elsewhere|in a separate|in another (?:incident|attack|strike|raid|development))\b/;
/**
 * A sentence that opens with an earlier time: "Earlier two persons were killed", "A day earlier an
 * airstrike on a market killed 12", "The day before", "Two days ago", "Hours earlier". Another
 * incident, unless it tells an earlier report (see FIRST_VERB).
 */
const EARLIER = /^(?:earlier|(?:a|one|two|three|four|five|six|\d) days? (?:earlier|before|ago|prior)|the (?:day|night) (?:before|prior)|the previous (?:day|night)|(?:hours|minutes) (?:earlier|before))\b/;
/**
 * The first reporting verb and the first verb of an incident of a sentence: "Earlier the
 * Observatory reported that the attacks killed 31" tells an earlier report of the incident, not
 * an earlier incident ("Earlier two persons were killed", "Earlier in the day the group launched
 * 60 missiles ... killing nine people Sputnik reported").
 */
const FIRST_VERB = /\b(?:(said|says|say|reported|reports|report|announced|quoted|cited|stated)|(killed|killing|died|dead|wounded|injured|injuring|launched|fired|struck|hit|targeted|attacked|shelled|exploded|blew|dropped|carried out))\b/;
/** A sentence that opens with an earlier time (EARLIER) and then an incident, not a report. */
function opensIncident(lower: string): boolean {
  const m = FIRST_VERB.exec(lower);
  return m === null || m[1] === undefined;
}
/** SEPARATE, or EARLIER before an incident: another incident than the one before. */
function opensSeparate(lower: string): boolean {
  return SEPARATE.test(lower) || (EARLIER.test(lower) && opensIncident(lower));
}
const SPREAD_WORDS = WORDS.add(['neighborhoods', 'neighbourhoods', 'areas', 'towns', 'villages', 'districts', 'parts', 'across', 'among', 'separate']);
/** Month names: a sentence without one names no day (see `incidentDate`). */
const MONTH_WORDS = WORDS.add(MONTHS);
/** Weekdays and "yesterday": a sentence without one names no day by them (see `weekdayDate`). */
const DAY_WORDS = WORDS.add([...WEEKDAYS, ...WEEKDAYS.map((d) => `${d}s`), 'yesterday']);
/** A sentence without "among" names no part after "among ... were" (see `afterAmong`). */
const AMONG = WORDS.add(['among']);
/** A sentence without "one" or "single" names no count at one of several places (ONE_OF_MANY). */
const ONE = WORDS.add(['one', 'single']);
/** A sentence without a word of kin or homes names no one's kin (see `isKinOf`). */
const KIN_WORDS = WORDS.add(KIN);
/** A sentence without "well" joins no count by "as well as" (see `asWellAs`). */
const WELL = WORDS.add(['well']);
/** A sentence without "bodies" counts none (see `isBodyCount`). */
const BODIES = WORDS.add(['bodies']);
/** The word a place a push was heading for follows (see `isHeading`). */
const TOWARD = WORDS.add(['towards', 'toward']);
/** Not a word: a number that may be a year (19xx, 20xx). */
const YEAR = WORDS.add([]);
/** A sentence without "remain", "still" or "left" tells no force by what remains of it (see `remainsIn`). */
const REMAIN = WORDS.add(['remain', 'remains', 'remained', 'still', 'left']);
/** A sentence without one of these tells no one how many people live in a place (see `livesIn`). */
const DWELL_WORDS = WORDS.add(['remain', 'remaining', 'live', 'living', 'trapped', 'stranded', 'besieged', 'siege', 'still', 'left']);
/** Outcome words of a death or an injury: what firstOutcome looks for. */
const HARM = WORDS.add([...OUTCOMES].filter(([, outcome]) => outcome === 'killed' || outcome === 'wounded').map(([w]) => w));
const LOCATIVE = new Set(['in', 'near', 'at', 'outside', 'around', 'of', 'on', 'from', 'into', 'towards', 'toward']);
/**
 * Deaths of hunger, cold or illness ("two more people died from lack of food and medical care",
 * "infants had died of malnutrition"): a siege's toll, counted apart from an attack's.
 */
const WANT = /\b(?:died|die|dying|deaths?|dead)\s+(?:of|from|due to|because of)\s+(?:(?:the|a|severe|acute)\s+)?(?:hunger|starvation|malnutrition|lack\b|shortages?|disease|illness|cold|thirst|exposure)|\bstarved\b|\bstarvation\b/;
const WANT_WORDS = WORDS.add(['hunger', 'starvation', 'malnutrition', 'lack', 'shortage', 'shortages', 'disease', 'illness', 'cold', 'thirst', 'exposure', 'starved']);

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
  const tags = tagListSpans(text);
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
    // "On February 22 a health facility was hit, killing six" in an April article: the day of its incident
    const sentenceText = own.dated || own.weekday ? text.slice(sentence.start, sentence.end) : '';
    // ... or "on Monday" in an article of Thursday: that Monday
    const incident = date === null ? null : ((own.dated ? incidentDate(sentenceText, date.iso) : null) ?? (own.weekday ? weekdayDate(sentenceText, date.iso) : null));
    // "In March two blasts ... claimed 40 lives" in an April article: an earlier incident
    const earlierMonth = date !== null && own.dated && incident === null && inEarlierMonth(sentenceText, date.iso);
    const here = placesOf(mentions, candidates, tags, text, tokens, sentence.start, sentence.end, knowledge, own.heading);
    // (a sentence's places are tested for "towards" only when it says it, the lead's always: the
    // word classes of three sentences cost more than the test)
    const places = here.specific.length + here.broad.length > 0 ? here : (lead ??= placesOf(mentions, candidates, tags, text, tokens, 0, leadEnd, knowledge, true));
    // a sentence that names a village or district of its own, not one of the lead's, tells another
    // incident than the lead's ("a helicopter was shot down near Saraqeb" below a lead on a gas
    // attack in another town); a lead that names only a city or province may be about it
    const elsewhere = own.events.length === 0 && here.specific.length > 0 && apart(here.specific, (lead ??= placesOf(mentions, candidates, tags, text, tokens, 0, leadEnd, knowledge, true)).specific);
    const events =
      own.events.length > 0 || elsewhere
        ? own.events
        : (leadEvents ??= eventsOf(text.slice(0, leadEnd).toLowerCase(), wordsOf(text, tokens, 0, tokensBefore(tokens, leadEnd))));
    // the sentence's last count not listed as a part of another: "killed 12 people including two
    // rebel fighters and five civilians" (the five civilians are a part of the 12)
    let total: FigureRecord | undefined;
    // a roundup's story glued to the one before by a period the gold's split reads through: the
    // places of each count's own part ("... damage to properties. 4 citizens killed in Homs city")
    const parts = countParts(text, sentence.start, sentence.end);
    for (const f of own.figures) {
      if (here.specific.length + here.broad.length === 0 && unplacedPopulation(f.measure, text, sentence)) continue;
      const start = sentence.start + f.start;
      const end = sentence.start + f.end;
      const before = out.length > 0 ? out[out.length - 1] : undefined;
      const part = parts === null ? null : partAt(parts, start, sentence.end);
      const partPlaces = part === null ? null : placesOf(mentions, candidates, tags, text, tokens, part.start, part.end, knowledge, own.heading);
      const ownPlaces = partPlaces !== null && partPlaces.specific.length + partPlaces.broad.length > 0 ? partPlaces : places;
      out.push({
        start,
        end,
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        value: f.value,
        valueHigh: f.valueHigh,
        measure: f.measure,
        places: ownPlaces.specific,
        broadPlaces: ownPlaces.broad,
        groups: own.groups,
        of: f.of,
        update: own.update,
        spread: own.spread,
        separate: own.separate,
        sentence: sIndex,
        claim: sentence.label !== 'not-claim',
        source: sentence.source,
        events,
        // "killed 27 people in 2014": an earlier year right next to the figure dates it
        // (a toll said to have been replaced is compared with nothing: "its earlier toll of 15")
        past: own.past || earlierMonth || f.superseded || (articleYear !== null && f.year !== null && f.year < articleYear),
        // a part of the article's total: counted among it, or on top of the count of the same
        // measure just before it, in this sentence or the last
        part:
          f.among ||
          (f.added && before !== undefined && before.measure === f.measure && before.sentence >= sIndex - 1) ||
          // "killing nine children and 14 others": the parts of a total of 23 (but "killed three
          // workers while six children were also killed" counts all the children)
          (f.added && before !== undefined && before.sentence === sIndex && !before.part && f.measure.endsWith(':people') && outcomeOf(before.measure) === outcomeOf(f.measure)) ||
          // "killed 31 civilians including 10 on a bus": a part of the count it follows
          (f.included && total !== undefined && total.measure === f.measure) ||
          // ... or of an added count ("Another 42 people including 11 children")
          (f.included && total !== undefined && total.addition) ||
          // "as well as the 10 civilians killed on the bus": a count the article stated before
          (f.referred && before !== undefined && before.measure === f.measure),
        addition: (f.added && !f.afterOther && onTopOfLast(out, f.measure)) || f.breakdown,
        text: text.slice(start, end),
        incident: incident ?? undefined,
      });
      if (!f.included) total = out[out.length - 1];
    }
  });
  restatedPlaces(out);
  return out;
}

/**
 * A count an article states again without its place (a web page's standfirst and body, *killed 12
 * people* in a village, then the village named further on) is one count: a toll that names no
 * town or district takes those of the article's same count (measure and value) that does.
 */
function restatedPlaces(out: FigureRecord[]): void {
  let placed: Map<string, FigureRecord> | undefined;
  for (const f of out) {
    if (f.places.length === 0 || f.part || f.addition) continue;
    placed ??= new Map();
    const key = `${f.measure}|${f.low}|${f.high}`;
    if (!placed.has(key)) placed.set(key, f);
  }
  if (!placed) return;
  for (const f of out) {
    if (f.places.length > 0 || f.part || f.addition) continue;
    const same = placed.get(`${f.measure}|${f.low}|${f.high}`);
    if (same) {
      f.places = same.places;
      f.broadPlaces = same.broadPlaces;
    }
  }
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
  /** Attacks on several places: see `FigureRecord.spread`. */
  spread: boolean;
  /** Another incident: see `FigureRecord.separate`. */
  separate: boolean;
  past: boolean;
  events: string[];
  groups: string[];
  /** The sentence names a month: it may name its incident's day. */
  dated: boolean;
  /** The sentence names a weekday or yesterday: it may name its incident's day so. */
  weekday: boolean;
  /** The sentence says "towards": a place it names may be where a push was heading (`isHeading`). */
  heading: boolean;
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
  /** Added, after the other outcome in its clause ("killing a woman and injuring three others"): others than those, see `addition`. */
  afterOther: boolean;
  /**
   * Counted among a total ("four children are among the 28 dead", "31 civilians identified among
   * those killed", "14 of the dead"), beside someone ("killed along with two other people") or
   * first in a breakdown by place ("150 bodies in Hammouriya 100 in Kfar Batna"), or the people
   * of a breakdown by class ("killed 15 civilians and 27 popular fighters").
   */
  among: boolean;
  /**
   * First in a breakdown by place, or counted at one of several places or in one of several
   * records ("brought to one field hospital", "One video showed"): one place's count, never a
   * whole toll (see `addition`).
   */
  breakdown: boolean;
  /** Right after "including" or "among them" ("killed 31 civilians including 10 on a bus"): see `part`. */
  included: boolean;
  /** After "the", "these" or "those" ("the 10 civilians killed on the bus"): a count stated before, see `part`. */
  referred: boolean;
  /** A toll its sentence says was replaced ("updated its earlier death toll of 15", "up from 15"). */
  superseded: boolean;
}

/**
 * The hurt treated in another country's hospitals ("31 people hurt in Tuesday's attack were being
 * treated in Turkish hospitals", "Turkish hospitals are treating 24 people wounded"): those brought
 * across the border, a part of all the hurt; their number is a lower bound of the toll.
 */
const TREATED_ABROAD =
  /\b(?:treated|treating|taken|brought|transferred|admitted|evacuated|rushed)\b[^.;]{0,50}?(?:\b(?:turkish|jordanian|lebanese|israeli|iraqi) (?:hospitals?|clinics?)\b|\b(?:to|in) (?:turkey|jordan|lebanon|israel|iraq)\b|\bacross the border\b)|\b(?:turkish|jordanian|lebanese|israeli|iraqi) (?:hospitals?|clinics?) (?:are |were |have |had )?(?:been )?(?:treating|treated|receiving|received|admitting|admitted)\b/;

/**
 * "killed five of Al-Nusra and allied militants", "20 of ISIS": a count of an armed group's
 * members is of fighters, though no word of their class follows it. 'fighters', or null.
 */
function ofArmedGroup(text: string, tokens: Tokens, lastToken: number, mentions: readonly MentionRecord[], knowledge: Knowledge): string | null {
  let k = lastToken + 1;
  if (word(text, tokens, k) !== 'of') return null;
  if (word(text, tokens, ++k) === 'the') k++;
  if (k >= tokens.count) return null;
  const at = tokens.start[k];
  const m = mentions[firstStartingAt(mentions, at)];
  return m !== undefined && m.start === at && knowledge.entities.get(m.entityId)?.kind === 'group' ? 'fighters' : null;
}

/** One of several places or records that a toll's count is seen in. */
const ONE_OF_MANY = /\b(?:one|a single) (?:field |makeshift )?(?:hospital|clinic|morgue|video|clip|medical (?:center|centre|point))\b/;

function sentenceFigures(text: string, tokens: Tokens, sentence: SentenceRecord, mentions: readonly MentionRecord[], knowledge: Knowledge): SentenceFigures {
  const first = tokenIndexAt(tokens, sentence.start);
  let last = first;
  while (last < tokens.count && tokens.start[last] < sentence.end) last++;
  const lower = text.slice(sentence.start, sentence.end).toLowerCase();
  const mask = wordsOf(text, tokens, first, last);
  const figures: OwnFigure[] = [];
  let local = true;
  const sentenceOutcome = mask & HARM ? firstOutcome(text, tokens, first, last) : null;
  let oneOfMany: boolean | undefined;
  let treatedAbroad: boolean | undefined;
  for (const q of findQuantities(text, tokens, first, last)) {
    if (!isFigure(q) || q.vague) continue;
    let measure: string;
    let of: string | undefined;
    const qStartToken = tokenIndexAt(tokens, q.start);
    let included = false;
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
      const cls = partOf
        ? countedClass(text, tokens, q.lastToken + 2, last)
        : (countedClass(text, tokens, q.lastToken, last) ?? ((mask & TOLL) !== 0 ? countedBefore(text, tokens, qStartToken, first) : null) ?? ofArmedGroup(text, tokens, q.lastToken, mentions, knowledge));
      if (partOf && cls !== 'children' && cls !== 'women') continue;
      // "killing four more civilians two residents said": the people who speak, not a count
      if (cls && SPEAKS.has(word(text, tokens, q.lastToken + 2))) continue;
      // "The wives of the five alleged rebel fighters were also among the dead": whose kin, not a count of the dead
      if ((mask & KIN_WORDS) !== 0 && isKinOf(text, tokens, qStartToken, first)) continue;
      // "killed five ... as well as six militants who were defending Division 30": the outcome of
      // the count it is joined to, not of a clause that tells who they were
      const joined = figures.length > 0 && cls !== null && (mask & WELL) !== 0 && asWellAs(text, tokens, qStartToken, first) ? outcomeOf(figures[figures.length - 1].measure) : undefined;
      // "25 casualties", "killed and injured five civilians": the dead and the hurt together
      const outcome = joined === 'killed' || joined === 'wounded' ? joined : word(text, tokens, q.lastToken + 1) === 'casualties' || bothOutcomes(text, tokens, qStartToken, q.lastToken, last)
        ? 'casualties'
        : treatedVictims(text, tokens, qStartToken, q.lastToken, last)
          ? 'wounded'
          : cls === 'fighters' && (holdsOrHas(text, tokens, qStartToken, q.lastToken, first, last) || ((mask & REMAIN) !== 0 && remainsIn(text, tokens, qStartToken, q.lastToken, first, last)))
          ? 'strength'
          : cls === 'people' && (mask & DWELL_WORDS) !== 0 && livesIn(text, tokens, qStartToken, q.lastToken, first, last)
          ? 'population'
          : cls
          ? (nearestOutcome(text, tokens, qStartToken, q.lastToken, first, last) ?? sentenceOutcome)
          : adjacentOutcome(text, tokens, qStartToken, q.lastToken, (mask & TOLL) !== 0 && TOLL_RE.test(lower));
      if (!outcome) continue;
      // "2,500 ISIS fighters are holed up among about 100,000 civilians": only armed men are a
      // force's strength; the civilians around them are no count of it
      if (outcome === 'strength' && cls !== null && cls !== 'fighters') continue;
      const wanting = outcome === 'killed' && (mask & WANT_WORDS) !== 0 && WANT.test(text.slice(Math.max(sentence.start, q.start - 60), Math.min(sentence.end, q.end + 60)).toLowerCase());
      // "Eleven civilians were killed among them a child and two women while 44 others were
      // injured": a part counts what its total counts
      const previous = figures.length > 0 ? figures[figures.length - 1] : undefined;
      // "including at least two rebel fighters and five civilians": the list goes on
      included =
        isIncluded(text, tokens, qStartToken, q.lastToken, first) ||
        (previous !== undefined &&
          previous.included &&
          word(text, tokens, qStartToken - 1) === 'and' &&
          qStartToken - tokenIndexAt(tokens, sentence.start + previous.end) <= 4 &&
          !ADDED_AFTER.has(word(text, tokens, q.lastToken + 1)));
      const total = included && figures.length > 0 ? figures[figures.length - 1].measure : '';
      measure = `${total && !total.startsWith('percent') ? outcomeOf(total) : wanting ? 'starved' : outcome}:${cls ?? 'people'}`;
      if (outcome === 'population') measure = populationMeasure(text, tokens, qStartToken, q.lastToken, first, last, mentions);
    }
    const [low, bound] = interval(q.qualifier, q.value, q.high ?? q.value);
    // the bodies found or seen so far: the toll is at least their number
    // (and the hurt treated abroad are those brought across a border: the toll of the hurt is at least their number)
    const counted = outcomeOf(measure);
    const bodies = counted === 'killed' && (mask & BODIES) !== 0 && isBodyCount(text, tokens, qStartToken, q.lastToken, first);
    const hurtAbroad = (counted === 'wounded' || counted === 'casualties') && (treatedAbroad ??= TREATED_ABROAD.test(lower));
    const up = bound !== UNBOUNDED && (bodies || hurtAbroad) ? UNBOUNDED : bound;
    const added = isAdded(text, tokens, qStartToken, q.lastToken, first, last);
    // "30 bodies had been brought to one field hospital", "One video showed the bodies of a
    // dozen": one place's or one witness's count, like a breakdown's first
    const breakdown = opensBreakdown(text, tokens, q.lastToken, last) || (oneOfMany ??= (mask & ONE) !== 0 && ONE_OF_MANY.test(lower));
    const near = text.slice(Math.max(sentence.start, q.start - 50), Math.min(sentence.end, q.end + 50)).toLowerCase();
    const year = mask & YEAR ? /\b(?:in|since|of|during) (19\d\d|20\d\d)\b/.exec(near) : null;
    figures.push({
      start: q.start - sentence.start,
      end: q.end - sentence.start,
      low,
      high: up,
      qualifier: up !== bound && q.qualifier === 'exact' ? 'at-least' : q.qualifier,
      value: q.value,
      valueHigh: q.qualifier === 'range' ? q.high : undefined,
      measure,
      of: of ? of : undefined,
      year: year ? Number(year[1]) : null,
      added,
      // the other outcome named since the count before it: "killing a woman and injuring three
      // others" (not "killing 3 and wounding 90 others", whose 3 is a count before it)
      afterOther: added && otherOutcomeBefore(text, tokens, figures.length > 0 ? tokenIndexAt(tokens, sentence.start + figures[figures.length - 1].end) : first, qStartToken, outcomeOf(measure)),
      among: isAmong(text, tokens, q.lastToken, last) || ((mask & AMONG) !== 0 && afterAmong(text, tokens, qStartToken, first)) || isBeside(text, tokens, qStartToken, first) || breakdown,
      breakdown,
      included,
      referred: q.qualifier === 'exact' && isReferred(text, tokens, qStartToken),
      superseded: isSuperseded(text, tokens, qStartToken, first),
    });
  }
  if (figures.length === 0) return { figures, update: false, spread: false, separate: false, past: false, events: [], groups: [], dated: false, weekday: false, heading: false, local };
  markClassBreakdowns(figures, text.slice(sentence.start, sentence.end));
  return {
    figures,
    update: found(UPDATE_CUES, lower, mask),
    spread: (mask & SPREAD_WORDS) !== 0 && SPREAD.test(lower),
    separate: opensSeparate(lower),
    past: ((mask & PAST_WORDS) !== 0 && PAST_RE.test(lower)) || lengthNamed(lower),
    events: eventsOf(lower, mask),
    groups: [...new Set(spansWithin(mentions, sentence).filter((m) => knowledge.entities.get(m.entityId)?.kind === 'group').map((m) => m.entityId))].sort(),
    dated: (mask & MONTH_WORDS) !== 0,
    weekday: (mask & DAY_WORDS) !== 0,
    heading: (mask & TOWARD) !== 0,
    local,
  };
}

/**
 * "killed 15 civilians and 27 popular fighters", "killing three soldiers and 12 civilians": a toll
 * broken down by class; the count of people is a part of it, not the whole toll of the people it
 * may be compared with.
 */
function markClassBreakdowns(figures: OwnFigure[], sentenceText: string): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const a = figures[i];
    const b = figures[i + 1];
    if (outcomeOf(a.measure) !== outcomeOf(b.measure)) continue;
    const people = a.measure.endsWith(':people') ? a : b.measure.endsWith(':people') ? b : null;
    const fighters = a.measure.endsWith(':fighters') ? a : b.measure.endsWith(':fighters') ? b : null;
    if (!people || !fighters || b.start - a.end > 40 || !/^\S*( \S+)? and /.test(sentenceText.slice(a.end, b.start))) continue;
    people.among = true;
  }
}

/**
 * Whether a count worded as added ("six more", "six others were killed") is on top of the article's
 * last casualty count before it, of the same outcome ("At least 15 people were killed ... six more
 * lost their lives"); after a count of the other outcome it is a whole count of its own ("killing
 * three and wounding 90 others", "Another 100 people were wounded").
 */
function onTopOfLast(before: readonly FigureRecord[], measure: string): boolean {
  const outcome = outcomeOf(measure);
  for (let i = before.length - 1; i >= 0; i--) {
    const o = outcomeOf(before[i].measure);
    if (o === 'killed' || o === 'wounded') return o === outcome;
  }
  return false;
}

/** The outcome of a count's measure: "killed" of "killed:children". */
function outcomeOf(measure: string): string {
  const colon = measure.indexOf(':');
  return colon < 0 ? measure : measure.slice(0, colon);
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

/** Whether both name specific places and share none. */
function apart(here: readonly string[], lead: readonly string[]): boolean {
  return lead.length > 0 && !here.some((p) => lead.includes(p));
}

/** Whether the text (lower case; its words of the classes `mask`) has one of the phrases. */
function found(p: Phrases, lower: string, mask: number): boolean {
  return mayHave(mask, p.keyWords) && p.re.test(lower);
}

/** An earlier incident the sentence recalls, with its kind: "days after a deadly chemical attack". */
const RECALLED = /\b(?:days?|weeks?|hours?|months?|shortly|just|soon|comes?|came) after (?:a|an|the|last)\b.{0,60}?\b(?:attacks?|strikes?|airstrikes?|bombings?|massacres?|raids?|explosions?|blasts?)\b/g;

/** The incident kinds a text names (lower case; its words of the classes `mask`): most name none. */
function eventsOf(lower: string, mask: number): string[] {
  // "Just days after a deadly chemical attack a woman was killed ... on a bus": that attack is another
  if (lower.includes(' after ')) lower = lower.replace(RECALLED, ' ');
  const out: string[] = [];
  for (const [kind, p] of EVENT_KINDS) if (found(p, lower, mask) && (kind !== 'hospital' || HOSPITAL_HIT.test(lower))) out.push(kind);
  return out;
}

/**
 * A hospital the incident is about, not one the hurt were taken to ("being treated in Turkish
 * hospitals", "rushed to hospital", "died in hospital"): a mention not right after to, in, at,
 * into, from or by (a word or two between).
 */
const HOSPITAL_HIT = /(?<!\b(?:to|in|at|into|from|by) (?:(?:the|a|nearby|local|turkish|field|makeshift|area|other|several|two|three) ){0,2})\b(?:hospitals?|clinic)\b/;

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

const COUNTRIES = new Set(['syria', 'iraq', 'iran', 'turkey', 'russia', 'lebanon', 'jordan', 'israel', 'saudi-arabia', 'qatar', 'egypt', 'united-states', 'united-kingdom', 'france', 'germany', 'china', 'britain']);

/** A period (or ! or ?) and a space before a digit: where a glued story starts. */
const COUNT_AFTER_STOP = /[a-z)][.!?] (?=\d)/g;
/** An abbreviation's dot before a number ("No. 5", "approx. 300", "at 5 p.m. 20 people"). */
const ABBREVIATED = /\b(?:no|nos|approx|vol|p\.m|a\.m|[a-z])\.$/i;

/**
 * The starts of the parts of a sentence that a stop before a count divides ("... properties. 4
 * citizens killed"), the sentence's own start first; null when there is no such stop (most).
 */
function countParts(text: string, start: number, end: number): number[] | null {
  const body = text.slice(start, end);
  let starts: number[] | null = null;
  COUNT_AFTER_STOP.lastIndex = 0;
  for (let m = COUNT_AFTER_STOP.exec(body); m !== null; m = COUNT_AFTER_STOP.exec(body)) {
    if (ABBREVIATED.test(body.slice(Math.max(0, m.index - 6), m.index + 2))) continue;
    (starts ??= [start]).push(start + m.index + 3);
  }
  return starts;
}

/** The part of a sentence holding `offset`, from `countParts`' starts. */
function partAt(starts: readonly number[], offset: number, end: number): Span {
  let i = starts.length - 1;
  while (i > 0 && starts[i] > offset) i--;
  return { start: starts[i], end: i + 1 < starts.length ? starts[i + 1] : end };
}

/**
 * Places named in a span: curated places (countries left out), split into specific and broad
 * ones, plus unknown names in a locative position ("in Hass", "Tokhar village").
 */
function placesOf(
  mentions: readonly MentionRecord[],
  candidates: readonly NameCandidate[],
  tags: readonly number[],
  text: string,
  tokens: Tokens,
  start: number,
  end: number,
  knowledge: Knowledge,
  heading: boolean,
): { specific: string[]; broad: string[] } {
  const specific = new Set<string>();
  const broad = new Set<string>();
  // where each place named ends: "on al-Hamadanyia and Halab al-Jadida" names two
  const ends: number[] = [];
  let dateline: { id: string; broad: boolean; end: number } | undefined;
  // a country the sentence names ("displaced inside Syria"): no place of a figure, but a place
  // other than the dateline's
  let country = false;
  for (const m of spansWithin(mentions, { start, end })) {
    const e = knowledge.entities.get(m.entityId);
    if (!e || e.kind !== 'place' || (heading && isHeading(text, tokens, tokenIndexAt(tokens, m.start)))) continue;
    // (a page's tags run into the lead name its subjects, not where its figures fell)
    if (tags.length > 0 && inTagList(tags, m.start)) continue;
    if (COUNTRIES.has(e.id)) {
      // (not the country of the dateline itself: "DAMASCUS, Syria (AP) -")
      if (!dateline || m.start - dateline.end > 2) country = true;
      continue;
    }
    if (mentionIs(m, MentionFlag.Caps) && isDateline(text, m)) {
      dateline = { id: e.id, broad: e.broad, end: m.end };
      continue;
    }
    (e.broad ? broad : specific).add(e.id);
    ends.push(m.end);
  }
  for (const c of spansWithin(candidates, { start, end })) {
    if (!c.whole || c.person || (tags.length > 0 && inTagList(tags, c.start))) continue;
    const t = tokenIndexAt(tokens, c.start);
    if (heading && isHeading(text, tokens, t)) continue;
    const before = word(text, tokens, t - 1);
    const after = word(text, tokens, tokenIndexAt(tokens, c.end));
    if (LOCATIVE.has(before) || isPlaceHead(after) || (before === 'and' && t >= 2 && ends.includes(tokens.end[t - 2]))) {
      specific.add(`~${c.skeleton}`);
      ends.push(c.end);
    }
  }
  // where the story was filed is where its figures fell only when it names no other place
  if (dateline && !country && specific.size + broad.size === 0) (dateline.broad ? broad : specific).add(dateline.id);
  return { specific: [...specific].sort(), broad: [...broad].sort() };
}

/**
 * A place in capitals that opens a line, followed by a comma, a bracket, a colon or a dash, and
 * then copy in lower case: a wire story's dateline (BEIRUT (Reuters) -, DAMASCUS, Syria (AP) —),
 * where the story was filed. An all-caps heading (ALEPPO: 12 KILLED) is not one.
 */
function isDateline(text: string, m: Span): boolean {
  let i = m.start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i >= 0 && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) return false;
  let j = m.end;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  if (!DATELINE_MARKS.includes(text[j])) return false;
  for (let k = j; k < text.length && text.charCodeAt(k) !== 10; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return true;
  }
  return false;
}
const DATELINE_MARKS = ',(:-\u2013\u2014';

/**
 * Fighters said to remain in a place ("some 2,500 Islamic State fighters remain in Raqqa", "are
 * believed to remain inside the city", "are still in the city"): a force's strength, as "holed
 * up" or "defend" tell it (and `holdsOrHas`). Not a fate ("the fate of 200 other soldiers remained
 * unknown") or a count that remains missing.
 */
function remainsIn(text: string, tokens: Tokens, qStartToken: number, lastToken: number, first: number, last: number): boolean {
  for (let k = lastToken + 1; k <= Math.min(last, lastToken + 7); k++) {
    if (tokens.kind[k] === TokenKind.Number || endsClause(text, tokens, k)) return false;
    const w = word(text, tokens, k);
    if (w === 'remain' || w === 'remains' || w === 'remained') return REMAIN_WHERE.has(word(text, tokens, k + 1));
    // "militants are still inside the city", "fighters left in the city" after "there are"
    if (stillIn(text, tokens, k, qStartToken, first)) return true;
  }
  return false;
}
const REMAIN_WHERE = new Set(['in', 'inside', 'within', 'at', 'on', 'holed', 'entrenched', 'deployed', 'stationed']);

/**
 * Fighters who hold a place ("The city is held by no more than 2,000 militants") or a side has
 * in it ("IS had as many as 4,000 fighters in Raqqa", not "had 20 fighters killed in Raqqa"): a
 * force's strength. Read from the word before the count (the figures' word classes are all taken).
 */
function holdsOrHas(text: string, tokens: Tokens, qStartToken: number, lastToken: number, first: number, last: number): boolean {
  const before = qStartToken > first ? word(text, tokens, qStartToken - 1) : '';
  if (before === 'by') return qStartToken - 1 > first && HOLDING.has(word(text, tokens, qStartToken - 2));
  if (!HAVING.has(before)) return false;
  for (let k = lastToken + 1; k <= Math.min(last, lastToken + 4); k++) {
    if (tokens.kind[k] === TokenKind.Number || endsClause(text, tokens, k)) return false;
    const w = word(text, tokens, k);
    if (OUTCOMES.has(w)) return false;
    if (w === 'in' || w === 'inside') return true;
  }
  return false;
}
/** Participles of a force that holds a place, before "by" and its count. */
const HOLDING = new Set(['held', 'controlled']);
/** A side's having of fighters: "had 4,000 fighters in Raqqa". */
const HAVING = new Set(['has', 'had', 'have']);

/**
 * A place a few words after "towards" (its first token `t`) is where a push or a convoy was
 * heading ("as US-backed fighters advanced in their push towards the Daesh terror group's Raqqa
 * stronghold"), not where the sentence's toll fell. Asked only in a range that says "towards".
 */
function isHeading(text: string, tokens: Tokens, t: number): boolean {
  for (let i = t - 1; i >= 0 && i >= t - HEADING_REACH; i--) {
    if (endsClause(text, tokens, i)) return false;
    const w = lowerToken(text, tokens, i);
    if (w === 'towards' || w === 'toward') return true;
  }
  return false;
}
/** How many tokens before a place "towards" may stand: "towards the Daesh terror group's Raqqa". */
const HEADING_REACH = 6;
