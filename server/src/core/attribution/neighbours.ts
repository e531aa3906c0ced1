/**
 * What a sentence takes from the sentences beside it: the source of an attributed neighbour it
 * continues (a quotation, a restated lead, the same figures, more of the same footage, an account
 * that goes on), and whether a long quotation has a speaker nearby.
 */
import type { SentenceLabel } from '../analysis/summary';
import { pickCue, type Cue } from './cues';
import type { SentenceFacts } from './facts';
import { mentionsFootage, showsUnsourcedFootage } from './footage';
import { GOES_ON } from './vocabulary';

/** Words right before a quotation that make it a name or a label: "dubbed", "known as", "what he called". */
const NAMING = /\b(?:dubbed|nicknamed|called|named|termed|labelled|labeled|branded|known as|described as|so-called)\s+(?:the\s+|a\s+|an\s+)?$/i;

/** A cue-less sentence continues an adjacent attributed one: a quotation, or a restated lead. */
export function carryOver(facts: readonly SentenceFacts[], i: number, last: 'attributed-named' | 'attributed-vague'): SentenceLabel | null {
  const f = facts[i];
  const neighbour = (j: number): 'attributed-named' | 'attributed-vague' | null => {
    const n = facts[j];
    if (!n) return null;
    const c = pickCue(n.cues, n.words.length);
    if (!c) return null;
    return c.cls === 'vague' ? 'attributed-vague' : c.cls === 'named' ? 'attributed-named' : last;
  };
  // A quotation, or a speaker's words in the first person that lost their quotation marks ("The
  // source told Asharq Al-Awsat that. We have seen the reports ..."): the speaker's before or
  // after it, over a run of such sentences ("... said Hadi Abdullah. While we were coming here
  // ... One of the civilians was wounded so we had to do it ourselves").
  if (f.quoteShare >= 0.6 || inFirstPerson(f)) {
    let p = i - 1;
    while (p >= i - MAX_SPOKEN_RUN && facts[p] && facts[p].cues.length === 0 && (facts[p].quoteShare >= 0.6 || inFirstPerson(facts[p]))) p--;
    const prev = facts[p] && facts[p].cues.some((c) => c.speech) ? neighbour(p) : null;
    const next = facts[i + 1] && facts[i + 1].cues.some((c) => c.speech) ? neighbour(i + 1) : null;
    if (prev ?? next) return (prev ?? next) as SentenceLabel;
  }
  // More of the footage a sentence before credited ("Activists distributed video showing scenes
  // of chaos. ... Another image showed a man attending to a boy"), over a run of such sentences
  if (showsUnsourcedFootage(f.lower)) {
    let p = i - 1;
    while (p >= i - MAX_SPOKEN_RUN && facts[p] && facts[p].cues.length === 0 && showsUnsourcedFootage(facts[p].lower)) p--;
    const prev = facts[p] && mentionsFootage(facts[p].lower) ? neighbour(p) : null;
    if (prev) return prev;
  }
  // A lead restated with its source in the next sentence (web copy repeats the standfirst), or
  // the same figures credited in a neighbour ("23 civilians killed" ... "a source told SANA ...
  // killing 23 civilians"); not a number under 5, which recurs by chance ("four neighborhoods",
  // "four rebels").
  const next = facts[i + 1];
  if (next && neighbour(i + 1) && overlap(f, next) >= CARRY_OVERLAP) return neighbour(i + 1);
  for (const j of [i + 1, i - 1]) {
    const n = facts[j];
    if (!n || !neighbour(j) || f.numbers.length === 0) continue;
    for (const v of f.numbers) if (v >= 5 && n.numbers.includes(v)) return neighbour(j);
  }
  // An account that goes on: the next sentence credits it with "also" or "added", its source a
  // pronoun or a body named before ("The agency also said")
  if (next && neighbour(i + 1) && next.mask & GOES_ON && next.cues.some((c) => c.cls === 'inherit' || refersBack(c))) {
    return neighbour(i + 1);
  }
  return null;
}

/** The sentences of one speaker's words a sentence may go on after, back to the one that names the speaker. */
const MAX_SPOKEN_RUN = 3;

/**
 * A sentence in the first person outside quotation marks (we, us, our, my, me; I before a word in
 * lower case, not World War I): a speaker's words, as the reporter writes none (`raw` is tested
 * as written: "US" is a country, "us" a speaker).
 */
function inFirstPerson(f: SentenceFacts): boolean {
  return (f.firstPerson ??= FIRST_PERSON.test(f.raw));
}
const FIRST_PERSON = /\b(?:[Ww]e|us|[Oo]urs?|ourselves|[Mm]y|me|myself)\b|(?<!\b(?:War|Phase|Part|Stage) )\bI (?=[a-z])/;

/** "The agency also said", "the group added": a body the article named before, by its kind. */
function refersBack(c: Cue): boolean {
  return c.cls === 'named' && c.anaphoric === true;
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
  return (f.contentWords ??= new Set(f.words.filter((w) => w.length >= 4 && !COMMON_NEWS.has(w))));
}
/** Words of four letters or more that any two sentences of war news may share: no sign of one account. */
const COMMON_NEWS: ReadonlySet<string> = new Set([
  'that', 'with', 'have', 'were', 'from', 'this', 'been', 'their', 'they', 'which', 'also', 'than', 'more',
  'after', 'when', 'there', 'into', 'over', 'about', 'would', 'will', 'some', 'other', 'people', 'held',
]);

/**
 * A quotation of four or more words with no speaker in its sentence or the adjacent ones, nor in a
 * quotation it goes on from (`afterSpokenQuote`: the sentence before holds a long quotation that
 * has a speaker), and not a name or label in quotation marks ("dubbed "the capital of the
 * revolution""). A quotation that opened in a sentence before is that sentence's to report.
 */
export function unattributedQuote(facts: readonly SentenceFacts[], i: number, afterSpokenQuote: boolean): { start: number; end: number } | undefined {
  const f = facts[i];
  const long = f.quotes.find((q) => q.words >= 4 && !q.carried);
  if (!long) return undefined;
  if (f.cues.length > 0 || afterSpokenQuote) return undefined;
  if (NAMING.test(f.raw.slice(0, long.start - f.span.start))) return undefined;
  // a speech verb, or a named source's report; not an attitude ("Jordan expressed concern that ...")
  const speaker = (j: number): boolean => (facts[j]?.cues ?? []).some((c) => c.speech || (c.cls !== 'vague' && !c.attitude));
  if (speaker(i - 1) || speaker(i + 1)) return undefined;
  return { start: long.start, end: long.end };
}
