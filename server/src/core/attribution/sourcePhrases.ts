/**
 * The source phrases of one sentence: where the phrase before or after a reporting verb starts and
 * ends ("The Britain-based Syrian Observatory for Human Rights said", "a doctor at the hospital
 * said", "according to the ministry the strike killed") and whether it names a source (SOHR,
 * Rami Abdel Rahman, the Observatory), a vague one (a monitor, residents, opposition forces) or one
 * named before (he, the official). `cues.ts` asks it about each verb it finds.
 */
import { FACILITY_HEAD, isCommonWord, isDemonym, isGivenName, isPlaceHead, lexiconFlags, ORG_HEAD, PLACE_HEAD, REPORTING_VERB_FORMS } from '../knowledge/lexicon';
import type { Knowledge } from '../knowledge/knowledge';
import { isArticle } from '../names/translit';
import { isNumberWord } from '../text/quantities';
import { isUpperCode, TokenKind, type Tokens } from '../text/tokens';
import type { MentionRecord } from '../analysis/summary';
import {
  ANAPHOR_HEADS,
  BODY_MODIFIERS,
  BOUNDARY_WORDS,
  CASUALTY_WORDS,
  CLAUSE_VERBS,
  COLLECTIVE_VAGUE,
  CONTACTED,
  DETERMINERS,
  DOCUMENTS,
  EVENT_WORDS,
  INDEFINITE,
  LOCATED,
  LOCATIVES,
  NAMED_OUTLETS,
  OBJECT_BEFORE,
  PERSON_AT,
  PERSON_HEADS,
  PERSONAL_HEADS,
  POSSESSIVES,
  PREPOSITIONS,
  PRESS,
  PRONOUNS,
  PUBLISHED,
  RELATIVES,
  SKIP_BEFORE_VERB,
  SOURCE_PARTICIPLES,
  SPOKE_TO,
  SPOKES,
  TIED_TO,
  TIME_WORDS,
  VAGUE_HEADS,
} from './vocabulary';

/** Counts that stand for a determiner: after "the" they point back ("the two leaders said"). */
const COUNTED_DETERMINERS: ReadonlySet<string> = new Set(['two', 'three', 'several']);
/** Adverbs that open a sentence before its source: "Meanwhile civil sources told SANA". */
const SENTENCE_ADVERBS: ReadonlySet<string> = new Set(['meanwhile', 'however', 'separately', 'moreover', 'furthermore', 'elsewhere', 'additionally', 'also']);

/** Words that make a source indefinite as adjectives, after an article or without one: "(a) local source". */
const ADJECTIVE_INDEFINITE: ReadonlySet<string> = new Set(['local', 'informed', 'unnamed', 'anonymous']);

/** Whom a source phrase names: a source by name, a vague one, or one named before (a pronoun, "the official"). */
export type CueClass = 'named' | 'vague' | 'inherit';

/** Words for a side in the war: "opposition forces", "rebel sources" are a side, not a source. */
const SIDE_WORDS: ReadonlySet<string> = new Set(['opposition', 'rebel', 'rebels', 'activists', 'insurgents']);
/** Participles of what a monitor does, after its head: "a group monitoring the war". */
const WATCHING: ReadonlySet<string> = new Set(['monitoring', 'tracking', 'documenting', 'covering', 'observing']);
/** Kinds of news outlet: vague heads, unless the outlet's name stands before them. */
const OUTLET_HEADS: ReadonlySet<string> = new Set([
  'outlet', 'outlets', 'website', 'websites', 'channel', 'channels', 'service', 'broadcasters', 'dailies', 'networks', 'newspapers', 'stations',
]);
/**
 * Kinds of news outlet that name one outlet: a source the article names before ("the newspaper
 * said"), an unnamed one after "a" ("a pro-government newspaper reported").
 */
const OUTLET_KINDS: ReadonlySet<string> = new Set(['agency', 'broadcaster', 'daily', 'magazine', 'network', 'newspaper', 'paper', 'station']);

/**
 * Offices and bodies that, after "a", speak for one the article does not name. Not the heads that
 * also modify a noun ("a military post", "a regime checkpoint"), nor those an object often ends
 * on ("urging an objective inquiry said", "ordered an investigation").
 */
const UNNAMED_OFFICES: ReadonlySet<string> = new Set([
  'ambassador', 'chief', 'commission', 'committee', 'council', 'delegation', 'director', 'envoy', 'governor', 'minister', 'ministry', 'tribunal', 'watchdog',
]);

/** What a body issues in its own name: "an army statement", "a ministry communique". */
const STATEMENTS: ReadonlySet<string> = new Set(['statement', 'statements', 'communique', 'bulletin', 'release']);
/** Articles of one person nobody names: "a member of", "one official of". */
const INDEFINITE_ONE: ReadonlySet<string> = new Set(['a', 'an', 'one']);

/** People "one of the ..." picks from, besides the vague heads: "said one of the men". */
const GROUPS_OF_PEOPLE: ReadonlySet<string> = new Set(['men', 'women', 'members', 'people', 'survivors', 'victims']);
/** Lower-case words inside a name of capitalised words: "Committee to Protect Journalists", "Doctors Without Borders". */
const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'to', 'and', 'the', 'on', 'without', 'against']);

/** What may part two words of one phrase: spaces, a hyphen, an apostrophe, a full stop of an abbreviation (U.N. envoy). */
const JOINER = /^[\s\-'\u2019.]*$/;

/**
 * A word capitalised only because it opens the sentence and shaped like an adjective, not a name:
 * "Unverified reports said", "Unidentified gunmen". Given names ending in -ed (Ahmed, Khaled) stay names.
 */
function adjectiveShaped(lower: string): boolean {
  return (lower.startsWith('un') || (lower.endsWith('ed') && lower.length > 5)) && !isGivenName(lower);
}

/** A straight or curly double quotation mark. */
function isQuoteMark(c: number): boolean {
  return c === 0x22 || c === 0x201c || c === 0x201d;
}

/**
 * Words that place a place within another: "the eastern Deir ezzor province", "rural Idlib", "the
 * countrys north" (a possessive in copy that lost its apostrophes).
 */
const DIRECTIONS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'rural', 'countrys']);

/** One sentence's words (lower case, by position k), read for the phrases that name sources. */
export class SourcePhrases {
  constructor(
    private readonly text: string,
    private readonly tokens: Tokens,
    private readonly words: readonly string[],
    private readonly wordTokens: readonly number[],
    private readonly inSentence: readonly MentionRecord[],
    private readonly knowledge: Knowledge,
  ) {}

  /** The entity mention that word k is part of. */
  private mentionAt(k: number): MentionRecord | undefined {
    const s = this.tokens.start[this.wordTokens[k]];
    return this.inSentence.find((m) => s >= m.start && s < m.end);
  }

  /** The kind of the entity word k is part of. */
  kindAt(k: number): string | undefined {
    const m = this.mentionAt(k);
    return m ? this.knowledge.entities.get(m.entityId)?.kind : undefined;
  }

  /** The words [from, to) as the article writes them, for messages ("An ISIS military commander"). */
  textOf(from: number, to: number): string {
    const { tokens, wordTokens } = this;
    return from >= to ? '' : this.text.slice(tokens.start[wordTokens[from]], tokens.end[wordTokens[to - 1]]).replace(/\s+/g, ' ');
  }

  /** The word joins the one before with a hyphen (Britain-based). */
  hyphenated(k: number): boolean {
    const { tokens, wordTokens } = this;
    return k > 0 && tokens.start[wordTokens[k]] === tokens.end[wordTokens[k - 1]] + 1 && this.text.charCodeAt(tokens.end[wordTokens[k - 1]]) === 0x2d;
  }

  /**
   * "Opposition-affiliated Orient News", "the opposition-run Aleppo Media Center": a compound that
   * opens with the side word at `side` describes the body whose capitalised name, ending in an
   * organisation's head, follows it to `end`.
   */
  private namedAfterCompound(side: number, end: number): boolean {
    let n = side + 1;
    while (n <= end && this.hyphenated(n)) n++;
    if (n === side + 1 || n > end || !(ANAPHOR_HEADS.has(this.words[end]) || lexiconFlags(this.words[end]) & ORG_HEAD)) return false;
    for (let k = n; k <= end; k++) if (!this.capitalised(k)) return false;
    return true;
  }

  /** Word k and the next are parted by spaces or a hyphen only: no comma, number or quotation mark between. */
  joined(k: number): boolean {
    // (most words are parted by one space: no slice to test)
    const end = this.tokens.end[this.wordTokens[k]];
    if (this.tokens.start[this.wordTokens[k + 1]] === end + 1 && this.text.charCodeAt(end) === 0x20) return true;
    return JOINER.test(this.between(k, k + 1));
  }

  /** Word k and the next are parted by two characters at most (no quotation, number or dash between). */
  adjacent(k: number): boolean {
    return this.tokens.start[this.wordTokens[k + 1]] - this.tokens.end[this.wordTokens[k]] <= 2;
  }

  /** The text between the end of word j and the start of word k. */
  between(j: number, k: number): string {
    return this.text.slice(this.tokens.end[this.wordTokens[j]], this.tokens.start[this.wordTokens[k]]);
  }

  /**
   * A quotation closes between words k - 1 and k, one longer than a name in quotation marks (the
   * "White Helmets", Kurdish News Media "KDK News"): its last words are what a speaker said.
   */
  quotationEndsBefore(k: number): boolean {
    // (a closing mark hangs on the word before it, an opening one on the word after it)
    if (k === 0 || !/^[.?!]?["”]/.test(this.between(k - 1, k))) return false;
    for (let m = k - 1; m >= 0 && k - m <= 4; m--) {
      if (!this.capitalised(m)) return true;
      if (m > 0 && /["“]$/.test(this.between(m - 1, m))) return false;
      if (m === 0) return false;
    }
    return true;
  }

  /** A comma stands between words j and k (a skipped adverb or time may sit between them). */
  private commaBefore(j: number, k: number): boolean {
    return k < this.wordTokens.length && this.between(j, k).includes(',');
  }

  /** A comma follows word k at once ("the village, opposition activists said"). */
  commaRightAfter(k: number): boolean {
    return this.text.charCodeAt(this.tokens.end[this.wordTokens[k]]) === 0x2c;
  }

  /** A comma stands between word k and the next. */
  private commaAfter(k: number): boolean {
    return k + 1 < this.wordTokens.length && this.between(k, k + 1).includes(',');
  }

  /** Word k begins with a capital. */
  capitalised(k: number): boolean {
    return isUpperCode(this.text.charCodeAt(this.tokens.start[this.wordTokens[k]]));
  }

  /** A word of two to six capitals, not an entity's (NNA; not US): an unknown body's initials. */
  private initials(k: number): boolean {
    const t = this.wordTokens[k];
    const start = this.tokens.start[t];
    const length = this.tokens.end[t] - start;
    if (length < 2 || length > 6 || this.mentionAt(k)) return false;
    for (let i = start; i < start + length; i++) if (!isUpperCode(this.text.charCodeAt(i))) return false;
    return true;
  }

  /** A capitalised word that is not an entity, a common word or a title: part of a person's name. */
  properName(k: number): boolean {
    const w = this.words[k];
    return (
      this.capitalised(k) && !this.mentionAt(k) && !isCommonWord(w) && !TIME_WORDS.has(w) && !ANAPHOR_HEADS.has(w) && !VAGUE_HEADS.has(w) && !(k === 0 && adjectiveShaped(w))
    );
  }

  /**
   * Words [from, to] name only places and follow a preposition ("killed in Aleppo", "airstrikes
   * on the eastern Deir ezzor province"): where something happened, not who said it.
   */
  placeAfterPreposition(from: number, to: number): boolean {
    // (a preposition right before: "in 2015 Russia has not" puts no place after "in")
    if (!PREPOSITIONS.has(this.words[from]) && !(from > 0 && PREPOSITIONS.has(this.words[from - 1]) && this.adjacent(from - 1))) return false;
    let place = false;
    for (let k = from; k <= to; k++) {
      const w = this.words[k];
      if (this.kindAt(k) === 'place') place = true;
      else if (!PREPOSITIONS.has(w) && !DETERMINERS.has(w) && !isPlaceHead(w) && !DIRECTIONS.has(w)) return false;
    }
    return place;
  }

  /** Named, vague or anaphoric: the source phrase words[from..to]. */
  classify(from: number, to: number): CueClass | null {
    const { words } = this;
    if (from > to || from < 0 || to >= words.length) return null;
    const phraseText = words.slice(from, to + 1).join(' ');
    if (NAMED_OUTLETS.some((o) => phraseText.includes(o))) return 'named';
    // "a report by the Committee to Protect Journalists": a document's author is its source
    for (let k = from + 1; k < to; k++) if (words[k] === 'by' && DOCUMENTS.has(words[k - 1])) return this.classify(k + 1, to) ?? 'vague';
    // "Siege Watch", "the Committee to Protect Journalists": a name of capitalised words, known or not
    if (this.titled(from, to)) return 'named';
    // "one of the men", "some of the residents": one of people named before, or of anyone
    if (INDEFINITE.has(words[from]) && words[from + 1] === 'of' && from + 2 <= to) {
      const of = this.classify(from + 2, to);
      return of !== 'named' && words[from + 2] === 'the' && (VAGUE_HEADS.has(words[from + 3]) || GROUPS_OF_PEOPLE.has(words[from + 3])) ? 'vague' : of;
    }
    const det = DETERMINERS.has(words[from]) || INDEFINITE.has(words[from]) ? words[from] : undefined;
    // the head of the first noun phrase: before "of/for/at/in/from/with/living/based"
    let npEnd = to;
    for (let k = from + 1; k <= to; k++) {
      // "based in London" ends the noun phrase; "a Britain-based monitor" does not; nor does a
      // participle ("a local activist speaking to AFP", "officials speaking on condition of anonymity")
      if (
        (PREPOSITIONS.has(words[k]) && !this.hyphenated(k)) ||
        SOURCE_PARTICIPLES.has(words[k]) ||
        (TIED_TO.has(words[k]) && (words[k + 1] === 'to' || words[k + 1] === 'with')) ||
        this.watching(k)
      ) {
        npEnd = k - 1;
        break;
      }
    }
    const npHead = words[npEnd];
    if (PRONOUNS.has(npHead) && npEnd - from <= 1) return 'inherit';
    // the entities in the phrase: whether any, and whether any is not a place
    let entities = false;
    let nonPlace = false;
    let person = false;
    for (let k = from; k <= to; k++) {
      const kind = this.kindAt(k);
      if (kind && kind !== 'operation') {
        entities = true;
        if (kind !== 'place') nonPlace = true;
      }
      if (this.properName(k) && !(k === from && det === undefined && k === npEnd && VAGUE_HEADS.has(words[k]))) person = true;
    }
    // "the town of al-Mayadin", "the village of Hass": a place named as one, no source
    if (entities && !nonPlace && !person && words[npEnd + 1] === 'of' && isPlaceHead(npHead) && this.mentionAt(npEnd + 2) !== undefined && this.mentionAt(npEnd + 2) === this.mentionAt(to)) return null;
    // "Ban said", "Rice told reporters": alone before the verb at the start of a sentence or right
    // after a quotation ("... a war crime" Lane said), a capitalised common word (not a plural, a
    // head, an article or a time) is a surname
    if (from === to && (from === 0 || this.quotationEndsBefore(from)) && this.capitalised(from) && npHead.length > 2 && !npHead.endsWith('s') && !VAGUE_HEADS.has(npHead) && !ANAPHOR_HEADS.has(npHead) && !DETERMINERS.has(npHead) && !INDEFINITE.has(npHead) && !TIME_WORDS.has(npHead)) person = true;
    // "opposition forces", "rebel sources", "pro-government media": a side, not a source
    let side = to;
    while (side >= from && !SIDE_WORDS.has(words[side])) side--;
    // (not a side's compound after a preposition: "a rescue service operating in rebel-held territory")
    if (side >= from && side < to && this.hyphenated(side + 1)) for (let k = from; k < side; k++) if (PREPOSITIONS.has(words[k])) side = from - 1;
    if (side >= from && !entities && !person) {
      // "the rebel Syrian National Coalition", "the opposition National Coalition": the side
      // word (the last), in lower case, describes the body whose capitalised name follows it
      const namedBody = side < npEnd && !this.capitalised(side) && ANAPHOR_HEADS.has(npHead) && words.slice(side + 1, npEnd + 1).every((_, i) => this.capitalised(side + 1 + i));
      return namedBody || this.namedAfterCompound(side, npEnd) || (npEnd === to && ANAPHOR_HEADS.has(npHead) && this.apposed(from, det)) ? 'named' : 'vague';
    }
    // a report published by Fox News; an Observatory toll, a Health Ministry toll: the body's
    if (DOCUMENTS.has(npHead) && (entities || person || (npEnd > from && this.capitalised(npEnd - 1) && ANAPHOR_HEADS.has(words[npEnd - 1])))) return 'named';
    // "an army statement", "a ministry statement": what a body issues is the body's (a body the
    // article names: "a military source" is someone, "a military statement" the military)
    if (STATEMENTS.has(npHead) && npEnd > from && ANAPHOR_HEADS.has(words[npEnd - 1]) && !PERSONAL_HEADS.has(words[npEnd - 1])) return 'named';
    // "our correspondent in Beirut": the publisher's own reporter, named by the byline
    if (words[from] === 'our' && (PRESS.has(npHead) || npHead === 'editor')) return 'named';
    if (VAGUE_HEADS.has(npHead)) {
      // "said Zakaria Malahifji a Turkey-based official": a name, then what the person is
      for (let k = from; k < npEnd && !INDEFINITE.has(words[k]); k++) {
        if (INDEFINITE.has(words[k + 1]) && k > from && this.properName(k) && this.properName(k - 1)) return 'named';
      }
      // ... or with no article between, in copy without commas: "Mohammad Idelbi father of the
      // family told", "Ahmed Hassan doctor at the hospital said" (a given name opens the name:
      // not "Kafr Nabl residents")
      let g = npEnd - 1;
      while (g >= from && this.properName(g)) g--;
      if (npEnd - 1 - g >= 2 && isGivenName(words[g + 1])) return 'named';
      // "local activist Mohammad al-Halabi", "Observatory director Rami Abdel Rahman"
      for (let k = npEnd + 1; k <= Math.min(to, npEnd + 2); k++) {
        if (PREPOSITIONS.has(words[k])) break;
        if (this.properName(k) || this.kindAt(k) === 'person') return 'named';
      }
      // "a nurse at Douma's collection facility Bayan Baker", "a civil defense official in Idlib
      // Leys el-Faris": a name of two words or more after a noun closes the phrase (not one after
      // a preposition: "a source in Kafr Nabl")
      let n = to;
      const nameWord = (x: number): boolean =>
        this.capitalised(x)
          ? !ANAPHOR_HEADS.has(words[x]) && !VAGUE_HEADS.has(words[x]) && !TIME_WORDS.has(words[x]) && !(lexiconFlags(words[x]) & (ORG_HEAD | PLACE_HEAD | FACILITY_HEAD))
          : (words[x] === 'al' || words[x] === 'el') && x < to;
      while (n > npEnd + 1 && !this.mentionAt(n) && nameWord(n)) n--;
      if (to - n >= 2 && n > npEnd && !PREPOSITIONS.has(words[n]) && !DETERMINERS.has(words[n]) && words.slice(n + 1, to + 1).some((_, i) => this.properName(n + 1 + i))) return 'named';
      // "a spokesman for the coalition" speaks for a named body, and so does "a spokesman for the
      // group" named before; "a correspondent for Al Jazeera", "reporters from TRT World" work
      // for one; "a source at X" does not
      if ((SPOKES.has(npHead) || PRESS.has(npHead)) && nonPlace) return 'named';
      if (SPOKES.has(npHead) && words[npEnd + 2] === 'the' && ANAPHOR_HEADS.has(words[to]) && !PERSONAL_HEADS.has(words[to])) return 'named';
      // ... as does "a coalition spokesman", "an army spokesman": the body's word before the head
      const body = npEnd - 1;
      if (SPOKES.has(npHead) && body >= from && ANAPHOR_HEADS.has(words[body]) && !PERSONAL_HEADS.has(words[body]) && !SPOKES.has(words[body]) && !this.hyphenated(npEnd)) return 'named';
      // "SANA reporter", "Idlib Media Center": an organisation's own people
      const before = npEnd - 1 >= from ? this.kindAt(npEnd - 1) : undefined;
      if (before === 'organisation' || before === 'group') return 'named';
      // "a State Department spokeswoman", "a Pentagon spokesman": speaks for a body the lists
      // need not know, named in capitals before the head (not "a Syrian spokesman")
      if (SPOKES.has(npHead) && npEnd - 1 >= from && npEnd - 1 > 0 && this.capitalised(npEnd - 1) && !isDemonym(words[npEnd - 1]) && !VAGUE_HEADS.has(words[npEnd - 1])) return 'named';
      // "NNA correspondent": an outlet's initials, though the list does not know it
      if (PRESS.has(npHead) && npEnd - 1 >= from && this.initials(npEnd - 1)) return 'named';
      // "Al Mayadeen TV channel", "Interfax news service": an outlet named before the kind of
      // outlet it is ("a militant website", "Damascus media outlets" stay vague)
      if (OUTLET_HEADS.has(npHead)) for (let k = from; k < npEnd - 1; k++) if (this.kindAt(k) === 'organisation' || (this.properName(k) && !isDemonym(words[k]))) return 'named';
      if (det === 'the' && !COLLECTIVE_VAGUE.has(npHead)) return ANAPHOR_HEADS.has(npHead) && !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
      return this.apposed(from, det) ? 'named' : 'vague';
    }
    if (entities || person) return 'named';
    // "a pro-government newspaper", "a Kurdish news agency": an outlet the article does not name,
    // ... and a body or an office it does not name ("a hospital director said", "a government
    // minister told", "a watchdog said")
    if ((det === 'a' || det === 'an') && (OUTLET_KINDS.has(npHead) || UNNAMED_OFFICES.has(npHead))) return this.apposed(from, det) ? 'named' : 'vague';
    if (det === 'the' && ANAPHOR_HEADS.has(npHead)) return this.capitalised(npEnd) || !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
    // "the Civil Defence", "the Syrian Coalition": a capitalised name with the article
    if (det === 'the' && this.capitalised(npEnd) && !TIME_WORDS.has(npHead)) return 'named';
    // "police said", "Syrian army announced", "regime army said": a body needs no article
    // (the phrase opens a clause: not "to bomb army and government bases", "that team suggested",
    // nor a heading's "Related Syrian Forces deny")
    if (det === undefined && npEnd - from <= 2 && ANAPHOR_HEADS.has(npHead) && !PERSONAL_HEADS.has(npHead) && !DOCUMENTS.has(npHead) && (from === 0 || !this.capitalised(npEnd) || this.afterAccordingTo(from))) {
      const before = from > 0 ? words[from - 1] : undefined;
      const opens = before === undefined || (BOUNDARY_WORDS.has(before) && before !== 'that') || TIME_WORDS.has(before) || SKIP_BEFORE_VERB.has(before) || REPORTING_VERB_FORMS.has(before);
      if (opens && words.slice(from, npEnd).every((x) => isDemonym(x) || ANAPHOR_HEADS.has(x) || BODY_MODIFIERS.has(x))) return 'named';
    }
    return null;
  }

  /**
   * Words [from, to] are a name: two capitalised words or more, joined only by short function
   * words ("Committee to Protect Journalists").
   */
  private titled(from: number, to: number): boolean {
    const { words } = this;
    if (words[from] === 'the') from++;
    if (to - from < 1 || !this.capitalised(from) || !this.capitalised(to)) return false;
    for (let k = from; k <= to; k++) {
      if (this.capitalised(k) ? TIME_WORDS.has(words[k]) || DETERMINERS.has(words[k]) : !NAME_JOINERS.has(words[k])) return false;
      if (k < to && !this.joined(k)) return false;
    }
    // not the kind of a vague source in title case ("Syrian Activists", "Local Sources"), nor a
    // word capitalised only because it opens the sentence ("Activists and Rescuers"; not a name
    // that opens with one: "Physicians for Human Rights", "Doctors Without Borders")
    if (VAGUE_HEADS.has(words[to])) {
      let k = from;
      while (k < to && (isDemonym(words[k]) || BODY_MODIFIERS.has(words[k]) || SIDE_WORDS.has(words[k]))) k++;
      if (k === to) return false;
    }
    const kindWord = (w: string): boolean => VAGUE_HEADS.has(w) || isDemonym(w) || ANAPHOR_HEADS.has(w) || BODY_MODIFIERS.has(w);
    if (from === 0 && kindWord(words[0])) {
      let k = 1;
      while (k <= to && (!this.capitalised(k) || kindWord(words[k]))) k++;
      if (k > to) return false;
    }
    // nor part of a heading in title case ("Related Syrian Forces Deny Killing", "Bombing Claims 5")
    if (to + 1 < words.length && this.capitalised(to + 1)) return false;
    return !(from > 0 && this.capitalised(from - 1) && !TIME_WORDS.has(words[from - 1]));
  }

  /** Word `from` follows "according to". */
  private afterAccordingTo(from: number): boolean {
    return from >= 2 && this.words[from - 1] === 'to' && this.words[from - 2] === 'according';
  }

  /**
   * An appositive, the phrase from `from` on (with its determiner `det`) describing the name
   * before it: "The Observatory a Britain-based monitor said", "The Syrian Coalition an opposition
   * group ... said".
   */
  private apposed(from: number, det: string | undefined): boolean {
    const { words } = this;
    return (
      INDEFINITE.has(det ?? '') &&
      from > 0 &&
      (this.kindAt(from - 1) === 'organisation' || this.properName(from - 1) || (this.capitalised(from - 1) && ANAPHOR_HEADS.has(words[from - 1]))) &&
      !['to', 'told', 'by'].includes(words[from - 2] ?? '')
    );
  }

  /** The source phrase before a verb at k: skips adverbs, auxiliaries and times ("on Sunday"). */
  leftPhrase(k: number): [number, number] | null {
    const { words, tokens, wordTokens } = this;
    let j = k - 1;
    for (;;) {
      while (j >= 0 && (SKIP_BEFORE_VERB.has(words[j]) || TIME_WORDS.has(words[j]) || (words[j] === 'on' && TIME_WORDS.has(words[j + 1] ?? '')))) j--;
      // "The ministry for its part said"
      if (j >= 2 && words[j] === 'part' && POSSESSIVES.has(words[j - 1]) && words[j - 2] === 'for') j -= 3;
      else break;
    }
    if (j < 0) return null;
    // "Residents, who fled Raqqa last week, said", "The Observatory, a Britain-based monitor,
    // said": a clause or an apposition between commas stands after the source, when what stands
    // before it is a source of its own (not "The witness, a doctor, said": the doctor says more)
    if (this.commaBefore(j, k)) {
      for (let m = j; m > 0 && j - m < 16; m--) {
        if (!this.commaAfter(m - 1)) continue;
        // ("Mohammad Alloush, the head of the rebel delegation, told", "Alloush, head of the
        // delegation, said": an apposition of what a named person is, not the source)
        const role = words[m] === 'the' || SPOKES.has(words[m]);
        if (RELATIVES.has(words[m]) || words[m] === 'a' || words[m] === 'an' || role) {
          const before = this.leftPhrase(m);
          const cls = before ? this.classify(before[0], before[1]) : null;
          if (before && (cls === 'named' || (cls === 'vague' && !role))) return before;
        }
        break;
      }
    }
    let i = j;
    /** The phrase's head noun: its last word, or the word before where its source is ("doctors in the town"). */
    let head = j;
    while (i - 1 >= 0 && j - i < 7) {
      const p = words[i - 1];
      // the first word of a hyphenated compound belongs to it whatever its class ("first-hand
      // eyewitness accounts", "pro-government sources")
      if (this.hyphenated(i) && tokens.kind[wordTokens[i - 1]] === TokenKind.Word) {
        i--;
        continue;
      }
      // "Residents reached by telephone in the town said": "the town" is where they are, after its
      // preposition; the phrase goes on before it (to a source, or to nothing)
      if (p === 'the' && i === j && i >= 2 && LOCATIVES.has(words[i - 2]) && isPlaceHead(words[j])) {
        i -= 2;
        head = i - 1;
        continue;
      }
      if (DETERMINERS.has(p) || INDEFINITE.has(p)) {
        i--;
        // "a local activist", "an informed source", "the local council": the article before the
        // adjective opens the phrase (an appositive after a name: "Yusuf Bustani a local activist said")
        if (ADJECTIVE_INDEFINITE.has(p) && (words[i - 1] === 'a' || words[i - 1] === 'an' || words[i - 1] === 'the')) i--;
        // "the two leaders", "the three ministers": people the article named before, not two anyone
        else if (COUNTED_DETERMINERS.has(p) && words[i - 1] === 'the') i--;
        const person = this.personBefore(i, j);
        if (person !== undefined) return [person, j];
        // "One of the men said", "some of the residents told": one of them speaks
        if (p === 'the' && i >= 2 && words[i - 1] === 'of' && (words[i - 2] === 'one' || words[i - 2] === 'some' || words[i - 2] === 'many')) i -= 2;
        break;
      }
      // ("a resident speaking to AFP said": the phrase goes on past the participle's "to")
      if (BOUNDARY_WORDS.has(p) && !PREPOSITIONS.has(p) && !(p === 'to' && SOURCE_PARTICIPLES.has(words[i - 2] ?? ''))) break;
      // (a verb's form in a hyphenated compound is an adjective: "rebel-held", "state-run")
      if (TIME_WORDS.has(p) || CASUALTY_WORDS.has(p) || EVENT_WORDS.has(p) || (REPORTING_VERB_FORMS.has(p) && p !== 'state' && p !== 'reports' && !this.hyphenated(i - 1) && !SOURCE_PARTICIPLES.has(p))) break;
      if (tokens.kind[wordTokens[i - 1]] !== TokenKind.Word) break;
      // "Meanwhile civil sources told SANA": an adverb of the sentence, not of the source
      if (SENTENCE_ADVERBS.has(p)) break;
      // a quotation or a number ends the phrase, and so does a quotation mark in a short gap
      // (... death trap for the groups of Jaish Al Fath" Reports also said)
      const gapStart = tokens.end[wordTokens[i - 1]];
      const gapEnd = tokens.start[wordTokens[i]];
      if (gapEnd - gapStart > 2 || isQuoteMark(this.text.charCodeAt(gapStart)) || (gapEnd - gapStart === 2 && isQuoteMark(this.text.charCodeAt(gapStart + 1)))) break;
      // a comma ends it too: "fled the village, opposition activists said" (an apposition
      // between commas is read above)
      if (this.commaRightAfter(i - 1)) break;
      i--;
    }
    // a bare plural ("residents said", "... loaded with toxic gas doctors in the town said") keeps
    // only its adjectives
    if (head >= 0 && !(DETERMINERS.has(words[i]) || INDEFINITE.has(words[i])) && VAGUE_HEADS.has(words[head])) {
      const walked = i;
      i = Math.max(i, head - 2);
      // a hyphenated compound whole ("first-hand eyewitness accounts")
      while (i > walked && this.hyphenated(i)) i--;
      // but not into a name: "the Britain-based Syrian Observatory for Human Rights monitoring group"
      const name = i > walked ? this.mentionAt(i) : undefined;
      while (name && i > walked && this.mentionAt(i - 1) === name) i--;
    }
    // "Residents contacted by AFP said", "a doctor reached by phone said": the source is who
    // was reached, not the agency or the means that reached them
    if (i >= 3 && words[i - 1] === 'by' && CONTACTED.has(words[i - 2]) && !this.hyphenated(i - 2)) {
      const reached = this.leftPhrase(i - 2);
      if (reached) return reached;
    }
    // "an opposition group based outside the country said": the source is what is based there
    if (i >= 3 && LOCATED.has(words[i - 2]) && (PREPOSITIONS.has(words[i - 1]) || words[i - 1] === 'outside') && !this.hyphenated(i - 2)) {
      const head = this.leftPhrase(i - 2);
      if (head) return head;
    }
    const start = this.headBefore(i, j) ?? this.afterPlace(i, j) ?? i;
    // "Hulusi Akar who was speaking to the media said", "officials speaking to reporters said":
    // whom a source spoke to is not the source ("a witness told Reuters" is a witness's account);
    // the speaker stands before the verb of speaking, as the phrase before a participle, or
    // before a relative clause (found by the caller)
    for (let t = Math.max(start - 1, 1); t < j; t++) {
      if (words[t] !== 'to' || !SPOKE_TO.has(words[t - 1])) continue;
      const speaker = SOURCE_PARTICIPLES.has(words[t - 1]) ? this.leftPhrase(t - 1) : null;
      if (speaker && this.classify(speaker[0], speaker[1])) return [speaker[0], j];
      // ("Speaking to reporters Erdogan said": a participle that opens the phrase has its speaker after it)
      return t - 1 >= start ? [start, j] : null;
    }
    return [start, j];
  }

  /**
   * "Residents of the besieged town of Madaya said", "a surgeon at one of the last hospitals in
   * eastern Aleppo said", "a nurse at a field hospital in Douma said": before the place or the body
   * that words [i, j] name (i a determiner) stands a person who is there, and the source is that
   * person, not the place. The start of the person's phrase, or undefined. (The people of a named
   * body speak for it: "rescue workers of the Civil Defence said" is the Civil Defence's.)
   */
  private personBefore(i: number, j: number): number | undefined {
    const { words } = this;
    let k = i - 1;
    // "at one of the last hospitals"
    if (words[k] === 'of' && (words[k - 1] === 'one' || words[k - 1] === 'some') && PREPOSITIONS.has(words[k - 2] ?? '')) k -= 2;
    const preposition = words[k];
    if (k < 1 || !PERSON_AT.has(preposition) || !PERSON_HEADS.has(words[k - 1]) || j - k > 9) return undefined;
    // not a count of people ("wounded three people in the Abbasids neighbourhood"), nor the
    // phrase's own source run into it ("... of northeast Damascus SANA said")
    const count = this.wordTokens[k - 1] - 1;
    if (count >= 0 && (this.tokens.kind[count] === TokenKind.Number || isNumberWord(words[k - 2] ?? ''))) return undefined;
    const named = this.classify(i, j) === 'named';
    const kind = this.kindAt(j);
    // (but one of its people nobody names is no more than "a source at" it: "a member of the
    // local council said", "an official of the Kurdish Red Crescent said"; its spokesman speaks for it)
    const someone = !SPOKES.has(words[k - 1]) && (INDEFINITE_ONE.has(words[k - 2] ?? '') || INDEFINITE_ONE.has(words[k - 3] ?? ''));
    if (named && ((preposition === 'of' && !someone) || (kind !== undefined && kind !== 'place' && this.mentionAt(j) !== this.mentionAt(i + 1)))) return undefined;
    // the person's adjectives and article: "a local doctor", "Syrian rescue workers"
    let s = k - 1;
    while (s - 1 >= 0 && k - s < 3 && !BOUNDARY_WORDS.has(words[s - 1]) && !REPORTING_VERB_FORMS.has(words[s - 1]) && !this.commaRightAfter(s - 1) && this.tokens.kind[this.wordTokens[s - 1]] === TokenKind.Word) {
      s--;
      if (DETERMINERS.has(words[s]) || INDEFINITE.has(words[s])) break;
    }
    return s;
  }

  /**
   * "the strategic town of Khan Touman rebels say", "to the north east of Syria's countryside
   * reporters said": copy without commas runs a place phrase into a bare plural source. When the
   * phrase [i, j] ends in a vague head whose modifiers follow a place (a curated place, a place
   * head such as town, or the name after "town of") that follows a preposition, the source is that
   * head and its modifiers, not the head of the place phrase. The start of the source, or undefined.
   */
  private afterPlace(i: number, j: number): number | undefined {
    const { words } = this;
    if (j - i < 3 || !VAGUE_HEADS.has(words[j]) || this.capitalised(j) || this.mentionAt(j)) return undefined;
    const phraseText = words.slice(i, j + 1).join(' ');
    if (NAMED_OUTLETS.some((o) => phraseText.includes(o))) return undefined; // "state media"
    // the source's own modifiers: "military sources", "civil defense sources", "Syrian activists"
    let s = j;
    while (s - 1 > i && j - s < 2 && !this.mentionAt(s - 1) && !PREPOSITIONS.has(words[s - 1]) && !DETERMINERS.has(words[s - 1]) && !INDEFINITE.has(words[s - 1]) && !isPlaceHead(words[s - 1])) {
      if (this.capitalised(s - 1) && !isDemonym(words[s - 1])) break;
      s--;
    }
    const b = s - 1;
    if (b <= i) return undefined;
    let placeStart: number;
    const m = this.mentionAt(b);
    if (m) {
      if (this.knowledge.entities.get(m.entityId)?.kind !== 'place') return undefined;
      placeStart = b;
      while (placeStart - 1 > i && this.mentionAt(placeStart - 1) === m) placeStart--;
    } else if (isPlaceHead(words[b]) && !this.capitalised(b)) {
      // "in Jayrud town rebels said"
      placeStart = b;
      while (placeStart - 1 > i && this.capitalised(placeStart - 1)) placeStart--;
    } else if (this.capitalised(b)) {
      // an unknown name after "town of": "the town of Deir al-Adas reports say"
      placeStart = b;
      while (placeStart - 1 > i && (this.capitalised(placeStart - 1) || isArticle(words[placeStart - 1]))) placeStart--;
      if (!(words[placeStart - 1] === 'of' && isPlaceHead(words[placeStart - 2] ?? ''))) return undefined;
    } else return undefined;
    for (let k = placeStart - 1; k > i; k--) if (PREPOSITIONS.has(words[k])) return s;
    return PREPOSITIONS.has(words[i]) ? s : undefined;
  }

  /**
   * Word k is a participle that says what the head before it watches ("a group monitoring the
   * war", "an organisation tracking casualties"), not an adjective before its noun ("a monitoring
   * group").
   */
  private watching(k: number): boolean {
    return k > 0 && WATCHING.has(this.words[k]) && (VAGUE_HEADS.has(this.words[k - 1]) || ANAPHOR_HEADS.has(this.words[k - 1]));
  }

  /**
   * "a doctor at the hospital said", "activists on the ground said", "sources close to Hezbollah
   * said": a phrase [i, j] that is "the" and a common noun after a preposition, or anything after
   * "close to", "familiar with"..., is the object of the source's prepositional phrase; the
   * source is the vague head before it. The start of that head's phrase, or undefined.
   */
  private headBefore(i: number, j: number): number | undefined {
    const { words, tokens, wordTokens } = this;
    let h: number;
    if ((words[i - 1] === 'to' || words[i - 1] === 'with') && TIED_TO.has(words[i - 2] ?? '')) h = i - 3;
    // "a group monitoring the war said": the object of the participle is no source either
    else if (i >= 2 && this.watching(i - 1)) h = i - 2;
    // ("an activist in the town of Kafr Nabl said": the place's name is no source either)
    else if (
      words[i] === 'the' &&
      i >= 2 &&
      PREPOSITIONS.has(words[i - 1]) &&
      !this.hyphenated(i - 1) &&
      ((j - i <= 2 && !this.capitalised(j) && !this.mentionAt(j)) || (words[i + 2] === 'of' && isPlaceHead(words[i + 1])))
    )
      h = i - 2;
    else return undefined;
    if (h < 0 || !VAGUE_HEADS.has(words[h])) return undefined;
    // its adjectives and determiner: "a local doctor", "two senior officials"
    let s = h;
    while (s - 1 >= 0 && h - s < 3 && tokens.kind[wordTokens[s - 1]] === TokenKind.Word && tokens.start[wordTokens[s]] - tokens.end[wordTokens[s - 1]] <= 2) {
      if (BOUNDARY_WORDS.has(words[s - 1]) || REPORTING_VERB_FORMS.has(words[s - 1]) || this.commaRightAfter(s - 1)) break;
      s--;
      if (DETERMINERS.has(words[s]) || INDEFINITE.has(words[s])) break;
    }
    // "monitors violence through sources on the ground": an object, not the subject of the verb
    // (not across a comma or a number: "since it entered the war in 2013, sources close to it said")
    if (s > 0 && (PREPOSITIONS.has(words[s - 1]) || OBJECT_BEFORE.has(words[s - 1])) && this.joined(s - 1)) return undefined;
    return s;
  }

  /**
   * End of the noun phrase that starts at `start` (going right): a comma, a number or a quotation
   * mark ends it, and so do a new clause's article or pronoun, a verb and a time.
   */
  phraseEnd(start: number): number {
    const { words } = this;
    let k = start;
    let steps = 0;
    while (k + 1 < words.length && steps < 8) {
      const next = words[k + 1];
      if (!this.joined(k)) break;
      // "the city's monitoring and documentation office": "and" inside a body's name, its head
      // two words on at most
      if (next === 'and' && !PREPOSITIONS.has(words[k]) && (ANAPHOR_HEADS.has(words[k + 2] ?? '') || (ANAPHOR_HEADS.has(words[k + 3] ?? '') && !BOUNDARY_WORDS.has(words[k + 2] ?? '')))) {
        k++;
        steps++;
        continue;
      }
      // "a report by the Committee to Protect Journalists": the author is part of the source
      if (BOUNDARY_WORDS.has(next) && !PREPOSITIONS.has(next) && !(next === 'by' && DOCUMENTS.has(words[k]))) break;
      // "according to the ministry the strike killed": an article after a noun starts the clause
      if ((next === 'the' || next === 'a' || next === 'an') && !PREPOSITIONS.has(words[k]) && !OBJECT_BEFORE.has(words[k])) break;
      // "citing a military source it said": a subject pronoun starts the next clause, and a
      // finite verb ends its subject ("said the militants were preventing people from leaving")
      if (PRONOUNS.has(next) || CLAUSE_VERBS.has(next)) break;
      // "a report published by Fox News": the publisher is part of the source
      if (PUBLISHED.has(next) && words[k + 2] === 'by') {
        k += 2;
        steps++;
        continue;
      }
      // "according to a report by ...": after an article, a verb's form is a noun
      // (a verb's form in a hyphenated compound is an adjective: "the so-called Syrian Observatory";
      // "state" before a noun is one too: "the state news agency", "the United States")
      const adjective = next === 'state' || (next === 'states' && words[k] === 'united');
      if ((REPORTING_VERB_FORMS.has(next) && !adjective && !(DOCUMENTS.has(next) && DETERMINERS.has(words[k])) && !this.hyphenated(k + 1)) || EVENT_WORDS.has(next) || TIME_WORDS.has(next)) break;
      // "according to the source caused material damage": a verb after the source's head
      if ((VAGUE_HEADS.has(words[k]) || ANAPHOR_HEADS.has(words[k])) && next.length > 4 && next.endsWith('ed') && !PREPOSITIONS.has(next) && !SOURCE_PARTICIPLES.has(next)) break;
      k++;
      steps++;
    }
    return k;
  }
}
