/**
 * Everything the analysis knows before it reads a corpus: the curated entities (plus those a
 * user adds in the configuration), their gazetteer, a skeleton index to tie unknown spellings to
 * them, and the look-alikes that must never be merged.
 */
import { CURATED_ENTITIES, CURATED_FALSE_FRIENDS, compileEntity, type Entity, type EntityForm, type EntitySpec } from './entities';
import { Gazetteer } from './gazetteer';
import { isDerivedForm, looseForm, maxDistanceFor, nameParts, skeletonOf, spellingDistance } from '../names/translit';
import { fnv1a } from '../text/hash';

interface SkeletonEntry {
  form: EntityForm;
  loose: string;
  /** The curated spelling starts with an article (al-Bab): a bare "Bab" is something else. */
  article: boolean;
}

const VOWEL_START = /^[aeiou]/;

export class Knowledge {
  readonly gazetteer: Gazetteer;
  readonly entities: ReadonlyMap<string, Entity>;
  /** Changes whenever the entity data changes: part of every cache key. */
  readonly fingerprint: string;
  private readonly bySkeleton = new Map<string, SkeletonEntry[]>();
  /** For a curated spelling (loose form), the look-alikes that are another place or person (both ways). */
  private readonly falseFriendsOf = new Map<string, string[]>();
  /** closestCurated() answers, by its arguments: names repeat across articles and edits. */
  private readonly closest = new Map<string, EntityForm | null>();

  private static defaultInstance: Knowledge | undefined;

  static default(): Knowledge {
    if (!Knowledge.defaultInstance) Knowledge.defaultInstance = new Knowledge([]);
    return Knowledge.defaultInstance;
  }

  constructor(extra: readonly EntitySpec[]) {
    const specs = [...CURATED_ENTITIES, ...extra];
    const compiled = specs.map(compileEntity);
    this.gazetteer = new Gazetteer(compiled);
    this.entities = this.gazetteer.entities;
    for (const e of compiled) {
      for (const form of e.forms) {
        if (form.role !== 'form' && form.role !== 'expansion' && form.role !== 'surname') continue;
        if (form.isAcronym) continue;
        const loose = looseForm(nameParts(form.spelling));
        const sk = skeletonOf(loose);
        if (sk.length < 2) continue;
        let list = this.bySkeleton.get(sk);
        if (!list) this.bySkeleton.set(sk, (list = []));
        list.push({ form, loose, article: /^(al|el|an|ar|as|ash|ad|az|at)[- ]/i.test(form.spelling) });
      }
    }
    for (const [a, b] of CURATED_FALSE_FRIENDS) {
      const la = looseForm(nameParts(a));
      const lb = looseForm(nameParts(b));
      for (const [mine, theirs] of [[la, lb], [lb, la]]) {
        const list = this.falseFriendsOf.get(theirs) ?? [];
        list.push(mine);
        this.falseFriendsOf.set(theirs, list);
      }
    }
    this.fingerprint = fnv1a(JSON.stringify(specs) + JSON.stringify(CURATED_FALSE_FRIENDS));
  }

  isFalseFriend(looseA: string, looseB: string): boolean {
    return this.falseFriendsOf.get(looseB)?.includes(looseA) ?? false;
  }

  /** Two spellings may name one thing: close under transliteration, not derived, not false friends. */
  sameName(looseA: string, looseB: string, skeleton: string): boolean {
    if (looseA === looseB) return true;
    if (this.isFalseFriend(looseA, looseB)) return false;
    const a = looseA.replace(/ /g, '');
    const b = looseB.replace(/ /g, '');
    if (isDerivedForm(a, b)) return false;
    // Spellings of one name differ by a letter or two, not by a syllable (Suleiman / Sulaymaniyah).
    if (Math.abs(a.length - b.length) > 2) return false;
    // A name that starts with a vowel (an Arabic hamza or ayn) is another word than one that
    // starts with a consonant: Ashara is not al-Shaara, al-Ashrafiyeh not al-Shrafiyeh.
    if (VOWEL_START.test(a) !== VOWEL_START.test(b)) return false;
    return spellingDistance(looseA, looseB) <= maxDistanceFor(skeleton.length);
  }

  /**
   * The curated form an unknown spelling transliterates, if exactly one entity is close enough.
   * Person names attach only to people, other names only to places and organisations.
   */
  closestCurated(loose: string, skeleton: string, person: boolean, hasArticle: boolean, region?: string): EntityForm | null {
    const list = this.bySkeleton.get(skeleton);
    if (!list) return null;
    const key = `${loose}|${skeleton}|${person ? 1 : 0}${hasArticle ? 1 : 0}|${region ?? ''}`;
    let found = this.closest.get(key);
    if (found === undefined) {
      // bounded: a long session of typing makes new misspellings without end
      if (this.closest.size >= 50_000) this.closest.clear();
      found = this.findClosest(list, loose, skeleton, person, hasArticle, region);
      this.closest.set(key, found);
    }
    return found;
  }

  private findClosest(list: readonly SkeletonEntry[], loose: string, skeleton: string, person: boolean, hasArticle: boolean, region?: string): EntityForm | null {
    let best: EntityForm | null = null;
    let bestDistance = Infinity;
    const entities = new Set<string>();
    // An entity with a spelling that is a false friend of this one is never a match (Qusour is not
    // any spelling of Qusayr).
    const excluded = new Set<string>();
    for (const entry of list) {
      for (const mine of this.falseFriendsOf.get(entry.loose) ?? []) {
        if (spellingDistance(loose, mine) <= 0.6) excluded.add(entry.form.entityId);
      }
    }
    for (const entry of list) {
      const entity = this.entities.get(entry.form.entityId);
      if (!entity || excluded.has(entity.id) || entity.fixedSpelling) continue;
      // al-Arbaeen in Daraa is not Arbin in the Ghouta; but a governorate, its capital or a
      // region (broad) is spelt alike wherever it is named: Dair al-Zour beside Raqqa.
      if (region && entity.region && !entity.broad && region !== entity.region) continue;
      if (person !== (entity.kind === 'person')) continue;
      if (entry.article && !hasArticle) continue;
      if (!this.sameName(loose, entry.loose, skeleton)) continue;
      const d = spellingDistance(loose, entry.loose);
      entities.add(entry.form.entityId);
      if (d < bestDistance) {
        bestDistance = d;
        best = entry.form;
      }
    }
    return entities.size === 1 ? best : null;
  }
}
