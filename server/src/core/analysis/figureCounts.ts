/**
 * What a count counts, read from the words around it: the outcome (killed, wounded, captured,
 * displaced, strength; casualties, the dead and the hurt together) of the nearest outcome word in
 * its clause, the class of the counted noun (people, children, women, fighters, workers,
 * evacuees), and how it stands to the counts beside it: added on top of one ("another 24"),
 * counted among a total ("four children are among the 28 dead"), or a toll its sentence says was
 * replaced ("its earlier toll of 15"). `figures.ts` makes the figure records.
 */
import { isNumberWord, numberWordValue } from '../text/quantities';
import { lowerToken, TokenKind, type Tokens } from '../text/tokens';

/** Each of the space-separated words gets the tag. */
function tagWords(map: Map<string, string>, tag: string, words: string): void {
  for (const w of words.split(' ')) map.set(w, tag);
}

/** Outcome of each outcome word (a Map: any word of the text is looked up, "constructor" too). */
export const OUTCOMES = new Map<string, string>();
const addOutcome = (outcome: string, words: string): void => tagWords(OUTCOMES, outcome, words);
addOutcome('killed', 'killed kill killing kills dead died die dying deaths death toll life lives martyrs martyred perished slain massacred executed bodies fatalities victims');
addOutcome('wounded', 'wounded wounding injured injuring injuries injures hurt harm harmed');
addOutcome('captured', 'captured arrested detained abducted kidnapped');
addOutcome('displaced', 'displaced evacuated fled evacuation evacuees refugees');
addOutcome('strength', 'defend defends defended defending holed deployed stationed garrisoned');

/** Class of each counted noun (a Map, as OUTCOMES). */
const CLASSES = new Map<string, string>();
const addClass = (cls: string, words: string): void => tagWords(CLASSES, cls, words);
addClass('people', 'people persons person civilians civilian residents individuals victims others dead bodies lives souls citizens villagers patients worshippers pilgrims passengers casualties');
// rescuers, medics, aid workers and reporters are most often some of a toll, not all of it
addClass('workers', 'volunteers workers staff doctors medics nurses paramedics rescuers journalists reporters teachers');
addClass('children', 'children child kids minors boys girls babies infants');
addClass('women', 'women');
addClass('fighters', 'fighters militants jihadists jihadis islamists terrorists rebels loyalists militiamen insurgents gunmen attackers assailants combatants commanders members soldiers troops servicemen officers personnel policemen guards recruits mercenaries extremists');
addClass('evacuees', 'evacuees refugees displaced');

/** Verbs of those who speak: "two residents said". */
export const SPEAKS: ReadonlySet<string> = new Set(['said', 'say', 'says', 'told', 'tell', 'reported', 'added']);
/** Words that end the search for a counted noun after a number. */
export const STOP_AFTER = new Set(['and', 'or', 'but', 'in', 'on', 'at', 'from', 'by', 'with', 'since', 'after', 'before', 'during', 'while', 'as', 'to', 'for', 'that', 'which', 'who']);

/** Marks that end a clause. */
const CLAUSE_END = ',;:.()';

/** Token k is a mark that ends a clause. */
export function endsClause(text: string, tokens: Tokens, k: number): boolean {
  return tokens.kind[k] === TokenKind.Punct && CLAUSE_END.includes(text[tokens.start[k]]);
}

/** The lower-case word at token i, '' for none (a number, a mark, out of range). */
export function word(text: string, tokens: Tokens, i: number): string {
  return i >= 0 && i < tokens.count && tokens.kind[i] === TokenKind.Word ? lowerToken(text, tokens, i) : '';
}

/** Words before "toll of N" that make N a replaced toll: "its earlier death toll of 15". */
const FORMER = new Set(['earlier', 'previous', 'initial', 'original', 'former', 'old']);

/**
 * "updated its earlier death toll of 15", "a previous toll of 22", "The previous death toll was
 * 20", "up from 15", "had earlier reported 12 dead": a toll replaced since.
 */
export function isSuperseded(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  if (firstToken - 2 >= sFirst && word(text, tokens, firstToken - 1) === 'from' && word(text, tokens, firstToken - 2) === 'up') return true;
  // "The watchdog had earlier reported 12 dead", "it initially put the toll at 22"
  for (let k = firstToken - 1; k >= Math.max(sFirst + 1, firstToken - 5); k--) {
    if (EARLIER_REPORTED.has(word(text, tokens, k)) && FORMERLY.has(word(text, tokens, k - 1))) return true;
  }
  let k = firstToken - 1;
  const before = word(text, tokens, k);
  // "a toll of 15", "put the toll at 22"; "the previous death toll was 20", "... stood at 20"
  if (before === 'at' && word(text, tokens, k - 1) === 'stood') k -= 2;
  else if (before === 'of' || before === 'at' || before === 'was') k--;
  else return false;
  if (!TOLL_NOUNS.has(word(text, tokens, k))) return false;
  k--;
  if (word(text, tokens, k) === 'death' || word(text, tokens, k) === 'casualty') k--;
  return k >= sFirst && FORMER.has(word(text, tokens, k));
}
const TOLL_NOUNS = new Set(['toll', 'tally', 'figure', 'count', 'estimate']);
/** Verbs of a toll reported, and the adverbs that put the report before a later one. */
const EARLIER_REPORTED = new Set(['reported', 'put', 'gave', 'given', 'counted', 'recorded', 'documented']);
const FORMERLY = new Set(['earlier', 'initially', 'previously', 'originally']);

/** Words before a number that add it to another count: "another 24", "a further 12". */
const ADDED_BEFORE = new Set(['another', 'further', 'additional']);
/** Words right after a number that do: "24 other people", "16 others", "six more". */
export const ADDED_AFTER: ReadonlySet<string> = new Set(['other', 'others', 'more']);

/**
 * Whether a count is worded as one on top of another: "another 24 were killed", "24 other
 * people", "the 16 others", "six more", or with "also" next to it ("six people were also killed",
 * "also killed six"). Whether it adds to a count of the same measure just before it is the
 * article's to say (`part`).
 */
export function isAdded(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number, sLast: number): boolean {
  if (ADDED_BEFORE.has(word(text, tokens, firstToken - 1)) || ADDED_AFTER.has(word(text, tokens, lastToken + 1))) return true;
  for (let k = Math.max(sFirst, firstToken - 3); k < Math.min(sLast, lastToken + 5); k++) {
    if (k >= firstToken && k <= lastToken) continue;
    if (word(text, tokens, k) === 'also') return true;
  }
  return false;
}

/** Words after "N of" that make N some of a number counted whole: "14 of the fighters", "seven of them". */
const PARTITIVE: ReadonlySet<string> = new Set(['the', 'them', 'these', 'those', 'whom']);

/**
 * Whether a count is stated as part of a total: some "of the" ones counted ("Fourteen of the
 * fighters"), or "among" a few words after it ("four children are among the 28 dead", "31
 * civilians were identified among those killed"); not "among them", which opens the part of the
 * count before it ("killed 12 people, among them three children").
 */
export function isAmong(text: string, tokens: Tokens, lastToken: number, sLast: number): boolean {
  // "Fourteen of the IS group fighters were killed", "seven of them children": some of a number
  // the article counts whole
  if (lastToken + 2 < sLast && word(text, tokens, lastToken + 1) === 'of' && PARTITIVE.has(word(text, tokens, lastToken + 2))) return true;
  for (let k = lastToken + 1; k < Math.min(sLast, lastToken + 5); k++) {
    if (word(text, tokens, k) !== 'among') continue;
    const next = word(text, tokens, k + 1);
    return next !== 'them' && next !== 'whom';
  }
  return false;
}

/**
 * Whether the count is of bodies ("five bodies were lifted from the rubble", "18 bodies pulled from
 * flattened buildings", "saw the bodies of four children"): the dead found or seen so far, a floor
 * of the toll rather than all of it.
 */
export function isBodyCount(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number): boolean {
  if (word(text, tokens, lastToken + 1) === 'bodies') return true;
  return firstToken - 2 >= sFirst && word(text, tokens, firstToken - 1) === 'of' && word(text, tokens, firstToken - 2) === 'bodies';
}

/** Words of kin and homes: "the wives of five fighters" counts the fighters, not those the sentence tells of. */
export const KIN: ReadonlySet<string> = new Set(['wives', 'husbands', 'widows', 'families', 'relatives', 'parents', 'mothers', 'fathers', 'sons', 'daughters', 'homes', 'houses']);

/**
 * Whether the count names whose kin or homes the sentence tells of ("The wives of the five alleged
 * rebel fighters were also among the dead", "the families of 13 soldiers"): it counts no one the
 * outcome befell.
 */
export function isKinOf(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  let k = firstToken - 1;
  if (word(text, tokens, k) === 'the') k--;
  return k - 1 >= sFirst && word(text, tokens, k) === 'of' && KIN.has(word(text, tokens, k - 1));
}

/** Whether the count follows "as well as": it joins the count before it ("killed five ... as well as six"). */
export function asWellAs(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  return firstToken - 3 >= sFirst && word(text, tokens, firstToken - 1) === 'as' && word(text, tokens, firstToken - 2) === 'well' && word(text, tokens, firstToken - 3) === 'as';
}

const BE: ReadonlySet<string> = new Set(['was', 'were', 'is', 'are']);

/**
 * Whether the count follows "among ... was/were": the part its sentence names among a total
 * ("Among the dead were 22 children", "among the 23 killed was a family of 10", "killed 12
 * people, among them were three children").
 */
export function afterAmong(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  let verb = false;
  for (let k = firstToken - 1; k >= Math.max(sFirst, firstToken - 8); k--) {
    const w = word(text, tokens, k);
    if (BE.has(w)) verb = true;
    else if (w === 'among') return verb;
  }
  return false;
}

/**
 * The count opens a breakdown by place: "150 bodies were counted in Hammouriya 100 in Kfar Batna
 * 67 in Saqba": the first of several counts "in" a place, each a part of a total.
 */
export function opensBreakdown(text: string, tokens: Tokens, lastToken: number, sLast: number): boolean {
  let k = lastToken + 1;
  const end = Math.min(sLast, lastToken + 8);
  while (k < end && word(text, tokens, k) !== 'in') k++;
  if (k >= end) return false;
  // past the place's name (up to four words) to the next count and its "in"
  for (let n = k + 2; n < Math.min(sLast, k + 6); n++) {
    if (tokens.kind[n] === TokenKind.Number) return word(text, tokens, n + 1) === 'in';
    if (tokens.kind[n] !== TokenKind.Word) return false;
  }
  return false;
}

/**
 * The count follows "along with", "together with" or "alongside": those killed beside someone
 * ("He was killed along with two other people": three died), a part of the toll.
 */
export function isBeside(text: string, tokens: Tokens, firstToken: number, sFirst: number): boolean {
  const before = word(text, tokens, firstToken - 1);
  if (before === 'alongside') return firstToken - 1 >= sFirst;
  if (before !== 'with' || firstToken - 2 < sFirst) return false;
  const w = word(text, tokens, firstToken - 2);
  return w === 'along' || w === 'together';
}

/** Words of a part listed before another: "a child and", "a woman and her". */
const LISTED = new Set(['a', 'an', 'one', 'and', 'her', 'his', 'their']);

/** The count follows "including", "includes" or "among them", or a part listed after them: a part of the count before it. */
export function isIncluded(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number): boolean {
  // past the parts listed before it: "among them a child and two women", "including a woman and
  // her four children" (not "including a child and 37 others were injured")
  let k = ADDED_AFTER.has(word(text, tokens, lastToken + 1)) ? firstToken : firstToken - 1;
  while (k > sFirst && k > firstToken - 6 && (LISTED.has(word(text, tokens, k)) || CLASSES.has(word(text, tokens, k)))) k--;
  if (k < firstToken - 1 && word(text, tokens, firstToken - 1) === 'and') firstToken = k + 1;
  const before = word(text, tokens, firstToken - 1);
  if (before === 'including' || before === 'includes' || before === 'included') return firstToken - 1 >= sFirst;
  return firstToken - 2 >= sFirst && (before === 'them' || before === 'whom') && word(text, tokens, firstToken - 2) === 'among';
}

/** Words before a count that refer back to it: "the 10 civilians killed on the bus". */
const REFERRING: ReadonlySet<string> = new Set(['the', 'these', 'those']);

/** The count follows "the", "these" or "those": one the article stated before (see `part`). */
export function isReferred(text: string, tokens: Tokens, firstToken: number): boolean {
  return REFERRING.has(word(text, tokens, firstToken - 1));
}

/** The class of what follows the number: "2,500 ISIS fighters", "11 children", "400 others". */
export function countedClass(text: string, tokens: Tokens, lastToken: number, end: number): string | null {
  for (let k = lastToken + 1; k < Math.min(end, lastToken + 6); k++) {
    if (tokens.kind[k] === TokenKind.Number) return null;
    if (tokens.kind[k] === TokenKind.Punct) {
      const c = text[tokens.start[k]];
      if (c === '[' || c === ']' || c === '-' || c === '(' || c === ')') continue;
      return null;
    }
    const w = word(text, tokens, k);
    const cls = CLASSES.get(w);
    // "11 children under the age of eight", "11 children at ages below 8": some of the children
    if (cls === 'children' && ageBounded(text, tokens, k + 1)) return 'young children';
    if (cls) return cls;
    // "kill 11 including children", "has risen to 21 including three children": the part's class, not the count's
    if (STOP_AFTER.has(w) || OUTCOMES.get(w) || w === 'including') return null;
  }
  return null;
}

/**
 * The class a toll before the count names: "bringing the number of children killed to 20",
 * "put the number of civilians dead at 45" (a count with no noun after it). Null when the words
 * before it name none: "the number of refugees to 5 million" names no outcome.
 */
export function countedBefore(text: string, tokens: Tokens, firstToken: number, sFirst: number): string | null {
  for (let k = firstToken - 3; k >= Math.max(sFirst + 1, firstToken - 8); k--) {
    if (word(text, tokens, k - 1) !== 'of' || word(text, tokens, k - 2) !== 'number') continue;
    const cls = CLASSES.get(word(text, tokens, k));
    return cls && OUTCOMES.get(word(text, tokens, k + 1)) ? cls : null;
  }
  return null;
}

/**
 * Whether the words from token `k` bound an age below childhood's end ("under the age of eight",
 * "at ages below 8", "aged under 10", "younger than five"): the counted are some of their class,
 * not all of it ("children under 18" are all of it, "children under the rubble" no age).
 */
function ageBounded(text: string, tokens: Tokens, k: number): boolean {
  let w = word(text, tokens, k);
  if (w === 'at' || w === 'aged') w = word(text, tokens, ++k);
  if (w === 'ages' || w === 'age') w = word(text, tokens, ++k);
  if (w === 'younger' || w === 'less') {
    if (word(text, tokens, k + 1) !== 'than') return false;
    k++;
  } else if (w !== 'under' && w !== 'below') return false;
  k++;
  // "under the age of eight"
  if (word(text, tokens, k) === 'the' && word(text, tokens, k + 1) === 'age' && word(text, tokens, k + 2) === 'of') k += 3;
  const age = tokens.kind[k] === TokenKind.Number ? Number(text.slice(tokens.start[k], tokens.end[k])) : numberWordValue(word(text, tokens, k));
  return age !== undefined && age > 0 && age < CHILDHOOD_ENDS;
}
/** An age bound at or above this is childhood's own ("children under 18"). */
const CHILDHOOD_ENDS = 15;

/** Words that start another clause: an outcome word past one is read as that clause's. */
const CLAUSE_BREAKS = new Set(['and', 'while', 'but', 'whereas']);
/** Auxiliaries of a passive outcome verb after a count ("25 others ... were wounded"). */
const PASSIVE_AUX: ReadonlySet<string> = new Set(['was', 'were', 'been']);
/** How much farther an outcome word past a clause break reads. */
const BREAK_PENALTY = 3;

/**
 * The outcome word nearest the number in its clause: "killed 43 people", "people were wounded";
 * one past "and" reads as farther ("two were killed and three others were injured": the three
 * were injured; "the lives of two persons and injured three": the two were killed).
 */
export function nearestOutcome(text: string, tokens: Tokens, firstToken: number, lastToken: number, sFirst: number, sLast: number): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  // "killed 43 people" reads backwards; "43 people were killed" forwards (slightly preferred)
  let penalty = 0;
  for (let k = firstToken - 1; k >= Math.max(sFirst, firstToken - 6); k--) {
    const w = word(text, tokens, k);
    const outcome = OUTCOMES.get(w);
    if (outcome) {
      // "the lives of 15 people": "of" binds the number to its noun as closely as "killing 15"
      const distance = (k === firstToken - 2 && word(text, tokens, k + 1) === 'of' ? 1.5 : firstToken - k + 0.5) + penalty;
      if (distance < bestDistance) {
        bestDistance = distance;
        best = outcome;
      }
    } else if (CLAUSE_BREAKS.has(w)) penalty = BREAK_PENALTY;
  }
  penalty = 0;
  for (let k = lastToken + 1; k < Math.min(sLast, lastToken + 8); k++) {
    const w = word(text, tokens, k);
    const outcome = OUTCOMES.get(w);
    // "Kills Five Injures Seven", "killing 3 and injuring 7": an active verb with a count of its
    // own after it is that count's ("were killed 25 were wounded", "7 dead 20 wounded" are not)
    if (outcome && !(ACTIVE.has(w) && countFollows(text, tokens, k + 1))) {
      // ("a woman was killed and 25 others on a bus were wounded": the count's own passive verb)
      const distance = k - lastToken + penalty - (PASSIVE_AUX.has(word(text, tokens, k - 1)) ? 2 : 0);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = outcome;
      }
    } else if (CLAUSE_BREAKS.has(w)) penalty = BREAK_PENALTY;
  }
  return best;
}

const TREATED: ReadonlySet<string> = new Set(['treatment', 'treated', 'hospitalised', 'hospitalized']);
/** Verbs of a hospital taking in the living: "received three victims". */
const ADMITTED: ReadonlySet<string> = new Set(['received', 'receiving', 'admitted', 'treated', 'treating']);

/**
 * "Fifteen victims ... were brought to Turkey for treatment", "his hospital received three
 * victims": victims whose clause says they were treated are the hurt, not the dead ("victims"
 * alone reads as the dead).
 */
export function treatedVictims(text: string, tokens: Tokens, firstToken: number, lastToken: number, sLast: number): boolean {
  if (word(text, tokens, lastToken + 1) !== 'victims') return false;
  if (ADMITTED.has(word(text, tokens, firstToken - 1))) return true;
  for (let k = lastToken + 2; k < Math.min(sLast, lastToken + 16); k++) {
    const w = word(text, tokens, k);
    if (TREATED.has(w)) return true;
    if (OUTCOMES.has(w) || w === 'while' || w === 'but') return false;
  }
  return false;
}

/** Outcome verbs in their active present forms, which take the count after them as their object. */
const ACTIVE: ReadonlySet<string> = new Set(['kill', 'kills', 'killing', 'injure', 'injures', 'injuring', 'wound', 'wounds', 'wounding']);

/** Whether a number starts at token k ("injuring 7", "Injures Seven"). */
function countFollows(text: string, tokens: Tokens, k: number): boolean {
  return k < tokens.count && (tokens.kind[k] === TokenKind.Number || isNumberWord(word(text, tokens, k)));
}

/** A death word and an injury word joined by "and" or "or", at k and k + 2. */
function deadAndHurt(text: string, tokens: Tokens, k: number): boolean {
  const a = OUTCOMES.get(word(text, tokens, k));
  const b = OUTCOMES.get(word(text, tokens, k + 2));
  const joiner = word(text, tokens, k + 1);
  return (joiner === 'and' || joiner === 'or') && ((a === 'killed' && b === 'wounded') || (a === 'wounded' && b === 'killed'));
}

/**
 * The number counts the dead and the hurt together: "killed and injured five civilians", "five
 * people were killed or wounded", "19 dead and wounded" (its measure, casualties, is compared with no toll).
 */
export function bothOutcomes(text: string, tokens: Tokens, firstToken: number, lastToken: number, sLast: number): boolean {
  if (firstToken >= 3 && deadAndHurt(text, tokens, firstToken - 3)) return true;
  // "several dozen dead and wounded"
  if (lastToken + 3 < sLast && deadAndHurt(text, tokens, lastToken + 1)) return true;
  // past the counted noun and an auxiliary or two: "five civilians were killed or wounded"
  let k = lastToken + 1;
  if (CLASSES.has(word(text, tokens, k))) k++;
  while (k < sLast && k <= lastToken + 4 && (word(text, tokens, k) === 'were' || word(text, tokens, k) === 'have' || word(text, tokens, k) === 'been' || word(text, tokens, k) === 'was')) k++;
  return k + 2 < sLast && deadAndHurt(text, tokens, k);
}

/**
 * Without a counted noun the outcome must touch the number: "19 dead", "200 injured", "25 were
 * wounded", "killed 19", "wounded 300"; or the sentence is about a toll: "the death toll ...
 * reached 126", "has risen to 86", "put the death toll at 58".
 */
export function adjacentOutcome(text: string, tokens: Tokens, firstToken: number, lastToken: number, tollSentence: boolean): string | null {
  const next = word(text, tokens, lastToken + 1);
  // "killed 25 were wounded" (a comma lost): the count's own passive verb wins over the word before it
  const after = OUTCOMES.get(PASSIVE_AUX.has(next) ? word(text, tokens, lastToken + 2) : next);
  // (not "Kills Five Injures Seven": the verb's own count follows it)
  if ((after === 'killed' || after === 'wounded') && !(ACTIVE.has(next) && countFollows(text, tokens, lastToken + 2))) return after;
  const before = word(text, tokens, firstToken - 1);
  const b = OUTCOMES.get(before);
  if (b === 'killed' || b === 'wounded') return b;
  if (tollSentence && ['at', 'to', 'reached', 'was', 'is', 'of', 'hit', 'stood'].includes(before)) return 'killed';
  return null;
}

/**
 * Whether the sentence names the other outcome before the count at `firstToken` ("one civilian
 * was killed and nine others injured", "killing a woman and injuring three others"): its others
 * are others than those, a whole count of its own.
 */
export function otherOutcomeBefore(text: string, tokens: Tokens, sFirst: number, firstToken: number, outcome: string): boolean {
  for (let k = sFirst; k < firstToken; k++) {
    const o = OUTCOMES.get(word(text, tokens, k));
    if ((o === 'killed' || o === 'wounded') && o !== outcome) return true;
  }
  return false;
}

/** The sentence's first outcome word: "The death toll ... has risen to 86". */
export function firstOutcome(text: string, tokens: Tokens, sFirst: number, sLast: number): string | null {
  for (let k = sFirst; k < sLast; k++) {
    const outcome = OUTCOMES.get(word(text, tokens, k));
    if (outcome === 'killed' || outcome === 'wounded') return outcome;
  }
  return null;
}
