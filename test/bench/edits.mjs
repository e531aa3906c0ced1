// The edits the benchmarks make to one open article, in order: typing and deleting a character
// at random places, pasting a sentence with a figure and a name every 25th edit, renaming an
// entity every 50th. The server benchmark sends them as changes; the edit-stage benchmark
// (editStages.mjs) applies them to the text itself.

const PASTE = ' At least 1,200 fighters remain in Raqqa, according to residents.';
const RENAMED = { Raqqa: 'Raqqah', Raqqah: 'Raqqa', Aleppo: 'Halab', Halab: 'Aleppo' };

/** The i-th edit of `text` (0-based), drawing places from `r`: { start, end, insert }. */
export function benchEdit(r, text, i) {
  const kind = i % 50 === 49 ? 'rename' : i % 25 === 12 ? 'paste' : i % 2 === 0 ? 'type' : 'delete';
  if (kind === 'type') {
    const at = Math.floor(r() * text.length);
    return { start: at, end: at, insert: 'e' };
  }
  if (kind === 'delete') {
    const start = Math.max(0, Math.floor(r() * text.length) - 1);
    return { start, end: start + 1, insert: '' };
  }
  if (kind === 'paste') return { start: text.length, end: text.length, insert: PASTE };
  const at = text.search(/\b(Raqqa|Raqqah|Aleppo|Halab)\b/);
  if (at < 0) return { start: 0, end: 0, insert: 'Raqqa ' };
  const word = /^\w+/.exec(text.slice(at))[0];
  return { start: at, end: at + word.length, insert: RENAMED[word] };
}

/** The text with the edit made. */
export function applyBenchEdit(text, { start, end, insert }) {
  return text.slice(0, start) + insert + text.slice(end);
}
