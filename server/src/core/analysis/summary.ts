/**
 * The compact summary of one article: everything the corpus rules need, computed once per text
 * and cached by content hash. Plain data only (it crosses worker threads and is written to the
 * cache as JSON).
 *
 * Every record of a kind is made with all its fields, in one order, an absent optional field
 * holding `undefined`: one hidden class per kind. Records built in two shapes (a field spread in
 * only when set, or added afterwards) made the analysis, the index and the rules deoptimise and
 * recompile on each thread. JSON leaves the undefined fields out, so the cache, the worker
 * messages and shard files are unchanged, and readers treat absent and undefined alike.
 */
import type { FormRole } from '../knowledge/entities';

/** A mention of a curated entity (or of a spelling the scanner tied to one). */
export interface MentionRecord {
  start: number;
  end: number;
  entityId: string;
  role: FormRole;
  /** Index of the entity's name the spelling belongs to (-1 surname, -2 short form). */
  nameIndex: number;
  /** The spelling as counted: the text, with a sentence-initial article lower-cased. */
  spelling: string;
  /** What else the mention is, as `MentionFlag` bits (one number: six booleans took 40 of the 120 bytes of each of the ~290,000 mentions a 10,000-article corpus keeps). */
  flags: number;
}

/** Bits of `MentionRecord.flags`. */
export const enum MentionFlag {
  /** Starts a sentence: a fix keeps the capital letter. */
  Initial = 1,
  /** Written with a possessive s glued to it (Raqqas, Assads). */
  Possessive = 2,
  /** All-caps heading, dateline or credit: recognised but not counted among the spellings. */
  Neutral = 4,
  /** Written in capitals (BEIRUT, FOLLOW TRTWORLD): flagged only if its letters, not just its case, differ. */
  Caps = 8,
  /** The spelling is not in the curated list: the scanner matched it by transliteration. */
  Discovered = 16,
  /** Inside a direct quotation: the speaker's words, which another name must not replace. */
  Quoted = 32,
}

/** Whether the mention has the flag. */
export function mentionIs(m: MentionRecord, flag: MentionFlag): boolean {
  return (m.flags & flag) !== 0;
}

/** A capitalised name the curated list does not know: material for variant discovery. */
export interface NameCandidate {
  start: number;
  end: number;
  spelling: string;
  loose: string;
  skeleton: string;
  person: boolean;
  /** Read as a place's name: after "in", "near", "the town of", or before a place word (village, district). */
  place: boolean;
  initial: boolean;
  /** The span is the whole capitalised run, not a part of a longer one. */
  whole: boolean;
  /** The governorate the name is placed in by its sentence or article (see regions.ts). */
  region?: string;
}

export type SentenceLabel = 'not-claim' | 'attributed-named' | 'attributed-vague' | 'unattributed';

export interface SentenceRecord {
  start: number;
  end: number;
  label: SentenceLabel;
  /** The sentence states a quantity (after dates, years and ordinals are set aside). */
  figure: boolean;
  /** Why the label was chosen (shown in messages and used by tests). */
  cue: string;
  /** Who the sentence credits (an entity id or a phrase); '' when nobody. */
  source: string;
  /** Hash of the sentence text: dismissals survive edits elsewhere in the article. */
  key: string;
  /** Where an attribution placeholder reads naturally (before the final period). */
  insertAt: number;
  /** Quotation of four or more words with no speaker in this sentence or its neighbours. */
  unattributedQuote?: { start: number; end: number };
}

export type FigureQualifier = 'exact' | 'at-least' | 'more-than' | 'about' | 'up-to' | 'less-than' | 'range';

/**
 * The upper end of an open interval ("at least 72"). Not Infinity: a summary is plain JSON (it is
 * cached, sent between threads and written for other shards), and JSON has no Infinity.
 */
export const UNBOUNDED = Number.MAX_VALUE;

export interface FigureRecord {
  start: number;
  end: number;
  /** Interval of values the phrase allows. */
  low: number;
  high: number;
  qualifier: FigureQualifier;
  value: number;
  valueHigh?: number;
  /** What is counted, normalised: killed, wounded, fighters, civilians-killed, children-killed... */
  measure: string;
  /** Places the sentence (or the article's lead) ties the figure to: specific ones ... */
  places: readonly string[];
  /** ... and broad ones (a city or province where many incidents happen). */
  broadPlaces: readonly string[];
  groups: readonly string[];
  /** "of" complement for percentages: 45 percent of Raqqa. */
  of?: string;
  /** The toll is presented as an update of an earlier one ("has risen to", "updated"). */
  update: boolean;
  sentence: number;
  /** The sentence makes a claim (not a headline or background). */
  claim: boolean;
  /** The credited source of the figure's sentence ('' when none). */
  source: string;
  /** What kind of incident the sentence reports: chemical, convoy, school, market... */
  events: readonly string[];
  /** The figure refers to an earlier incident ("last month", "a similar attack", "in 2014"). */
  past: boolean;
  /** The day of its incident when its sentence names one ("On February 22 ... killing six"), ISO; else the article's date stands. */
  incident?: string;
  /**
   * A part of its article's total, not a rival figure for it: counted among the total ("four
   * children are among the 28 dead") or on top of the count of the same measure just before it
   * ("killed 58 civilians ... 24 other people were killed", "eight killed ... six were also killed").
   */
  part: boolean;
  /**
   * Worded as a count on top of the article's last count of the same outcome ("At least 15 were
   * killed ... six more", "Meanwhile six others were killed", "another three people"), not after
   * the other outcome in its clause ("killing a woman and injuring three others"), or the first
   * count of a breakdown by place ("150 bodies were counted in Hammouriya 100 in Kfar Batna"):
   * never a whole toll, so compared with no other figure (it may be a `part` too).
   */
  addition: boolean;
  /**
   * Its sentence tells attacks on several places ("in rocket attacks on the neighborhoods of New
   * Aleppo, Bab al-Faraj ..."): a roundup's total, of which a smaller count of its article told
   * in a sentence on one incident is a part.
   */
  spread: boolean;
  /**
   * Its sentence opens another incident ("Separately", "Elsewhere", "In a separate attack"): no
   * rival of its article's other counts.
   */
  separate: boolean;
  text: string;
}

export interface ArticleDate {
  iso: string;
  /** Where the text states it; -1 for a date from outside the text. */
  start: number;
  end: number;
  /** Given from outside the text (an article metadata file), to an article whose text states none. */
  external?: true;
}

export interface DocumentSummary {
  uri: string;
  version: number;
  /** Content hash (FNV-1a 52 bits, hex) of the text the summary was made from. */
  hash: string;
  length: number;
  words: number;
  date: ArticleDate | null;
  mentions: MentionRecord[];
  candidates: NameCandidate[];
  /** Lower-case word types that are not in the lexicon: a capitalised one elsewhere is a common word. */
  lowerWords: string[];
  sentences: SentenceRecord[];
  figures: FigureRecord[];
}
