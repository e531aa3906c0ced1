/**
 * Word classes: named sets of lower-case words, one bit each, so that a sentence's words are
 * looked up once and "has it a casualty word, a reporting verb, a month?" is a bit test instead
 * of a regular expression run over the sentence. A phrase list gets the class of its phrases'
 * first words: a sentence without any of them cannot contain a phrase, and skips the search.
 */
import { tokenize, TokenKind } from './tokens';

/** The bit of a phrase list whose first words cannot all be told (a phrase starting with a digit). */
export const ALWAYS = -1;

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
   * The class of the first words of these phrases (lower case): a sentence without one of them
   * has none of the phrases as whole words. `ALWAYS` when a phrase starts with no word to tell.
   */
  addFirstWords(phrases: readonly string[]): number {
    const first: string[] = [];
    for (const phrase of phrases) {
      const tokens = tokenize(phrase);
      let k = 0;
      while (k < tokens.count && tokens.kind[k] === TokenKind.Punct) k++;
      if (k === tokens.count || tokens.kind[k] !== TokenKind.Word) return ALWAYS;
      first.push(phrase.slice(tokens.start[k], tokens.end[k]));
    }
    return this.add(first);
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
