/**
 * Transliteration-aware comparison of names. Arabic names reach English copy in many spellings
 * (Deir ez-Zor, Deir Ezzor, Deir al-Zor, Deir el-Zour); they keep their consonants and change
 * vowels, doubling, articles, hyphens and case. So names are compared in three steps:
 *
 * - `nameParts`: split on spaces, hyphens and camelCase, lower-case, drop diacritics, drop the
 *   Arabic article (al-, el-, ad-, ash-, ez-...) when it stands as its own part;
 * - `looseForm`: collapse doubled letters and fold the usual spelling alternations
 *   (ou/oo -> u, ee -> i, q -> k, kh -> k, dh -> d, final h...);
 * - `skeleton`: the consonants of the loose form, a cheap bucket key; names in one bucket are
 *   then compared by `spellingDistance`, an edit distance where vowel changes are cheap and
 *   consonant changes are not.
 */
import { memoize } from '../text/memo';

const ARTICLES = new Set([
  'al', 'el', 'il', 'ul', 'ad', 'ed', 'ar', 'er', 'as', 'es', 'ash', 'esh', 'at', 'et', 'ath', 'az', 'ez', 'an', 'adh', 'ath',
]);

const DIACRITICS = /[\u0300-\u036f]/g;
const QUOTE_MARKS = /[\u2018\u2019\u02bf\u02be'`\u02bc]/g;

/** Lower-cased content parts of a name, articles removed (unless the name is only an article). */
export function nameParts(surface: string): string[] {
  const spaced = surface
    .replace(/([a-z\u00e0-\u024f])([A-Z])/g, '$1 $2') // DeirEzzor -> Deir Ezzor
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, '$1 $2'); // TRTWorld -> TRT World
  const raw = spaced
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replace(QUOTE_MARKS, '')
    .toLowerCase()
    .split(/[\s\-\u2010\u2011\u2013.]+/)
    .filter((p) => p.length > 0);
  const content = raw.filter((p) => !ARTICLES.has(p));
  return content.length > 0 ? content : raw;
}

/**
 * A spelling that may be a glued possessive (Assads, Raqqas: the copy lost its apostrophes): four
 * letters or more, the last a lower-case s.
 */
export function endsInS(spelling: string): boolean {
  return spelling.length > 3 && spelling.charCodeAt(spelling.length - 1) === 115;
}

/** True when the part, in lower case (a name unit's key), is an Arabic article on its own. */
export function isArticle(part: string): boolean {
  // every article is two or three letters and starts with a, e, i or u: most words are ruled out
  // before the lookup ("the", "of", "to")
  if (part.length < 2 || part.length > 3) return false;
  const c = part.charCodeAt(0);
  return (c === 97 || c === 101 || c === 105 || c === 117) && ARTICLES.has(part);
}

function isVowel(c: string | undefined): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

/** Fold one part: doubled letters, digraphs and vowel spellings. */
export function loosePart(part: string): string {
  // the nisba ending, -iyya, written -iyeh, -iya, -iyah, -ieh, -ia, -yeh, -eya (al-Jamiliyeh,
  // al-Jamilyeh, al-Jamilieh, al-Jamilia; Hammuriyeh, Hammouriya): one ending after the folded stem
  const nisba = NISBA.exec(part);
  const stem = nisba !== null && nisba.index >= 2 && /[aeiouy]/.test(part.slice(0, nisba.index)) ? part.slice(0, nisba.index) : part;
  // kh is its own consonant (Khalasa is not Kallaseh); it is written x here.
  let s = stem
    .replace(/kh/g, 'x')
    .replace(/q/g, 'k')
    .replace(/ck/g, 'k')
    .replace(/c/g, 'k')
    .replace(/dh/g, 'd')
    .replace(/ph/g, 'f')
    .replace(/gh/g, 'g');
  s = s.replace(/(.)\1+/g, '$1'); // Raqqa -> Raqa, Ezzor -> Ezor
  s = s
    .replace(/ou|oo|ow(?=[^aeiou]|$)/g, 'u')
    .replace(/ee|ei(?=[^aeiou]|$)|ey(?=[^aeiou]|$)|ie(?=[^aeiouy]|$)/g, 'i')
    .replace(/ay(?=[^aeiou]|$)/g, 'ai')
    .replace(/iy(?=[aeiou])/g, 'i')
    // the short u before w and a vowel, written or not: Suwaida and Sweida, Huweijet and Hweijet
    .replace(/uw(?=[aeiou])/g, 'w')
    .replace(/aa/g, 'a');
  if (s.length > 3 && s.endsWith('h') && isVowel(s[s.length - 2])) s = s.slice(0, -1); // Raqqah -> Raqqa
  if (stem !== part) s += 'iya';
  return s.replace(/(.)\1+/g, '$1');
}

/** A nisba ending: -iyeh, -iya, -iyah, -ieh, -ia, -yeh, -eya (see `loosePart`). */
const NISBA = /(?:[ei]?y|i)[ae]h?$/;

export function looseForm(parts: readonly string[]): string {
  return withAbdJoined(parts).map(loosePart).join(' ');
}

/**
 * "Servant of" and the article before one of God's names, written a dozen ways (Abdel Rahman,
 * Abdul-Rahman, Abd al-Rahman, Abdulrahman, Abdurrahman): one part, abdal + the name.
 */
function withAbdJoined(parts: readonly string[]): readonly string[] {
  if (!parts.some((p) => p.startsWith('abd'))) return parts;
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    const glued = ABD_GLUED.exec(p);
    if (ABD_ALONE.test(p) && i + 1 < parts.length) out.push('abdal' + parts[++i]);
    else if (glued) out.push('abdal' + glued[2]);
    else out.push(p);
  }
  return out;
}

/** Abd, Abdel, Abdul, Abdal, Abdu, Abdol alone (the article Abd al- loses is dropped by `nameParts`). */
const ABD_ALONE = /^abd(?:[aeuo]l|u)?$/;
/** Glued to the name: Abdelrahman, Abdulaziz; or with the article assimilated, Abdurrahman, Abdussalam. */
const ABD_GLUED = /^abd(?:[aeuo]l|u(?=([rsdntz])\1))(.{3,})$/;

export interface LooseName {
  loose: string;
  skeleton: string;
}

/**
 * The loose form and skeleton of a name as written, remembered (a pure function of the text; a
 * corpus repeats its names, and folding one is 20 regexes).
 */
export const looseNameOf = memoize((surface: string): LooseName => {
  const loose = looseForm(nameParts(surface));
  return { loose, skeleton: skeletonOf(loose) };
}, 50_000);

/** Consonant skeleton of a loose form: y and w count as consonants only before a vowel. */
export function skeletonOf(loose: string): string {
  let out = '';
  for (let i = 0; i < loose.length; i++) {
    const c = loose[i];
    if (c === ' ') continue;
    if (isVowel(c)) continue;
    if ((c === 'y' || c === 'w') && !isVowel(loose[i + 1])) continue;
    if (c === 'h' && i > 0 && !isVowel(loose[i + 1]) && i === loose.length - 1) continue;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}

/**
 * Alternative part lists with a glued article removed (Alwaer -> waer, alTabqa -> tabqa,
 * Alnouman -> nouman). Used to look up an existing bucket, never to create one.
 */
export function gluedArticleAlternatives(parts: readonly string[]): string[][] {
  const out: string[][] = [];
  parts.forEach((p, i) => {
    const m = /^(al|el)([bcdfghjklmnpqrstvwxyz][a-z]{3,})$/.exec(p);
    if (m && !/^(al|el)(l)/.test(p)) {
      const copy = parts.slice();
      copy[i] = m[2];
      out.push(copy);
    }
  });
  return out;
}

const CHEAP_VOWEL_PAIRS = new Set(['ae', 'ea', 'ie', 'ei', 'ou', 'uo', 'iy', 'yi', 'uw', 'wu']);

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if ((a === 'x' && b === 'h') || (a === 'h' && b === 'x')) return 0.6; // Khmeimim / Hmeimim
  const va = isVowel(a) || a === 'y' || a === 'w';
  const vb = isVowel(b) || b === 'y' || b === 'w';
  if (va && vb) return CHEAP_VOWEL_PAIRS.has(a + b) ? 0.3 : 0.6;
  if ((a === 's' && b === 'z') || (a === 'z' && b === 's')) return 0.8;
  if ((a === 't' && b === 'd') || (a === 'd' && b === 't')) return 0.9;
  return 2;
}

function indelCost(c: string): number {
  if (isVowel(c)) return 0.5;
  if (c === 'y' || c === 'w' || c === 'h' || c === "'") return 0.6;
  if (c === ' ') return 0.1;
  return 2;
}

/** Weighted edit distance between two loose forms (Damerau-free, small strings). */
export function spellingDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  let prev = new Float64Array(m + 1);
  let cur = new Float64Array(m + 1);
  for (let j = 1; j <= m; j++) prev[j] = prev[j - 1] + indelCost(b[j - 1]);
  for (let i = 1; i <= n; i++) {
    cur[0] = prev[0] + indelCost(a[i - 1]);
    for (let j = 1; j <= m; j++) {
      const sub = prev[j - 1] + substitutionCost(a[i - 1], b[j - 1]);
      const del = prev[j] + indelCost(a[i - 1]);
      const ins = cur[j - 1] + indelCost(b[j - 1]);
      cur[j] = Math.min(sub, del, ins);
    }
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[m];
}

/** The largest distance accepted between two spellings of one name, by the name's length. */
export function maxDistanceFor(skeletonLength: number): number {
  // Short names leave little room: Raqa/Raqqa and Daraa/Deraa pass, Deir/Daraa and Maan/Amman do not.
  if (skeletonLength <= 2) return 0.3;
  if (skeletonLength === 3) return 0.6;
  return 1.0;
}

/**
 * One name extends the other with an ending that makes a different word (a nisba or demonym:
 * Syria/Syrian, Iraq/Iraqi, Qalamoun/Qalamouni, Kurd/Kurdish; or a plural): not a variant.
 */
export function isDerivedForm(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!long.startsWith(short)) return false;
  const rest = long.slice(short.length);
  // a person's -i and a place's -iyeh (al Huseini, al-Husseiniyeh: loose "husini", "husiniya")
  if (rest === 'ya') return short.endsWith('i');
  return /^(i|y|n|an|ian|ish|s|es|is|iyun|iyin|un|in|ite|ites)$/.test(rest);
}

/** Case, hyphen and space differences only: the same letters in the same order (Al Bab, al-Bab). */
export function sameLetters(a: string, b: string): boolean {
  return a.toLowerCase().replace(SPACING, '') === b.toLowerCase().replace(SPACING, '');
}
const SPACING = /[\s\-\u2010\u2011\u2013]+/g;

/** Case, hyphen, space and article differences only. */
export function isOrthographicVariant(a: string, b: string): boolean {
  const strip = (s: string): string =>
    nameParts(s)
      .join('')
      .replace(/^(al|el)(?=[a-z]{4,})/, '');
  return strip(a) === strip(b);
}
