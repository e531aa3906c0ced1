/**
 * Who a clause's subject is, for the reporting-verb reader (cues.ts): where a subject may start,
 * a subject that speaks in a participle ("The Observatory placed the toll lower saying ..."),
 * a named source running to the sentence's end after its verb, and an armed group claiming an
 * attack (responsibility, not a report).
 */
import type { Cue } from './cues';
import type { CueClass, SourcePhrases } from './sourcePhrases';
import { ANAPHOR_HEADS, BOUNDARY_WORDS, CLAUSE_VERBS, PERSON_AT, PERSON_HEADS, PREPOSITIONS, PRONOUNS, SKIP_BEFORE_VERB, TIME_WORDS, VAGUE_HEADS } from './vocabulary';

/**
 * A subject may start at word i: the sentence's first, or after a clause's boundary, a time, an
 * adverb or a preposition ("Ibrahim Alhaj of the Syrian Civil Defense"); not after a verb or an
 * adjective, where a noun phrase is an object ("dismissed as unfounded the reports").
 */
export function subjectMayStart(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  return before === undefined || (BOUNDARY_WORDS.has(before) && before !== 'that') || TIME_WORDS.has(before) || SKIP_BEFORE_VERB.has(before) || PREPOSITIONS.has(before);
}

/** What an armed group claims when it claims responsibility: "claimed previous bombings". */
const ATTACKS: ReadonlySet<string> = new Set(['attack', 'attacks', 'bombing', 'bombings', 'blast', 'blasts', 'assault', 'assaults', 'explosion', 'explosions', 'killing', 'killings']);

/**
 * "has claimed previous bombings in the region", "claimed a suicide attack on a rival group that
 * killed 16": responsibility for an attack, not a report; "claimed the attack was caused by an
 * airstrike" reports (a verb follows the attack).
 */
export function claimsAnAttack(words: readonly string[], k: number): boolean {
  for (let a = k + 1; a <= k + 3 && a < words.length; a++) {
    if (!ATTACKS.has(words[a])) continue;
    const next = words[a + 1];
    return next === undefined || PREPOSITIONS.has(next) || next === 'that' || next === 'which' || next === 'and' || next === 'against';
  }
  return false;
}

/** Participles of speech that go on from the main clause: "placed the toll lower saying ...". */
export const SPOKEN_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'adding', 'noting', 'stressing', 'warning', 'insisting', 'claiming', 'explaining', 'affirming', 'asserting', 'accusing']);

/**
 * "The UK-based Syrian Observatory placed the death toll lower saying ...", "A resident of Homs
 * corroborated that account saying he heard blasts": with no reporting verb of its own, the
 * sentence's subject speaks in the participle at k. The subject opens the sentence (after a time
 * or an adverb) and is a source, not a place alone ("Syrias conflict erupted ...").
 */
export function subjectSaying(phrases: SourcePhrases, words: readonly string[], k: number): Cue | null {
  let s = 0;
  while (s < k && (SKIP_BEFORE_VERB.has(words[s]) || TIME_WORDS.has(words[s]) || words[s] === 'but' || words[s] === 'on')) s++;
  const e = phrases.phraseEnd(s);
  if (e >= k - 1) return null;
  const cls = phrases.classify(s, e);
  if (cls !== 'named' && cls !== 'vague') return null;
  // the phrase ends at its head, or at a place after it ("A resident of Homs"): a person, a
  // body, a kind of source; not "The Syrian" (air force) nor "government denials"
  let head = e;
  for (let x = s + 1; x < e; x++) if (PREPOSITIONS.has(words[x])) head = x - 1;
  const kind = phrases.kindAt(head);
  if (!((kind !== undefined && kind !== 'place') || ANAPHOR_HEADS.has(words[head]) || VAGUE_HEADS.has(words[head]) || phrases.properName(head))) return null;
  return { cls, what: `${phrases.textOf(s, head + 1)} ... ${words[k]}`, speech: true, at: k, explicit: true };
}

/** A word that can open a source phrase after its verb ("said the ministry"), not a clause's. */
export function startsPhrase(x: string | undefined): boolean {
  return x !== undefined && !BOUNDARY_WORDS.has(x) && x !== 'that';
}
/** A named source from `from` to the sentence's last word: "... said Observatory director Rami Abdel Rahman." */
export function namedToTheEnd(phrases: SourcePhrases, words: readonly string[], from: number): boolean {
  if (!startsPhrase(words[from]) || PRONOUNS.has(words[from])) return false;
  const end = phrases.phraseEnd(from);
  return end === words.length - 1 && phrases.classify(from, end) === 'named';
}

/** Words back from a verb that what a person is may run over ("a resident of the ... west of the city said"). */
const APPOSED_REACH = 14;

/**
 * "Ahmed a resident of the government-controlled west of the city said", "a nurse from the
 * eastern districts of the city told AFP": a person the sentence names by what they are, with
 * where they are from running up to the verb at k, is its subject. The phrase of the person
 * and its class (named with a name right before it: "Ahmed a resident"), or null when a
 * clause's verb or boundary stands between. At most `APPOSED_REACH` words back.
 */
export function apposedPerson(phrases: SourcePhrases, words: readonly string[], k: number): { span: [number, number]; cls: CueClass | null } | null {
  for (let b = k - 2; b >= 0 && b >= k - APPOSED_REACH; b--) {
    const w = words[b];
    if (CLAUSE_VERBS.has(w) || (BOUNDARY_WORDS.has(w) && !PREPOSITIONS.has(w)) || PRONOUNS.has(w)) return null;
    if ((w !== 'a' && w !== 'an') || !PERSON_HEADS.has(words[b + 1]) || !PERSON_AT.has(words[b + 2] ?? '')) continue;
    const name = b > 0 ? phrases.leftPhrase(b) : null;
    if (name && name[1] === b - 1 && phrases.classify(name[0], name[1]) === 'named') return { span: [name[0], b + 1], cls: 'named' };
    return { span: [b, b + 1], cls: phrases.classify(b, b + 1) };
  }
  return null;
}
