/**
 * The article's own date, when its text gives one: a dateline line ("August 7, 2017"), a date
 * that opens the text ("Wed 05 Apr 2017 ...", "Date of publication 9 August 2016 ..."), or a
 * "Published/Posted" line in the header, or a date in the first lines of copy flattened to one line. Web copy often carries the page's print date too
 * ("Sunday, 27 May 2018 / Latest news"), so the last dateline before the body wins. And the day
 * of the incident a sentence reports, when it names one.
 */
import type { ArticleDate } from '../analysis/summary';

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
};
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|urday|sday)?\\.?,?\\s+)?';
const DATE_RE = new RegExp(
  [
    `${WEEKDAY}(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})`, // 7 August 2017, Wed 05 Apr 2017
    `${WEEKDAY}${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})`, // August 7, 2017, Thu Dec 29 2016
    '(\\d{4})-(\\d{2})-(\\d{2})', // 2017-08-07
    '(\\d{1,2})[.\\-/](\\d{1,2})[.\\-/](\\d{4})', // 19.07.2016, 01-06-2016 (day first)
    `${MONTH}\\s+(\\d{2})((?:19|20)\\d{2})\\b`, // Apr 052017 (a web header that lost its comma)
  ].join('|'),
  'gi',
);

/** A date written out on its own: "April 5, 2017", "5 Apr 2017", "Wed, 05 Apr 2017 10:00:00 GMT" (groups as DATE_RE's first two). */
const WRITTEN_DATE = new RegExp(`^${WEEKDAY}(?:(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})|${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4}))(?!\\d)`, 'i');
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;

/**
 * A date written on its own, as a field of a metadata file holds one: ISO (2017-04-05, or a
 * timestamp that starts with one), 2017/04/05, "April 5, 2017", "5 Apr 2017", "Wed, 05 Apr 2017
 * 10:00:00 GMT"; null for anything else. Day and month in figures before the year ("05/04/2017")
 * are not read here: which comes first is the file's to tell (`figuresBeforeYear`).
 */
export function writtenDate(value: string): string | null {
  const v = value.trim();
  const y = YEAR_FIRST.exec(v);
  if (y) return isoDay(+y[1], +y[2], +y[3]);
  const w = WRITTEN_DATE.exec(v);
  return w ? toIso(w) : null;
}

/** The two figures and the year of a date written "05/04/2017", "5.4.2017" or "05-04-2017", or null. */
export function figuresBeforeYear(value: string): [number, number, number] | null {
  const m = YEAR_LAST.exec(value.trim());
  return m ? [+m[1], +m[2], +m[3]] : null;
}

interface FoundDate extends ArticleDate {
  lineStart: number;
  lineEnd: number;
}

/** A day as ISO `YYYY-MM-DD`, or null when it is no plausible date. */
export function isoDay(y: number, m: number, d: number): string | null {
  // (not 30 February: `Date.parse` would read it as 2 March)
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function toIso(m: RegExpExecArray): string | null {
  if (m[1] && m[2]) return isoDay(+m[3], MONTHS[m[2].toLowerCase().replace('.', '')] ?? 0, +m[1]);
  if (m[4]) return isoDay(+m[6], MONTHS[m[4].toLowerCase().replace('.', '')] ?? 0, +m[5]);
  if (m[7]) return isoDay(+m[7], +m[8], +m[9]);
  if (m[10]) return isoDay(+m[12], +m[11], +m[10]);
  if (m[13]) return isoDay(+m[15], MONTHS[m[13].toLowerCase().replace('.', '')] ?? 0, +m[14]);
  return null;
}

const HEADER_LIMIT = 600;
const EARLY_LIMIT = 250;
const EVENT_DATE_BEFORE = /\b(on|since|in|until|till|by|from|of|to|before|after|between|and|through)\W*$/i;

export function findArticleDate(text: string): ArticleDate | null {
  const head = text.slice(0, HEADER_LIMIT);
  const found: FoundDate[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(head); m; m = DATE_RE.exec(head)) {
    const value = toIso(m);
    if (!value) continue;
    const lineStart = head.lastIndexOf('\n', m.index) + 1;
    let lineEnd = text.indexOf('\n', m.index);
    if (lineEnd < 0) lineEnd = text.length;
    found.push({ iso: value, start: m.index, end: m.index + m[0].length, lineStart, lineEnd });
  }
  if (found.length === 0) return null;
  // The body starts at the first long line; datelines are short lines of their own before it.
  let firstLong = text.length;
  for (let pos = 0; pos < text.length; ) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    if (end - pos > 200) {
      firstLong = pos;
      break;
    }
    pos = end + 1;
  }
  const standalone = found.filter((d) => d.lineStart <= firstLong && !moreTextThan(text, d.lineStart, d.lineEnd, d.end - d.start + 12));
  const pick = standalone.length > 0 ? standalone[standalone.length - 1] : null;
  if (pick) return { iso: pick.iso, start: pick.start, end: pick.end };
  // A date that opens the text or follows a publication cue.
  for (const d of found) {
    const before = text.slice(Math.max(0, d.start - 40), d.start);
    if (/^\W*$/.test(text.slice(0, d.start)) || /(published|posted|updated|publication|date)\W*(on\W*)?$/i.test(before)) {
      return { iso: d.iso, start: d.start, end: d.end };
    }
  }
  // Copy flattened to one line: "Headline Monitor AFP Thursday 14 Jul 2016 Air strikes killed ...".
  // A date in the first lines that no preposition ties to an event ("on 4 April") is the article's.
  const early = found.find((d) => d.start < EARLY_LIMIT && !EVENT_DATE_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start)));
  if (early) return { iso: early.iso, start: early.start, end: early.end };
  return null;
}

/**
 * Whether text[from, to) holds more than `limit` characters besides white space (as /\s/ sees
 * it) and , . | - – —: a dateline is the date and little else. Stops counting past the limit
 * (a one-line article is thousands of characters long).
 */
function moreTextThan(text: string, from: number, to: number, limit: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 46 || c === 124 || c === 45 || c === 0x2013 || c === 0x2014 || isRegexSpace(c)) continue;
    if (++n > limit) return true;
  }
  return false;
}

/** The characters JavaScript's /\s/ matches. */
function isRegexSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whole days between two ISO dates (b - a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

/** A day of a month in running text, its year said or not: "February 22", "Feb. 22, 2017", "22 February". */
const DAY_OF_MONTH = new RegExp(`(?:${MONTH}\\s+(\\d{1,2})(?![\\d:])|\\b(\\d{1,2})\\s+${MONTH})(?:,?\\s+((?:19|20)\\d{2}))?`, 'g');
/** Words before a day that make it an incident's: "on February 22", "the August 21 attack", "the attack of 21 August". */
const INCIDENT_DAY_BEFORE = /\b(on|the|of)\s+$/i;

/**
 * The day of the incident a sentence reports, when it names one on or before its article's date
 * ("On February 22 a health facility was hit" in an April article): ISO, the latest such day
 * named after "on", "the" or "of"; a day without its year is the last one on or before the
 * article's date. Null when the sentence names none so (the edge of a period, "since March 15";
 * a caption's date run into the sentence, "in Syria June 18 2016").
 */
export function incidentDate(sentence: string, articleIso: string): string | null {
  if (!/\d/.test(sentence)) return null;
  const articleYear = Number(articleIso.slice(0, 4));
  let latest: string | null = null;
  DAY_OF_MONTH.lastIndex = 0;
  for (let m = DAY_OF_MONTH.exec(sentence); m; m = DAY_OF_MONTH.exec(sentence)) {
    // (not "since March 15", nor a photo caption's "in Syria June 18 2016" run into the sentence)
    if (!INCIDENT_DAY_BEFORE.test(sentence.slice(Math.max(0, m.index - 5), m.index))) continue;
    const month = MONTHS[(m[1] ?? m[4]).toLowerCase().replace('.', '')] ?? 0;
    const day = Number(m[2] ?? m[3]);
    let day0 = m[5] ? isoDay(Number(m[5]), month, day) : isoDay(articleYear, month, day);
    if (day0 !== null && !m[5] && day0 > articleIso) day0 = isoDay(articleYear - 1, month, day);
    if (day0 !== null && day0 <= articleIso && (latest === null || day0 > latest)) latest = day0;
  }
  return latest;
}

/** A weekday's name, as written in the corpus's copy. */
const DAY = '((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)';
/** Words a toll ends with, after which a bare weekday is its day. */
const TOLL_END = '(?:killed|killing|wounded|wounding|injured|injuring|dead|died|lives|people|civilians|others|children|fighters|soldiers|militants)';
/** Incidents named by their weekday's possessive ("Tuesdays attack"). */
const INCIDENT = '(?:attack|attacks|strike|strikes|air ?strikes?|bombing|blast|raids?|massacre|assault|explosion|shelling)';
/**
 * A day named by its weekday or as yesterday: "on Monday", "late Tuesday", "Friday night",
 * "yesterday", a weekday right after a toll ("claimed 20 lives Monday", "killed 12 people Tuesday")
 * or an incident's ("in Tuesdays attack", "Friday's strikes", "Tuesday's suspected gas attack").
 */
const WEEKDAY_DAY = new RegExp(
  `\\b(?:(?:[Oo]n|[Ll]ast|[Ll]ate|[Ee]arly)\\s+${DAY}\\b|${DAY}\\s+(?:morning|afternoon|evening|night)\\b|\\b([Yy]esterday)\\b|(?<=\\b${TOLL_END} )${DAY}\\b|\\b${DAY}(?:'s|’s|s) (?:[a-z-]+ ){0,2}${INCIDENT}\\b)`,
  'g',
);
/**
 * A reporting verb (and its object) or the occasion of a report right before a day: "said on
 * Monday", "told AFP on Monday", "said in a statement on Thursday", "told a briefing on Friday".
 */
const REPORTED_BEFORE = /\b(?:said|says|reported|reports|announced|added|stated|confirmed|told(?: \w+)?|statement|briefing|(?:news|press) conference|interview)\s+$/i;
/**
 * A toll's rise right before a day: "rose on Wednesday to 72", "has risen to 86 on Thursday". The
 * day of the new count, not of the incident it counts.
 */
const ROSE_BEFORE = /\b(?:rose|risen|rises|climbed|climbs|jumped|mounted|increased)(?:\s+to\s+(?:(?:at least|more than|over|nearly|about|some|around)\s+)?\d[\d,.]*(?:\s+(?:people|dead|deaths|civilians|victims|persons))?)?\s+$/i;
/** The days of the week from Sunday (as `Date.getUTCDay` counts them), lower case. */
export const WEEKDAYS: readonly string[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * The day of the incident a sentence names by its weekday or as yesterday ("killed 15 people on
 * Monday" in an article of Thursday 6 April: 3 April), the latest such day on or before the
 * article's; null when it names none (not "since Monday", the edge of a period, nor "reported on
 * Thursday", the day of the report, nor "rose to 72 on Wednesday", the day of a new count).
 */
export function weekdayDate(sentence: string, articleIso: string): string | null {
  const article = Date.parse(articleIso);
  const articleDay = new Date(article).getUTCDay();
  let back = Infinity;
  WEEKDAY_DAY.lastIndex = 0;
  for (let m = WEEKDAY_DAY.exec(sentence); m; m = WEEKDAY_DAY.exec(sentence)) {
    // "the Observatory reported on Thursday that": the day of the report
    if (REPORTED_BEFORE.test(sentence.slice(Math.max(0, m.index - 24), m.index))) continue;
    if (ROSE_BEFORE.test(sentence.slice(Math.max(0, m.index - 48), m.index))) continue;
    const days = m[3] ? 1 : (articleDay - WEEKDAYS.indexOf((m[1] ?? m[2] ?? m[4] ?? m[5]).toLowerCase()) + 7) % 7;
    if (days < back) back = days;
  }
  return back === Infinity ? null : new Date(article - back * 86_400_000).toISOString().slice(0, 10);
}

/** "in March", "in March 2017", "last March", not followed by a day: a month named as a whole. */
const IN_MONTH = new RegExp(`\\b(?:(?:[Ii]n|[Dd]uring|[Ll]ast|[Ee]arly|[Ll]ate)\\s+|[Mm]id-)${MONTH}(?![a-z])(?:\\s+((?:19|20)\\d{2}))?(?!\\.?\\s*\\d{1,2}\\b)`, 'g');

/**
 * Whether a sentence places its incident in a month before its article's ("In March two blasts
 * ... claimed 40 lives" in an April article): an earlier incident, as "last month" is. A month
 * without its year is the last one on or before the article's month.
 */
export function inEarlierMonth(sentence: string, articleIso: string): boolean {
  const articleYear = Number(articleIso.slice(0, 4));
  const articleMonth = Number(articleIso.slice(5, 7));
  IN_MONTH.lastIndex = 0;
  for (let m = IN_MONTH.exec(sentence); m; m = IN_MONTH.exec(sentence)) {
    const month = MONTHS[m[1].toLowerCase().replace('.', '')] ?? 0;
    const year = m[2] ? Number(m[2]) : month <= articleMonth ? articleYear : articleYear - 1;
    if (year * 12 + month < articleYear * 12 + articleMonth) return true;
  }
  return false;
}
