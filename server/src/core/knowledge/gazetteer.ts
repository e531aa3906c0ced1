/**
 * Finds the curated entities in a text: a trie over name-unit keys, longest match first, with an
 * optional Arabic article before a name (al-Tabqa is Tabqa), a glued article (Alwaer), an
 * apostrophe-less possessive (Raqqas = Raqqa's), and the guards that keep look-alikes out
 * (Us in "Contact Us", Tariq al-Bab is not al-Bab, IS in an all-caps headline).
 */
import { tokenize } from '../text/tokens';
import { buildUnits, isAllCaps, isArticleUnit, UNIT_ALLCAPS, UNIT_CAPITAL, UNIT_GLUED, UNIT_HYPHEN, UNIT_JOINED, type Units, type UnitSplice } from '../names/units';
import { isCommonWord, isTitle } from './lexicon';
import type { Entity, EntityForm } from './entities';

interface TrieNode {
  children: Map<string, TrieNode>;
  forms: EntityForm[];
}

/** A name `bestAt` found: its units (from the article before it, if any), trie node and reading. */
interface Candidate {
  first: number;
  last: number;
  node: TrieNode;
  possessive: boolean;
  viaArticle: boolean;
}

/** The longest name first; of two as long, the one without an article before it, then the one not read as a possessive. */
function longestFirst(a: Candidate, b: Candidate): number {
  return b.last - a.last || Number(a.viaArticle) - Number(b.viaArticle) || Number(a.possessive) - Number(b.possessive);
}

export interface GazetteerMatch {
  start: number;
  end: number;
  /** First and last unit (inclusive) of the match. */
  firstUnit: number;
  lastUnit: number;
  form: EntityForm;
  possessive: boolean;
  /** Written in capitals although the spelling is not an acronym (DAESH, BEIRUT). */
  caps: boolean;
  /** In an all-caps heading, dateline or credit. */
  heading: boolean;
}

const MEDIA_CUES = new Set([
  'tv', 'television', 'channel', 'network', 'broadcaster', 'reported', 'reporter', 'correspondent', 'told', 'quoted',
  'aired', 'broadcast', 'website', 'footage', 'interview', 'interviewed', 'comments', 'reports', 'reporting',
]);

/**
 * Unit u follows the unit before it across an apostrophe inside a name, which the units do not
 * join (a possessive is not part of the name before it): "People's Protection Units" (people ' s),
 * "Kurdistan Workers' Party" (workers ' party). Read only while walking a curated name.
 */
function joinedByApostrophe(text: string, units: Units, u: number): boolean {
  const at = units.end[u - 1];
  const c = text.charCodeAt(at);
  if (c !== 39 && c !== 0x2019) return false;
  const gap = units.start[u] - at;
  return gap === 1 ? units.key[u] === 's' : gap === 2 && text.charCodeAt(at + 1) === 32;
}

function newNode(): TrieNode {
  return { children: new Map(), forms: [] };
}

export class Gazetteer {
  private readonly root = newNode();
  readonly entities = new Map<string, Entity>();

  constructor(entities: Iterable<Entity>) {
    for (const e of entities) this.add(e);
  }

  add(entity: Entity): void {
    this.entities.set(entity.id, entity);
    for (const form of entity.forms) {
      const units = buildUnits(form.spelling, tokenize(form.spelling));
      if (units.count === 0) continue;
      this.insert(units.key, form);
      // The words of a name run together, as in capitals or a handle: DEIREZZOR, FOLLOW TRTWORLD.
      const glued = units.key.join('');
      if (units.count >= 2 && glued.length >= 6 && /^[a-z]+$/.test(glued)) this.insert([glued], form);
    }
  }

  private insert(keys: readonly string[], form: EntityForm): void {
    let node = this.root;
    for (const key of keys) {
      let next = node.children.get(key);
      if (!next) {
        next = newNode();
        node.children.set(key, next);
      }
      node = next;
    }
    if (!node.forms.includes(form)) node.forms.push(form);
  }

  /** True when the key sequence of a spelling is known (used by discovery to skip curated names). */
  knows(keys: readonly string[]): boolean {
    let node: TrieNode | undefined = this.root;
    for (const k of keys) {
      node = node.children.get(k);
      if (!node) return false;
    }
    return node.forms.length > 0;
  }

  match(text: string, units: Units): GazetteerMatch[] {
    const out: GazetteerMatch[] = [];
    let consumedUntil = -1; // last unit index covered by a match
    for (let i = 0; i < units.count; i++) {
      if (i <= consumedUntil) continue;
      const best = this.bestAt(text, units, i, consumedUntil);
      if (best) {
        out.push(best);
        consumedUntil = best.lastUnit;
      }
    }
    return out;
  }

  /**
   * `match` of spliced units (`spliceUnits`) from the old units' matches. The look for a name at
   * unit i reads units i-3 to three past the end of the run of joined units holding i, and the
   * last match's end: the matches found before the run holding unit `kept - 3` stand, the units
   * are searched again from there, and once the search is three units into the moved ones with no
   * match reaching back two units before it, in the new units or the old, the rest are the old
   * matches, moved. The result is what `match` gives (a unit test checks it).
   */
  matchSpliced(text: string, splice: UnitSplice, old: readonly GazetteerMatch[]): GazetteerMatch[] {
    const { units, kept, resumed, resumedFrom, delta } = splice;
    let from = Math.max(0, kept - 3);
    while (from > 0 && (units.flags[from] & UNIT_JOINED || joinedByApostrophe(text, units, from))) from--;
    const out: GazetteerMatch[] = [];
    let k = 0;
    for (; k < old.length && old[k].firstUnit < from; k++) out.push(old[k]);
    let consumedUntil = out.length > 0 ? out[out.length - 1].lastUnit : -1;
    const shift = resumed - resumedFrom;
    for (let i = from; i < units.count; i++) {
      if (i >= resumed + 3 && consumedUntil < i - 2) {
        // the old search at the same unit, and the last match before it
        while (k < old.length && old[k].firstUnit < i - shift) k++;
        const oldConsumed = k > 0 ? old[k - 1].lastUnit : -1;
        if (oldConsumed < i - shift - 2) {
          for (; k < old.length; k++) {
            const m = old[k];
            // written out, in bestAt's field order: a spread of each moved match was a twentieth of a keystroke's analysis
            out.push({ start: m.start + delta, end: m.end + delta, firstUnit: m.firstUnit + shift, lastUnit: m.lastUnit + shift, form: m.form, possessive: m.possessive, caps: m.caps, heading: m.heading });
          }
          return out;
        }
      }
      if (i <= consumedUntil) continue;
      const best = this.bestAt(text, units, i, consumedUntil);
      if (best) {
        out.push(best);
        consumedUntil = best.lastUnit;
      }
    }
    return out;
  }

  private bestAt(text: string, units: Units, i: number, consumedUntil: number): GazetteerMatch | null {
    const f = units.flags[i];
    const article = isArticleUnit(units, i);
    if (!(f & UNIT_CAPITAL) && !article) return null;
    if (f & UNIT_GLUED) return null;
    // the root's child for the first key, looked up once for the check and the walk
    const firstNode = this.root.children.get(units.key[i]);
    if (!article && !firstNode && !this.mayStartAt(units.key[i])) return null;
    const candidates = this.candidates;
    candidates.length = 0;
    this.walk(text, units, i, firstNode, i, false, undefined);
    if (article && isArticleBefore(units, i)) {
      this.walk(text, units, i, firstNode, i + 1, true, undefined);
    }
    if (candidates.length === 0) {
      // Glued article: Alwaer, Albab, Alnouman.
      const m = /^(al|el)([a-z]{3,})$/.exec(units.key[i]);
      if (m && f & UNIT_CAPITAL) this.walk(text, units, i, firstNode, i, false, m[2]);
    }
    if (candidates.length > 1) candidates.sort(longestFirst);
    for (const c of candidates) {
      const start = units.start[c.first];
      let end = units.end[c.last];
      if (c.possessive) end -= 1;
      const form = this.pickForm(text, units, c.first, c.last, c.node.forms, start, end);
      if (!form) continue;
      if (!this.passesGuards(units, c.first, c.last, form, consumedUntil)) continue;
      const heading = this.inHeading(units, c.first, c.last);
      const caps = !form.isAcronym && end - start > 2 && isAllCaps(text, start, end);
      return { start, end, firstUnit: c.first, lastUnit: c.last, form, possessive: c.possessive, caps, heading };
    }
    return null;
  }

  /** `bestAt`'s names found so far, reused from one call to the next (a list and a closure a call cost ~15% of the analysis's allocations). */
  private readonly candidates: Candidate[] = [];

  /** The names in the trie along the joined units from `from` (`bestAt`'s unit `i`, or the one after its article), into `candidates`. */
  private walk(text: string, units: Units, i: number, firstNode: TrieNode | undefined, from: number, viaArticle: boolean, firstKeyOverride: string | undefined): void {
    const candidates = this.candidates;
    let node: TrieNode | undefined = this.root;
    for (let j = from; j < units.count; j++) {
      if (j > from && !(units.flags[j] & UNIT_JOINED) && !joinedByApostrophe(text, units, j)) break;
      const key = j === from && firstKeyOverride !== undefined ? firstKeyOverride : units.key[j];
      const next: TrieNode | undefined = j === i && firstKeyOverride === undefined ? firstNode : node.children.get(key);
      // Apostrophe-less possessive: Raqqas, Assads, ISILs (only as the last unit).
      if (key.length > 3 && key.endsWith('s')) {
        const bare = node.children.get(key.slice(0, -1));
        if (bare && bare.forms.length > 0 && !(next && next.forms.length > 0)) {
          const nextUnit = j + 1 < units.count && units.flags[j + 1] & UNIT_JOINED && !(units.flags[j + 1] & UNIT_GLUED);
          if (!nextUnit || !bare.children.has(units.key[j + 1])) {
            candidates.push({ first: viaArticle ? from - 1 : from, last: j, node: bare, possessive: true, viaArticle });
          }
        }
      }
      if (!next) break;
      node = next;
      if (node.forms.length > 0) candidates.push({ first: viaArticle ? from - 1 : from, last: j, node, possessive: false, viaArticle });
    }
  }

  /**
   * Whether a name that does not start with this key (not a child of the root) may still start
   * here: its possessive (Raqqas) or a glued article (Albab). Most capitalised words are neither,
   * and are ruled out before the walk.
   */
  private mayStartAt(key: string): boolean {
    const children = this.root.children;
    if (key.length > 3 && key.endsWith('s') && children.has(key.slice(0, -1))) return true;
    return key.startsWith('al') || key.startsWith('el');
  }

  /** Chooses among the forms ending at one trie node: case rules, then context for shared spellings. */
  private pickForm(
    text: string,
    units: Units,
    first: number,
    last: number,
    forms: readonly EntityForm[],
    start: number,
    end: number,
  ): EntityForm | null {
    const raw = text.slice(start, end);
    // Acronyms match in capitals only ("Sana" is a name, "Us" a word); a listed mixed-case
    // spelling (Isis, Nato) is a form of its own. Most nodes hold no acronym: nothing to filter.
    const ok = forms.some((form) => form.isAcronym) && !isAllCaps(text, start, end) ? forms.filter((form) => !form.isAcronym) : forms;
    if (ok.length === 0) return null;
    if (ok.length === 1) {
      return ok[0].entityId && this.entities.get(ok[0].entityId)?.contextual && !this.hasMediaCue(units, first, last) ? null : ok[0];
    }
    const entityIds = new Set(ok.map((x) => x.entityId));
    if (entityIds.size > 1) {
      const media = this.hasMediaCue(units, first, last);
      const preferred = ok.filter((x) => Boolean(this.entities.get(x.entityId)?.contextual) === media);
      if (preferred.length > 0) return this.closestSpelling(preferred, raw);
    }
    return this.closestSpelling(ok, raw);
  }

  private closestSpelling(forms: readonly EntityForm[], raw: string): EntityForm {
    return forms.find((x) => x.spelling === raw) ?? forms.find((x) => x.spelling.toLowerCase() === raw.toLowerCase()) ?? forms[0];
  }

  private hasMediaCue(units: Units, first: number, last: number): boolean {
    for (let k = Math.max(0, first - 3); k < Math.min(units.count, last + 4); k++) {
      if (k >= first && k <= last) continue;
      if (MEDIA_CUES.has(units.key[k])) return true;
    }
    return false;
  }

  private passesGuards(units: Units, first: number, last: number, form: EntityForm, consumedUntil: number): boolean {
    const prev = first - 1;
    const next = last + 1;
    const prevJoined = first > 0 && (units.flags[first] & UNIT_JOINED) !== 0 && prev > consumedUntil;
    const nextJoined = next < units.count && (units.flags[next] & UNIT_JOINED) !== 0;
    const isNameWord = (k: number): boolean =>
      (units.flags[k] & UNIT_CAPITAL) !== 0 && !isCommonWord(units.key[k]) && !isTitle(units.key[k]);
    // An acronym inside an all-caps headline ("WHAT IS NEXT", "US TROOPS") is a word, not a name.
    if (form.isAcronym) {
      const capsWord = (k: number): boolean =>
        k >= 0 && k < units.count && (units.flags[k] & UNIT_ALLCAPS) !== 0 && isCommonWord(units.key[k]);
      if (capsWord(prev) || capsWord(next)) return false;
    }
    // A surname alone must stand alone: "Abu Abdul Rahman al-Madani" is someone else.
    if (form.role === 'surname') {
      if (prevJoined && isNameWord(prev)) return false;
      if (nextJoined && (isNameWord(next) || (isArticleUnit(units, next) && next + 1 < units.count && isNameWord(next + 1)))) return false;
    }
    // A camelCase word is one name: DamascusUnderAttack does not mention Damascus.
    if (next < units.count && units.flags[next] & UNIT_GLUED) return false;
    // A name that starts with an article and follows a capitalised name word is the tail of a longer
    // name: Tariq al-Bab is not al-Bab, Qaryat al-Ansari is not al-Ansari (also glued: Tareeq Albab).
    if ((isArticleUnit(units, first) || /^(al|el)[a-z]{3,}$/.test(units.key[first])) && prevJoined && isNameWord(prev)) {
      return false;
    }
    // The same when the match leaves the article out: al-Khulafaa al-Rashideen (a mosque) is not Rashidin.
    if (prevJoined && isArticleUnit(units, prev) && prev - 1 > consumedUntil && units.flags[prev] & UNIT_JOINED && isNameWord(prev - 1)) {
      return false;
    }
    // "Salah al-Din" followed by "Al Shishani" is a person's name, not the Aleppo district: a place
    // name built like a person's (with an inner article) does not take a further unknown "al-X".
    if (form.role !== 'surname' && /\S[ -](al|el|ad|ed)[ -]\S/i.test(form.spelling) && nextJoined && isArticleUnit(units, next)) {
      const after = next + 1;
      if (after < units.count && (units.flags[after] & UNIT_JOINED) !== 0 && isNameWord(after) && !this.root.children.has(units.key[after])) {
        return false;
      }
    }
    return true;
  }

  /** A heading, dateline or credit in capitals: most of the neighbouring words are all caps. */
  private inHeading(units: Units, first: number, last: number): boolean {
    let caps = 0;
    let words = 0;
    for (let k = Math.max(0, first - 3); k < Math.min(units.count, last + 4); k++) {
      if (k >= first && k <= last) continue;
      words++;
      if (units.flags[k] & UNIT_ALLCAPS) caps++;
    }
    const self = units.flags[first] & UNIT_ALLCAPS;
    return self !== 0 && (words === 0 || caps * 2 >= words);
  }
}

/**
 * An Arabic article before a capitalised name: al/el joined by a space or hyphen (al-Tabqa,
 * Al Tabqa), the other articles only with a hyphen (an-Nusra, ash-Sham) since "An", "As" and
 * "At" are English words too.
 */
export function isArticleBefore(units: Units, i: number): boolean {
  const next = i + 1;
  if (next >= units.count || !(units.flags[next] & UNIT_JOINED) || !(units.flags[next] & UNIT_CAPITAL)) return false;
  if (units.flags[next] & UNIT_GLUED) return units.key[i] === 'al' || units.key[i] === 'el';
  const key = units.key[i];
  return key === 'al' || key === 'el' || (units.flags[next] & UNIT_HYPHEN) !== 0;
}

