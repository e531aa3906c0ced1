/**
 * Messages for people. A finding's `message` describes the problem; for a spelling finding the two
 * spellings live in its data, and here they go in front: "Raqqah" -> "Raqqa": Transliteration ...
 * Machine formats (JSON) keep the bare message and the fix.
 */
import type { Finding } from './types';

/** A finding, or a report message made from one: the message and the finding's data. */
export function presentMessage(finding: Pick<Finding, 'message' | 'data'>): string {
  const d = finding.data;
  // (as the text writes it and as the fix would: "Al Qaeda" -> "Al-Qaeda" at a sentence's start)
  if (d?.kind === 'variant') return `"${d.written ?? d.surface}" → "${d.replacement ?? d.canonical}": ${finding.message}`;
  return finding.message;
}
