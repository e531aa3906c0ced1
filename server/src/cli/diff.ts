/**
 * A unified diff for --fix-dry-run. Fixes replace words inside lines and never add or remove
 * lines, so the diff pairs lines by number and groups changed lines into hunks with context.
 */
const CONTEXT = 2;

function splitKeepingEnds(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n|$)/g)?.filter((l, i, all) => l.length > 0 || i < all.length - 1) ?? [];
}

export function unifiedDiff(path: string, before: string, after: string): string {
  const a = splitKeepingEnds(before);
  const b = splitKeepingEnds(after);
  if (a.length !== b.length) return `--- a/${path}\n+++ b/${path}\n(changed)\n`;
  const changed: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) changed.push(i);
  if (changed.length === 0) return '';
  const out = [`--- a/${path}`, `+++ b/${path}`];
  let k = 0;
  while (k < changed.length) {
    const first = changed[k];
    let last = first;
    while (k + 1 < changed.length && changed[k + 1] - last <= CONTEXT * 2 + 1) last = changed[++k];
    k++;
    const from = Math.max(0, first - CONTEXT);
    const to = Math.min(a.length - 1, last + CONTEXT);
    out.push(`@@ -${from + 1},${to - from + 1} +${from + 1},${to - from + 1} @@`);
    const strip = (l: string): string => l.replace(/\r?\n$|\r$/, '');
    for (let i = from; i <= to; i++) {
      if (a[i] === b[i]) out.push(` ${strip(a[i])}`);
      else {
        out.push(`-${strip(a[i])}`);
        out.push(`+${strip(b[i])}`);
      }
    }
  }
  return out.join('\n') + '\n';
}
