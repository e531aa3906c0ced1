/**
 * Attribution of every sentence: not a claim (headline, boilerplate, background, opinion), a
 * claim credited to a named source, to a vague one, or to nobody. Reporting verbs are found in all
 * positions ("X said", "said X", "according to X", "X told Reuters", "in a statement",
 * "was quoted as saying"); the source's noun phrase decides named (SOHR, Rami Abdel Rahman, the
 * Observatory, he) or vague (a monitor, sources, residents, reportedly). A sentence without a cue
 * takes its neighbour's source only when it continues the same account (a quotation, a restated
 * lead); otherwise it is unattributed if it reports something checkable (a toll, a figure, an
 * event with its time) and not a claim if it is background.
 */
import cues from '../knowledge/cues.json';
import { isCommonWord, REPORTING_VERB_FORMS } from '../knowledge/lexicon';
import type { Knowledge } from '../knowledge/knowledge';
import { fnv1a } from '../text/hash';
import { memoize } from '../text/memo';
import { findQuantities, isFigure } from '../text/quantities';
import { findQuotes } from '../text/quotes';
import type { Span } from '../text/sentences';
import { isUpperCode, lowerToken, mayBeYear, TokenKind, type Tokens } from '../text/tokens';
import { mayHave, WordClasses } from '../text/wordClasses';
import { spansWithin } from '../text/sortedSpans';
import { tokenRange, type SentenceMemo } from './sentenceMemo';
import type { ArticleDate, MentionRecord, SentenceLabel, SentenceRecord } from './summary';

type CueClass = 'named' | 'vague' | 'inherit';

interface Cue {
  cls: CueClass;
  what: string;
  /** "citing a military source": makes an anaphoric source vague. */
  citing?: boolean;
  /** A source phrase was found (X said, according to X); passives and "reportedly" are not. */
  explicit: boolean;
  /** The cue is a speech verb: a quotation next to it has a speaker. */
  speech: boolean;
  /** Token position of the cue within the sentence (for "the last cue wins"). */
  at: number;
}

interface SentenceFacts {
  span: Span;
  /** The sentence as written, and whether it has white space to collapse (tabs, breaks, double spaces). */
  raw: string;
  spaced: boolean;
  words: string[];
  /** The word classes of `words` (CLASSES), with YEAR for a number that may be a year. */
  mask: number;
  lower: string;
  firstToken: number;
  lastToken: number;
  cues: Cue[];
  figure: boolean;
  casualty: boolean;
  /** A count of something other than time or distance ("at least 5000 people", "three bases"). */
  countClaim: boolean;
  /** The values of its figures, vague ones aside (most sentences have none: the shared empty list). */
  numbers: readonly number[];
  quotes: { start: number; end: number; words: number }[];
  quoteShare: number;
  /** The hash of the sentence's text with white space collapsed: its record's `key`. */
  key: string;
  /** `headlineWords` of the sentence on a line of its own (every word) and in body text: counted when first asked. */
  ownLineCounts: HeadlineCounts | undefined;
  bodyCounts: HeadlineCounts | undefined;
  /**
   * What the label's tests find in the sentence alone, worked out when first asked (undefined
   * until then; a phrase test's null is "none"). They are kept with the facts, so a sentence
   * taken from an open document's last version is not tested again at each keystroke.
   */
  boilerplate: string | null | undefined;
  absence: string | null | undefined;
  background: string | null | undefined;
  checkable: boolean | undefined;
  /** Its content words (four letters or more), which a neighbour may repeat (`carryOver`). */
  contentWords: ReadonlySet<string> | undefined;
  /**
   * What the label's dated tests find in the sentence's text, the article's date aside, once
   * asked (undefined until then; null: nothing): whether it is a question or a teaser, the year
   * it opens with as a timeline entry, the year and the month it places an event in.
   */
  question: boolean | undefined;
  teaser: boolean | undefined;
  timelineYear: number | null | undefined;
  earlierYear: string | null | undefined;
  earlierMonth: string | null | undefined;
  /** The source its cue names (`sourceKey`), once asked, when the cue does not inherit one. */
  source: string | undefined;
}

interface HeadlineCounts {
  words: number;
  content: number;
  capitals: number;
}

const REPORTING = new Set<string>(cues.reportingVerbs);
const WEAK_REPORTING = new Set<string>(cues.weakReportingVerbs);
const SPEECH = new Set(['say', 'tell', 'add', 'state', 'write', 'tweet', 'quote', 'insist', 'explain', 'warn', 'claim', 'declare', 'stress', 'affirm']);
const VAGUE_HEADS = new Set<string>(cues.vagueHeads);
const COLLECTIVE_VAGUE = new Set<string>(cues.collectiveVague);
const ANAPHOR_HEADS = new Set<string>(cues.anaphorHeads);
const SPOKES = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'head', 'chief', 'director', 'governor']);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i']);
const PUBLISHED = new Set(['published', 'issued', 'released', 'posted', 'compiled', 'carried', 'aired', 'broadcast', 'circulated', 'provided']);
const DOCUMENTS = new Set(['report', 'reports', 'statement', 'study', 'survey', 'investigation', 'video', 'videos', 'footage', 'photos', 'photographs', 'images', 'pictures', 'data', 'figures', 'tally', 'count', 'toll', 'documentation', 'bulletin', 'release']);
const PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'living', 'based', 'inside', 'near', 'on']);
/** Heads that stand for one person: "the official said" refers back to whoever was introduced. */
const PERSONAL_HEADS = new Set(['source', 'official', 'witness', 'resident', 'activist', 'doctor', 'commander', 'spokesman', 'spokeswoman', 'spokesperson', 'woman', 'man', 'officer', 'soldier', 'fighter', 'medic']);
const SKIP_BEFORE_VERB = new Set(['also', 'however', 'earlier', 'later', 'previously', 'had', 'has', 'have', 'would', 'will', 'did', 'further', 'then', 'separately', 'meanwhile', 'late', 'early', 'last', 'night', 'morning', 'evening', 'today', 'yesterday', 'overnight', 'recently', 'subsequently', 'publicly', 'officially', 'repeatedly', 'previously', 'first', 'once', 'again', 'not', 'never']);
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'week', 'month', 'year', 'weekend']);
const INDEFINITE = new Set(['a', 'an', 'one', 'some', 'several', 'two', 'three', 'other', 'another', 'many', 'local', 'informed', 'unnamed', 'anonymous']);
const DETERMINERS = new Set(['a', 'an', 'the', 'one', 'some', 'several', 'two', 'three', 'another', 'many', 'his', 'her', 'its', 'their']);
const BOUNDARY_WORDS = new Set(['and', 'but', 'or', 'that', 'which', 'who', 'when', 'while', 'as', 'because', 'after', 'before', 'if', 'where', 'with', 'on', 'in', 'at', 'by', 'from', 'to', 'for', 'since', 'than']);

const lowerList = (xs: readonly string[]): string[] => xs.map((x) => x.toLowerCase());
const wordList = (list: string): string[] => list.split(' ');

/** The classes a sentence's words are looked up in once: each test below is a bit, not a regex. */
const CLASSES = new WordClasses();
interface PhraseList {
  phrases: string[];
  /** The class of the phrases' key words. */
  keyWords: number;
}
const phraseList = (xs: readonly string[]): PhraseList => {
  const phrases = lowerList(xs);
  return { phrases, keyWords: CLASSES.addPhrases(phrases.map((x) => x.trim())) };
};
const BOILERPLATE = phraseList(cues.boilerplate);
const ABSENCE = phraseList(cues.absence);
const BACKGROUND = phraseList(cues.background);
const PASSIVE_VAGUE = phraseList(cues.passiveVague);
const TIME_MARKERS = phraseList(cues.timeMarkers);
const NAMED_OUTLETS = lowerList(cues.namedOutlets);
const OPINION = CLASSES.add(lowerList(cues.opinion));
const EVENT_WORDS = new Set(lowerList(cues.eventVerbs).filter((w) => !w.includes(' ')));
const EVENT = CLASSES.add(EVENT_WORDS);
const REPORTING_CUE = CLASSES.add(['according', ...REPORTING_VERB_FORMS.keys()]);
/** Historical present of headlines and timelines: "Assad sacks the governor", "Regime forces seize". */
const HEADLINE_PRESENT = CLASSES.add(wordList('sacks seize seizes launch launches oust ousts captures kills hits takes enters pushes agree agrees announce announces declares begins expand expands boosts benefit benefits open opens vows warns says urges slams rejects condemns accuses denies claims calls retakes storms strikes bombs shells targets pounds fires repels foils frees downs arrests detains'));
const PAST_OR_PERFECT = CLASSES.add(wordList('was were has have had been did said told reported killed wounded injured died seized captured took launched struck fired targeted destroyed entered attacked exploded detonated left leaving killing wounding injuring'));
const LEAD_VERBS = CLASSES.add(wordList('was were has have had been is are took said will'));
const FINITE = CLASSES.add(wordList('was were has have had is are'));
const PERFECT = CLASSES.add(wordList('had has have'));
/** Past-tense event verbs: with an agent they report something that happened. */
const PAST_EVENT = CLASSES.add(wordList('killed destroyed targeted struck seized captured attacked shelled bombed fired exploded detonated erupted clashed ambushed stormed raided pounded downed repelled foiled regained retook executed beheaded abducted kidnapped arrested detained blew crashed razed damaged hit sent launched advanced entered'));
const HURT = CLASSES.add(wordList('killed wounded injured executed abducted kidnapped arrested'));
const CASUALTY_WORDS = new Set(wordList('killed killing kills dead died death deaths toll wounded wounding injured injuring injuries martyr martyrs casualties lives bodies massacre'));
const CASUALTY = CLASSES.add(CASUALTY_WORDS);
const CASUALTY_RE = new RegExp(`\\b(${[...CASUALTY_WORDS].join('|')})\\b`);
const MANY = CLASSES.add(wordList('dozens scores hundreds tens'));
const GOES_ON = CLASSES.add(wordList('also added adds continued'));
const STATEMENT = CLASSES.add(['statement']);
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = CLASSES.add(MONTHS);
/** Not a word: a number token that may be a year (19xx, 20xx). */
const YEAR = CLASSES.add([]);
const UNITS = /^(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|km|kilometres?|kilometers?|miles?|metres?|meters?|square|percent|per|times|am|pm|gmt)$/;

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wholeWords = (body: string): RegExp => new RegExp(`(?<!\\p{L})(?:${body})(?!\\p{L})`, 'u');
interface PhraseMatcher {
  loose: RegExp;
  any: RegExp;
  /** The phrases as written in the text (trimmed). */
  literals: string[];
  /** Each phrase's whole-word test, compiled the first time its text occurs. */
  each: (RegExp | undefined)[];
}
const phraseMatchers = new Map<PhraseList, PhraseMatcher>();
/**
 * The first phrase of the list found in the sentence as whole words. A sentence without any of
 * the phrases' key words has none (the common case, a bit test); else a plain alternation
 * without the word-boundary lookarounds answers "none" in one cheap pass; only a hit pays for the
 * whole-word test and for finding which phrase comes first, and only phrases whose text occurs
 * are tested (compiling every phrase's test up front was a quarter of a five-article run).
 */
function containsPhrase(sentence: { lower: string; mask: number }, list: PhraseList): string | null {
  if (!mayHave(sentence.mask, list.keyWords)) return null;
  const { lower } = sentence;
  const { phrases } = list;
  let m = phraseMatchers.get(list);
  if (!m) {
    const literals = phrases.map((p) => p.trim());
    const alternation = literals.map(escapeRegex).join('|');
    m = { loose: new RegExp(alternation), any: wholeWords(alternation), literals, each: [] };
    phraseMatchers.set(list, m);
  }
  if (!m.loose.test(lower) || !m.any.test(lower)) return null;
  for (let i = 0; i < phrases.length; i++) {
    if (!lower.includes(m.literals[i])) continue;
    const test = (m.each[i] ??= wholeWords(escapeRegex(m.literals[i])));
    if (test.test(lower)) return phrases[i];
  }
  return null;
}

export function classifySentences(
  text: string,
  tokens: Tokens,
  spans: readonly Span[],
  mentions: readonly MentionRecord[],
  date: ArticleDate | null,
  knowledge: Knowledge,
  memo?: SentenceMemo,
): SentenceRecord[] {
  const facts = memo
    ? memo.factsOf(
        knowledge,
        text,
        tokens,
        spans,
        mentions,
        (span, first, last, inSentence) => sentenceFacts(text, tokens, span, first, last, inSentence, knowledge),
        (kept: SentenceFacts, span, first, last) => moved(kept, text, span, first, last),
      )
    : spans.map((span) => {
        const [first, last] = tokenRange(tokens, span);
        return sentenceFacts(text, tokens, span, first, last, spansWithin(mentions, span), knowledge);
      });
  const records: SentenceRecord[] = [];
  let lastAttributed: 'attributed-named' | 'attributed-vague' = 'attributed-named';
  let lastSource = '';
  facts.forEach((f, i) => {
    const s = f.span;
    const sentenceText = f.raw;
    let label: SentenceLabel;
    let cueText: string;
    const cue = pickCue(f.cues, f.words.length);
    const heading = isHeadline(f, sentenceText, text) ? 'a headline' : null;
    if (heading) {
      // A headline is not a claim even when it names its source ("... kills six: state TV").
      label = 'not-claim';
      cueText = heading;
    } else if (cue) {
      label = cue.cls === 'vague' ? 'attributed-vague' : cue.cls === 'named' ? 'attributed-named' : lastAttributed;
      cueText = cue.what;
    } else {
      const nc = notClaimReason(f, sentenceText, date, i);
      if (nc) {
        label = 'not-claim';
        cueText = nc;
      } else {
        const carried = carryOver(facts, i, lastAttributed);
        if (carried) {
          label = carried;
          cueText = 'continues the account of an adjacent attributed sentence';
        } else if ((f.checkable ??= isCheckable(f))) {
          label = 'unattributed';
          cueText = f.casualty ? 'a casualty figure with no source' : f.figure ? 'a figure with no source' : 'an event report with no source';
        } else {
          label = 'not-claim';
          cueText = 'no checkable claim';
        }
      }
    }
    let source = '';
    if (label === 'attributed-named' || label === 'attributed-vague') {
      lastAttributed = label;
      // a cue that names its source names the same one whatever the sentences before say
      source = cue && cue.cls !== 'inherit' ? (f.source ??= sourceKey(cue, mentions, s, knowledge, lastSource)) : lastSource;
      lastSource = source;
    }
    const record: SentenceRecord = {
      start: s.start,
      end: s.end,
      label,
      figure: f.figure,
      cue: cueText,
      source,
      key: f.key,
      insertAt: insertionPoint(text, s),
      unattributedQuote: unattributedQuote(facts, i),
    };
    records.push(record);
  });
  return records;
}

/**
 * Whether the span has white space other than single spaces (tabs, breaks, double spaces): most
 * sentences have none to collapse, and skip the copy. Every character outside the tokens
 * [first, last) is white space, so only the gaps between them are read.
 */
function otherSpace(text: string, tokens: Tokens, first: number, last: number, span: Span): boolean {
  let from = span.start;
  for (let t = first; t <= last; t++) {
    const to = t < last ? tokens.start[t] : span.end;
    if (to - from >= 2 || (to - from === 1 && text.charCodeAt(from) !== 32)) return true;
    if (t < last) from = tokens.end[t];
  }
  return false;
}

/** Runs of white space as one space. */
function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** A sentence's facts kept from the document's last version, moved to where the sentence is now. */
function moved(kept: SentenceFacts, text: string, span: Span, first: number, last: number): SentenceFacts {
  const shift = span.start - kept.span.start;
  return {
    span,
    raw: text.slice(span.start, span.end),
    spaced: kept.spaced,
    words: kept.words,
    mask: kept.mask,
    lower: kept.lower,
    firstToken: first,
    lastToken: last,
    cues: kept.cues,
    figure: kept.figure,
    casualty: kept.casualty,
    countClaim: kept.countClaim,
    numbers: kept.numbers,
    quotes: shift === 0 ? kept.quotes : kept.quotes.map((q) => ({ start: q.start + shift, end: q.end + shift, words: q.words })),
    quoteShare: kept.quoteShare,
    key: kept.key,
    ownLineCounts: kept.ownLineCounts,
    bodyCounts: kept.bodyCounts,
    boilerplate: kept.boilerplate,
    absence: kept.absence,
    background: kept.background,
    checkable: kept.checkable,
    contentWords: kept.contentWords,
    question: kept.question,
    teaser: kept.teaser,
    timelineYear: kept.timelineYear,
    earlierYear: kept.earlierYear,
    earlierMonth: kept.earlierMonth,
    source: kept.source,
  };
}

const NO_NUMBERS: readonly number[] = [];

/** The facts of the sentence at `span`: its tokens [first, last) and the mentions in it. */
function sentenceFacts(
  text: string,
  tokens: Tokens,
  span: Span,
  first: number,
  last: number,
  inSentence: readonly MentionRecord[],
  knowledge: Knowledge,
): SentenceFacts {
  const words: string[] = [];
  const wordTokens: number[] = [];
  /** Each word's classes. */
  const classes: number[] = [];
  let mask = 0;
  for (let t = first; t < last; t++) {
    const kind = tokens.kind[t];
    if (kind === TokenKind.Word) {
      const w = lowerToken(text, tokens, t);
      const c = CLASSES.of(w);
      words.push(w);
      wordTokens.push(t);
      classes.push(c);
      mask |= c;
    } else if (kind === TokenKind.Number && mayBeYear(text, tokens.start[t], tokens.end[t])) mask |= YEAR;
  }
  const raw = text.slice(span.start, span.end);
  // lower case leaves white space as it is: one test tells for both
  const spaced = otherSpace(text, tokens, first, last, span);
  const lower = spaced ? collapseSpaces(raw.toLowerCase()) : raw.toLowerCase();
  const quantities = findQuantities(text, tokens, first, last).filter(isFigure);
  const figure = quantities.length > 0;
  // a casualty word near a figure, or "dozens of people killed": none without a casualty word
  const casualty = (mask & CASUALTY) !== 0 && (quantities.some((q) => {
    const around = text.slice(Math.max(span.start, q.start - 60), Math.min(span.end, q.end + 60)).toLowerCase();
    return CASUALTY_RE.test(around);
  }) || ((mask & MANY) !== 0 && /\b(dozens|scores|hundreds|tens) of (people|civilians|fighters|soldiers|militants|terrorists|children)\b.*\b(killed|dead|wounded|injured)\b|\b(killing|wounding|injuring) (dozens|scores|hundreds)\b/.test(lower)));
  const countClaim = quantities.some((q) => {
    if (q.kind === 'percent') return true;
    const next = lowerToken(text, tokens, q.lastToken + 1);
    const after = lowerToken(text, tokens, q.lastToken + 2);
    const before = text.slice(Math.max(span.start, q.start - 7), q.start).toLowerCase();
    // "the two areas", "both towns": a reference to things already known, not a figure
    if (/\b(the|these|those|its|their|his|her)\s+$/.test(before)) return false;
    return !UNITS.test(next) && !(next === 'of' && UNITS.test(after)) && !(next === '-' && UNITS.test(after)) && !q.vague;
  });
  let numbers: number[] | undefined;
  for (const q of quantities) if (!q.vague) (numbers ??= []).push(q.value);
  const quotes = findQuotes(text, span);
  const quoted = quotes.reduce((n, q) => n + (q.end - q.start), 0);
  const facts: SentenceFacts = {
    span,
    raw,
    spaced,
    words,
    mask,
    lower,
    firstToken: first,
    lastToken: last,
    cues: [],
    figure,
    casualty,
    countClaim,
    numbers: numbers ?? NO_NUMBERS,
    quotes,
    quoteShare: raw.length > 0 ? quoted / raw.length : 0,
    key: fnv1a(spaced ? collapseSpaces(raw) : raw),
    ownLineCounts: undefined,
    bodyCounts: undefined,
    boilerplate: undefined,
    absence: undefined,
    background: undefined,
    checkable: undefined,
    contentWords: undefined,
    question: undefined,
    teaser: undefined,
    timelineYear: undefined,
    earlierYear: undefined,
    earlierMonth: undefined,
    source: undefined,
  };
  facts.cues = findCues(text, tokens, words, wordTokens, classes, facts, inSentence, knowledge);
  return facts;
}

/**
 * Who a cue names, as a key for "two sources disagree": the entity in its phrase (SOHR for
 * "Rami Abdel Rahman head of the Syrian Observatory"), the previous source for an anaphor, else
 * the phrase itself ("a monitor").
 */
function sourceKey(cue: Cue, mentions: readonly MentionRecord[], span: Span, knowledge: Knowledge, previous: string): string {
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

/** A source phrase's words only, as the tokenizer splits them ("Britain-based" -> "britain based"). */
const phraseWords = memoize((what: string): string => what.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
/** A name's words, lower case ("Al-Nusra Front" -> al, nusra, front). */
const nameWords = memoize((spelling: string): readonly string[] => spelling.toLowerCase().replace(/[-.]/g, ' ').split(/\s+/).filter(Boolean));
/** The source named by a phrase, without its reporting verb. */
const withoutVerbs = memoize((what: string): string => what.replace(/\b(said|says|say|told|tells|reported|reports|added|adds|stated|claimed|according to|quoted|cited)\b/g, '').trim());

function findCues(
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
  const out = sentence.mask & REPORTING_CUE ? verbCues(text, tokens, words, wordTokens, classes, inSentence, knowledge) : [];
  const passive = containsPhrase(sentence, PASSIVE_VAGUE);
  if (passive) {
    const at = passive === 'reportedly' ? words.indexOf('reportedly') : words.length - 1;
    out.push({ cls: 'vague', what: passive, speech: false, at, explicit: false });
  }
  if (out.length === 0 && sentence.mask & STATEMENT && /\b(in|issued) a statement\b/.test(sentence.lower)) {
    // the statement's author is the subject: named when the sentence names an organisation
    const named = inSentence.some((m) => ['organisation', 'group', 'person'].includes(knowledge.entities.get(m.entityId)?.kind ?? ''));
    if (named) out.push({ cls: 'named', what: 'in a statement', speech: true, at: words.indexOf('statement'), explicit: true });
  }
  return out;
}

/** Cues around reporting verbs: "X said", "according to X", "was quoted as saying", "said X". */
function verbCues(
  text: string,
  tokens: Tokens,
  words: string[],
  wordTokens: number[],
  classes: readonly number[],
  inSentence: readonly MentionRecord[],
  knowledge: Knowledge,
): Cue[] {
  const out: Cue[] = [];
  const mentionAt = (k: number): MentionRecord | undefined => {
    const s = tokens.start[wordTokens[k]];
    return inSentence.find((m) => s >= m.start && s < m.end);
  };
  const kindAt = (k: number): string | undefined => {
    const m = mentionAt(k);
    return m ? knowledge.entities.get(m.entityId)?.kind : undefined;
  };
  /** The words [from, to) as the article writes them, for messages ("An ISIS military commander"). */
  const textOf = (from: number, to: number): string =>
    from >= to ? '' : text.slice(tokens.start[wordTokens[from]], tokens.end[wordTokens[to - 1]]).replace(/\s+/g, ' ');
  /** The word joins the one before with a hyphen (Britain-based). */
  const hyphenated = (k: number): boolean =>
    k > 0 && tokens.start[wordTokens[k]] === tokens.end[wordTokens[k - 1]] + 1 && text.charCodeAt(tokens.end[wordTokens[k - 1]]) === 0x2d;
  const capitalised = (k: number): boolean => isUpperCode(text.charCodeAt(tokens.start[wordTokens[k]]));
  /** A capitalised word that is not an entity, a common word or a title: part of a person's name. */
  const properName = (k: number): boolean =>
    capitalised(k) && !mentionAt(k) && !isCommonWord(words[k]) && !TIME_WORDS.has(words[k]) && !ANAPHOR_HEADS.has(words[k]) && !VAGUE_HEADS.has(words[k]);

  /** Named, vague or anaphoric: the source phrase words[from..to]. */
  const classify = (from: number, to: number): CueClass | null => {
    if (from > to || from < 0 || to >= words.length) return null;
    const phrase = words.slice(from, to + 1);
    const phraseText = phrase.join(' ');
    if (NAMED_OUTLETS.some((o) => phraseText.includes(o))) return 'named';
    const det = DETERMINERS.has(words[from]) || INDEFINITE.has(words[from]) ? words[from] : undefined;
    // the head of the first noun phrase: before "of/for/at/in/from/with/living/based"
    let npEnd = to;
    for (let k = from + 1; k <= to; k++) {
      // "based in London" ends the noun phrase; "a Britain-based monitor" does not
      if (PREPOSITIONS.has(words[k]) && !hyphenated(k)) {
        npEnd = k - 1;
        break;
      }
    }
    const npHead = words[npEnd];
    if (PRONOUNS.has(npHead) && npEnd - from <= 1) return 'inherit';
    const entityKinds = new Set<string>();
    let person = false;
    for (let k = from; k <= to; k++) {
      const kind = kindAt(k);
      if (kind && kind !== 'operation') entityKinds.add(kind);
      if (properName(k) && !(k === from && det === undefined && k === npEnd && VAGUE_HEADS.has(words[k]))) person = true;
    }
    // "opposition forces", "rebel sources", "pro-government media": a side, not a source
    const sideWords = phrase.filter((x) => x === 'opposition' || x === 'rebel' || x === 'rebels' || x === 'activists' || x === 'insurgents');
    if (sideWords.length > 0 && entityKinds.size === 0 && !person) return 'vague';
    if (DOCUMENTS.has(npHead) && (entityKinds.size > 0 || person)) return 'named'; // a report published by Fox News
    if (VAGUE_HEADS.has(npHead)) {
      // "local activist Mohammad al-Halabi", "Observatory director Rami Abdel Rahman"
      for (let k = npEnd + 1; k <= Math.min(to, npEnd + 2); k++) {
        if (PREPOSITIONS.has(words[k])) break;
        if (properName(k) || kindAt(k) === 'person') return 'named';
      }
      // "a spokesman for the coalition" speaks for a named body; "a source at X" does not
      if (SPOKES.has(npHead) && [...entityKinds].some((x) => x !== 'place')) return 'named';
      // "SANA reporter", "Idlib Media Center": an organisation's own people
      const before = npEnd - 1 >= from ? kindAt(npEnd - 1) : undefined;
      if (before === 'organisation' || before === 'group') return 'named';
      if (det === 'the' && !COLLECTIVE_VAGUE.has(npHead)) return ANAPHOR_HEADS.has(npHead) && !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
      // appositive: "The Observatory a Britain-based monitor said"
      const apposed = from > 0 && (kindAt(from - 1) === 'organisation' || properName(from - 1) || (capitalised(from - 1) && ANAPHOR_HEADS.has(words[from - 1])));
      if (INDEFINITE.has(det ?? '') && apposed && !['to', 'told', 'by'].includes(words[from - 2] ?? '')) {
        return 'named';
      }
      return 'vague';
    }
    if (entityKinds.size > 0 || person) return 'named';
    if (det === 'the' && ANAPHOR_HEADS.has(npHead)) return capitalised(npEnd) || !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
    // "the Civil Defence", "the Syrian Coalition": a capitalised name with the article
    if (det === 'the' && capitalised(npEnd) && !TIME_WORDS.has(npHead)) return 'named';
    return null;
  };

  /** The source phrase before a verb at k: skips adverbs, auxiliaries and times ("on Sunday"). */
  const leftPhrase = (k: number): [number, number] | null => {
    let j = k - 1;
    while (j >= 0 && (SKIP_BEFORE_VERB.has(words[j]) || TIME_WORDS.has(words[j]) || (words[j] === 'on' && TIME_WORDS.has(words[j + 1] ?? '')))) j--;
    if (j < 0) return null;
    let i = j;
    while (i - 1 >= 0 && j - i < 7) {
      const p = words[i - 1];
      if (DETERMINERS.has(p) || INDEFINITE.has(p)) {
        i--;
        break;
      }
      if (BOUNDARY_WORDS.has(p) && !PREPOSITIONS.has(p)) break;
      if (TIME_WORDS.has(p) || CASUALTY_WORDS.has(p) || EVENT_WORDS.has(p) || (REPORTING_VERB_FORMS.has(p) && p !== 'state' && p !== 'reports')) break;
      if (tokens.kind[wordTokens[i - 1]] !== TokenKind.Word) break;
      // a quotation or a number ends the phrase
      if (tokens.start[wordTokens[i]] - tokens.end[wordTokens[i - 1]] > 2) break;
      i--;
    }
    // a bare plural ("residents said") keeps only its adjectives
    if (!(DETERMINERS.has(words[i]) || INDEFINITE.has(words[i])) && VAGUE_HEADS.has(words[j])) i = Math.max(i, j - 2);
    return [i, j];
  };

  for (let k = 0; k < words.length; k++) {
    if (!(classes[k] & REPORTING_CUE)) continue;
    const w = words[k];
    // according to X
    if (w === 'according' && words[k + 1] === 'to') {
      const end = phraseEnd(words, k + 2);
      const phrase = words.slice(k + 2, end + 1).join(' ');
      if (/^(estimates|reports|sources|unconfirmed|initial|preliminary|local sources|activists|witnesses|residents|media)\b/.test(phrase)) {
        out.push({ cls: 'vague', what: `according to ${textOf(k + 2, end + 1)}`, speech: false, at: k, explicit: true });
      } else {
        const cls = classify(k + 2, end);
        if (cls) out.push({ cls, what: `according to ${textOf(k + 2, Math.min(end + 1, k + 7))}`, speech: false, at: k, explicit: true });
      }
      continue;
    }
    const lemma = REPORTING_VERB_FORMS.get(w);
    if (!lemma || !REPORTING.has(lemma)) continue;
    // "claimed responsibility" credits an attack, not a toll; "confirmed dead" is a state
    if ((lemma === 'claim' && words[k + 1] === 'responsibility') || (lemma === 'confirm' && words[k + 1] === 'dead')) continue;
    // nouns and adjectives spelled like the verb: "a report", "the statement", "declared stockpiles"
    if (['report', 'reports', 'claim', 'claims', 'estimates', 'estimate', 'quote', 'post', 'state', 'states', 'states'].includes(w) && (DETERMINERS.has(words[k - 1] ?? '') || words[k + 1] === 'of' || words[k - 1] === 'state')) continue;
    if (w === 'state' || w === 'states') continue;
    if (words[k - 1] === 'to' && lemma !== 'say') continue; // "to report": purpose, not attribution
    if (words[k - 1] === 'so') continue; // so-called
    // "reports suggest", "claims that": a noun subject, not the verb
    if ((w === 'reports' || w === 'claims') && (REPORTING_VERB_FORMS.has(words[k + 1] ?? '') || words[k + 1] === 'that')) continue;
    // "adding", "saying", "claiming the life of": participles continue a clause, they name no new source
    // "a report published by Fox News": a participle inside a source phrase, not a verb of its own
    if (words[k + 1] === 'by' && !['was', 'were', 'is', 'are', 'been', 'be'].includes(words[k - 1] ?? '')) continue;
    // "with the observatory reporting ...": an absolute clause with its own source
    const withSubject = w.endsWith('ing') && words.slice(Math.max(0, k - 6), k).includes('with');
    if (w.endsWith('ing') && !withSubject && !(words[k - 1] === 'as' && (words[k - 2] === 'quoted' || words[k - 2] === 'cited'))) {
      if (w === 'citing' || w === 'quoting') {
        const end = phraseEnd(words, k + 1);
        const cls = classify(k + 1, end);
        if (cls === 'vague') out.push({ cls, what: `${w} ${textOf(k + 1, end + 1)}`, speech: false, at: k, explicit: false, citing: true });
      }
      continue;
    }
    if ((lemma === 'raise' || lemma === 'hold') && !/\b(concern|concerns|alarm|responsible)\b/.test(words.slice(k, k + 8).join(' '))) continue;
    if (lemma === 'call' && !['on', 'upon', 'for'].includes(words[k + 1] ?? '')) continue;
    if (lemma === 'show' && PRONOUNS.has(words[k - 1] === 'also' ? (words[k - 2] ?? '') : (words[k - 1] ?? ''))) {
      out.push({ cls: 'inherit', what: `${words[k - 1]} ${w}`, speech: false, at: k, explicit: true });
      continue;
    }
    if (lemma === 'show') {
      // footage showed ...: a cue only with its source ("posted by activists", "on state TV")
      const window = words.slice(Math.max(0, k - 8), k);
      const by = Math.max(window.lastIndexOf('by'), window.lastIndexOf('on'));
      if (by < 0) continue;
      const from = Math.max(0, k - 8) + by + 1;
      const cls = classify(from, k - 1);
      if (cls) out.push({ cls, what: `${textOf(from, k)} ${w}`, speech: false, at: k, explicit: true });
      continue;
    }
    // weak verbs ("believed", "found", "suggest") report only with a real source as subject
    const weak = WEAK_REPORTING.has(lemma) && !(lemma === 'put' && /toll/.test(words.slice(k, k + 4).join(' ')));
    const speech = SPEECH.has(lemma);
    // "X quoted a military source as saying": the quoted one is the source
    if ((lemma === 'quote' || lemma === 'cite') && words[k + 1] && !['by', 'as'].includes(words[k + 1])) {
      const end = phraseEnd(words, k + 1);
      const cls = classify(k + 1, end);
      if (cls) {
        out.push({ cls, what: `${w} ${textOf(k + 1, end + 1)}`, speech: true, at: k, explicit: true });
        continue;
      }
    }
    // passives: "was quoted as saying", "were reported" (vague) unless "by X"
    const aux = ['was', 'were', 'is', 'are', 'been', 'be'];
    if (aux.includes(words[k - 1] ?? '') || (SKIP_BEFORE_VERB.has(words[k - 1] ?? '') && aux.includes(words[k - 2] ?? ''))) {
      const auxWord = aux.includes(words[k - 1] ?? '') ? words[k - 1] : words[k - 2];
      if (words[k + 1] === 'by') {
        const end = phraseEnd(words, k + 2);
        const cls = classify(k + 2, end);
        if (cls) out.push({ cls, what: `${auxWord} ${w} by ${textOf(k + 2, end + 1)}`, speech, at: k, explicit: true });
        continue;
      }
      if (w === 'quoted' && words[k + 1] === 'as') {
        const span = leftPhrase(k - 1);
        const cls = span ? classify(span[0], span[1]) : null;
        if (cls && span) out.push({ cls, what: `${textOf(span[0], k - 1)} was quoted`, speech: true, at: k, explicit: true });
        continue;
      }
      out.push({ cls: 'vague', what: `${auxWord} ${w}, no source given`, speech, at: k, explicit: false });
      continue;
    }
    // "the militants estimated to be holed up", "fighters thought to have fled": a reduced passive
    // relative clause, not the noun before it speaking
    if (words[k + 1] === 'to' && (words[k + 2] === 'be' || words[k + 2] === 'have') && w !== lemma && !PRONOUNS.has(words[k - 1] ?? '')) {
      out.push({ cls: 'vague', what: `${w} to ${words[k + 2]}, no source given`, speech, at: k, explicit: false });
      continue;
    }
    // X said / X told Reuters; else said X (inversion, after a quotation)
    if (PRONOUNS.has(words[k - 1] ?? '')) {
      if (!weak) out.push({ cls: 'inherit', what: `${words[k - 1]} ${w}`, speech, at: k, explicit: true });
      continue;
    }
    const span = leftPhrase(k);
    let cls = span ? classify(span[0], span[1]) : null;
    let what = span ? `${textOf(span[0], k)} ${w}` : w;
    if (!cls) {
      // "The Observatory which monitors ... said", "the coalition had no comment but said":
      // the subject stands before a relative clause or a coordinated verb
      for (let b = k - 1; b > 0 && b > k - 16; b--) {
        if (!['which', 'who', 'and', 'but'].includes(words[b])) continue;
        const subject = leftPhrase(b);
        const sc = subject ? classify(subject[0], subject[1]) : null;
        if (sc && subject) {
          cls = sc;
          what = `${textOf(subject[0], b)} ... ${w}`;
        }
        break;
      }
    }
    const startsPhrase = (x: string | undefined): boolean => x !== undefined && !BOUNDARY_WORDS.has(x) && x !== 'that';
    if (!cls && !weak && startsPhrase(words[k + 1]) && ['say', 'add', 'tell', 'write', 'state', 'report', 'explain', 'insist', 'warn'].includes(lemma)) {
      const end = phraseEnd(words, k + 1);
      const after = classify(k + 1, end);
      if (after) {
        cls = after;
        what = `${w} ${textOf(k + 1, Math.min(end + 1, k + 6))}`;
      }
    }
    if (cls) out.push({ cls, what: what.trim(), speech, at: k, explicit: true });
  }
  return out;
}

/** End of the noun phrase that starts at `start` (going right). */
function phraseEnd(words: readonly string[], start: number): number {
  let k = start;
  let steps = 0;
  while (k + 1 < words.length && steps < 8) {
    const next = words[k + 1];
    if (BOUNDARY_WORDS.has(next) && !PREPOSITIONS.has(next)) break;
    // "a report published by Fox News": the publisher is part of the source
    if (PUBLISHED.has(next) && words[k + 2] === 'by') {
      k += 2;
      steps++;
      continue;
    }
    if (REPORTING_VERB_FORMS.has(next) || EVENT_WORDS.has(next) || TIME_WORDS.has(next)) break;
    k++;
    steps++;
  }
  return k;
}

/**
 * The cue of the sentence's main clause: a trailing "X said" with its source wins, then any
 * named source, then a vague one; passives and "reportedly" only when no source is named.
 */
function pickCue(found: readonly Cue[], length: number): Cue | null {
  if (found.length === 0) return null;
  const explicit = found.filter((c) => c.explicit);
  const trailing = explicit.filter((c) => c.at >= length - 5);
  const citing = found.find((c) => c.citing);
  const chosen = trailing.length > 0 ? trailing[trailing.length - 1] : (explicit.find((c) => c.cls === 'named') ?? explicit.find((c) => c.cls === 'inherit') ?? explicit[0] ?? found[0]);
  // "Citing a military source it said ...": the pronoun's claim rests on the vague source
  return chosen.cls === 'inherit' && citing ? citing : chosen;
}

/** A phrase test of the label kept with the facts: run the first time it is asked (null: none). */
function phraseOnce(f: SentenceFacts, field: 'boilerplate' | 'absence' | 'background', list: PhraseList): string | null {
  const kept = f[field];
  return kept !== undefined ? kept : (f[field] = containsPhrase(f, list));
}

/** Why a cue-less sentence is not a claim, or null. */
function notClaimReason(f: SentenceFacts, sentenceText: string, date: ArticleDate | null, index: number): string | null {
  const { lower, mask } = f;
  const boiler = phraseOnce(f, 'boilerplate', BOILERPLATE);
  if (boiler && (f.words.length <= 14 || !f.casualty)) return `boilerplate ("${boiler.trim()}")`;
  if (f.words.length <= 3) return 'a fragment';
  if (mask & HEADLINE_PRESENT && !(mask & PAST_OR_PERFECT)) return 'a headline or timeline entry (present tense)';
  if (f.words.length <= 6 && !f.countClaim && !(mask & FINITE)) return 'a fragment';
  if ((f.question ??= /\?["”’]?$/.test(sentenceText.trim()))) return 'a question';
  // "Wed 19 Apr 2017 Aleppo bomb blast kills six": a dated headline (a lead has finite verbs)
  if (index === 0 && date && date.start <= f.span.start + 40 && f.words.length <= 22 && !(mask & LEAD_VERBS)) return 'a dateline and headline';
  if (isTimeline(f, sentenceText, date)) return 'a timeline entry';
  if ((f.teaser ??= /\.\.\.|…/.test(sentenceText) && /-\s*$/.test(sentenceText))) return 'a related-article teaser';
  const absent = phraseOnce(f, 'absence', ABSENCE);
  if (absent) return `an absence statement ("${absent}")`;
  if (f.casualty) return null; // a toll is checkable, background or not
  const bg = phraseOnce(f, 'background', BACKGROUND);
  if (bg) return `background ("${bg.trim()}")`;
  // An event placed in an earlier year, with no figure: context the reader is reminded of.
  const year = mask & YEAR ? (f.earlierYear !== undefined ? f.earlierYear : (f.earlierYear = /\b(?:in|since|mid-|early|late|by|of)\s?-?(19\d\d|20\d\d)\b/.exec(lower)?.[1] ?? null)) : null;
  if (year && !f.countClaim && (!date || Number(year) < Number(date.iso.slice(0, 4)))) return `background (${year})`;
  // "launched the offensive in June" in an August article: an earlier stage the reader is reminded of
  const month = mask & MONTH ? (f.earlierMonth !== undefined ? f.earlierMonth : (f.earlierMonth = earlierMonthOf(lower))) : null;
  if (month && date && !f.countClaim) {
    const ago = Number(date.iso.slice(5, 7)) - (MONTHS.indexOf(month) + 1);
    if (ago >= 1 && ago <= 11) return `background (${month})`;
  }
  if (mask & OPINION && !f.figure) return 'opinion or analysis';
  if (date && index === 0 && f.words.length <= 3) return 'a dateline';
  return null;
}

/** Words a headline leaves in lower case ("Battle for the Heart of Raqqa"). */
const HEADLINE_SMALL = ['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'as', 'vs'];
/** A word of ASCII letters as a number, a letter per five bits (a = 1): unique for a short word. */
const letterKey = (word: string): number => [...word].reduce((key, ch) => key * 32 + (ch.charCodeAt(0) - 96), 0);
const HEADLINE_SMALL_KEYS = new Set(HEADLINE_SMALL.map(letterKey));

/**
 * Whether s[start, end) (at most four characters) is one of HEADLINE_SMALL in any case, without
 * making a string: only ASCII letters can be (of the other characters only the Kelvin sign
 * lower-cases to one, k, in no small word, and the dotted capital I to two, i and a dot).
 */
function isSmallWord(s: string, start: number, end: number): boolean {
  let key = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c < 97 || c > 122) return false;
    key = key * 32 + (c - 96);
  }
  return HEADLINE_SMALL_KEYS.has(key);
}

function isHeadline(f: SentenceFacts, sentenceText: string, text: string): boolean {
  // A line of its own without final punctuation (web copy headlines and subheads) ...
  const before = f.span.start === 0 || text[f.span.start - 1] === '\n';
  const after = f.span.end >= text.length || text[f.span.end] === '\n' || text[f.span.end] === '\r';
  const ownLine = before && after && !/[.!?"”’)]$/.test(sentenceText.trim());
  // ... or mostly capitalised words; a sentence of body text gives up counting halfway.
  const { words, content, capitals } = ownLine ? (f.ownLineCounts ??= headlineWords(sentenceText, false)) : (f.bodyCounts ??= headlineWords(sentenceText, true));
  if (words === 0) return true;
  if (content >= 3 && capitals / content >= 0.75) return true;
  return ownLine && words <= 20;
}

/**
 * The words of a sentence as /[\p{L}][\p{L}'’-]*\/gu finds them (a letter, then letters,
 * apostrophes and hyphens), counted without building them: how many, how many are content words
 * (not a short HEADLINE_SMALL word), and how many of those start with a capital. With
 * `onlyCapitalised` the count stops once most content words cannot be capitalised.
 */
function headlineWords(s: string, onlyCapitalised: boolean): HeadlineCounts {
  let words = 0;
  let content = 0;
  let capitals = 0;
  let i = 0;
  while (i < s.length) {
    const first = s.charCodeAt(i);
    const width = letterWidth(s, i);
    if (width === 0) {
      i++;
      continue;
    }
    const start = i;
    i += width;
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 39 || c === 0x2019 || c === 45) i++;
      else {
        const w = letterWidth(s, i);
        if (w === 0) break;
        i += w;
      }
    }
    words++;
    if (i - start > 4 || !isSmallWord(s, start, i)) {
      content++;
      if (isUpperCode(first)) capitals++;
      // Three in four content words capitalised is out of reach even if every word left (at
      // most one per two characters) is: the counts so far answer the caller.
      else if (onlyCapitalised && 3 * (content - capitals) > capitals + ((s.length - i + 1) >> 1)) break;
    }
  }
  return { words, content, capitals };
}

const LETTER = /^\p{L}$/u;

/** UTF-16 units of the letter at i (2 for an astral letter), or 0 if none starts there. */
function letterWidth(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  return LETTER.test(s[i]) ? 1 : 0;
}

/** "in June", "since March", "in early May": a whole month, not a day of it. */
const EARLIER_MONTH = /\b(?:in|since|during|until|by) (?:early |mid-|late |mid )?(january|february|march|april|may|june|july|august|september|october|november|december)\b(?! \d)/;
const MONTH_NAMES = '(january|february|march|april|may|june|july|august|september|october|november|december)';
/** "March 2011 Protests begin", "15 March 2011: ...": a dated timeline entry. */
const TIMELINE_DATE = new RegExp(`^(\\d{1,2} )?${MONTH_NAMES}( \\d{1,2})?,? (\\d{4})\\b`, 'i');
function isTimeline(f: SentenceFacts, sentenceText: string, date: ArticleDate | null): boolean {
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

/** A claim someone could check: a figure with what it counts, or an event with its time. */
function isCheckable(f: SentenceFacts): boolean {
  if (f.casualty || f.countClaim) return true;
  // a person or people reported killed or hurt, even without a number
  if (f.mask & HURT && f.mask & FINITE && /\b(was|were|has been|have been|had been) (killed|wounded|injured|executed|abducted|kidnapped|arrested)\b/.test(f.lower)) return true;
  const event = (f.mask & EVENT) !== 0;
  if (f.figure && event) return true;
  const timed = containsPhrase(f, TIME_MARKERS) !== null;
  if (event && timed) return true;
  if (f.mask & PAST_EVENT && !(f.mask & PERFECT)) return true;
  return false;
}

/** A cue-less sentence continues an adjacent attributed one: a quotation, or a restated lead. */
function carryOver(facts: readonly SentenceFacts[], i: number, last: 'attributed-named' | 'attributed-vague'): SentenceLabel | null {
  const f = facts[i];
  const neighbour = (j: number): 'attributed-named' | 'attributed-vague' | null => {
    const n = facts[j];
    if (!n) return null;
    const c = pickCue(n.cues, n.words.length);
    if (!c) return null;
    return c.cls === 'vague' ? 'attributed-vague' : c.cls === 'named' ? 'attributed-named' : last;
  };
  if (f.quoteShare >= 0.6) {
    const prev = facts[i - 1] && facts[i - 1].cues.some((c) => c.speech) ? neighbour(i - 1) : null;
    const next = facts[i + 1] && facts[i + 1].cues.some((c) => c.speech) ? neighbour(i + 1) : null;
    if (prev ?? next) return (prev ?? next) as SentenceLabel;
  }
  // A lead restated with its source in the next sentence (web copy repeats the standfirst), or
  // the same figures credited in a neighbour ("two civilians killed" ... "a source told SANA
  // ... killing two civilians").
  const next = facts[i + 1];
  if (next && neighbour(i + 1) && overlap(f, next) >= CARRY_OVERLAP) return neighbour(i + 1);
  for (const j of [i + 1, i - 1]) {
    const n = facts[j];
    if (!n || !neighbour(j) || f.numbers.length === 0) continue;
    for (const v of f.numbers) if (n.numbers.includes(v)) return neighbour(j);
  }
  // An account that goes on: the next sentence credits it with "also" or "added".
  if (next && neighbour(i + 1) && next.mask & GOES_ON && next.cues.some((c) => c.cls === 'inherit')) {
    return neighbour(i + 1);
  }
  return null;
}

/** Share of a sentence's content words its attributed neighbour repeats for the claim to carry over. */
const CARRY_OVERLAP = 0.3;
function overlap(a: SentenceFacts, b: SentenceFacts): number {
  const A = contentOf(a);
  const B = contentOf(b);
  if (A.size === 0) return 0;
  let n = 0;
  for (const w of A) if (B.has(w)) n++;
  return n / A.size;
}

function contentOf(f: SentenceFacts): ReadonlySet<string> {
  return (f.contentWords ??= new Set(f.words.filter((w) => w.length >= 4)));
}

/** A quotation of four or more words with no speaker in its sentence or the adjacent ones. */
function unattributedQuote(facts: readonly SentenceFacts[], i: number): { start: number; end: number } | undefined {
  const f = facts[i];
  const long = f.quotes.find((q) => q.words >= 4);
  if (!long) return undefined;
  if (f.cues.length > 0) return undefined;
  const speaker = (j: number): boolean => (facts[j]?.cues ?? []).some((c) => c.speech || c.cls !== 'vague');
  if (speaker(i - 1) || speaker(i + 1)) return undefined;
  return { start: long.start, end: long.end };
}

/** Before the sentence's final punctuation (and closing quote), where ", according to ..." reads. */
function insertionPoint(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /["”’)\]]/.test(text[end - 1])) end--;
  while (end > span.start && /[.!?]/.test(text[end - 1])) end--;
  return end;
}
