/**
 * What an open document's analysis keeps from its last version for the next: the text with its
 * tokens, name units and curated names, which an edit splices (splice.ts, `spliceUnits`,
 * `Gazetteer.matchSpliced`) instead of scanning the whole text again, and its sentences' facts
 * (sentenceMemo.ts). The analysis is the same as without it.
 * As the sentence memo does, it starts afresh every RENEW_AFTER versions (a kept lower-case word
 * may be a slice of an older version's text) and keeps nothing of a text over MAX_TEXT.
 */
import type { GazetteerMatch } from '../knowledge/gazetteer';
import type { Knowledge } from '../knowledge/knowledge';
import { buildUnits, spliceUnits, type Units } from '../names/units';
import { changeBetween, spliceTokens } from '../text/splice';
import { tokenize, type Tokens } from '../text/tokens';
import { MAX_TEXT, RENEW_AFTER, SentenceMemo } from './sentenceMemo';

export class DocumentMemo {
  readonly sentences = new SentenceMemo();
  private last: (Scanned & { text: string; knowledge: Knowledge }) | undefined;
  private versions = 0;
  /** How many tokens the last analysis took from the version before (0: the text was scanned whole). */
  keptTokens = 0;

  scan(text: string, knowledge: Knowledge): Scanned {
    const last = ++this.versions % RENEW_AFTER === 0 ? undefined : this.last;
    let scanned: Scanned;
    if (last) {
      const splice = spliceTokens(last.tokens, text, changeBetween(last.text, text));
      const units = spliceUnits(last.units, last.tokens, text, splice);
      const matches = last.knowledge === knowledge ? knowledge.gazetteer.matchSpliced(text, units, last.matches) : knowledge.gazetteer.match(text, units.units);
      scanned = { tokens: splice.tokens, units: units.units, matches };
      this.keptTokens = splice.kept + splice.tokens.count - splice.resumed;
    } else {
      scanned = scanText(text, knowledge);
      this.keptTokens = 0;
    }
    this.last = text.length <= MAX_TEXT ? { ...scanned, text, knowledge } : undefined;
    return scanned;
  }
}

/** A text's tokens, name units and the curated names in it. */
export interface Scanned {
  tokens: Tokens;
  units: Units;
  matches: GazetteerMatch[];
}

export function scanText(text: string, knowledge: Knowledge): Scanned {
  const tokens = tokenize(text);
  const units = buildUnits(text, tokens);
  return { tokens, units, matches: knowledge.gazetteer.match(text, units) };
}
