/**
 * Places an unknown name in a Syrian governorate, from the curated places around it: the nearest
 * one in its sentence ("the Salihiah neighbourhood of Hasakeh city"), else the article's clearly
 * dominant one. Common place names recur across the country (Salihiya, Hamidiyeh, Qusour): two
 * spellings placed in different governorates are two places, not one name spelt two ways, and an
 * unknown name in Daraa is not a spelling of a town in the Ghouta.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { firstStartingAt } from '../text/sortedSpans';
import type { MentionRecord } from './summary';

export type RegionLocator = (offset: number) => string | undefined;

/** `at` places an offset; `dominant` is the article's clearly dominant governorate, if any. */
export function regionLocator(
  mentions: readonly MentionRecord[],
  sentences: readonly { start: number; end: number }[],
  knowledge: Knowledge,
): { at: RegionLocator; dominant: string | undefined } {
  const anchors: { start: number; region: string }[] = [];
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const region = knowledge.entities.get(m.entityId)?.region;
    if (!region) continue;
    anchors.push({ start: m.start, region });
    counts.set(region, (counts.get(region) ?? 0) + 1);
  }
  if (anchors.length === 0) return { at: () => undefined, dominant: undefined };
  // in order already (the gazetteer's mentions come left to right); sorted to be sure
  anchors.sort((a, b) => a.start - b.start);
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const [top, second] = ranked;
  const dominant = top[1] >= 2 && top[1] >= 2 * (second?.[1] ?? 0) ? top[0] : undefined;
  const at: RegionLocator = (offset) => {
    // the sentence holding the offset (binary search over sorted spans)
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const sentence = sentences[lo];
    // the sentence's anchors (sorted by start: a binary search, not a pass over a long article's)
    const from = sentence ? firstStartingAt(anchors, sentence.start) : 0;
    const to = sentence ? sentence.end : Infinity;
    let best: { start: number; region: string } | undefined;
    for (let i = from; i < anchors.length && anchors[i].start < to; i++) {
      const a = anchors[i];
      if (!best || Math.abs(a.start - offset) < Math.abs(best.start - offset)) best = a;
    }
    return best?.region ?? dominant;
  };
  return { at, dominant };
}
