import type { FigureRecord } from './summary';

const QUALIFIER: Record<FigureRecord['qualifier'], string> = {
  exact: '',
  'at-least': 'at least ',
  'more-than': 'more than ',
  about: 'about ',
  'up-to': 'up to ',
  'less-than': 'fewer than ',
  range: '',
};

/** The largest first: "1.5 billion", not "1,500 million". */
const SCALES: readonly [number, string][] = [
  [1e9, 'billion'],
  [1e6, 'million'],
];

const OUTCOME: Record<string, string> = {
  killed: 'killed',
  starved: 'dead of hunger, cold or illness',
  wounded: 'wounded',
  captured: 'captured',
  displaced: 'displaced',
  strength: '(force size)',
  casualties: 'killed or wounded',
  count: '',
};

/**
 * 3000 -> "3,000", 1.5 -> "1.5", 1500000 -> "1.5 million" (toLocaleString goes through Intl: slow
 * in a loop over a corpus). Millions and billions are written as news copy writes them, when a
 * decimal or two says it all: 1,234,567 keeps its digits.
 */
function n(value: number): string {
  for (const [size, word] of SCALES) if (value >= size && value % (size / 100) === 0) return `${String(value / size)} ${word}`;
  const [whole, fraction] = String(value).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** "at least 72 people killed", "3,000-4,000 fighters (force size)", "45% of Raqqa" */
export function describeFigure(f: FigureRecord, name: (id: string) => string = (id) => id): string {
  const value = f.qualifier === 'range' && f.valueHigh !== undefined ? `${n(f.value)}-${n(f.valueHigh)}` : n(f.value);
  if (f.measure.startsWith('percent-of-')) return `${QUALIFIER[f.qualifier]}${value}% of ${f.of ? name(f.of) : f.measure.slice('percent-of-'.length)}`;
  const [outcome, cls] = f.measure.split(':');
  // "250,000 people (population)", "250,000 people (population, rebel-held part)"
  if (outcome.startsWith('population')) {
    const part = outcome.slice('population/'.length);
    return `${QUALIFIER[f.qualifier]}${value} ${cls} (population${part ? `, ${part} part` : ''})`;
  }
  return `${QUALIFIER[f.qualifier]}${value} ${cls}${OUTCOME[outcome] ? ` ${OUTCOME[outcome]}` : ''}`;
}

/** The day of a figure's incident when its sentence names one other than its article's date, else undefined. */
export function incidentDay(f: FigureRecord, articleDate: string | null): string | undefined {
  return f.incident !== undefined && f.incident !== articleDate ? f.incident : undefined;
}

/** The file name at the end of a URI, for messages. */
export function articleName(uri: string): string {
  const name = uri.slice(uri.lastIndexOf('/') + 1);
  // most names have nothing to decode (a conflict lists up to 12 articles, for every finding)
  return name.includes('%') ? decodeURIComponent(name) : name;
}
