/**
 * One pass over an article: tokens, sentences, entity mentions, name candidates, figures and the
 * attribution state of every sentence. The result depends only on the text and the knowledge,
 * so it is cached by content hash and recomputed for the edited article alone.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { findArticleDate } from '../text/dates';
import { fnv1a } from '../text/hash';
import { findQuotes, insideQuote } from '../text/quotes';
import { splitSentences } from '../text/sentences';
import { TokenKind } from '../text/tokens';
import type { SourceDocument } from '../types';
import { classifySentences } from '../attribution/classify';
import { extractFigures } from './figures';
import { scanMentions, withoutGluedPossessives } from './mentions';
import { scanText, type DocumentMemo } from './documentMemo';
import { MentionFlag, type DocumentSummary } from './summary';

/** `hash`: the text's `fnv1a` when the caller has it; `memo`: an open document's, kept from its last version (see documentMemo.ts). */
export function summarize(doc: SourceDocument, knowledge: Knowledge, hash?: string, memo?: DocumentMemo): DocumentSummary {
  const text = doc.text;
  const scanned = memo ? memo.scan(text, knowledge) : scanText(text, knowledge);
  const contentHash = hash ?? (memo ? memo.hash(text) : fnv1a(text));
  const { tokens, units } = scanned;
  const sentenceSpans = memo ? memo.sentenceSpans(text) : splitSentences(text);
  const { mentions, candidates, lowerWords } = memo
    ? memo.mentions({ text, units, sentences: sentenceSpans, knowledge, matches: scanned.matches, lowerWords: scanned.lowerWords })
    : scanMentions(text, units, sentenceSpans, knowledge, scanned.matches, scanned.lowerWords);
  const quotes = findQuotes(text);
  for (const m of mentions) if (insideQuote(quotes, m.start, m.end)) m.flags |= MentionFlag.Quoted;
  let words = 0;
  for (let i = 0; i < tokens.count; i++) if (tokens.kind[i] === TokenKind.Word) words++;
  const date = findArticleDate(text);
  const sentences = classifySentences(text, tokens, sentenceSpans, mentions, date, knowledge, memo?.sentences);
  const figures = extractFigures(text, tokens, sentences, mentions, candidates, date, knowledge, memo?.sentences);
  return {
    uri: doc.uri,
    version: doc.version,
    hash: contentHash,
    length: text.length,
    words,
    date,
    mentions,
    candidates: withoutGluedPossessives(candidates, mentions),
    lowerWords,
    sentences,
    figures,
  };
}
