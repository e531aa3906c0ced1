/**
 * Attribution of every sentence: not a claim (headline, boilerplate, background, opinion), a
 * claim credited to a named source, to a vague one, or to nobody. Reporting verbs are found in all
 * positions ("X said", "said X", "according to X", "X told Reuters", "in a statement",
 * "was quoted as saying"); the source's noun phrase decides named (SOHR, Rami Abdel Rahman, the
 * Observatory, he) or vague (a monitor, sources, residents, reportedly). A sentence without a cue
 * takes its neighbour's source only when it continues the same account (a quotation, a restated
 * lead); otherwise it is unattributed if it reports something checkable (a toll, a figure, an
 * event with its time) and not a claim if it is background.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Span } from '../text/sentences';
import { spansWithin } from '../text/sortedSpans';
import type { Tokens } from '../text/tokens';
import { tokenRange, type SentenceMemo } from '../analysis/sentenceMemo';
import type { ArticleDate, MentionRecord, SentenceLabel, SentenceRecord } from '../analysis/summary';
import { deniedReport, isCheckable, isTimeline, notClaimReason } from './claimTests';
import { pickCue, sourceKey, withoutVerbs, type Cue } from './cues';
import { moved, sentenceFacts, type SentenceFacts } from './facts';
import { isCaption, isHeadline } from './headline';
import { beforeLinksList } from './linksList';
import { carryOver, unattributedQuote } from './neighbours';

export function classifySentences(
  text: string,
  tokens: Tokens,
  spans: readonly Span[],
  mentions: readonly MentionRecord[],
  date: ArticleDate | null,
  knowledge: Knowledge,
  memo?: SentenceMemo,
): SentenceRecord[] {
  // a page's closing links list ends the sentence it is glued to, and the article: the sentences
  // after it on its line are the page's chrome ("Category News ...", "Follow us on Instagram.")
  const {
    spans: read,
    chrome: [chromeFrom, chromeTo],
  } = beforeLinksList(text, spans);
  const facts = memo
    ? memo.factsOf(
        knowledge,
        text,
        tokens,
        read,
        mentions,
        (span, first, last, inSentence) => sentenceFacts(text, tokens, span, first, last, inSentence, knowledge),
        (kept: SentenceFacts, span, first, last) => moved(kept, text, span, first, last),
      )
    : read.map((span) => {
        const [first, last] = tokenRange(tokens, span);
        return sentenceFacts(text, tokens, span, first, last, spansWithin(mentions, span), knowledge);
      });
  const records: SentenceRecord[] = [];
  let lastAttributed: 'attributed-named' | 'attributed-vague' = 'attributed-named';
  let lastSource = '';
  // a sentence before was credited to a vague source; the last named source is more than one
  // ("the FAO and the World Food Programme said", "UN agencies said": "they" too), worked out
  // once, when a "they said" first asks (its cue and words kept till then)
  let anyVague = false;
  let namedCue: Cue | null = null;
  let namedWords: readonly string[] = [];
  let namedPlural: boolean | undefined;
  // the sentence before holds a long quotation with a speaker: this one's may go on from it
  let afterSpokenQuote = false;
  facts.forEach((f, i) => {
    const s = f.span;
    const sentenceText = f.raw;
    let label: SentenceLabel;
    let cueText: string;
    const cue = pickCue(f.cues, f.words.length);
    const denied = cue ? deniedReport(f, cue) : null;
    // a dated timeline entry is background even when it names who acted ("September 22 2016 Syrian
    // regime forces announce a major offensive")
    const heading =
      i >= chromeFrom && i < chromeTo
        ? 'the page after a list of links'
        : isHeadline(f, sentenceText, text)
          ? 'a headline'
          : isCaption(f, sentenceText) ? 'a photo caption' : cue && isTimeline(f, sentenceText, date) ? 'a timeline entry' : null;
    if (heading) {
      // A headline or a caption is not a claim even when it names its source ("... kills six: state TV").
      label = 'not-claim';
      cueText = heading;
    } else if (denied) {
      label = 'not-claim';
      cueText = `an absence statement ("${denied}")`;
    } else if (cue) {
      // "they said": people, whom the article named as vague sources before (activists, residents,
      // opposition forces) when it did; a body is "it"
      const inherited =
        cue.cls === 'inherit' && THEY.test(cue.what) && anyVague && !(namedCue !== null && (namedPlural ??= pluralSource(namedCue, namedWords))) ? 'attributed-vague' : lastAttributed;
      label = cue.cls === 'vague' ? 'attributed-vague' : cue.cls === 'named' ? 'attributed-named' : inherited;
      cueText = cue.what;
    } else {
      const nc = notClaimReason(f, sentenceText, date, i);
      if (nc) {
        label = 'not-claim';
        cueText = nc;
      } else {
        const carried = carryOver(facts, i, lastAttributed);
        if (carried) {
          label = carried;
          cueText = 'continues the account of an adjacent attributed sentence';
        } else if ((f.checkable ??= isCheckable(f))) {
          label = 'unattributed';
          cueText = f.casualty ? 'a casualty figure with no source' : f.figure ? 'a figure with no source' : 'an event report with no source';
        } else {
          label = 'not-claim';
          cueText = 'no checkable claim';
        }
      }
    }
    let source = '';
    if (label === 'attributed-named' || label === 'attributed-vague') {
      lastAttributed = label;
      if (label === 'attributed-vague') anyVague = true;
      else if (cue && cue.cls === 'named') {
        namedCue = cue;
        namedWords = f.words;
        namedPlural = undefined;
      }
      // a cue that names its source names the same one whatever the sentences before say
      source = cue && cue.cls !== 'inherit' ? (f.source ??= sourceKey(cue, mentions, s, knowledge, lastSource)) : lastSource;
      lastSource = source;
    }
    const record: SentenceRecord = {
      start: s.start,
      end: s.end,
      label,
      // the headlines of other articles state no figure of this one
      figure: f.figure && !(i >= chromeFrom && i < chromeTo),
      cue: cueText,
      source,
      key: f.key,
      insertAt: insertionPoint(text, s),
      unattributedQuote: unattributedQuote(facts, i, afterSpokenQuote),
    };
    afterSpokenQuote = record.unattributedQuote === undefined && f.quotes.some((q) => q.words >= 4);
    records.push(record);
  });
  return records;
}

/** A cue whose source is "they". */
const THEY = /^they\b/i;

/**
 * A named source of more than one: two joined by "and" ("the Food and Agriculture Organization
 * and the World Food Programme said"), or a plural head ("UN agencies said").
 */
function pluralSource(cue: Cue, words: readonly string[]): boolean {
  if (/\band\b/i.test(cue.what)) return true;
  for (let k = Math.max(0, cue.at - 8); k < cue.at; k++) if (words[k] === 'and') return true;
  const head = withoutVerbs(cue.what).split(/\s+/).filter((w) => /^\p{L}/u.test(w)).at(-1) ?? '';
  return head.length > 3 && head.endsWith('s') && !head.endsWith('ss');
}

/** Before the sentence's final punctuation (and closing quote), where ", according to ..." reads. */
function insertionPoint(text: string, span: Span): number {
  let end = span.end;
  while (end > span.start && /["”’)\]]/.test(text[end - 1])) end--;
  while (end > span.start && /[.!?]/.test(text[end - 1])) end--;
  return end;
}
