/**
 * Applying text edits: sorted, overlapping edits dropped (the first one wins, as ESLint does),
 * applied from the end so earlier offsets stay valid.
 */
import type { Finding, TextEdit } from './types';

export function nonOverlapping(edits: readonly TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < lastEnd) continue;
    if (out.length > 0 && e.start === out[out.length - 1].start && e.end === out[out.length - 1].end) continue;
    out.push(e);
    lastEnd = Math.max(e.end, e.start === e.end ? e.end + 1 : e.end);
  }
  return out;
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const list = nonOverlapping(edits);
  let out = text;
  for (let i = list.length - 1; i >= 0; i--) {
    const e = list[i];
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  }
  return out;
}

/** The safe fixes of a document's findings (what `--fix` and fix-all apply). */
export function safeEdits(findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) for (const fix of f.fixes ?? []) if (fix.safe && !fix.snippet) edits.push(...fix.edits);
  return nonOverlapping(edits);
}
