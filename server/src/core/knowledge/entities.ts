/**
 * The curated entity list (entities.json) compiled into lookup structures. The list is facts only:
 * names, spellings, kinds and a one-line description per entity.
 */
import type { EntityKind } from '../types';
import curated from './entities.json';

export interface EntityNameSpec {
  forms: string[];
  expansions?: string[];
  acronyms?: string[];
}

export interface EntitySpec {
  id: string;
  kind: EntityKind;
  description?: string;
  canonical?: string;
  names: EntityNameSpec[];
  surnames?: string[];
  short?: string[];
  /** The spellings are shared with another entity; this one needs a context cue (a TV channel). */
  contextual?: boolean;
  /** A city, province or region where many separate incidents happen. */
  broad?: boolean;
  /** The Syrian governorate a place lies in (an entity id: aleppo, deir-ez-zor...). */
  region?: string;
  /** An English name with no transliterations (Qatar, Russia, Moscow): unknown look-alikes are not its spellings. */
  fixedSpelling?: boolean;
}

/**
 * What a spelling is within its entity: a `form` of one of its names, the `expansion` of an
 * acronym, an `acronym` of a full name, a `surname` written alone, or a `short` form.
 */
export type FormRole = 'form' | 'expansion' | 'acronym' | 'surname' | 'short';

export interface EntityForm {
  entityId: string;
  nameIndex: number;
  role: FormRole;
  spelling: string;
  /** Acronyms of three letters or fewer match only in capitals (US, not "Us"; IS, not "Is"). */
  caseSensitive: boolean;
  isAcronym: boolean;
}

export interface Entity {
  id: string;
  kind: EntityKind;
  description: string;
  /** The curated canonical spelling (null for entities discovered in the corpus). */
  curatedCanonical: string | null;
  contextual: boolean;
  broad: boolean;
  region: string | null;
  fixedSpelling: boolean;
  forms: EntityForm[];
  /** Names whose `forms` are abbreviations (they list `expansions`): US, UN, YPG. */
  abbreviatedNames: Set<number>;
}

const ACRONYM_RE = /^[A-Z][A-Z.-]*$/;

function makeForm(entityId: string, nameIndex: number, role: FormRole, spelling: string): EntityForm {
  const letters = spelling.replace(/[.-]/g, '');
  const isAcronym = ACRONYM_RE.test(spelling) && letters.length <= 8 && !spelling.includes(' ');
  return { entityId, nameIndex, role, spelling, isAcronym, caseSensitive: isAcronym && letters.length <= 3 };
}

export function compileEntity(spec: EntitySpec): Entity {
  const forms: EntityForm[] = [];
  spec.names.forEach((name, i) => {
    for (const f of name.forms) forms.push(makeForm(spec.id, i, 'form', f));
    for (const f of name.expansions ?? []) forms.push(makeForm(spec.id, i, 'expansion', f));
    for (const f of name.acronyms ?? []) forms.push(makeForm(spec.id, i, 'acronym', f));
  });
  for (const f of spec.surnames ?? []) forms.push(makeForm(spec.id, -1, 'surname', f));
  for (const f of spec.short ?? []) forms.push(makeForm(spec.id, -2, 'short', f));
  return {
    id: spec.id,
    kind: spec.kind,
    description: spec.description ?? '',
    curatedCanonical: spec.canonical ?? spec.names[0]?.forms[0] ?? null,
    contextual: spec.contextual === true,
    broad: spec.broad === true,
    region: spec.region ?? null,
    fixedSpelling: spec.fixedSpelling === true,
    forms,
    abbreviatedNames: new Set(spec.names.flatMap((n, i) => ((n.expansions ?? []).length > 0 ? [i] : []))),
  };
}

export const CURATED_ENTITIES: readonly EntitySpec[] = curated.entities as EntitySpec[];
export const CURATED_FALSE_FRIENDS: readonly (readonly [string, string])[] = curated.falseFriends as [string, string][];
