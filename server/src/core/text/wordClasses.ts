/**
 * Word classes: named sets of lower-case words, one bit each, so that a sentence's words are
 * looked up once and "has it a casualty word, a reporting verb, a month?" is a bit test instead
 * of a regular expression run over the sentence. A phrase list gets the class of a key word of
 * each phrase: a sentence without any of them cannot contain a phrase, and skips the search.
 */
import { tokenize, TokenKind } from './tokens';

/** The bit of a phrase list with a phrase whose key word cannot be told (a phrase of digits or single letters). */
export const ALWAYS = -1;

/** Words too common to tell a phrase by, when it has another. */
const COMMONEST = new Set(['the', 'and', 'this', 'that', 'more', 'last', 'from', 'with', 'have', 'been', 'were', 'into', 'over', 'said']);

/**
 * A phrase's key word: a word token of two letters or more (a single letter may be part of a
 * dotted acronym, U.S., which the text's tokens keep whole), the longest of those of four letters
 * or more and not among the commonest, else the longest; null when it has none.
 */
function keyWord(phrase: string): string | null {
  const tokens = tokenize(phrase);
  let best: string | null = null;
  let bestScore = 0;
  for (let k = 0; k < tokens.count; k++) {
    if (tokens.kind[k] !== TokenKind.Word || tokens.end[k] - tokens.start[k] < 2) continue;
    const word = phrase.slice(tokens.start[k], tokens.end[k]);
    const score = word.length + (word.length <= 3 || COMMONEST.has(word) ? 0 : 100);
    if (score > bestScore) {
      best = word;
      bestScore = score;
    }
  }
  return best;
}

export class WordClasses {
  private readonly bits = new Map<string, number>();
  private count = 0;

  /** A new class of the given words (lower case): its bit. */
  add(words: Iterable<string>): number {
    if (this.count === 31) throw new Error('WordClasses: at most 31 classes');
    const bit = 1 << this.count++;
    for (const w of words) this.bits.set(w, (this.bits.get(w) ?? 0) | bit);
    return bit;
  }

  /**
   * The class of a key word of each of these phrases (lower case): a sentence without any of
   * them has none of the phrases as whole words. The key word is the phrase's longest word that
   * is neither short nor among the commonest ("in the morning" -> morning, "is said to" -> said,
   * "and agencies" -> agencies), so that the class rules out most sentences; `ALWAYS` when a
   * phrase has no word to tell it by.
   */
  addPhrases(phrases: readonly string[]): number {
    const keys: string[] = [];
    for (const phrase of phrases) {
      const key = keyWord(phrase);
      if (key === null) return ALWAYS;
      keys.push(key);
    }
    return this.add(keys);
  }

  /** The classes of one word (lower case), 0 for none. */
  of(word: string): number {
    return this.bits.get(word) ?? 0;
  }
}

/** Whether words of the classes `mask` may hold the class `bit` (always, for `ALWAYS`). */
export function mayHave(mask: number, bit: number): boolean {
  return bit === ALWAYS || (mask & bit) !== 0;
}
