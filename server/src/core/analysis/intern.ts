/**
 * One copy of each repeated string in the summaries a linter holds. A summary that crossed a
 * worker thread or came from the cache carries its own copy of every entity id, spelling,
 * measure and place name; 10,000 articles repeat some 40,000 distinct strings millions of times,
 * and those copies were most of a corpus's memory (measured: 488 MB of summaries for 9,600
 * articles, 101 MB with the strings shared).
 */
import type { DocumentSummary } from './summary';

export class StringPool {
  private readonly strings = new Map<string, string>();

  intern<T extends string>(s: T): T {
    const known = this.strings.get(s);
    if (known !== undefined) return known as T;
    this.strings.set(s, s);
    return s;
  }

  internAll(list: string[]): void {
    for (let i = 0; i < list.length; i++) list[i] = this.intern(list[i]);
  }

  get size(): number {
    return this.strings.size;
  }
}

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
    pool.internAll(f.places);
    pool.internAll(f.broadPlaces);
    pool.internAll(f.groups);
    pool.internAll(f.events);
  }
  if (summary.date) summary.date.iso = pool.intern(summary.date.iso);
  return summary;
}
