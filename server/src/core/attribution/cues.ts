/**
 * Reporting cues of a sentence and the source each names: reporting verbs in all positions
 * ("X said", "said X", "according to X", "X told Reuters", "was quoted as saying", "citing a
 * source"), passive and adverbial vague cues ("it was reported", "reportedly"), "in a statement";
 * the source phrase decides named (SOHR, Rami Abdel Rahman, the Observatory), vague (a monitor,
 * residents) or inherited (he, the official). `pickCue` chooses the main clause's cue and
 * `sourceKey` says whom it names.
 */
import { FACILITY_HEAD, isCommonWord, isDemonym, isGivenName, isPlaceHead, lexiconFlags, ORG_HEAD, PLACE_HEAD, REPORTING_VERB_FORMS } from '../knowledge/lexicon';
import { isArticle } from '../names/translit';
import type { Knowledge } from '../knowledge/knowledge';
import { memoize } from '../text/memo';
import type { Span } from '../text/sentences';
import { spansWithin } from '../text/sortedSpans';
import { isUpperCode, TokenKind, type Tokens } from '../text/tokens';
import type { MentionRecord } from '../analysis/summary';
import {
  ANAPHOR_HEADS,
  ATTITUDE,
  AUXILIARIES,
  BODY_MODIFIERS,
  BOUNDARY_WORDS,
  CASUALTY_WORDS,
  COLLECTIVE_VAGUE,
  containsPhrase,
  DETERMINERS,
  DOCUMENTS,
  EVENT_WORDS,
  INDEFINITE,
  LOCATED,
  NAMED_OUTLETS,
  OBJECT_BEFORE,
  PASSIVE_VAGUE,
  PERCEPTION,
  PERSONAL_HEADS,
  POSSESSIVES,
  PREPOSITIONS,
  PRONOUNS,
  PUBLISHED,
  RELATIVES,
  REPORTING,
  REPORTING_CUE,
  SKIP_BEFORE_VERB,
  SOURCE_PARTICIPLES,
  SPEECH,
  SPOKES,
  STATEMENT,
  TIED_TO,
  TIME_WORDS,
  VAGUE_HEADS,
  WEAK_REPORTING,
  WITNESSES,
} from './vocabulary';

type CueClass = 'named' | 'vague' | 'inherit';

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

/**
 * A word capitalised only because it opens the sentence and shaped like an adjective, not a name:
 * "Unverified reports said", "Unidentified gunmen". Given names ending in -ed (Ahmed, Khaled) stay names.
 */
function adjectiveShaped(lower: string): boolean {
  return (lower.startsWith('un') || (lower.endsWith('ed') && lower.length > 5)) && !isGivenName(lower);
}

/** A source who asked to stay unnamed (besides "on condition of anonymity"). */
const ANONYMOUS = /\b(?:not|declined) to be (?:named|identified)\b/;
/** "claimed the lives of", "claimed the life of", "claimed lives": a toll, not a speech act. */
const LIVES = new Set(['life', 'lives']);
/** A source phrase's words only, as the tokenizer splits them ("Britain-based" -> "britain based"). */
const phraseWords = memoize((what: string): string => what.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim());
/** A name's words, lower case ("Al-Nusra Front" -> al, nusra, front). */
const nameWords = memoize((spelling: string): readonly string[] => spelling.toLowerCase().replace(/[-.]/g, ' ').split(/\s+/).filter(Boolean));
/** The source named by a phrase, without its reporting verb. */
const withoutVerbs = memoize((what: string): string => what.replace(/\b(said|says|say|told|tells|reported|reports|added|adds|stated|claimed|according to|quoted|cited)\b/g, '').trim());

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
  const out = sentence.mask & REPORTING_CUE ? verbCues(text, tokens, words, wordTokens, classes, inSentence, knowledge) : [];
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
  /** Word k and the next are parted by spaces or a hyphen only: no comma, number or quotation mark between. */
  const joined = (k: number): boolean => JOINER.test(text.slice(tokens.end[wordTokens[k]], tokens.start[wordTokens[k + 1]]));
  /** A comma stands between words j and k (a skipped adverb or time may sit between them). */
  const commaBefore = (j: number, k: number): boolean => k < wordTokens.length && text.slice(tokens.end[wordTokens[j]], tokens.start[wordTokens[k]]).includes(',');
  /** A comma stands between word k and the next. */
  const commaAfter = (k: number): boolean => k + 1 < wordTokens.length && text.slice(tokens.end[wordTokens[k]], tokens.start[wordTokens[k + 1]]).includes(',');
  const capitalised = (k: number): boolean => isUpperCode(text.charCodeAt(tokens.start[wordTokens[k]]));
  /** A capitalised word that is not an entity, a common word or a title: part of a person's name. */
  const properName = (k: number): boolean =>
    capitalised(k) && !mentionAt(k) && !isCommonWord(words[k]) && !TIME_WORDS.has(words[k]) && !ANAPHOR_HEADS.has(words[k]) && !VAGUE_HEADS.has(words[k]) && !(k === 0 && adjectiveShaped(words[k]));

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
      // "based in London" ends the noun phrase; "a Britain-based monitor" does not; nor does a
      // participle ("a local activist speaking to AFP", "officials speaking on condition of anonymity")
      if ((PREPOSITIONS.has(words[k]) && !hyphenated(k)) || SOURCE_PARTICIPLES.has(words[k]) || (TIED_TO.has(words[k]) && (words[k + 1] === 'to' || words[k + 1] === 'with'))) {
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
    // "Ban said", "Rice told reporters": alone before the verb at the start of a sentence, a
    // capitalised common word (not a plural, a head, an article or a time) is a surname
    if (from === 0 && to === 0 && capitalised(0) && npHead.length > 2 && !npHead.endsWith('s') && !VAGUE_HEADS.has(npHead) && !ANAPHOR_HEADS.has(npHead) && !DETERMINERS.has(npHead) && !INDEFINITE.has(npHead) && !TIME_WORDS.has(npHead)) person = true;
    // appositive: "The Observatory a Britain-based monitor said", "The Syrian Coalition an opposition group ... said"
    const apposed = (): boolean =>
      INDEFINITE.has(det ?? '') &&
      from > 0 &&
      (kindAt(from - 1) === 'organisation' || properName(from - 1) || (capitalised(from - 1) && ANAPHOR_HEADS.has(words[from - 1]))) &&
      !['to', 'told', 'by'].includes(words[from - 2] ?? '');
    // "opposition forces", "rebel sources", "pro-government media": a side, not a source
    const sideWords = phrase.filter((x) => x === 'opposition' || x === 'rebel' || x === 'rebels' || x === 'activists' || x === 'insurgents');
    if (sideWords.length > 0 && entityKinds.size === 0 && !person) {
      // "the rebel Syrian National Coalition", "the opposition National Coalition": the side
      // word, in lower case, describes the body whose capitalised name follows it
      const side = phrase.lastIndexOf(sideWords[sideWords.length - 1]) + from;
      const namedBody = side < npEnd && !capitalised(side) && ANAPHOR_HEADS.has(npHead) && words.slice(side + 1, npEnd + 1).every((_, i) => capitalised(side + 1 + i));
      return namedBody || (npEnd === to && ANAPHOR_HEADS.has(npHead) && apposed()) ? 'named' : 'vague';
    }
    if (DOCUMENTS.has(npHead) && (entityKinds.size > 0 || person)) return 'named'; // a report published by Fox News
    if (VAGUE_HEADS.has(npHead)) {
      // "said Zakaria Malahifji a Turkey-based official": a name, then what the person is
      for (let k = from; k < npEnd && !INDEFINITE.has(words[k]); k++) {
        if (INDEFINITE.has(words[k + 1]) && k > from && properName(k) && properName(k - 1)) return 'named';
      }
      // "local activist Mohammad al-Halabi", "Observatory director Rami Abdel Rahman"
      for (let k = npEnd + 1; k <= Math.min(to, npEnd + 2); k++) {
        if (PREPOSITIONS.has(words[k])) break;
        if (properName(k) || kindAt(k) === 'person') return 'named';
      }
      // "a nurse at Douma's collection facility Bayan Baker", "a civil defense official in Idlib
      // Leys el-Faris": a name of two words or more after a noun closes the phrase (not one after
      // a preposition: "a source in Kafr Nabl")
      let n = to;
      const nameWord = (x: number): boolean =>
        capitalised(x) ? !ANAPHOR_HEADS.has(words[x]) && !VAGUE_HEADS.has(words[x]) && !TIME_WORDS.has(words[x]) && !(lexiconFlags(words[x]) & (ORG_HEAD | PLACE_HEAD | FACILITY_HEAD)) : (words[x] === 'al' || words[x] === 'el') && x < to;
      while (n > npEnd + 1 && !mentionAt(n) && nameWord(n)) n--;
      if (to - n >= 2 && n > npEnd && !PREPOSITIONS.has(words[n]) && !DETERMINERS.has(words[n]) && words.slice(n + 1, to + 1).some((_, i) => properName(n + 1 + i))) return 'named';
      // "a spokesman for the coalition" speaks for a named body, and so does "a spokesman for the
      // group" named before; "a source at X" does not
      if (SPOKES.has(npHead) && [...entityKinds].some((x) => x !== 'place')) return 'named';
      if (SPOKES.has(npHead) && words[npEnd + 2] === 'the' && ANAPHOR_HEADS.has(words[to]) && !PERSONAL_HEADS.has(words[to])) return 'named';
      // "SANA reporter", "Idlib Media Center": an organisation's own people
      const before = npEnd - 1 >= from ? kindAt(npEnd - 1) : undefined;
      if (before === 'organisation' || before === 'group') return 'named';
      if (det === 'the' && !COLLECTIVE_VAGUE.has(npHead)) return ANAPHOR_HEADS.has(npHead) && !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
      return apposed() ? 'named' : 'vague';
    }
    if (entityKinds.size > 0 || person) return 'named';
    if (det === 'the' && ANAPHOR_HEADS.has(npHead)) return capitalised(npEnd) || !PERSONAL_HEADS.has(npHead) ? 'named' : 'inherit';
    // "the Civil Defence", "the Syrian Coalition": a capitalised name with the article
    if (det === 'the' && capitalised(npEnd) && !TIME_WORDS.has(npHead)) return 'named';
    // "police said", "Syrian army announced", "regime army said": a body needs no article
    // (the phrase opens a clause: not "to bomb army and government bases", "that team suggested",
    // nor a heading's "Related Syrian Forces deny")
    if (det === undefined && npEnd - from <= 2 && ANAPHOR_HEADS.has(npHead) && !PERSONAL_HEADS.has(npHead) && !DOCUMENTS.has(npHead) && (npEnd === 0 || !capitalised(npEnd))) {
      const before = from > 0 ? words[from - 1] : undefined;
      const opens = before === undefined || (BOUNDARY_WORDS.has(before) && before !== 'that') || TIME_WORDS.has(before) || SKIP_BEFORE_VERB.has(before) || REPORTING_VERB_FORMS.has(before);
      if (opens && words.slice(from, npEnd).every((x) => isDemonym(x) || ANAPHOR_HEADS.has(x) || BODY_MODIFIERS.has(x))) return 'named';
    }
    return null;
  };

  /** The source phrase before a verb at k: skips adverbs, auxiliaries and times ("on Sunday"). */
  const leftPhrase = (k: number): [number, number] | null => {
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
    if (commaBefore(j, k)) {
      for (let m = j; m > 0 && j - m < 16; m--) {
        if (!commaAfter(m - 1)) continue;
        if (RELATIVES.has(words[m]) || words[m] === 'a' || words[m] === 'an') {
          const before = leftPhrase(m);
          const cls = before ? classify(before[0], before[1]) : null;
          if (before && (cls === 'named' || cls === 'vague')) return before;
        }
        break;
      }
    }
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
    if (!(DETERMINERS.has(words[i]) || INDEFINITE.has(words[i])) && VAGUE_HEADS.has(words[j])) {
      const walked = i;
      i = Math.max(i, j - 2);
      // but not into a name: "the Britain-based Syrian Observatory for Human Rights monitoring group"
      const name = i > walked ? mentionAt(i) : undefined;
      while (name && i > walked && mentionAt(i - 1) === name) i--;
    }
    // "an opposition group based outside the country said": the source is what is based there
    if (i >= 3 && LOCATED.has(words[i - 2]) && (PREPOSITIONS.has(words[i - 1]) || words[i - 1] === 'outside') && !hyphenated(i - 2)) {
      const head = leftPhrase(i - 2);
      if (head) return head;
    }
    return [headBefore(i, j) ?? afterPlace(i, j) ?? i, j];
  };

  /**
   * "the strategic town of Khan Touman rebels say", "to the north east of Syria's countryside
   * reporters said": copy without commas runs a place phrase into a bare plural source. When the
   * phrase [i, j] ends in a vague head whose modifiers follow a place (a curated place, a place
   * head such as town, or the name after "town of") that follows a preposition, the source is that
   * head and its modifiers, not the head of the place phrase. The start of the source, or undefined.
   */
  const afterPlace = (i: number, j: number): number | undefined => {
    if (j - i < 3 || !VAGUE_HEADS.has(words[j]) || capitalised(j) || mentionAt(j)) return undefined;
    const phraseText = words.slice(i, j + 1).join(' ');
    if (NAMED_OUTLETS.some((o) => phraseText.includes(o))) return undefined; // "state media"
    // the source's own modifiers: "military sources", "civil defense sources", "Syrian activists"
    let s = j;
    while (s - 1 > i && j - s < 2 && !mentionAt(s - 1) && !PREPOSITIONS.has(words[s - 1]) && !DETERMINERS.has(words[s - 1]) && !INDEFINITE.has(words[s - 1]) && !isPlaceHead(words[s - 1])) {
      if (capitalised(s - 1) && !isDemonym(words[s - 1])) break;
      s--;
    }
    const b = s - 1;
    if (b <= i) return undefined;
    let placeStart: number;
    const m = mentionAt(b);
    if (m) {
      if (knowledge.entities.get(m.entityId)?.kind !== 'place') return undefined;
      placeStart = b;
      while (placeStart - 1 > i && mentionAt(placeStart - 1) === m) placeStart--;
    } else if (isPlaceHead(words[b]) && !capitalised(b)) {
      // "in Jayrud town rebels said"
      placeStart = b;
      while (placeStart - 1 > i && capitalised(placeStart - 1)) placeStart--;
    } else if (capitalised(b)) {
      // an unknown name after "town of": "the town of Deir al-Adas reports say"
      placeStart = b;
      while (placeStart - 1 > i && (capitalised(placeStart - 1) || isArticle(words[placeStart - 1]))) placeStart--;
      if (!(words[placeStart - 1] === 'of' && isPlaceHead(words[placeStart - 2] ?? ''))) return undefined;
    } else return undefined;
    for (let k = placeStart - 1; k > i; k--) if (PREPOSITIONS.has(words[k])) return s;
    return PREPOSITIONS.has(words[i]) ? s : undefined;
  };

  /**
   * "a doctor at the hospital said", "activists on the ground said", "sources close to Hezbollah
   * said": a phrase [i, j] that is "the" and a common noun after a preposition, or anything after
   * "close to", "familiar with"..., is the object of the source's prepositional phrase; the
   * source is the vague head before it. The start of that head's phrase, or undefined.
   */
  const headBefore = (i: number, j: number): number | undefined => {
    let h: number;
    if ((words[i - 1] === 'to' || words[i - 1] === 'with') && TIED_TO.has(words[i - 2] ?? '')) h = i - 3;
    // ("an activist in the town of Kafr Nabl said": the place's name is no source either)
    else if (words[i] === 'the' && i >= 2 && PREPOSITIONS.has(words[i - 1]) && !hyphenated(i - 1) && ((j - i <= 2 && !capitalised(j) && !mentionAt(j)) || (words[i + 2] === 'of' && isPlaceHead(words[i + 1])))) h = i - 2;
    else return undefined;
    if (h < 0 || !VAGUE_HEADS.has(words[h])) return undefined;
    // its adjectives and determiner: "a local doctor", "two senior officials"
    let s = h;
    while (s - 1 >= 0 && h - s < 3 && tokens.kind[wordTokens[s - 1]] === TokenKind.Word && tokens.start[wordTokens[s]] - tokens.end[wordTokens[s - 1]] <= 2) {
      if (BOUNDARY_WORDS.has(words[s - 1]) || REPORTING_VERB_FORMS.has(words[s - 1])) break;
      s--;
      if (DETERMINERS.has(words[s]) || INDEFINITE.has(words[s])) break;
    }
    // "monitors violence through sources on the ground": an object, not the subject of the verb
    if (s > 0 && (PREPOSITIONS.has(words[s - 1]) || OBJECT_BEFORE.has(words[s - 1]))) return undefined;
    return s;
  };

  for (let k = 0; k < words.length; k++) {
    if (!(classes[k] & REPORTING_CUE)) continue;
    const w = words[k];
    // according to X
    if (w === 'according' && words[k + 1] === 'to') {
      const end = phraseEnd(words, k + 2, joined);
      const phrase = words.slice(k + 2, end + 1).join(' ');
      if (/^(estimates|reports|sources|unconfirmed|initial|preliminary|local sources|activists|witnesses|residents|media)\b/.test(phrase)) {
        out.push({ cls: 'vague', what: `according to ${textOf(k + 2, end + 1)}`, speech: false, at: k, explicit: true });
      } else {
        // the longest start of the phrase that reads as a source: copy without commas runs the
        // source into the claim ("According to the Syrian Observatory heavy bombardment has battered")
        let e = end;
        let cls = classify(k + 2, e);
        while (!cls && e > k + 2) cls = classify(k + 2, --e);
        if (cls) out.push({ cls, what: `according to ${textOf(k + 2, Math.min(e + 1, k + 7))}`, speech: false, at: k, explicit: true });
      }
      continue;
    }
    // "An AFP correspondent in the village saw extensive damage", "an AFP correspondent who
    // visited the district saw": an eyewitness report, credited to whoever saw
    if (PERCEPTION.has(w)) {
      const witness = (sp: [number, number] | null): boolean => sp !== null && words.slice(sp[0], sp[1] + 1).some((x) => WITNESSES.has(x));
      // "an AFP photographer at the medical facility saw": the witness before the place
      const climb = (sp: [number, number] | null): [number, number] | null => {
        for (let step = 0; step < 2 && sp && !witness(sp) && sp[0] >= 2 && PREPOSITIONS.has(words[sp[0] - 1]); step++) sp = leftPhrase(sp[0] - 1);
        return sp;
      };
      let span = climb(leftPhrase(k));
      if (!witness(span)) {
        for (let b = k - 1; b > 0 && b > k - 16 && !witness(span); b--) if (RELATIVES.has(words[b]) || words[b] === 'where') span = climb(leftPhrase(b));
      }
      const cls = span && witness(span) ? classify(span[0], span[1]) : null;
      if (cls && span) out.push({ cls, what: `${textOf(span[0], span[1] + 1)} ${w}`, speech: false, at: k, explicit: true });
      continue;
    }
    const lemma = REPORTING_VERB_FORMS.get(w);
    if (!lemma || !REPORTING.has(lemma)) continue;
    // "claimed responsibility" credits an attack, not a toll; "claimed the lives of" is a toll;
    // "confirmed dead" is a state
    if (lemma === 'claim' && (words[k + 1] === 'responsibility' || LIVES.has(words[k + 1]) || (words[k + 1] === 'the' && LIVES.has(words[k + 2])))) continue;
    // "Syrian regime accused of bombing" (a heading's reduced passive): the accused, not the accuser
    if (lemma === 'accuse' && words[k + 1] === 'of' && !words.slice(Math.max(0, k - 4), k).some((x) => AUXILIARIES.has(x))) continue;
    // "hundreds reported dead": a state, not a report with its source before it
    if ((lemma === 'report' || lemma === 'confirm') && (words[k + 1] === 'dead' || words[k + 1] === 'missing') && joined(k)) continue;
    // nouns and adjectives spelled like the verb: "a report", "the statement", "declared stockpiles"
    if (['report', 'reports', 'claim', 'claims', 'estimates', 'estimate', 'quote', 'post', 'state', 'states', 'states'].includes(w) && (DETERMINERS.has(words[k - 1] ?? '') || words[k + 1] === 'of' || words[k - 1] === 'state')) continue;
    if (w === 'state' || w === 'states') continue;
    // "the alleged chemical attack", "an estimated 3,000 fighters", "its declared arsenal": a
    // participle after an article or a possessive is an adjective
    if (w.endsWith('ed') && (words[k - 1] === 'a' || words[k - 1] === 'an' || words[k - 1] === 'the' || POSSESSIVES.has(words[k - 1] ?? ''))) continue;
    // "its self-declared caliphate", "the so-called": a compound adjective
    if (hyphenated(k)) continue;
    // "air strikes", "the air force", "peace talks", "a brief lull": in war news these are not the verbs
    if (w === 'air' || w === 'talks' || w === 'brief') continue;
    if (words[k - 1] === 'to' && lemma !== 'say') continue; // "to report": purpose, not attribution
    if (words[k - 1] === 'so') continue; // so-called
    // "reports suggest", "claims that": a noun subject, not the verb
    if ((w === 'reports' || w === 'claims') && (REPORTING_VERB_FORMS.has(words[k + 1] ?? '') || words[k + 1] === 'that')) continue;
    // "adding", "saying", "claiming the life of": participles continue a clause, they name no new source
    // "a report published by Fox News": a participle inside a source phrase, not a verb of its own
    // ("was later confirmed by the UN" is a passive with its agent)
    const passive = AUXILIARIES.has(words[k - 1] ?? '') || (SKIP_BEFORE_VERB.has(words[k - 1] ?? '') && AUXILIARIES.has(words[k - 2] ?? ''));
    if (words[k + 1] === 'by' && !passive) continue;
    // "with the observatory reporting ...": an absolute clause with its own source
    const withSubject = w.endsWith('ing') && words.slice(Math.max(0, k - 6), k).includes('with');
    if (w.endsWith('ing') && !withSubject && !(words[k - 1] === 'as' && (words[k - 2] === 'quoted' || words[k - 2] === 'cited'))) {
      if (w === 'citing' || w === 'quoting') {
        const end = phraseEnd(words, k + 1, joined);
        const cls = classify(k + 1, end);
        if (cls === 'vague') out.push({ cls, what: `${w} ${textOf(k + 1, end + 1)}`, speech: false, at: k, explicit: false, citing: true });
      }
      continue;
    }
    // "put the death toll at 58", not "put forward a resolution" or "put them within range"
    if (lemma === 'put' && !/\b(toll|number|figure|figures|tally|count|total)\b/.test(words.slice(k + 1, k + 6).join(' '))) continue;
    if ((lemma === 'raise' || lemma === 'hold') && !/\b(concern|concerns|alarm|responsible)\b/.test(words.slice(k, k + 8).join(' '))) continue;
    if (lemma === 'call' && !['on', 'upon', 'for'].includes(words[k + 1] ?? '')) continue;
    // "declared a caliphate", "declared a four-day pause", "its declared arsenal": an act, not a report;
    // "declared that ...", "... he declared" and "declared: ..." report
    if (lemma === 'declare' && k + 1 < words.length && words[k + 1] !== 'that' && !PRONOUNS.has(words[k + 1]) && !/[:"“”]/.test(text.slice(tokens.end[wordTokens[k]], tokens.start[wordTokens[k + 1]]))) continue;
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
    const weak = WEAK_REPORTING.has(lemma);
    const speech = SPEECH.has(lemma);
    // "X quoted a military source as saying": the quoted one is the source
    if ((lemma === 'quote' || lemma === 'cite') && words[k + 1] && !['by', 'as'].includes(words[k + 1])) {
      const end = phraseEnd(words, k + 1, joined);
      const cls = classify(k + 1, end);
      if (cls) {
        out.push({ cls, what: `${w} ${textOf(k + 1, end + 1)}`, speech: true, at: k, explicit: true });
        continue;
      }
    }
    // passives: "was quoted as saying", "were reported" (vague) unless "by X"
    if (passive) {
      const auxWord = AUXILIARIES.has(words[k - 1] ?? '') ? words[k - 1] : words[k - 2];
      if (words[k + 1] === 'by') {
        const end = phraseEnd(words, k + 2, joined);
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
    // "The observatory and opposition fighters said": a named source among two makes them named
    if (cls === 'vague' && span && words[span[0] - 1] === 'and') {
      const first = leftPhrase(span[0] - 1);
      // not "objections from Russia and China diplomats said": the first must be a subject of its own
      // nor "He fled Aleppo and Syrian activists said": a place right after another word is its object
      const placeObject = first !== null && first[0] > 0 && first[0] === first[1] && kindAt(first[0]) === 'place' && !BOUNDARY_WORDS.has(words[first[0] - 1]) && !SKIP_BEFORE_VERB.has(words[first[0] - 1]) && !TIME_WORDS.has(words[first[0] - 1]);
      const subject = first !== null && !placeObject && !words.slice(Math.max(0, first[0] - 1), first[1] + 1).some((x) => PREPOSITIONS.has(x));
      if (first && subject && classify(first[0], first[1]) === 'named') {
        cls = 'named';
        what = `${textOf(first[0], k)} ${w}`;
      }
    }
    if (!cls) {
      // "The Observatory which monitors ... said", "the coalition had no comment but said":
      // the subject stands before a relative clause or a coordinated verb
      for (let b = k - 1; b > 0 && b > k - 16; b--) {
        if (!RELATIVES.has(words[b]) && words[b] !== 'and' && words[b] !== 'but') continue;
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
    // "reported 23 journalists killed": after a count, the words are what was reported, not who reported it
    const adjacent = k + 1 < words.length && tokens.start[wordTokens[k + 1]] - tokens.end[wordTokens[k]] <= 2;
    if (!cls && !weak && adjacent && startsPhrase(words[k + 1]) && ['say', 'add', 'tell', 'write', 'state', 'report', 'explain', 'insist', 'warn'].includes(lemma)) {
      const end = phraseEnd(words, k + 1, joined);
      const after = classify(k + 1, end);
      if (after) {
        cls = after;
        what = `${w} ${textOf(k + 1, Math.min(end + 1, k + 6))}`;
      }
    }
    const negated = words[k - 1] === 'not' || words[k - 1] === 'never' || words[k - 1] === 'no';
    // "The agency also said": a body named before, by its kind
    const anaphoric = span !== null && span[1] - span[0] === 1 && words[span[0]] === 'the' && ANAPHOR_HEADS.has(words[span[1]]);
    if (cls) out.push({ cls, what: what.trim(), speech, attitude: ATTITUDE.has(lemma), negated, at: k, explicit: true, anaphoric });
  }
  // "quoted a military source as saying ... but did not mention a school": the cue that credits wins
  return out.some((c) => c.negated) && out.some((c) => !c.negated) ? out.filter((c) => !c.negated) : out;
}

/** What may part two words of one phrase: spaces, a hyphen, an apostrophe, a full stop of an abbreviation (U.N. envoy). */
const JOINER = /^[\s\-'\u2019.]*$/;

/**
 * End of the noun phrase that starts at `start` (going right). `joined(k)`: nothing but spaces or
 * a hyphen parts word k from the next (a comma, a number or a quotation mark ends the phrase).
 */
function phraseEnd(words: readonly string[], start: number, joined: (k: number) => boolean): number {
  let k = start;
  let steps = 0;
  while (k + 1 < words.length && steps < 8) {
    const next = words[k + 1];
    if (!joined(k)) break;
    if (BOUNDARY_WORDS.has(next) && !PREPOSITIONS.has(next)) break;
    // "according to the ministry the strike killed": an article after a noun starts the clause
    if ((next === 'the' || next === 'a' || next === 'an') && !PREPOSITIONS.has(words[k]) && !OBJECT_BEFORE.has(words[k])) break;
    // "citing a military source it said": a subject pronoun starts the next clause
    if (PRONOUNS.has(next)) break;
    // "a report published by Fox News": the publisher is part of the source
    if (PUBLISHED.has(next) && words[k + 2] === 'by') {
      k += 2;
      steps++;
      continue;
    }
    if (REPORTING_VERB_FORMS.has(next) || EVENT_WORDS.has(next) || TIME_WORDS.has(next)) break;
    // "according to the source caused material damage": a verb after the source's head
    if ((VAGUE_HEADS.has(words[k]) || ANAPHOR_HEADS.has(words[k])) && next.length > 4 && next.endsWith('ed') && !PREPOSITIONS.has(next) && !SOURCE_PARTICIPLES.has(next)) break;
    k++;
    steps++;
  }
  return k;
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
