/**
 * What an open document's analysis keeps from its last version for the next: the text with its
 * tokens and name units, which an edit splices (splice.ts) instead of scanning the whole text
 * again, and its sentences' facts (sentenceMemo.ts). The analysis is the same as without it.
 * As the sentence memo does, it starts afresh every RENEW_AFTER versions (a kept lower-case word
 * may be a slice of an older version's text) and keeps nothing of a text over MAX_TEXT.
 */
import { buildUnits, spliceUnits, type Units } from '../names/units';
import { changeBetween, spliceTokens } from '../text/splice';
import { tokenize, type Tokens } from '../text/tokens';
import { MAX_TEXT, RENEW_AFTER, SentenceMemo } from './sentenceMemo';

export class DocumentMemo {
  readonly sentences = new SentenceMemo();
  private last: { text: string; tokens: Tokens; units: Units } | undefined;
  private versions = 0;
  /** How many tokens the last analysis took from the version before (0: the text was scanned whole). */
  keptTokens = 0;

  tokensAndUnits(text: string): { tokens: Tokens; units: Units } {
    const last = ++this.versions % RENEW_AFTER === 0 ? undefined : this.last;
    let tokens: Tokens;
    let units: Units;
    if (last) {
      const splice = spliceTokens(last.tokens, text, changeBetween(last.text, text));
      tokens = splice.tokens;
      units = spliceUnits(last.units, last.tokens, text, splice);
      this.keptTokens = splice.kept + tokens.count - splice.resumed;
    } else {
      tokens = tokenize(text);
      units = buildUnits(text, tokens);
      this.keptTokens = 0;
    }
    this.last = text.length <= MAX_TEXT ? { text, tokens, units } : undefined;
    return { tokens, units };
  }
}
