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

function n(value: number): string {
  return value.toLocaleString('en-US');
}

/** "at least 72 killed", "3,000-4,000 fighters" */
export function describeFigure(f: FigureRecord): string {
  const value = f.qualifier === 'range' && f.valueHigh !== undefined ? `${n(f.value)}-${n(f.valueHigh)}` : n(f.value);
  const unit = f.measure.startsWith('percent') ? '%' : ` ${f.measure.replace(/-/g, ' ')}`;
  return `${QUALIFIER[f.qualifier]}${value}${unit}`;
}
