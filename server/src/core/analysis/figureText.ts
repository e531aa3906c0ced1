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

const OUTCOME: Record<string, string> = {
  killed: 'killed',
  wounded: 'wounded',
  captured: 'captured',
  displaced: 'displaced',
  strength: '(force size)',
  count: '',
};

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** "at least 72 people killed", "3,000-4,000 fighters (force size)", "45% of Raqqa" */
export function describeFigure(f: FigureRecord, name: (id: string) => string = (id) => id): string {
  const value = f.qualifier === 'range' && f.valueHigh !== undefined ? `${n(f.value)}-${n(f.valueHigh)}` : n(f.value);
  if (f.measure.startsWith('percent-of-')) return `${QUALIFIER[f.qualifier]}${value}% of ${f.of ? name(f.of) : f.measure.slice('percent-of-'.length)}`;
  const [outcome, cls] = f.measure.split(':');
  return `${QUALIFIER[f.qualifier]}${value} ${cls}${OUTCOME[outcome] ? ` ${OUTCOME[outcome]}` : ''}`;
}

/** The file name at the end of a URI, for messages. */
export function articleName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
