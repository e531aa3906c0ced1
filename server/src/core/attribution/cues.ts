/**
 * Reporting cues of a sentence and the source each names: reporting verbs in all positions
 * ("X said", "said X", "according to X", "X told Reuters", "was quoted as saying", "citing a
 * source"), passive and adverbial vague cues ("it was reported", "reportedly"), "in a statement";
 * the source phrase (read by sourcePhrases.ts) decides named (SOHR, Rami Abdel Rahman, the
 * Observatory), vague (a monitor, residents) or inherited (he, the official). `pickCue` chooses
 * the main clause's cue and `sourceKey` says whom it names.
 */
import { REPORTING_VERB_FORMS } from '../knowledge/lexicon';
import type { Knowledge } from '../knowledge/knowledge';
import { memoize } from '../text/memo';
import type { Span } from '../text/sentences';
import { spansWithin } from '../text/sortedSpans';
import { TokenKind, type Tokens } from '../text/tokens';
import type { MentionRecord } from '../analysis/summary';
import { accordingTo, creditedTo } from './accordingTo';
import { apposedPerson, claimsAnAttack, namedToTheEnd, SPOKEN_PARTICIPLES, startsPhrase, subjectMayStart, subjectSaying } from './clauseSubjects';
import { hedged, showCue } from './footage';
import { SourcePhrases, type CueClass } from './sourcePhrases';
import {
  ANAPHOR_HEADS,
  ATTITUDE,
  AUXILIARIES,
  BOUNDARY_WORDS,
  CLAUSE_VERBS,
  containsPhrase,
  DESCRIBING,
  DESCRIBING_VERB,
  DETERMINERS,
  PASSIVE_VAGUE,
  PAST_EVENT,
  PAST_OR_PERFECT,
  PER,
  PERCEPTION,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  READS,
  RELATIVES,
  REPORTING,
  REPORTING_CUE,
  SKIP_BEFORE_VERB,
  SPEECH,
  STATEMENT,
  TIME_WORDS,
  WEAK_REPORTING,
  WITNESSES,
  WRITINGS,
} from './vocabulary';

export interface Cue {
  cls: CueClass;
  what: string;
  /** "citing a military source": makes an anaphoric source vague. */
  citing?: boolean;
  /** A source phrase was found (X said, according to X); passives and "reportedly" are not. */
  explicit: boolean;
  /** The cue is a speech verb: a quotation next to it has a speaker. */
  speech: boolean;
  /** An attitude or a promise ("expressed concern", "pledged", "condemned"): credits its clause, speaks no quotation. */
  attitude?: boolean;
  /** Negated ("did not mention", "made no mention"): what a source left out, which credits nothing when the sentence has another cue. */
  negated?: boolean;
  /** Token position of the cue within the sentence (for "the last cue wins"). */
  at: number;
  /** The source is a body the article named before, by its kind ("The agency also said"). */
  anaphoric?: boolean;
}

/**
 * Who a cue names, as a key for "two sources disagree": the entity in its phrase (SOHR for
 * "Rami Abdel Rahman head of the Syrian Observatory"), the previous source for an anaphor, else
 * the phrase itself ("a monitor").
 */
export function sourceKey(cue: Cue, mentions: readonly MentionRecord[], span: Span, knowledge: Knowledge, previous: string): string {
  if (cue.cls === 'inherit') return previous;
  const what = phraseWords(cue.what);
  const phrase = ` ${what} `;
  for (const m of spansWithin(mentions, span)) {
    const kind = knowledge.entities.get(m.entityId)?.kind;
    if (kind !== 'organisation' && kind !== 'group' && kind !== 'person') continue;
    if (nameWords(m.spelling).every((w) => phrase.includes(` ${w} `) || phrase.includes(` ${w}`))) return m.entityId;
  }
  return withoutVerbs(what);
}

/** How a source spoke, after "by": "said by telephone from Britain" is no passive with its agent. */
const MEANS: ReadonlySet<string> = new Set(['telephone', 'phone', 'email', 'e-mail', 'text', 'video', 'videolink', 'satellite', 'skype', 'whatsapp', 'message', 'letter']);
/** Verb forms that are also nouns: a report, the claims, a count of, the death count. */
const NOUN_FORMS: ReadonlySet<string> = new Set(['report', 'reports', 'claim', 'claims', 'estimates', 'estimate', 'quote', 'post', 'state', 'states', 'count', 'counts']);
/** The verb at k is one of REPORTS_ONLY_WITH without the words it reports with. */
function lacksItsObject(lemma: string, words: readonly string[], k: number): boolean {
  const needs = REPORTS_ONLY_WITH.get(lemma);
  if (needs === undefined) return false;
  for (const [re, from, to] of needs) if (re.test(words.slice(k + from, k + to).join(' '))) return false;
  return true;
}

/**
 * "read" at word k says what a writing says: its subject, up to ten words back and no verb
 * between, is a statement or a letter ("A statement from the Kurdish-led SDF read that", "the
 * statement read"), not someone who reads ("he read the report").
 */
function writingReads(words: readonly string[], k: number): boolean {
  if (!READS.has(words[k])) return false;
  for (let b = k - 1; b >= 0 && b >= k - 10; b--) {
    if (WRITINGS.has(words[b])) return true;
    if (CLAUSE_VERBS.has(words[b]) || REPORTING_VERB_FORMS.has(words[b])) return false;
  }
  return false;
}

/** Verbs a sentence's first clause may open with: events in the past, auxiliaries, reports. */
const FIRST_VERBS = PAST_EVENT | PAST_OR_PERFECT | REPORTING_CUE;

/**
 * Word b opens a relative clause: "which", "who", "whose", or "that" between a noun and a verb in
 * the third person ("a group of Syrian doctors that supports clinics in the city said"), not
 * after a verb ("said that has", "confirmed that").
 */
function relativeAt(words: readonly string[], b: number): boolean {
  if (RELATIVES.has(words[b])) return true;
  if (words[b] !== 'that' || b === 0) return false;
  const before = words[b - 1];
  const after = words[b + 1] ?? '';
  return (/[^s]s$|ed$/.test(after) || after === 'is' || after === 'was' || after === 'has') && !REPORTING_VERB_FORMS.has(before) && !/ed$/.test(before) && !PREPOSITIONS.has(before) && !BOUNDARY_WORDS.has(before);
}

/** Words a relative clause's object may run over before the phrase read leftwards from a verb. */
const OBJECT_REACH = 10;
/** Words by which an object goes on to another noun phrase: "a network of contacts", "resistance against the government". */
const OBJECT_GOES_ON = new Set(['and', 'of', 'for', 'at', 'in', 'from', 'with', 'on', 'near', 'inside', 'through', 'against', 'across', 'to', 'into', 'among']);
/** Words after "has" that make it a verb of its own ("which has a network of"), not an auxiliary ("which has killed"). */
const HAS_OBJECT = new Set(['a', 'an', 'the', 'its', 'their', 'many', 'several', 'some', 'no', 'close', 'links', 'ties', 'contacts', 'sources']);

/**
 * The phrase from word `start` on is the object, or the end of the object, of a relative clause
 * that tells what a source is: "the UK-based group which advocates the Syrian opposition said",
 * "The Observatory - which has a network of opposition pro-government and medical sources - also
 * said", "a local group that supports protest and resistance against the Syrian government
 * reported". Past the verb, the object goes on by a preposition or "and": a phrase right after a
 * noun is a subject of its own ("... which controls the city the Syrian state broadcaster reported").
 */
function inDescribingClause(words: readonly string[], start: number): boolean {
  if (!describes(words, start - 1) && !OBJECT_GOES_ON.has(words[start - 1])) return false;
  for (let b = start - 1; b >= 2 && b >= start - OBJECT_REACH; b--) {
    if (describes(words, b)) return true;
    if (RELATIVES.has(words[b])) return false;
  }
  return false;
}
/** Word b is a verb of a relative clause that tells what a source is (`DESCRIBING`, or "has" with its object). */
function describes(words: readonly string[], b: number): boolean {
  const w = words[b];
  return b >= 1 && (DESCRIBING.has(w) || (w === 'has' && HAS_OBJECT.has(words[b + 1] ?? ''))) && relativeAt(words, b - 1);
}

/** A passive of the verb, followed by `next` and `after`, reports something with its source unsaid. */
function reportsInPassive(lemma: string, next: string | undefined, after: string | undefined): boolean {
  if (lemma === 'find') return next === 'to' && (after === 'be' || after === 'have');
  if (lemma === 'tell' || lemma === 'determine') return next !== 'to';
  if (lemma === 'deny') return next === 'that';
  // "650000 of whom are registered with the UN refugee agency": enrolled, not reported
  if (lemma === 'register') return next !== 'with' && next !== 'as' && next !== 'in';
  return true;
}

/** Words before "as" that give a name as one for the report alone: "identified only as", "gave his name as". */
const PSEUDONYM_BEFORE_AS: ReadonlySet<string> = new Set(['identified', 'only', 'name', 'named', 'pseudonym', 'alias']);

/** Where the words that give a pseudonym start, for the cue's text: "identified only as", "his name as" (the name at `name`). */
function pseudonymStart(words: readonly string[], name: number): number {
  let s = name - 2;
  if (words[s] === 'only' && s > 0) s--;
  if ((words[s - 1] === 'his' || words[s - 1] === 'her') && s > 0) s--;
  return s;
}

/** Words that open what describes a source named before them: "also known as", "who", "which", "a Britain-based monitor". */
const DESCRIBED_BY: ReadonlySet<string> = new Set(['also', 'known', 'who', 'which', 'a', 'an']);
/**
 * Weak verbs a monitor reports by: after a pronoun ("It documented 35 massacres", "they recorded
 * 120 deaths") the source is whoever the pronoun stands for, as with "it said"; the other weak
 * verbs' pronouns are no source ("it shows", "they found bodies").
 */
const TALLYING: ReadonlySet<string> = new Set(['document', 'record']);
/** "per" opening the sentence or a clause: "Per the Observatory,", "..., per SANA,". */
const PER_OPENS = /(?:^|, )per /;
/** Words that deny a passive report ("could not be confirmed", "has never been verified"). */
const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', 'cannot', 'couldnt', 'cant', 'hasnt', 'havent', 'wasnt', 'werent']);
/** Reporting verbs whose past before "to have" is active: "rebels claimed to have killed 30". */
const ACTIVE_BEFORE_TO: ReadonlySet<string> = new Set(['claim', 'pledge', 'vow', 'threaten']);
/** Words besides PREPOSITIONS after which "it" is an object: "the end of it", "talk about it". */
const OBJECT_BEFORE_IT: ReadonlySet<string> = new Set(['to', 'about', 'into', 'by', 'over', 'against']);
/** Verbs whose source may follow them ("said the ministry", "added Abdel Rahman"). */
const INVERTED: ReadonlySet<string> = new Set(['say', 'add', 'tell', 'write', 'state', 'report', 'explain', 'insist', 'warn', 'tweet', 'specify', 'note', 'confirm']);
/** A figure reported: "put the toll at", "raised", "updated", "revised" the toll. */
const FIGURE_OBJECT = /\b(toll|number|figure|figures|tally|count|total)\b/;
/** A figure given ("had given a death toll of 22"), not none ("gave no toll"). */
const GIVEN_FIGURE = /^(?!no\b|any\b).*\b(toll|number|figure|figures|tally|count|total|estimate)\b/;
/** An attitude: "raised concern", "held the regime responsible". */
const ATTITUDE_OBJECT = /\b(concern|concerns|alarm|responsible)\b/;
/** A finding, not a find: "found that", "found no evidence", "was found to have used". */
const FOUND_WHAT = /^(that|no|evidence|traces|signs|proof|indications|to)$/;
/** A clause found: "investigators found sarin was used" (not "rescue workers found a cache of munitions"). */
const FOUND_CLAUSE = /\b(was|were|is|are|had|has|have)\b/;
/**
 * Verbs that report only with the right words after them, each with where to look (words
 * [k + from, k + to) of the verb at k): "called on" (not "called it"), "pointed out that" (not
 * "pointed the finger"), a toll put, given, raised, updated or revised, concern raised, "spoke
 * of" a major operation (not "spoke with" a leader), "framed" the offensive "as" a struggle, and
 * what was found a finding (not "found a cache of munitions", "found the bodies").
 */
const REPORTS_ONLY_WITH: ReadonlyMap<string, readonly (readonly [RegExp, number, number])[]> = new Map([
  ['put', [[FIGURE_OBJECT, 1, 6]]],
  ['update', [[FIGURE_OBJECT, 1, 6]]],
  ['revise', [[FIGURE_OBJECT, 1, 6]]],
  ['raise', [[ATTITUDE_OBJECT, 0, 8], [FIGURE_OBJECT, 1, 6]]],
  ['hold', [[ATTITUDE_OBJECT, 0, 8]]],
  ['call', [[/^(on|upon|for)$/, 1, 2]]],
  ['point', [[/^out$/, 1, 2]]],
  ['give', [[GIVEN_FIGURE, 1, 6]]],
  ['speak', [[/^(of|about)$/, 1, 2]]],
  ['frame', [[/\bas\b/, 1, 8]]],
  ['find', [[FOUND_WHAT, 1, 2], [FOUND_CLAUSE, 1, 4]]],
]);
/** A source who asked to stay unnamed (besides "on condition of anonymity"). */
const ANONYMOUS = /\b(?:not|declined) to be (?:named|identified)\b/;
/** "claimed the lives of", "claimed the life of", "claimed lives": a toll, not a speech act. */
const LIVES = new Set(['life', 'lives']);
/** A source phrase's words only, as the tokenizer splits them ("Britain-based" -> "britain based"). */
const phraseWords = memoize((what: string): string => what.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
/** A name's words, lower case ("Al-Nusra Front" -> al, nusra, front). */
const nameWords = memoize((spelling: string): readonly string[] => spelling.toLowerCase().replace(/[-.]/g, ' ').split(/\s+/).filter(Boolean));
/** The source named by a phrase, without its reporting verb. */
export const withoutVerbs = memoize((what: string): string => what.replace(/\b(said|says|say|told|tells|reported|reports|added|adds|stated|claimed|according to|quoted|cited)\b/g, '').trim());

export function findCues(
  text: string,
  tokens: Tokens,
  words: string[],
  wordTokens: number[],
  classes: readonly number[],
  sentence: { lower: string; mask: number },
  inSentence: readonly MentionRecord[],
  knowledge: Knowledge,
): Cue[] {
  // Most sentences have no reporting verb: they skip the phrase readers below.
  const reports = (sentence.mask & REPORTING_CUE) !== 0 || ((sentence.mask & PER) !== 0 && PER_OPENS.test(sentence.lower));
  const out = reports ? verbCues(text, tokens, words, wordTokens, classes, sentence.mask, inSentence, knowledge) : [];
  const passive = containsPhrase(sentence, PASSIVE_VAGUE);
  if (passive) {
    const at = passive === 'reportedly' ? words.indexOf('reportedly') : words.length - 1;
    out.push({ cls: 'vague', what: passive, speech: false, at, explicit: false });
  }
  if (out.length === 0 && sentence.mask & STATEMENT && /\b(in|issued) an? (?:[a-z-]+ )?statement\b/.test(sentence.lower)) {
    // the statement's author is the subject: named when the sentence names an organisation
    const named = inSentence.some((m) => ['organisation', 'group', 'person'].includes(knowledge.entities.get(m.entityId)?.kind ?? ''));
    if (named) out.push({ cls: 'named', what: 'in a statement', speech: true, at: words.indexOf('statement'), explicit: true });
  }
  // "he said, speaking on condition of anonymity", "an official who asked not to be named": whoever
  // speaks is not identified
  if (out.length > 0 && (sentence.lower.includes('anonymity') || ANONYMOUS.test(sentence.lower))) {
    for (const c of out) if (c.cls !== 'vague') c.cls = 'vague';
  }
  return out;
}

/**
 * The class of the source phrase right after the verb at k ("said the Observatory"), or null; not
 * a phrase its clause's verb follows ("said the militants were preventing people from leaving":
 * the subject of what was said).
 */
function sourceAfter(phrases: SourcePhrases, words: readonly string[], k: number, end = phrases.phraseEnd(k + 1)): CueClass | null {
  return CLAUSE_VERBS.has(words[end + 1] ?? '') ? null : phrases.classify(k + 1, end);
}

/** Cues around reporting verbs: "X said", "according to X", "was quoted as saying", "said X". */
function verbCues(
  text: string,
  tokens: Tokens,
  words: string[],
  wordTokens: number[],
  classes: readonly number[],
  mask: number,
  inSentence: readonly MentionRecord[],
  knowledge: Knowledge,
): Cue[] {
  const out: Cue[] = [];
  // (most sentences have no verb of a relative clause that tells what a source is)
  const describing = (mask & DESCRIBING_VERB) !== 0;
  const phrases = new SourcePhrases(text, tokens, words, wordTokens, inSentence, knowledge);
  // the first "saying", "adding" ... that continues the main clause
  let participle = -1;
  for (let k = 0; k < words.length; k++) {
    if (!(classes[k] & (REPORTING_CUE | PER))) continue;
    const w = words[k];
    // according to X
    if (w === 'according' && words[k + 1] === 'to') {
      const cue = accordingTo(phrases, words, k);
      if (cue) out.push(cue);
      continue;
    }
    // "Per the Observatory, 37 fighters were killed": "per" X opening the sentence or a clause
    // (not "per day", "5 per cent": no source)
    if (w === 'per') {
      const cue = k === 0 || phrases.commaRightAfter(k - 1) ? creditedTo(phrases, words, k, k + 1, 'per') : null;
      if (cue) out.push(cue);
      continue;
    }
    // "An AFP correspondent in the village saw extensive damage", "an AFP correspondent who
    // visited the district saw": an eyewitness report, credited to whoever saw
    if (PERCEPTION.has(w)) {
      const witness = (sp: [number, number] | null): boolean => sp !== null && words.slice(sp[0], sp[1] + 1).some((x) => WITNESSES.has(x));
      // "an AFP photographer at the medical facility saw": the witness before the place
      const climb = (sp: [number, number] | null): [number, number] | null => {
        for (let step = 0; step < 2 && sp && !witness(sp) && sp[0] >= 2 && PREPOSITIONS.has(words[sp[0] - 1]); step++) sp = phrases.leftPhrase(sp[0] - 1);
        return sp;
      };
      let span = climb(phrases.leftPhrase(k));
      if (!witness(span)) {
        for (let b = k - 1; b > 0 && b > k - 16 && !witness(span); b--) if (RELATIVES.has(words[b]) || words[b] === 'where') span = climb(phrases.leftPhrase(b));
      }
      const cls = span && witness(span) ? phrases.classify(span[0], span[1]) : null;
      if (cls && span) out.push({ cls, what: `${phrases.textOf(span[0], span[1] + 1)} ${w}`, speech: false, at: k, explicit: true });
      continue;
    }
    const lemma = REPORTING_VERB_FORMS.get(w) ?? (writingReads(words, k) ? 'say' : undefined);
    if (!lemma || !REPORTING.has(lemma)) continue;
    // "claimed responsibility" and "claimed previous bombings" credit an attack, not a toll;
    // "claimed the lives of", "claimed over 300000 lives" are tolls; "confirmed dead" is a state
    if (lemma === 'claim' && (words[k + 1] === 'responsibility' || (words[k + 1] !== 'that' && words.slice(k + 1, k + 4).some((x) => LIVES.has(x))) || claimsAnAttack(words, k))) continue;
    // "Syrian regime accused of bombing" (a heading's reduced passive): the accused, not the accuser
    if (lemma === 'accuse' && words[k + 1] === 'of' && !words.slice(Math.max(0, k - 4), k).some((x) => AUXILIARIES.has(x))) continue;
    // "hundreds reported dead": a state, not a report with its source before it
    if ((lemma === 'report' || lemma === 'confirm') && (words[k + 1] === 'dead' || words[k + 1] === 'missing') && phrases.joined(k)) continue;
    // nouns and adjectives spelled like the verb: "a report", "the statement", "declared stockpiles"
    if (NOUN_FORMS.has(w) && (DETERMINERS.has(words[k - 1] ?? '') || words[k + 1] === 'of' || words[k - 1] === 'state' || words[k - 1] === 'death')) {
      // "initial reports of 20 killed", "there were reports of shelling": reports no one names,
      // when no source is named ("concerned by reports of the attack", it said); not a main
      // clause's detail ("shelling left 11 dead with reports of clashes")
      if (w === 'reports' && words[k + 1] === 'of' && !DETERMINERS.has(words[k - 1] ?? '') && words[k - 1] !== 'with' && words[k - 1] !== 'no') out.push({ cls: 'vague', what: `${phrases.textOf(Math.max(0, k - 1), k + 1)} of`, speech: false, at: k, explicit: false });
      continue;
    }
    if (w === 'state' || w === 'states') continue;
    // "the alleged chemical attack", "an estimated 3,000 fighters", "its declared arsenal": a
    // participle after an article or a possessive is an adjective
    if (w.endsWith('ed') && (words[k - 1] === 'a' || words[k - 1] === 'an' || words[k - 1] === 'the' || POSSESSIVES.has(words[k - 1] ?? ''))) continue;
    // "some 650000 registered refugees", "25 confirmed cases": after a number, too
    if (w.endsWith('ed') && wordTokens[k] > 0 && tokens.kind[wordTokens[k] - 1] === TokenKind.Number && words[k + 1] !== undefined && !PREPOSITIONS.has(words[k + 1]) && words[k + 1] !== 'by') continue;
    // "its self-declared caliphate", "the so-called": a compound adjective
    if (phrases.hyphenated(k)) continue;
    // "air strikes", "the air force", "peace talks", "a brief lull", "command posts": in war news
    // these are not the verbs
    if (w === 'air' || w === 'talks' || w === 'brief' || w === 'posts') continue;
    // "to report": purpose, not attribution (but footage that "appeared to show" shows)
    if (words[k - 1] === 'to' && lemma !== 'say' && !(lemma === 'show' && hedged(words, k))) continue;
    if (words[k - 1] === 'so') continue; // so-called
    // "reports suggest", "claims that": a noun subject, not the verb, unless a source stands
    // before it ("SANA reports that"); "amid reports that", "investigating reports that": reports
    // no one names
    if ((w === 'reports' || w === 'claims') && (REPORTING_VERB_FORMS.has(words[k + 1] ?? '') || words[k + 1] === 'that')) {
      // (the subject right before the verb: not "is investigating reports that", "denied reports that")
      const subject = words[k + 1] === 'that' && k > 0 && !/(ing|ed)$/.test(words[k - 1]) ? phrases.leftPhrase(k) : null;
      if (!(subject && phrases.classify(subject[0], subject[1]))) {
        if (w === 'reports' && words[k + 1] === 'that') out.push({ cls: 'vague', what: 'reports that', speech: false, at: k, explicit: false });
        continue;
      }
    }
    // "adding", "saying", "claiming the life of": participles continue a clause, they name no new source
    // "a report published by Fox News": a participle inside a source phrase, not a verb of its own
    // ("was later confirmed by the UN" is a passive with its agent)
    // ("activists are reporting that": a participle after its auxiliary is the finite verb, active)
    const progressive = w.endsWith('ing') && (words[k - 1] === 'are' || words[k - 1] === 'is' || words[k - 1] === 'were' || words[k - 1] === 'was');
    const passive = !progressive && (AUXILIARIES.has(words[k - 1] ?? '') || (SKIP_BEFORE_VERB.has(words[k - 1] ?? '') && AUXILIARIES.has(words[k - 2] ?? '')));
    // "As reported by the state news agency, 15 terrorists were killed": its agent is the source
    // (not "was quoted as saying by local media": the one quoted speaks)
    if (words[k - 1] === 'as' && words[k + 1] === 'by' && !w.endsWith('ing')) {
      const cue = creditedTo(phrases, words, k, k + 2, `as ${w} by`);
      if (cue) out.push(cue);
      continue;
    }
    // ("said by telephone": the means, not an agent)
    if (words[k + 1] === 'by' && !passive && !MEANS.has(words[k + 2] ?? '')) continue;
    // what footage shows, on the authority of whoever filmed, published or aired it
    if (lemma === 'show' && !progressive) {
      const cue = showCue(phrases, words, k);
      if (cue) out.push(cue);
      continue;
    }
    // "with the observatory reporting ...": an absolute clause with its own source
    const withSubject = w.endsWith('ing') && words.slice(Math.max(0, k - 6), k).includes('with');
    if (w.endsWith('ing') && !withSubject && !progressive && !(words[k - 1] === 'as' && (words[k - 2] === 'quoted' || words[k - 2] === 'cited'))) {
      if (w === 'citing' || w === 'quoting') {
        const end = phrases.phraseEnd(k + 1);
        const cls = phrases.classify(k + 1, end);
        if (cls === 'vague') out.push({ cls, what: `${w} ${phrases.textOf(k + 1, end + 1)}`, speech: false, at: k, explicit: false, citing: true });
      } else if (participle < 0 && SPOKEN_PARTICIPLES.has(w) && !PREPOSITIONS.has(words[k - 1]) && !DETERMINERS.has(words[k - 1]) && words[k - 1] !== 'without' && (w !== 'claiming' || words[k + 1] === 'that')) participle = k;
      continue;
    }
    // "put the death toll at 58", not "put forward a resolution" or "put them within range"
    if (lacksItsObject(lemma, words, k)) continue;
    // "declared a caliphate", "declared a four-day pause", "its declared arsenal": an act, not a report;
    // "declared that ...", "... he declared" and "declared: ..." report
    if (lemma === 'declare' && k + 1 < words.length && words[k + 1] !== 'that' && !PRONOUNS.has(words[k + 1]) && !/[:"“”]/.test(phrases.between(k, k + 1))) continue;
    // weak verbs ("believed", "found", "suggest") report only with a real source as subject
    const weak = WEAK_REPORTING.has(lemma);
    const speech = SPEECH.has(lemma);
    // "X quoted a military source as saying": the quoted one is the source
    if ((lemma === 'quote' || lemma === 'cite') && words[k + 1] && !['by', 'as'].includes(words[k + 1])) {
      const end = phrases.phraseEnd(k + 1);
      const cls = phrases.classify(k + 1, end);
      if (cls) {
        out.push({ cls, what: `${w} ${phrases.textOf(k + 1, end + 1)}`, speech: true, at: k, explicit: true });
        continue;
      }
    }
    // passives: "was quoted as saying", "were reported" (vague) unless "by X"
    if (passive) {
      // "could not be confirmed by independent sources", "has not been verified": nobody's
      // report, an absence (see the absence phrases)
      if (NEGATIONS.has(words[k - 2] ?? '') || NEGATIONS.has(words[k - 3] ?? '')) continue;
      const auxWord = AUXILIARIES.has(words[k - 1] ?? '') ? words[k - 1] : words[k - 2];
      if (words[k + 1] === 'by') {
        // "was claimed by no group": nobody's
        if (words[k + 2] === 'no') continue;
        const end = phrases.phraseEnd(k + 2);
        const cls = phrases.classify(k + 2, end);
        if (cls) out.push({ cls, what: `${auxWord} ${w} by ${phrases.textOf(k + 2, end + 1)}`, speech, at: k, explicit: true });
        continue;
      }
      if (w === 'quoted' && words[k + 1] === 'as') {
        const span = phrases.leftPhrase(k - 1);
        const cls = span ? phrases.classify(span[0], span[1]) : null;
        if (cls && span) out.push({ cls, what: `${phrases.textOf(span[0], k - 1)} was quoted`, speech: true, at: k, explicit: true });
        continue;
      }
      // "bodies were found in a mass grave", "residents were told to leave", "access was denied",
      // "they are determined to": an event or a state, not a report ("was found to have used" is one)
      if (!reportsInPassive(lemma, words[k + 1], words[k + 2])) continue;
      out.push({ cls: 'vague', what: `${auxWord} ${w}, no source given`, speech, at: k, explicit: false });
      continue;
    }
    // "the militants estimated to be holed up", "fighters thought to have fled": a reduced passive
    // relative clause, not the noun before it speaking (but "rebels claimed to have killed 30"
    // is the rebels' claim, though "footage claimed to have been shot" is not the footage's)
    const active = ACTIVE_BEFORE_TO.has(lemma) && words[k + 2] === 'have' && words[k + 3] !== 'been';
    if (words[k + 1] === 'to' && (words[k + 2] === 'be' || words[k + 2] === 'have') && w !== lemma && !active && !PRONOUNS.has(words[k - 1] ?? '')) {
      out.push({ cls: 'vague', what: `${w} to ${words[k + 2]}, no source given`, speech, at: k, explicit: false });
      continue;
    }
    // X said / X told Reuters; else said X (inversion, after a quotation; "we will not hear the
    // end of it said Modar Shekho": "it" after a preposition is no subject)
    const objectIt = words[k - 1] === 'it' && k >= 2 && (PREPOSITIONS.has(words[k - 2]) || OBJECT_BEFORE_IT.has(words[k - 2]));
    if (PRONOUNS.has(words[k - 1] ?? '') && !objectIt) {
      if (!weak || TALLYING.has(lemma)) out.push({ cls: 'inherit', what: `${words[k - 1]} ${w}`, speech, at: k, explicit: true });
      continue;
    }
    // (a verb right after "and" or "but" has its subject before them: see below)
    const coordinated = words[k - 1] === 'and' || words[k - 1] === 'but';
    // ("... still with the Kurdish militants" said the Observatory's head: the words a quotation
    // ends with are no subject of the verb after it)
    const afterQuote = phrases.quotationEndsBefore(k);
    const left = coordinated || objectIt || afterQuote ? null : phrases.leftPhrase(progressive ? k - 1 : k);
    // (nor the object of a relative clause that tells what a source is: "the UK-based group which
    // advocates the Syrian opposition said", "a local activist who uses the name Abu al-Hassan
    // said": the subject stands before "which", found below)
    const objectOfRelative = left !== null && describing && inDescribingClause(words, left[0]);
    const span = left && (objectOfRelative || phrases.placeAfterPreposition(left[0], left[1])) ? null : left;
    let cls = span ? phrases.classify(span[0], span[1]) : null;
    // "a resident who gave his name as Abu Ahmed said", "the surgeon who asked to be identified
    // only as Abu Mohammed said": a name given for the report alone names no one
    const pseudonym = cls === 'named' && span !== null && words[span[0] - 1] === 'as' && PSEUDONYM_BEFORE_AS.has(words[span[0] - 2] ?? '');
    if (pseudonym) cls = 'vague';
    // "Iraqi state TV quoting a military statement said": the one quoting says it (what it quotes
    // decides when vague: "state TV quoting a military source said" rests on that source)
    let from = span ? span[0] : -1;
    if (span && cls !== 'vague' && (words[span[0] - 1] === 'quoting' || words[span[0] - 1] === 'citing')) {
      const quoting = phrases.leftPhrase(span[0] - 1);
      const quotingClass = quoting ? phrases.classify(quoting[0], quoting[1]) : null;
      if (quoting && quotingClass) {
        cls = quotingClass;
        from = quoting[0];
      }
    }
    // ("... killed a nurse a hospital employee and two soldiers said Observatory director Abdel
    // Rahman": a named source that ends the sentence after a verb that may stand before its
    // subject is the speaker, as below; not the one told in "An activist told Reuters". Such a
    // source ends in a name's capital: a sentence ending in a lower-case word is not read again.)
    if (cls === 'vague' && span && lemma !== 'tell' && INVERTED.has(lemma) && phrases.capitalised(words.length - 1) && namedToTheEnd(phrases, words, k + 1)) cls = null;
    let what = span ? `${phrases.textOf(pseudonym ? pseudonymStart(words, span[0]) : from, k)} ${w}` : w;
    // "The observatory and opposition fighters said": a named source among two makes them named
    if (cls === 'vague' && span && words[span[0] - 1] === 'and') {
      const first = phrases.leftPhrase(span[0] - 1);
      // not "objections from Russia and China diplomats said": the first must be a subject of its own
      // nor "He fled Aleppo and Syrian activists said": a place right after another word is its object
      const placeObject = first !== null && first[0] > 0 && first[0] === first[1] && phrases.kindAt(first[0]) === 'place' && !BOUNDARY_WORDS.has(words[first[0] - 1]) && !SKIP_BEFORE_VERB.has(words[first[0] - 1]) && !TIME_WORDS.has(words[first[0] - 1]);
      const subject = first !== null && !placeObject && !words.slice(Math.max(0, first[0] - 1), first[1] + 1).some((x) => PREPOSITIONS.has(x));
      if (first && subject && phrases.classify(first[0], first[1]) === 'named') {
        cls = 'named';
        what = `${phrases.textOf(first[0], k)} ${w}`;
      }
    }
    // ("... and 17 Daesh fighters were killed" said Abdel Rahman: a verb right after a quotation
    // has its source after it, not inside the quotation)
    if (!cls && k > 0 && !afterQuote) {
      // "The Observatory which monitors ... said", "the coalition had no comment but said":
      // the subject stands before a relative clause or a coordinated verb
      // (past an "and" that opens no source's clause, a relative clause may run longer: "Omar Abu
      // Laila who currently lives in Europe but is from the province where the strike took place
      // and maintains contacts there said"; not when a source follows the verb: "rebels who have
      // been fighting ... said the Britain-based group")
      let passed = false;
      for (let b = k - 1; b > 0 && b > k - 28; b--) {
        // (past 16 words, only when no source follows the verb)
        if (b === k - 16 && startsPhrase(words[k + 1]) && sourceAfter(phrases, words, k) !== null) break;
        const relative = relativeAt(words, b);
        if (!relative && (passed || k - b >= 16 || (words[b] !== 'and' && words[b] !== 'but'))) continue;
        const subject = phrases.leftPhrase(b);
        // (before "and" or "but", not an object: "It dismissed as unfounded the reports from
        // opposition activists and said")
        // (nor the object of a relative clause that tells what a source is, before "and")
        const opensClause = subject !== null && (relative || subjectMayStart(words, subject[0])) && (relative || !describing || !inDescribingClause(words, subject[0]));
        const sc = subject && opensClause ? phrases.classify(subject[0], subject[1]) : null;
        // ("six militants who were defending Division 30 said Observatory director Rami Abdel
        // Rahman": a named source that ends the sentence after the verb is the speaker, not the
        // people before it; not "An activist ... told Reuters", the one told)
        if (sc === 'vague' && namedToTheEnd(phrases, words, k + 1)) break;
        if (sc && subject) {
          cls = sc;
          what = `${phrases.textOf(subject[0], b)} ... ${w}`;
          break;
        }
        if (relative || k - b >= 16) break;
        passed = true;
      }
    }
    // "Ahmed a resident of the government-controlled west of the city said": who the person is
    // runs up to the verb
    const apposed = !cls && !coordinated && !afterQuote ? apposedPerson(phrases, words, k) : null;
    if (apposed?.cls) {
      cls = apposed.cls;
      what = `${phrases.textOf(apposed.span[0], apposed.span[1] + 1)} ... ${w}`;
    }
    if (!cls && coordinated && speech && PRONOUNS.has(words[0]) && k > 2) {
      // "It dismissed the reports as unfounded and said ...": the source named before
      cls = 'inherit';
      what = `${words[0]} ... ${w}`;
    }
    if (!cls && coordinated) {
      // "Rebels captured the town and said ...": the subject of the sentence's first verb
      let v = 1;
      while (v < k - 1 && !(classes[v] & FIRST_VERBS)) v++;
      const subject = v < k - 1 ? phrases.leftPhrase(v) : null;
      const sc = subject && subjectMayStart(words, subject[0]) ? phrases.classify(subject[0], subject[1]) : null;
      if (sc && subject) {
        cls = sc;
        what = `${phrases.textOf(subject[0], subject[1] + 1)} ... ${w}`;
      }
    }
    // "reported 23 journalists killed": after a count, the words are what was reported, not who reported it
    const adjacent = k + 1 < words.length && phrases.adjacent(k);
    // (not a verb after "but" or "and", which shares the subject of the clause before: "did not
    // say what agent was used but said the rebels had used")
    if (!cls && !weak && adjacent && startsPhrase(words[k + 1]) && INVERTED.has(lemma) && !coordinated) {
      // a source then what describes it ("said the Civil Defence also known as the White
      // Helmets", "said the Observatory which monitors the war"), not a clause ("said government
      // forces had repelled it", "say they do not believe")
      const end = phrases.phraseEnd(k + 1);
      let after = sourceAfter(phrases, words, k, end);
      for (let e = end - 1; !after && e > k + 1; e--) {
        if (!DESCRIBED_BY.has(words[e + 1])) continue;
        after = phrases.classify(k + 1, e);
        if (after === 'inherit') after = null;
      }
      if (after) {
        cls = after;
        what = `${w} ${phrases.textOf(k + 1, Math.min(end + 1, k + 6))}`;
      }
    }
    const negated = words[k - 1] === 'not' || words[k - 1] === 'never' || words[k - 1] === 'no';
    // "The agency also said": a body named before, by its kind
    const anaphoric = span !== null && span[1] - span[0] === 1 && words[span[0]] === 'the' && ANAPHOR_HEADS.has(words[span[1]]);
    if (cls) out.push({ cls, what: what.trim(), speech, attitude: ATTITUDE.has(lemma), negated, at: k, explicit: true, anaphoric });
  }
  // "quoted a military source as saying ... but did not mention a school": the cue that credits wins
  if (out.length === 0 && participle > 0) {
    const cue = subjectSaying(phrases, words, participle);
    if (cue) out.push(cue);
  }
  return out.some((c) => c.negated) && out.some((c) => !c.negated) ? out.filter((c) => !c.negated) : out;
}

/**
 * The cue of the sentence's main clause: a trailing "X said" with its source wins, then any
 * named source, then a vague one; passives and "reportedly" only when no source is named.
 */
export function pickCue(found: readonly Cue[], length: number): Cue | null {
  if (found.length === 0) return null;
  const explicit = found.filter((c) => c.explicit);
  const trailing = explicit.filter((c) => c.at >= length - 5);
  const citing = found.find((c) => c.citing);
  const chosen = trailing.length > 0 ? trailing[trailing.length - 1] : (explicit.find((c) => c.cls === 'named') ?? explicit.find((c) => c.cls === 'inherit') ?? explicit[0] ?? found[0]);
  // "Citing a military source it said ...": the pronoun's claim rests on the vague source
  return chosen.cls === 'inherit' && citing ? citing : chosen;
}
