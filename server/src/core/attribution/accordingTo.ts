/**
 * "according to X" (and "per X", "as reported by X"): the source X names (named, vague or a body
 * named before), including a tally nobody is named for ("according to the latest death toll") and
 * a tally's author ("a new toll from the Observatory").
 */
import type { Cue } from './cues';
import type { CueClass, SourcePhrases } from './sourcePhrases';
import { ANAPHOR_HEADS, DOCUMENTS } from './vocabulary';

/** Tallies a sentence can be "according to": "the latest death toll", "the centers statistics". */
const TALLIES: ReadonlySet<string> = new Set([...DOCUMENTS, 'statistics', 'estimate', 'tolls', 'records', 'numbers']);

/** A source already named, as the object of "according to". */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them']);

/** Words after a tally that name its author: "a new toll from the observatory", "a statement issued by". */
const AUTHORED: ReadonlySet<string> = new Set(['by', 'from', 'of', 'issued', 'released', 'published', 'compiled']);

/** The cue of "according to X" at word k: X's class, or null when X reads as no source. */
export function accordingTo(phrases: SourcePhrases, words: readonly string[], k: number): Cue | null {
  return creditedTo(phrases, words, k, k + 2, 'according to');
}

/**
 * The cue of a phrase that credits the source X starting at word `from` (`lead` the words before
 * it, cue at word k): "according to X", "per X", "as reported by X". Null when X reads as no source.
 */
export function creditedTo(phrases: SourcePhrases, words: readonly string[], k: number, from: number, lead: string): Cue | null {
  const end = phrases.phraseEnd(from);
  const phrase = words.slice(from, end + 1).join(' ');
  if (/^(estimates|reports|sources|unconfirmed|initial|preliminary|local sources|activists|witnesses|residents|media)\b/.test(phrase)) {
    return { cls: 'vague', what: `${lead} ${phrases.textOf(from, end + 1)}`, speech: false, at: k, explicit: true };
  }
  // "according to him": the source the sentences before named
  if (end === from && OBJECT_PRONOUNS.has(words[from])) return { cls: 'inherit', what: `${lead} ${words[from]}`, speech: false, at: k, explicit: true };
  // the longest start of the phrase that reads as a source: copy without commas runs the
  // source into the claim ("According to the Syrian Observatory heavy bombardment has battered")
  let e = end;
  let cls = phrases.classify(from, e);
  while (!cls && e > from) cls = phrases.classify(from, --e);
  if (!cls) {
    const tally = tallyCredited(phrases, words, from, end);
    if (!tally) return null;
    cls = tally.cls;
    e = tally.end;
  }
  return { cls, what: `${lead} ${phrases.textOf(from, Math.min(e + 1, from + 5))}`, speech: false, at: k, explicit: true };
}

/**
 * "according to the latest death toll": a tally nobody is named for, a vague source; "according
 * to the centers statistics" (copy without apostrophes), "according to the statement": the tally
 * of a body named before; "a new toll from the Observatory": its author's. The class and the last
 * word read, or null.
 */
function tallyCredited(phrases: SourcePhrases, words: readonly string[], from: number, end: number): { cls: CueClass; end: number } | null {
  for (let d = from; d <= Math.min(end, from + 3); d++) {
    if (!TALLIES.has(words[d])) continue;
    if (AUTHORED.has(words[d + 1] ?? '')) {
      // the author: "from the Observatory", "issued by the brigade"
      let a = d + 1;
      while (a < words.length && AUTHORED.has(words[a])) a++;
      if (a >= words.length) return null;
      const last = phrases.phraseEnd(a);
      const author = phrases.classify(a, last);
      return author ? { cls: author, end: last } : null;
    }
    if (d === from + 1 && words[from] === 'the') return { cls: 'inherit', end: d };
    for (let b = from; b < d; b++) if (words[b].endsWith('s') && ANAPHOR_HEADS.has(words[b].slice(0, -1))) return { cls: 'inherit', end: d };
    return { cls: 'vague', end: d };
  }
  return null;
}
