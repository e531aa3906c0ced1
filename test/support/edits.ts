/**
 * Random edits of the kinds a writer makes: typing and deleting characters, pasting a sentence
 * with a name and a figure, renaming an entity. Used by the core and protocol equivalence tests
 * and by the server benchmark.
 */
import { pick } from './random';

export interface Edit {
  start: number;
  end: number;
  text: string;
}

const PASTES = [
  ' At least 25 people were killed in Raqqah on Monday.',
  ' More than 3,500 ISIS fighters are holed up in Raqqa, a monitor said.',
  ' The Syrian Observatory for Human Rights said 2,500 fighters remain in Raqqa.',
  ' Jets struck Deir al-Zor and Deir Ezzour overnight.',
  ' "We will never leave this city and we will fight on," a commander said.',
  ' Shelling killed 12 civilians in Idleb, according to activists.',
  ' ISIL and Daesh denied it.',
];
const RENAMES: [string, string][] = [
  ['Raqqa', 'Raqqah'],
  ['Raqqah', 'Raqqa'],
  ['Deir Ezzor', 'Deir al-Zor'],
  ['ISIS', 'ISIL'],
  ['2,500', '3,500'],
  ['Bashar al-Assad', 'Bashar al Assad'],
];

export function randomEdit(r: () => number, text: string): Edit {
  const kind = r();
  const at = Math.floor(r() * (text.length + 1));
  if (kind < 0.35) {
    return { start: at, end: at, text: pick(r, ['a', 'e', ' ', 'Raq', '1', '.', 'q', 'h', '\n']) };
  }
  if (kind < 0.6) {
    return { start: at, end: Math.min(text.length, at + 1 + Math.floor(r() * 6)), text: '' };
  }
  if (kind < 0.85) {
    // paste after the end of a sentence
    const dot = text.indexOf('.', at);
    const pos = dot >= 0 ? dot + 1 : text.length;
    return { start: pos, end: pos, text: pick(r, PASTES) };
  }
  const [from, to] = pick(r, RENAMES);
  const i = text.indexOf(from);
  if (i < 0) return { start: at, end: at, text: ` ${to}` };
  return { start: i, end: i + from.length, text: to };
}

export function applyEdit(text: string, e: Edit): string {
  return text.slice(0, e.start) + e.text + text.slice(e.end);
}
