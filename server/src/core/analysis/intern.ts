/**
 * One copy of each repeated string in the summaries a linter holds. A summary that crossed a
 * worker thread or came from the cache carries its own copy of every entity id, spelling,
 * measure and place name; 10,000 articles repeat some 40,000 distinct strings millions of times,
 * and those copies were most of a corpus's memory (measured: 488 MB of summaries for 9,600
 * articles, 101 MB with the strings shared).
 */
import { ownCopy } from '../text/memo';
import type { DocumentSummary } from './summary';

const NO_STRINGS: readonly string[] = [];

export class StringPool {
  private readonly strings = new Map<string, string>();
  private readonly lists = new Map<string, readonly string[]>();

  intern<T extends string>(s: T): T {
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    const own = ownCopy(s);
    this.strings.set(own, own);
    return own;
  }

  internAll(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.intern(list[i]);
  }

  /**
   * One copy of each list of strings: a figure's places, groups and incident kinds take a few
   * hundred distinct values in a corpus (797 lists for 65,000 figures at 10,000 articles), and
   * sharing them saved 12 of the summaries' 93 MB. The lists are read-only (see the summary types).
   */
  internList(list: readonly string[]): readonly string[] {
    if (list.length === 0) return NO_STRINGS;
    // the strings are ids and slugs: no NUL in them
    const key = list.join('\u0000');
    const known = this.lists.get(key);
    if (known) return known;
    const copy = list.map((s) => this.intern(s));
    this.lists.set(key, copy);
    return copy;
  }

  get size(): number {
    return this.strings.size;
  }
}

/**
 * The summary fields whose strings the pool shares, for a decoder that pools them as it builds
 * the objects (see plainCodec's `Pooling`): what `internSummary` does field by field. `lists`
 * hold arrays of strings, shared as a whole (`internList`).
 */
export const POOLED_FIELDS = {
  strings: ['entityId', 'spelling', 'role', 'loose', 'skeleton', 'region', 'lowerWords', 'label', 'cue', 'source', 'measure', 'qualifier', 'text', 'of', 'iso'],
  lists: ['places', 'broadPlaces', 'groups', 'events'],
} as const;

/**
 * Replaces the summary's repeated strings by the pool's copies, in place. Sentence keys and the
 * content hash are unique to an article and left alone.
 */
export function internSummary(summary: DocumentSummary, pool: StringPool): DocumentSummary {
  for (const m of summary.mentions) {
    m.entityId = pool.intern(m.entityId);
    m.spelling = pool.intern(m.spelling);
    m.role = pool.intern(m.role);
  }
  for (const c of summary.candidates) {
    c.spelling = pool.intern(c.spelling);
    c.loose = pool.intern(c.loose);
    c.skeleton = pool.intern(c.skeleton);
    if (c.region !== undefined) c.region = pool.intern(c.region);
  }
  pool.internAll(summary.lowerWords);
  for (const s of summary.sentences) {
    s.label = pool.intern(s.label);
    s.cue = pool.intern(s.cue);
    s.source = pool.intern(s.source);
  }
  for (const f of summary.figures) {
    f.measure = pool.intern(f.measure);
    f.qualifier = pool.intern(f.qualifier);
    f.source = pool.intern(f.source);
    f.text = pool.intern(f.text);
    if (f.of !== undefined) f.of = pool.intern(f.of);
    f.places = pool.internList(f.places);
    f.broadPlaces = pool.internList(f.broadPlaces);
    f.groups = pool.internList(f.groups);
    f.events = pool.internList(f.events);
  }
  if (summary.date) summary.date.iso = pool.intern(summary.date.iso);
  return summary;
}

/**
 * The summary's lists cut to their lengths, in place, for a summary the linter keeps: a list
 * grown by push (the analysis', the decoder's) keeps room for half as many again, and at least
 * 17 items (~5 MB of empty room in the summaries of 10,000 articles, measured in a heap snapshot
 * of the server after its scan).
 */
export function compactSummary(summary: DocumentSummary): DocumentSummary {
  summary.mentions = summary.mentions.slice();
  summary.candidates = summary.candidates.slice();
  summary.lowerWords = summary.lowerWords.slice();
  summary.sentences = summary.sentences.slice();
  summary.figures = summary.figures.slice();
  return summary;
}
